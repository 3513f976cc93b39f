/**
 * Claims: numbers with what they count and who says so.
 *
 * - Numbers in the language's print format (`10.000`, `1,5 juta`, `Rp 2,3 triliun`, `25 persen`,
 *   `10,000`, `$2.3 billion`) and number words (`dua puluh lima`, `setengah juta`, `twenty-five`);
 *   `quantity` is the JS number (1,5 juta -> 1500000). Round figures keep their `-an` (`380-an juta`);
 *   a range is one claim with its lower bound (`5,0 - 5,1 persen` -> 5); listed numbers share the
 *   scale and unit of the last (`14 dan 15 juta` -> 14000000, 15000000). `satu`/`one` counts only
 *   before a currency or percent (elsewhere it is an article).
 * - `unit`: a currency (`rupiah`, `dolar AS`), percent (`persen`), or the counted noun right after
 *   the number (`tentara`, `ton`, `barel`), with a `per X` rate kept (`dolar AS per barel`).
 * - Not claims: dates (`17 Januari`, `27/10`), clock times (`16.40`, `13:54`), years, ordinals
 *   (`ke-3`), durations and ages (`tiga hari`, `30 tahun`), identifiers and phone numbers
 *   (`34-10401`, `500-000`), list numbers, numbers glued to letters (`RON92`, `COVID-19`).
 * - `attributedTo`: the speaker when the number is inside a quote or reported speech; else the
 *   source of a report cue in the same sentence (`Menurut laporan Reuters`, `according to X`,
 *   `X melaporkan`, `X memperhitungkan`, `dilansir X`, passive `diterangkan oleh X`); a lone
 *   capitalised word the text also uses in lower case (`Acuan pasar …`) is no source. A sentence that
 *   carries on the one before in its paragraph (`Sedangkan …`, `Bahkan …`) and names no source keeps
 *   that sentence's source or speaker. A basis cue (`berdasarkan estimasi dari Seoul dan Kyiv`) gives way
 *   to a report cue in the same or the preceding sentence of the paragraph (the reporter is the
 *   stronger source: Reuters, not Seoul and Kyiv); alone, its sources are kept as printed
 *   (`Seoul dan Kyiv`). Like quote speakers, a source is the canonical entity id of the mention
 *   that covers it when there is one, else the mention's text, else the name as printed.
 * - `basis`: the names a basis cue gives (`Seoul`, `Kyiv`), kept apart from the reporter it gave
 *   way to; a basis in the next sentence of the paragraph that names no reporter of its own is the
 *   basis of the report or reported speech before it as well.
 */
import type { CleanArticle, ClaimSpan, EntityMention } from '../../model/types.js';
import type { LangPack } from '../../lang/pack.js';
import type { ClaimBound, NumberLexicon } from '../../lang/numbers.js';
import type { SpeechLexicon } from '../../lang/speech.js';
import { findQuotes, type QuoteHit } from '../quotes/index.js';
import { isCap, matchPhrase, paragraphs, sentences, tokenAt, tokenize, type Tok } from '../quotes/text.js';
import { makeContext, speakerAfter, speakerBefore, type SpeakerContext } from '../quotes/speaker.js';
import { overlapping } from '../quotes/overlaps.js';

/** A claim with the offsets of its source: the internal result the exported spans are made from. */
export interface ClaimHit {
  start: number;
  end: number;
  text: string;
  quantity: number;
  unit: string | null;
  /** What an approximator in the span says of the quantity; null when it is printed plain. */
  bound: ClaimBound | null;
  /** Source name as found (speaker or report source), its offsets, and the mention covering it. */
  sourceText: string | null;
  sourceStart: number | null;
  sourceEnd: number | null;
  sourceMention: number | null;
  /** How the source was found. */
  via: 'quote' | 'report' | 'report-previous' | 'basis' | 'continued' | null;
  /** The sources an estimate is based on (`berdasarkan estimasi dari Seoul dan Kyiv`), else null. */
  basis: Source | null;
}

interface NumberHit {
  start: number;
  end: number;
  value: number;
  /** Token index after the number (and its scale word). */
  next: number;
  /** A currency came before the number. */
  currency: string | null;
  scaled: boolean;
  /** The factor of the scale word printed after the digits (`juta` 1e6), else 1. */
  factor: number;
  words: boolean;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Parses a printed numeral in the lexicon's format; null when it is not a plain quantity. */
export function parseNumeral(s: string, lex: NumberLexicon): number | null {
  const t = escapeRe(lex.thousandsSep);
  const d = escapeRe(lex.decimalMark);
  if (new RegExp(`^\\d{1,3}(?:${t}\\d{3})+(?:${d}\\d+)?$`).test(s) || new RegExp(`^\\d+(?:${d}\\d+)?$`).test(s)) {
    return Number(s.split(lex.thousandsSep).join('').replace(lex.decimalMark, '.'));
  }
  return null;
}

/** Parses number words starting at token i (`dua puluh lima`, `setengah juta`); returns value and end. */
export function parseNumberWords(toks: Tok[], i: number, lex: NumberLexicon): { value: number; end: number } | null {
  let total = 0;
  let group = 0;
  let last = 0;
  let j = i;
  let any = false;
  const parts = (t: Tok) => t.low.split('-');
  while (j < toks.length) {
    const ws = parts(toks[j]);
    let ok = true;
    for (const w of ws) {
      if (w in lex.units) {
        const v = lex.units[w];
        if (v >= 1000) total += v;
        else if (v >= 100) group += v;
        else if (last && !(last >= 20 && v < 10 && last % 10 === 0)) ok = false;
        else last = last + v;
      } else if (w in lex.fractions) {
        if (last) ok = false;
        else last = lex.fractions[w];
      } else if (w in lex.multipliers) {
        const m = lex.multipliers[w];
        if (w === 'belas') group += (last || 1) + 10;
        else group += (last || 1) * m;
        last = 0;
      } else if (w in lex.scales) {
        if (!any) ok = false;
        else {
          total += (group + last || 1) * lex.scales[w];
          group = 0;
          last = 0;
        }
      } else if (any && lex.joiners.includes(w) && ws.length === 1) {
        const n = toks[j + 1];
        if (!n || !parts(n).every((x) => x in lex.units || x in lex.multipliers)) ok = false;
      } else ok = false;
      if (!ok) break;
      any = true;
    }
    if (!ok) break;
    j++;
  }
  if (!any || j === i) return null;
  return { value: total + group + last, end: j };
}

/** Is `t` a currency word or percent word (a measure, not a counted thing)? */
function measureAt(t: Tok | undefined, lex: NumberLexicon): boolean {
  if (!t) return false;
  return t.low in lex.percent || Object.keys(lex.currencyAfter).some((k) => k.split(' ')[0] === t.low);
}

const NUMERIC_RE = /\p{N}(?:[\p{N}.,:/-]*\p{N})?/gu;

/** Finds the numbers of a text that can be claims (dates, times, years, codes left out). */
function findNumbers(text: string, toks: Tok[], lex: NumberLexicon, pack: LangPack): NumberHit[] {
  const out: NumberHit[] = [];
  const calendar = new Set([...Object.keys(pack.months), ...Object.keys(pack.weekdays)]);
  const curBefore = Object.keys(lex.currencyBefore).sort((a, b) => b.length - a.length);
  const lineStart = (off: number) => {
    const k = text.lastIndexOf('\n', off - 1);
    return text.slice(k + 1, off).trim() === '';
  };
  // Digits.
  NUMERIC_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMERIC_RE.exec(text))) {
    const s = m.index;
    const e = s + m[0].length;
    const raw = m[0];
    const before = text[s - 1] ?? ' ';
    const after = text[e] ?? ' ';
    if (/[\p{L}_]/u.test(before)) {
      // Glued to letters (`RON92`, `Km10`), unless those letters are a currency (`Rp5.000`).
      const lowHead = text.slice(Math.max(0, s - 4), s).toLowerCase();
      if (!curBefore.some((c) => /\p{L}/u.test(c) && lowHead.endsWith(c))) continue;
    }
    if (before === '-' && /\p{L}/u.test(text[s - 2] ?? '')) continue; // COVID-19, ke-3
    if (/[\p{L}]/u.test(after) && !/^[%]/.test(after)) {
      // `9A`, `3rd`, `1980-an` is caught below; `4jutaan` is rare.
      if (!/^(an)\b/.test(text.slice(e))) continue;
    }
    if (/[/:]/.test(raw) || /-/.test(raw)) continue; // dates, times, ranges, identifiers
    // `380-an juta barel`, `Rp 7.000-an`: a round figure, kept with its suffix.
    const tail = /^-an(?![\p{L}\d])/u.test(text.slice(e)) ? e + 3 : e;
    if ((after === '-' && tail === e) || (after === '/' && /\d/.test(text[e + 1] ?? ''))) continue;
    const value = parseNumeral(raw, lex);
    if (value === null) continue; // `16.40`, `1.2.3`
    if (/^0\d/.test(raw)) continue; // `0735 GMT`, `0812…`: clock times and identifiers
    const zoneAfter = /^\s?(\p{L}{2,5})\b/u.exec(text.slice(e, e + 7));
    if (zoneAfter && zoneAfter[1].toLowerCase() in pack.timeZones && zoneAfter[1] === zoneAfter[1].toUpperCase()) continue;
    const digits = raw.replace(/\D/g, '');
    if (digits.length >= 7 && !raw.includes(lex.thousandsSep) && !raw.includes(lex.decimalMark)) continue; // phone
    // A list number at the start of a line (`1. SPBU …`).
    if (lineStart(s) && /^[.)]/.test(text.slice(e))) continue;
    let i = tokenAt(toks, s);
    while (toks[i] && toks[i].start < tail) i++;
    // Word before.
    let p = tokenAt(toks, s) - 1;
    while (p >= 0 && !toks[p].word && /[(]/.test(toks[p].text)) p--;
    const prev = toks[p];
    // A currency or percent after the number makes it a measure, whatever precedes it (`turun ke 61 dollar AS`).
    const measured = measureAt(toks[toks[i]?.low in lex.scales ? i + 1 : i], lex);
    if (prev && prev.end <= s && !measured) {
      if (calendar.has(prev.low) && /^\d{1,4}$/.test(raw)) continue; // `Januari 2024`, `September 2023`
      if (lex.nonClaimBefore.includes(prev.low) && !/^\s*[.]/.test(text.slice(prev.end, s))) continue;
      if (lex.nonClaimBefore.includes(prev.low + '.')) continue;
    }
    // Currency before (`Rp 2,3 triliun`, `US$ 50`, `$50`).
    let currency: string | null = null;
    let start = s;
    const head = text.slice(Math.max(0, s - 6), s);
    for (const c of curBefore) {
      const re = new RegExp(`(?:^|[^\\p{L}])(${escapeRe(c)})\\s?$`, 'iu');
      const cm = re.exec(head);
      if (cm) {
        currency = lex.currencyBefore[c];
        start = s - head.length + head.toLowerCase().lastIndexOf(cm[1].toLowerCase());
        break;
      }
    }
    let val = value;
    let end = tail;
    let scaled = false;
    const factor = toks[i]?.word && toks[i].low in lex.scales ? lex.scales[toks[i].low] : 1;
    if (factor !== 1) {
      val *= factor;
      end = toks[i].end;
      scaled = true;
      i++;
    }
    // Years: a plain four-digit number 1800-2099 with nothing money-like about it.
    if (/^\d{4}$/.test(raw) && value >= 1800 && value <= 2099 && !currency && !scaled) {
      const nx = toks[i];
      const pct = nx && (nx.low in lex.percent || nx.text === '%');
      if (!pct) continue;
    }
    // Dates: `17 Januari`, `27 Oktober`.
    if (toks[i] && calendar.has(toks[i].low) && /^\d{1,2}$/.test(raw)) continue;
    out.push({ start, end, value: Math.round(val * 1e6) / 1e6, next: i, currency, scaled, factor, words: false });
  }
  // Number words.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word || /\d/.test(t.text)) continue;
    const first = t.low.split('-')[0];
    if (!(first in lex.units) && !(first in lex.fractions)) continue;
    const r = parseNumberWords(toks, i, lex);
    if (!r) continue;
    const phrase = text.slice(t.start, toks[r.end - 1].end).toLowerCase();
    const tail = text.slice(t.start, t.start + 40).toLowerCase();
    if (lex.idioms.some((x) => tail.startsWith(x))) {
      i = r.end - 1;
      continue;
    }
    const prev = toks[i - 1];
    if (prev && (prev.low === 'salah' || prev.low === 'ke' || prev.text === '-')) continue;
    const scaled = phrase.split(/[\s-]+/).some((w) => w in lex.scales);
    // `satu`/`one` is mostly an article (`satu hal`); it counts before a currency or percent (`satu dollar AS`).
    if (r.value < 2 && !scaled && !measureAt(toks[r.end], lex)) {
      i = r.end - 1;
      continue;
    }
    out.push({ start: t.start, end: toks[r.end - 1].end, value: r.value, next: r.end, currency: null, scaled, factor: 1, words: true });
    i = r.end - 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * How a bare number (no unit, scale or currency of its own) joins the next one, when that one has a
 * unit or scale: `range` (`5 hingga 10 persen`, `5-10 persen`) or `list` (`14 dan 15 juta`).
 */
function pairedWith(text: string, nums: NumberHit[], units: Array<{ unit: string | null }>, k: number, lex: NumberLexicon): 'range' | 'list' | null {
  const n = nums[k];
  const m = nums[k + 1];
  if (!m || units[k].unit || n.scaled || n.currency || n.words !== m.words) return null;
  if (!units[k + 1].unit && !m.scaled) return null;
  const gap = text.slice(n.end, m.start).trim().toLowerCase().replace(/\s+/g, ' ');
  if (lex.rangeJoiners.includes(gap)) return 'range';
  if (lex.listJoiners.includes(gap)) return 'list';
  return null;
}

/** The unit after a number: percent, currency (with `per X`), or the counted noun. */
function unitAfter(
  text: string,
  toks: Tok[],
  n: NumberHit,
  lex: NumberLexicon,
  stop: ReadonlySet<string>,
  calendar: ReadonlySet<string>,
): { unit: string | null; end: number; skip: boolean } {
  let i = n.next;
  let end = n.end;
  let unit: string | null = n.currency;
  // `10.000 lebih tentara`: an approximator after the number, then the counted noun.
  let from = n.end;
  if (!unit && toks[i]?.word && lex.approximatorsAfter.includes(toks[i].low) && toks[i + 1]?.word && /^[ \t\u00a0]{0,2}$/.test(text.slice(toks[i].end, toks[i + 1].start))) {
    from = toks[i].end;
    i++;
  }
  const t = toks[i];
  const gap = t ? text.slice(from, t.start) : '';
  // The unit is on the same line, at most two spaces away (`192\nAmericans` is a table).
  const near = t && /^[ \t\u00a0]{0,2}$/.test(gap);
  if (near && (t.low in lex.percent || t.text === '%')) {
    return { unit: lex.percent[t.low] ?? lex.percent['%'], end: t.end, skip: false };
  }
  if (!unit && near) {
    // Currency words (longest first: `dolar amerika serikat`, `dolar as`, `dolar`).
    const keys = Object.keys(lex.currencyAfter).sort((a, b) => b.split(' ').length - a.split(' ').length);
    for (const k of keys) {
      const w = k.split(' ');
      if (w.every((x, q) => toks[i + q]?.low === x)) {
        unit = lex.currencyAfter[k];
        end = toks[i + w.length - 1].end;
        i += w.length;
        break;
      }
    }
  }
  if (unit) {
    // A rate: `dolar AS per barel`, `Rp 12.000 per dollar AS`.
    if (toks[i]?.low === 'per' && toks[i + 1]?.word) {
      let k = i + 1;
      let name = toks[k].text;
      for (const key of Object.keys(lex.currencyAfter).sort((a, b) => b.split(' ').length - a.split(' ').length)) {
        const w = key.split(' ');
        if (w.every((x, q) => toks[k + q]?.low === x)) {
          name = lex.currencyAfter[key];
          k += w.length - 1;
          break;
        }
      }
      unit = `${unit} per ${name}`;
      end = toks[k].end;
    }
    return { unit, end, skip: false };
  }
  if (!near || !t.word) return { unit: null, end, skip: false };
  if (lex.timeUnits.includes(t.low)) return { unit: null, end, skip: true };
  if (calendar.has(t.low)) return { unit: null, end, skip: true };
  let k = i;
  // `10,000 North Korean soldiers`: names and adjectives before the noun (languages that put them there).
  if (lex.modifiersBeforeNoun) {
    let q = k;
    while (q < k + 3 && isCap(toks[q]) && toks[q + 1]?.word && /^[ -]?$/.test(text.slice(toks[q].end, toks[q + 1].start))) q++;
    if (q > k && toks[q]?.word && !isCap(toks[q]) && !lex.notUnits.includes(toks[q].low) && !stop.has(toks[q].low)) k = q;
  }
  // `5 buah rumah` counts houses; `40.000 unit Radio Frequency Identification` counts units of a named thing.
  const afterClassifier = toks[k + 1];
  if (lex.classifiers.includes(t.low) && afterClassifier?.word && !isCap(afterClassifier) && !stop.has(afterClassifier.low) && !lex.notUnits.includes(afterClassifier.low)) k++;
  const u = toks[k];
  if (lex.notUnits.includes(u.low) || stop.has(u.low) || /\d/.test(u.text)) return { unit: null, end, skip: false };
  let unitText = u.low === u.text || /^\p{Lu}/u.test(u.text) && u.text.slice(1) === u.text.slice(1).toLowerCase() ? u.low : u.text;
  end = u.end;
  // A rate: `barel per hari`.
  if (toks[k + 1]?.low === 'per' && toks[k + 2]?.word && !/\d/.test(toks[k + 2].text)) {
    unitText = `${unitText} per ${toks[k + 2].low}`;
    end = toks[k + 2].end;
  }
  return { unit: unitText, end, skip: false };
}

interface Source {
  text: string;
  start: number;
  end: number;
  mention: number | null;
}

interface Attributed {
  source: Source | null;
  via: ClaimHit['via'];
  basis?: Source | null;
}

function mentionFor(entities: EntityMention[], start: number, end: number): number | null {
  let best: number | null = null;
  let bestOv = 0;
  for (const i of overlapping(entities, start, end)) {
    const ov = Math.min(entities[i].end, end) - Math.max(entities[i].start, start);
    if (ov > bestOv) {
      best = i;
      bestOv = ov;
    }
  }
  return best;
}

/**
 * A lone capitalised word that the text also uses in lower case is a common noun opening the
 * sentence (`Acuan pasar minyak …`), not a name.
 */
function commonWord(text: string, name: string, seen: Map<string, boolean>): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(name)) return false;
  // Each name is looked up once per article: the search reads the whole text.
  let common = seen.get(name);
  if (common === undefined) seen.set(name, (common = commonIn(text, name)));
  return common;
}

function commonIn(text: string, name: string): boolean {
  return new RegExp(`(?<!\\p{L})${escapeRe(name.toLowerCase())}(?!\\p{L})`, 'u').test(text);
}

/** Report and basis sources named in a sentence `[ss, se)`. */
function sentenceSources(
  ctx: SpeakerContext,
  ss: number,
  se: number,
  entities: EntityMention[],
  nlex: NumberLexicon,
  commonWords: Map<string, boolean>,
): { report: Source | null; basis: Source | null } {
  const { toks, lex, text } = ctx;
  const a = tokenAt(toks, ss);
  let report: Source | null = null;
  let basis: Source | null = null;
  const src = (start: number, end: number): Source | null => {
    const name = text.slice(start, end);
    if (commonWord(text, name, commonWords)) return null;
    return { text: name, start, end, mention: mentionFor(entities, start, end) };
  };
  for (let i = a; i < toks.length && toks[i].start < se; i++) {
    if (!report) {
      const e = matchPhrase(toks, i, [...lex.reportCues, ...lex.citeCues]);
      if (e > 0) {
        let k = e;
        while (toks[k] && toks[k].start < se && (lex.sourceNouns.includes(toks[k].low) || toks[k].low === 'dari' || toks[k].low === 'the')) k++;
        const r = toks[k] && toks[k].start < se ? speakerAfter(ctx, k, se) : null;
        if (r && r.kind === 'name') report = src(r.start, r.end);
      }
      if (!report) {
        // `diterangkan oleh WHO`, `disampaikan Koalisi X`: a passive report verb and its agent, a name.
        const e = matchPhrase(toks, i, nlex.passiveReportCues);
        let k = e;
        if (toks[k]?.low === 'oleh' || toks[k]?.low === 'by') k++;
        const r = e > 0 && toks[k] && toks[k].start < se && isCap(toks[k]) ? speakerAfter(ctx, k, se) : null;
        if (r && r.kind === 'name') report = src(r.start, r.end);
      }
      if (!report && (lex.reportVerbs.includes(toks[i].low) || nlex.estimateVerbs.includes(toks[i].low))) {
        const r = speakerBefore(ctx, i, a);
        if (r && r.kind === 'name') report = src(r.start, r.end);
      }
    }
    if (!basis) {
      const e = matchPhrase(toks, i, lex.basisCues);
      if (e > 0) {
        let k = e;
        while (toks[k] && toks[k].start < se && (lex.sourceNouns.includes(toks[k].low) || toks[k].low === 'dari' || toks[k].low === 'from' || toks[k].low === 'by')) k++;
        const r = toks[k] && toks[k].start < se && isCap(toks[k]) ? speakerAfter(ctx, k, se) : null;
        if (r && r.kind === 'name') {
          // `Seoul dan Kyiv`: keep the coordinated sources together, as printed.
          let end = r.end;
          const j = tokenAt(toks, r.end);
          if (toks[j] && ['dan', 'and', 'serta'].includes(toks[j].low) && isCap(toks[j + 1]) && toks[j + 1].start < se) {
            const r2 = speakerAfter(ctx, j + 1, se);
            if (r2 && r2.kind === 'name') end = r2.end;
          }
          basis = src(r.start, end);
        }
      }
    }
  }
  return { report, basis };
}

/** Does the sentence starting at token i open with one of `phrases` (after opening punctuation)? */
function opensWith(toks: Tok[], i: number, phrases: readonly string[]): boolean {
  while (toks[i] && !toks[i].word) i++;
  return matchPhrase(toks, i, phrases) > 0;
}

/** Finds claims in `text` (internal form with source offsets). */
export function findClaims(text: string, pack: LangPack, entities: EntityMention[] = [], quotes?: QuoteHit[]): ClaimHit[] {
  const lex = pack.numbers;
  const speech: SpeechLexicon = pack.speech;
  const toks = tokenize(text);
  const calendar = new Set([...Object.keys(pack.months), ...Object.keys(pack.weekdays)]);
  const stop = pack.stopwords;
  const ctx = makeContext(text, toks, speech, [...calendar, ...pack.stopwords, ...speech.adverbs], calendar);
  const qs = quotes ?? findQuotes(text, pack, entities);
  const paras = paragraphs(text);
  const sents: Array<{ s: number; e: number; para: number }> = [];
  paras.forEach(([ps, pe], pi) => sentences(text, ps, pe).forEach(([s, e]) => sents.push({ s, e, para: pi })));
  const sentIdx = (off: number) => sentenceAt(sents, off);
  const commonWords = new Map<string, boolean>();
  const sourceCache = new Map<number, { report: Source | null; basis: Source | null }>();
  const sourcesOf = (si: number) => {
    let r = sourceCache.get(si);
    if (!r) {
      r = sentenceSources(ctx, sents[si].s, sents[si].e, entities, lex, commonWords);
      sourceCache.set(si, r);
    }
    return r;
  };

  // Quotes by the sentence they start in, and quotes by start (with the longest) to find those
  // around a number without reading them all for every number.
  const bySentence = new Map<number, QuoteHit[]>();
  for (const q of qs) {
    const si = sentIdx(q.start);
    if (si < 0) continue;
    const list = bySentence.get(si);
    if (list) list.push(q);
    else bySentence.set(si, [q]);
  }
  const quotesIn = (si: number) => bySentence.get(si) ?? [];
  const quoteOrder = qs.map((_, i) => i).sort((a, b) => qs[a].start - qs[b].start || a - b);
  const longestQuote = qs.reduce((n, q) => Math.max(n, q.end - q.start), 0);
  const quotesAround = (start: number, end: number): QuoteHit[] => {
    let lo = 0;
    let hi = quoteOrder.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (qs[quoteOrder[mid]].start < end - longestQuote) lo = mid + 1;
      else hi = mid;
    }
    const ks: number[] = [];
    for (let k = lo; k < quoteOrder.length && qs[quoteOrder[k]].start <= start; k++) if (qs[quoteOrder[k]].end >= end) ks.push(quoteOrder[k]);
    return ks.sort((a, b) => a - b).map((k) => qs[k]);
  };
  const quoteSource = (q: QuoteHit): Source => ({ text: q.speakerText!, start: q.speakerStart ?? -1, end: q.speakerEnd ?? -1, mention: q.speakerMention });
  const samePara = (si: number) => si > 0 && sents[si - 1].para === sents[si].para;
  /**
   * `Menurut laporan Reuters, … 10.000 … . Dari jumlah itu, 600 …, berdasarkan estimasi dari Seoul
   * dan Kyiv.`: a basis the next sentence of the paragraph gives while naming no reporter of its
   * own (so it carries on the report of sentence `si`) is the basis of that report's figures too.
   */
  const basisAfter = (si: number): Source | null => {
    if (si < 0 || si + 1 >= sents.length || sents[si + 1].para !== sents[si].para) return null;
    const next = sourcesOf(si + 1);
    return next.report ? null : next.basis;
  };
  /** The basis of a number in a quote: one its sentence names, else (reported speech) the next sentence's. */
  const quoteBasis = (q: QuoteHit, at: number): Source | null => {
    const si = sentIdx(at);
    return (si >= 0 ? sourcesOf(si).basis : null) ?? (q.direct ? null : basisAfter(sentIdx(q.end - 1)));
  };
  const attributed = new Map<number, Attributed>();
  /** The source a sentence credits for its numbers (outside quotes). */
  const sentenceSource = (si: number): Attributed => {
    let r = attributed.get(si);
    if (r) return r;
    r = { source: null, via: null };
    attributed.set(si, r); // guards the recursion below
    const here = sourcesOf(si);
    const prev = samePara(si) ? si - 1 : -1;
    const prevQuote = (direct: boolean) =>
      prev >= 0 ? quotesIn(prev).filter((q) => q.speakerText && (direct || !q.direct)).pop() : undefined;
    if (here.report) {
      r = { source: here.report, via: 'report', basis: here.basis ?? basisAfter(si) };
    } else if (here.basis) {
      // The reporter of the preceding sentence outranks the basis of an estimate, which is kept apart.
      const pr = prev >= 0 ? sourcesOf(prev).report : null;
      const pq = prevQuote(false);
      if (pr) r = { source: pr, via: 'report-previous', basis: here.basis };
      else if (pq) r = { source: quoteSource(pq), via: 'report-previous', basis: here.basis };
      else r = { source: here.basis, via: 'basis', basis: here.basis };
    } else if (prev >= 0 && opensWith(toks, tokenAt(toks, sents[si].s), lex.continuations)) {
      // `Sedangkan …`, `Bahkan …`: the sentence carries on the one before and keeps its source.
      const pq = prevQuote(true);
      const before: Attributed = pq ? { source: quoteSource(pq), via: 'continued' } : sentenceSource(prev);
      if (before.source) r = { source: before.source, via: 'continued', basis: before.basis };
    }
    attributed.set(si, r);
    return r;
  };

  const out: ClaimHit[] = [];
  const nums = findNumbers(text, toks, lex, pack);
  const units = nums.map((n) => unitAfter(text, toks, n, lex, stop, calendar));
  /** Numbers folded into the range claim of the number before them. */
  const folded = new Set<number>();
  for (let k = 0; k < nums.length; k++) {
    if (folded.has(k)) continue;
    let n = nums[k];
    let u = units[k];
    if (u.skip) continue;
    // `14 dan 15 juta`, `5 hingga 10 persen`: a bare number takes the scale and unit of the next one.
    const pair = pairedWith(text, nums, units, k, lex);
    if (pair) {
      const m = nums[k + 1];
      n = { ...n, value: n.value * (n.scaled ? 1 : m.factor), scaled: n.scaled || m.scaled };
      if (pair === 'range') {
        // One claim spans the range, its quantity the lower bound.
        u = units[k + 1];
        folded.add(k + 1);
      } else u = { ...units[k + 1], end: n.end };
    }
    const isPct = u.unit !== null && Object.values(lex.percent).includes(u.unit);
    if (!u.unit && !n.scaled && !n.currency) {
      // A bare number counts only with an approximator (`sekitar 40.000 yang terpasang`).
      const pb = toks[tokenAt(toks, n.start) - 1];
      if (!pb || !lex.approximators.includes(pb.low)) continue;
    }
    if (n.words && !u.unit && !isPct) continue;
    // Approximator in the span (`sekitar 10.000 tentara`, `lebih dari 50 persen`).
    let start = n.start;
    let pi = tokenAt(toks, n.start) - 1;
    let approx: string | null = null;
    for (let w = 0; w < 2 && pi >= 0; w++, pi--) {
      const two = pi > 0 ? `${toks[pi - 1].low} ${toks[pi].low}` : '';
      if (two && lex.approximators.includes(two)) {
        start = toks[pi - 1].start;
        approx = two;
        break;
      }
      if (lex.approximators.includes(toks[pi].low)) {
        start = toks[pi].start;
        approx = toks[pi].low;
        break;
      }
      if (toks[pi].word) break;
    }
    const end = u.end;
    // `10.000 lebih tentara`: the approximator after the number is inside the span.
    const after = toks[n.next];
    if (!approx && after && after.end <= end && lex.approximatorsAfter.includes(after.low)) approx = after.low;
    // Attribution: the speaker of a quote around the number, else the source of its sentence.
    const inside = quotesAround(n.start, n.end)
      .filter((q) => q.speakerText)
      .sort((x, y) => x.end - x.start - (y.end - y.start))[0];
    const si = inside ? -1 : sentIdx(n.start);
    const { source, via, basis }: Attributed = inside
      ? { source: quoteSource(inside), via: 'quote', basis: quoteBasis(inside, n.start) }
      : si >= 0
        ? sentenceSource(si)
        : { source: null, via: null };
    out.push({
      start,
      end,
      text: text.slice(start, end),
      quantity: n.value,
      unit: u.unit,
      bound: approx ? lex.bounds[approx] ?? null : null,
      sourceText: source?.text ?? null,
      sourceStart: source && source.start >= 0 ? source.start : null,
      sourceEnd: source && source.end >= 0 ? source.end : null,
      sourceMention: source?.mention ?? null,
      via,
      basis: basis ?? null,
    });
  }
  return out;
}

/** The sentence holding offset `off` (sentences ascending, apart), or -1. */
function sentenceAt(sents: Array<{ s: number; e: number }>, off: number): number {
  let lo = 0;
  let hi = sents.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sents[mid].s <= off) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && off < sents[lo - 1].e ? lo - 1 : -1;
}

/**
 * Numeric claims of one article. See the module comment for what `attributedTo` holds. `quotes`:
 * the article's quotes when already found (annotate finds them once for quotes and claims).
 */
export function annotateClaims(article: CleanArticle, pack: LangPack, entities: EntityMention[], quotes?: QuoteHit[]): ClaimSpan[] {
  return findClaims(article.text, pack, entities, quotes).map((c) => {
    const m = c.sourceMention !== null ? entities[c.sourceMention] : null;
    const basis = c.basis ? basisNames(c.basis, entities, pack) : [];
    return {
      start: c.start,
      end: c.end,
      text: c.text,
      quantity: c.quantity,
      unit: c.unit,
      ...(c.bound ? { bound: c.bound } : {}),
      attributedTo: m ? (m.entity ?? m.text) : c.sourceText,
      ...(basis.length ? { basis } : {}),
    };
  });
}

/**
 * The names in a basis as printed (`Seoul dan Kyiv` -> `Seoul`, `Kyiv`): the entity mentions
 * inside it, else its parts between commas and the language's conjunctions.
 */
function basisNames(b: Source, entities: EntityMention[], pack: LangPack): string[] {
  const inside = overlapping(entities, b.start, b.end).sort((x, y) => entities[x].start - entities[y].start).map((i) => entities[i].entity ?? entities[i].text);
  if (inside.length) return [...new Set(inside)];
  const conj = pack.ner.conjunctions.map(escapeRe).join('|');
  return b.text.split(new RegExp(`\\s*(?:,|(?<!\\p{L})(?:${conj})(?!\\p{L}))\\s*`, 'iu')).map((w) => w.trim()).filter(Boolean);
}

import type { CleanArticle, EntityMention, EntityType } from '../../model/types.js';
import { isHeadlineAt } from '../../text/lines.js';
import type { LangPack } from '../../lang/pack.js';
import type { NerLexicon } from '../../lang/ner.js';
import { capBucket, tagText } from './tagger.js';
import type { Token } from './tokenize.js';

export { tagText, loadTagger, lastLoadMs, DEFAULT_MODEL_PATH } from './tagger.js';
export { tokenize, splitSentences } from './tokenize.js';

/** A span over tokens [ts, te) while the clean-up rules work on it. */
interface TSpan {
  ts: number;
  te: number;
  type: EntityType;
}

/**
 * Entity mentions of one article: the trained sequence tagger (the Indonesian model; other
 * languages run the same model with their own lexicon features), then document-level clean-up
 * driven only by the pack's NER lexicon and the word statistics stored with the model:
 *
 * 1. edges: punctuation, lower-case words and words news almost never capitalizes (`Bahas`,
 *    `Undang` in a title-case headline) are cut from the ends, and split spans in the middle;
 *    a trailing weekday or month is cut (`Puan Maharani Senin`);
 * 2. titles: leading titles and honorifics leave person spans (`Presiden Vladimir Putin` ->
 *    `Vladimir Putin`); a leading place becomes its own location (`Rusia Sergei Lavrov`);
 * 3. places: a span that is a listed place or a place acronym is a LOCATION (`Rusia`, `Korut`);
 *    then a person span cut one name part short is extended (`Kim Jong` + `Un`);
 * 4. consistency: words of a person's full name are that person wherever else they are printed
 *    (`Choe`, `Lavrov`, `Kim`), also when the tagger missed them;
 * 5. noise: mentions without a capital letter in cased text and words on all-capitals lines;
 * 6. fallback: general-knowledge short forms and listed places the tagger left out (`AS`, `PBB`);
 * 7. organisation heads: a cue-led capitalized run before a known organisation acronym joins it
 *    (`Dewan Keamanan` + `PBB`).
 *
 * Mentions carry `entity: null` until the link stage fills it.
 */
export function annotateEntities(article: CleanArticle, pack: LangPack): EntityMention[] {
  const text = article.text;
  if (!text) return [];
  const lex = pack.ner;
  const { tokens, spans } = tagText(text, pack.code);
  const ctx = context(lex);
  const stop = pack.stopwords ?? new Set<string>();
  const calendar = new Set([...Object.keys(pack.months ?? {}), ...Object.keys(pack.weekdays ?? {})]);
  const cased = /\p{Lu}/u.test(text) && /\p{Ll}/u.test(text);
  const isPlaceAt = (ts: number, te: number): boolean => ctx.isPlace(tokens.slice(ts, te).map((t) => t.text).join(' '));

  // 1. edges and splits
  let work: TSpan[] = [];
  for (const s of spans) {
    const headline = cased && isHeadlineAt(text, tokens[s.tokenStart].start);
    const maxBucket = headline ? '1' : '0';
    let pieceStart = s.tokenStart;
    for (let k = s.tokenStart; k <= s.tokenEnd; k++) {
      const inner = k > s.tokenStart && k < s.tokenEnd - 1 && cased;
      const cut = k === s.tokenEnd || (inner && (isCommonWord(tokens[k].text, ctx, true, maxBucket) || isLowerBreak(tokens[k].text, ctx)));
      if (!cut) continue;
      const piece = trimEdges(tokens, pieceStart, k, ctx, cased, maxBucket, stop, calendar);
      if (piece && !allCommon(tokens, piece.ts, piece.te, ctx, headline)) work.push({ ...piece, type: s.type });
      pieceStart = k + 1;
    }
  }

  // 2. titles and leading places in person spans
  work = work.flatMap((s) => {
    if (s.type !== 'PERSON') return [s];
    let ts = s.ts;
    for (;;) {
      const n = matchPhraseAt(tokens, ts, s.te, ctx.titles);
      if (!n) break;
      let k = ts + n;
      if (k < s.te && tokens[k].text === '.') k++;
      if (k >= s.te || !/^\p{Lu}/u.test(tokens[k].text)) break;
      ts = k;
    }
    // `Russian President Vladimir Putin`: a title inside the span, followed by the name
    for (let k = ts + 1; k < s.te - 1; k++) {
      if (!/^\p{Lu}/u.test(tokens[k].text)) continue;
      const n = matchPhraseAt(tokens, k, s.te, ctx.titles);
      if (n && k + n < s.te && /^\p{Lu}/u.test(tokens[k + n].text)) { ts = k + n; break; }
    }
    const out: TSpan[] = [];
    // `Rusia Sergei Lavrov`, `Utara Kim Jong Un` (after `Korea`): a place in front of a name
    for (let n = Math.min(3, s.te - ts - 1); n >= 1; n--) {
      if (isPlaceAt(ts, ts + n)) {
        out.push({ ts, te: ts + n, type: 'LOCATION' });
        ts += n;
        break;
      }
      if (ts > 0 && isPlaceAt(ts - 1, ts + n) && tokens[ts].start - tokens[ts - 1].end <= 1) {
        out.push({ ts: ts - 1, te: ts + n, type: 'LOCATION' });
        ts += n;
        break;
      }
    }
    if (ts < s.te) out.push({ ts, te: s.te, type: 'PERSON' });
    return out;
  });

  // 3. places and well-known organisations (`Korea` + `Utara` split by the tagger: one place)
  for (const s of work) {
    if (s.ts > 0 && !isPlaceAt(s.ts, s.te) && isPlaceAt(s.ts - 1, s.te) && tokens[s.ts].start - tokens[s.ts - 1].end <= 1
      && !work.some((o) => o !== s && o.te > s.ts - 1 && o.ts <= s.ts - 1)) {
      s.ts -= 1;
      s.type = 'LOCATION';
    } else if (s.te < tokens.length && !isPlaceAt(s.ts, s.te) && isPlaceAt(s.ts, s.te + 1) && tokens[s.te].start - tokens[s.te - 1].end <= 1
      && !work.some((o) => o !== s && o.ts <= s.te && o.te > s.te)) {
      s.te += 1;
      s.type = 'LOCATION';
    } else if (s.type !== 'LOCATION' && isPlaceAt(s.ts, s.te)) s.type = 'LOCATION';
    else if (s.te - s.ts >= 2 && cueAt(tokens, s.ts, s.te, ctx.locCues)) s.type = 'LOCATION';
    else if (s.te - s.ts >= 2 && cueAt(tokens, s.ts, s.te, ctx.orgCues)) s.type = 'ORGANIZATION';
    else if (s.type !== 'ORGANIZATION' && !isPlaceAt(s.ts, s.te) && ctx.orgs.has(spanText(tokens, s.ts, s.te).toLowerCase())) s.type = 'ORGANIZATION';
  }

  // 3b. a person name the tagger cut one part short (`Kim Jong` + `Un`)
  extendPersons(work, tokens, text, ctx, stop, calendar, cased);

  // 4. consistency with the people's full names
  const fullNames = new Map<string, number>();
  const parts = new Set<string>();
  const firsts = new Set<string>();
  for (const s of work) {
    if (s.type !== 'PERSON' || s.te - s.ts < 2) continue;
    fullNames.set(spanText(tokens, s.ts, s.te), s.te - s.ts);
    if (ctx.startsWithPlace(spanText(tokens, s.ts, s.te))) continue;
    for (const k of [s.ts, s.te - 1]) if (tokens[k].text.length >= 3 && !ctx.isPlace(tokens[k].text)) parts.add(tokens[k].text);
    if (!ctx.isPlace(tokens[s.ts].text)) firsts.add(tokens[s.ts].text);
  }
  work = work.flatMap((s) => {
    if (s.type === 'PERSON') return [s];
    const t = spanText(tokens, s.ts, s.te);
    if (fullNames.has(t) || (s.te - s.ts === 1 && parts.has(t))) return [{ ...s, type: 'PERSON' as EntityType }];
    // `Kim Jong Il` tagged as an organisation next to `Kim Jong-un`: same family/given name, a person
    if (s.te - s.ts >= 2 && firsts.has(tokens[s.ts].text) && !isPlaceAt(s.ts, s.te) && !ctx.orgs.has(t.toLowerCase())
      && tokens.slice(s.ts + 1, s.te).every((x) => /^\p{Lu}/u.test(x.text))) {
      return [{ ...s, type: 'PERSON' as EntityType }];
    }
    // `Korea Utara Choe Son-hui` as one location: split off the person
    for (let k = s.ts + 1; k < s.te; k++) {
      if (fullNames.has(spanText(tokens, k, s.te)) || (k === s.te - 1 && parts.has(tokens[k].text))) {
        return [{ ts: s.ts, te: k, type: isPlaceAt(s.ts, k) ? 'LOCATION' : s.type }, { ts: k, te: s.te, type: 'PERSON' as EntityType }];
      }
    }
    return [s];
  });
  const covered = new Uint8Array(tokens.length);
  for (const s of work) covered.fill(1, s.ts, s.te);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !parts.has(tokens[i].text)) continue;
    work.push({ ts: i, te: i + 1, type: 'PERSON' });
    covered[i] = 1;
  }

  // 5. noise
  work = work.filter((s) => {
    const t = spanText(tokens, s.ts, s.te);
    if (s.te - s.ts === 1 && calendar.has(t.toLowerCase())) return false;
    if (cased && !/\p{Lu}/u.test(t)) return false;
    if (cased && !lineHasLower(text, tokens[s.ts].start) && lex.acronyms[t] === undefined) return false;
    return true;
  });

  // 6. lexicon fallback: acronyms and listed places the tagger left out
  covered.fill(0);
  for (const s of work) covered.fill(1, s.ts, s.te);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const t = tokens[i].text;
    const exp = lex.acronyms[t];
    if (exp !== undefined && /\p{Lu}/u.test(t) && (!cased || lineHasLower(text, tokens[i].start))) {
      work.push({ ts: i, te: i + 1, type: ctx.isPlace(exp) ? 'LOCATION' : 'ORGANIZATION' });
      continue;
    }
    if (!/^\p{Lu}/u.test(t)) continue;
    // `UN` the organisation is not `Un` the name part: all-capitals names match only in capitals
    const no = ctx.capsOnly.has(t.toLowerCase()) && t !== t.toUpperCase() ? 0
      : matchPhraseAt(tokens, i, tokens.length, ctx.orgPhrases, true, (k) => covered[k] === 1);
    if (no && !covered.subarray(i, i + no).some((x) => x) && (!cased || lineHasLower(text, tokens[i].start))) {
      work.push({ ts: i, te: i + no, type: 'ORGANIZATION' });
      i += no - 1;
      continue;
    }
    const n = matchPhraseAt(tokens, i, tokens.length, ctx.places, true, (k) => covered[k] === 1);
    if (n && !covered.subarray(i, i + n).some((x) => x)) {
      work.push({ ts: i, te: i + n, type: 'LOCATION' });
      i += n - 1;
    }
  }

  // 7. an organisation's head before its parent's acronym (`Dewan Keamanan` + `PBB`): one name
  work = extendOrgHeads(work, tokens, text, ctx, lex);

  return work
    .map((s) => mention(text, tokens[s.ts].start, tokens[s.te - 1].end, s.type))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Only a space (no line break, no punctuation) between tokens a and a + 1. */
function joined(text: string, tokens: Token[], a: number): boolean {
  return /^ ?$/.test(text.slice(tokens[a].end, tokens[a + 1].start));
}

/**
 * Extends a person span over the capitalized word right after it when that word is part of a
 * person's name elsewhere in the document, or is a word news (when it knows it) prints
 * capitalized at least as often as not, and is nothing else the lexicon knows (place, title, organisation, weekday/month,
 * stopword). The tagger, Viterbi-decoded, sometimes ends `Kim Jong` before an unseen last part.
 */
function extendPersons(work: TSpan[], tokens: Token[], text: string, ctx: Ctx, stop: ReadonlySet<string>, calendar: ReadonlySet<string>, cased: boolean): void {
  if (!cased) return;
  const covered = new Uint8Array(tokens.length);
  const nameParts = new Set<string>();
  for (const s of work) {
    covered.fill(1, s.ts, s.te);
    if (s.type === 'PERSON' && s.te - s.ts >= 2) for (let k = s.ts; k < s.te; k++) nameParts.add(tokens[k].text);
  }
  for (const s of work) {
    const k = s.te;
    if (s.type !== 'PERSON' || k >= tokens.length || covered[k] || !joined(text, tokens, k - 1)) continue;
    const w = tokens[k].text;
    const lw = w.toLowerCase();
    if (!/^\p{Lu}\p{Ll}+(?:-\p{L}+)?$/u.test(w) || isHeadlineAt(text, tokens[k].start)) continue;
    if (stop.has(lw) || calendar.has(lw) || ctx.isPlace(w) || (ctx.orgs.has(lw) && !ctx.capsOnly.has(lw)) || matchPhraseAt(tokens, k, k + 1, ctx.titles)) continue;
    if (matchPhraseAt(tokens, k, k + 1, ctx.orgCues) || matchPhraseAt(tokens, k, k + 1, ctx.locCues)) continue;
    const b = capBucket(w);
    // buckets 0-1: a common word news capitalizes only at a sentence start or in a headline
    if (!nameParts.has(w) && (b === '0' || b === '1')) continue;
    s.te = k + 1;
    covered[k] = 1;
  }
}

/**
 * `Dewan Keamanan PBB`, `Majelis Umum PBB`: an organisation acronym the lexicon knows, preceded
 * (on the same line, no punctuation) by up to four capitalized words starting with an organisation
 * cue word (`dewan`, `komisi`, `majelis`): the whole run is one organisation. Spans inside the run
 * (the head tagged on its own) are absorbed.
 */
function extendOrgHeads(work: TSpan[], tokens: Token[], text: string, ctx: Ctx, lex: NerLexicon): TSpan[] {
  const drop = new Set<TSpan>();
  for (const s of work) {
    if (drop.has(s) || s.te - s.ts !== 1) continue;
    const a = tokens[s.ts].text;
    const exp = lex.acronyms[a];
    const isOrgAcronym = /^\p{Lu}{2,}$/u.test(a) && (exp !== undefined ? !ctx.isPlace(exp) : ctx.orgs.has(a.toLowerCase()));
    if (!isOrgAcronym) continue;
    let start = -1;
    for (let k = s.ts - 1; k >= Math.max(0, s.ts - 4); k--) {
      if (!joined(text, tokens, k) || !/^\p{Lu}/u.test(tokens[k].text)) break;
      const inside = work.find((o) => o !== s && o.ts <= k && o.te > k);
      if (inside && (inside.type === 'PERSON' || inside.te > s.ts)) break;
      if (matchPhraseAt(tokens, k, s.ts, ctx.orgCues)) { start = k; break; }
    }
    if (start < 0) continue;
    const absorbed = work.filter((o) => o !== s && o.ts < s.ts && o.te > start);
    if (absorbed.some((o) => o.ts < start)) continue;
    for (const o of absorbed) drop.add(o);
    s.ts = start;
    s.type = 'ORGANIZATION';
  }
  return drop.size ? work.filter((s) => !drop.has(s)) : work;
}

interface Ctx {
  titles: PhraseSet;
  orgs: Set<string>;
  orgPhrases: PhraseSet;
  /** Lower-cased organisation names the lexicon lists only in all capitals (`un`, `kcna`). */
  capsOnly: Set<string>;
  locCues: PhraseSet;
  orgCues: PhraseSet;
  connectors: Set<string>;
  startsWithPlace(s: string): boolean;
  places: PhraseSet;
  particles: Set<string>;
  isPlace(s: string): boolean;
}

const ctxCache = new Map<NerLexicon, Ctx>();

function context(lex: NerLexicon): Ctx {
  let c = ctxCache.get(lex);
  if (c) return c;
  const norm = (s: string) => s.toLowerCase().replace(/[-‐]/g, ' ').replace(/\s+/g, ' ').trim();
  const placeSet = new Set<string>([...lex.places, ...Object.keys(lex.stateMetonyms)].map(norm));
  for (const [k, v] of Object.entries(lex.exonyms)) if (placeSet.has(norm(v))) placeSet.add(norm(k));
  const isPlace = (s: string): boolean => {
    if (placeSet.has(norm(s))) return true;
    const exp = lex.acronyms[s];
    return exp !== undefined && placeSet.has(norm(exp));
  };
  c = {
    titles: phraseSet([...lex.titles, ...lex.honorifics, ...Object.keys(lex.titleForms)]),
    places: phraseSet([...lex.places, ...Object.keys(lex.exonyms).filter((k) => isPlace(lex.exonyms[k]))]),
    particles: new Set(lex.nameParticles.map((p) => p.toLowerCase())),
    orgs: new Set(lex.organizations.map((o) => o.toLowerCase())),
    orgPhrases: phraseSet(lex.organizations.filter((o) => !isPlace(o))),
    capsOnly: capsOnlyNames(lex.organizations),
    locCues: phraseSet(lex.locCues),
    orgCues: phraseSet(lex.orgCues),
    connectors: new Set(lex.nameConnectors.map((w) => w.toLowerCase())),
    isPlace,
    startsWithPlace: (s: string) => {
      const w = norm(s).split(' ');
      for (let n = 1; n < w.length; n++) if (placeSet.has(w.slice(0, n).join(' '))) return true;
      return false;
    },
  };
  ctxCache.set(lex, c);
  return c;
}

/** Single-word names listed only in all capitals (`UN`, but not `VoA`, also listed as `VOA`), lower case. */
function capsOnlyNames(names: string[]): Set<string> {
  const caps = new Set(names.filter((o) => /^\p{Lu}{2,}$/u.test(o)).map((o) => o.toLowerCase()));
  for (const o of names) if (!/^\p{Lu}{2,}$/u.test(o)) caps.delete(o.toLowerCase());
  return caps;
}

/** A word news nearly always prints in lower case (so a capital is a headline's, not a name's). */
function isCommonWord(w: string, ctx: Ctx, capitalizedOnly: boolean, maxBucket = '0'): boolean {
  if (!/^\p{L}+$/u.test(w) || w.length < 2) return false;
  if (capitalizedOnly && !/^\p{Lu}\p{Ll}/u.test(w)) return false;
  if (ctx.particles.has(w.toLowerCase()) || ctx.isPlace(w)) return false;
  const b = capBucket(w);
  return b !== 'u' && b <= maxBucket;
}

/** The span starts with a cue phrase (`Jl`, `Kabupaten`, `PT`, `Partai`) followed by a capitalized name. */
function cueAt(tokens: Token[], ts: number, te: number, cues: PhraseSet): boolean {
  const n = matchPhraseAt(tokens, ts, te, cues);
  if (!n || !/^\p{Lu}/u.test(tokens[ts].text)) return false;
  let k = ts + n;
  if (k < te && tokens[k].text === '.') k++;
  return k < te && /^[\p{Lu}\p{N}]/u.test(tokens[k].text);
}

/** A lower-case word that cannot sit inside a name (`in`, `pada`): names do not run across it. */
function isLowerBreak(w: string, ctx: Ctx): boolean {
  return /^\p{Ll}+$/u.test(w) && !ctx.particles.has(w) && !ctx.connectors.has(w);
}

/** Every word of the span is one news usually prints in lower case: not a name. */
function allCommon(tokens: Token[], ts: number, te: number, ctx: Ctx, headline: boolean): boolean {
  for (let k = ts; k < te; k++) {
    const w = tokens[k].text;
    if (headline && te - ts === 1 && capBucket(w) === 'u' && !ctx.isPlace(w) && /^\p{Lu}\p{Ll}+$/u.test(w)) continue;
    if (!isCommonWord(w, ctx, false, '1')) return false;
  }
  return true;
}

function trimEdges(
  tokens: Token[], ts: number, te: number, ctx: Ctx, cased: boolean, maxBucket: string, stop: ReadonlySet<string>, calendar: ReadonlySet<string>,
): { ts: number; te: number } | null {
  const bad = (k: number, edge: 'start' | 'end'): boolean => {
    const t = tokens[k].text;
    // `Puan Maharani Senin`: the weekday of a dateline after a name is not part of it
    if (edge === 'end' && k > ts && calendar.has(t.toLowerCase())) return true;
    if (stop.has(t.toLowerCase()) && !ctx.particles.has(t.toLowerCase())) return true;
    if (/^[\p{P}\p{S}]+$/u.test(t)) return !(edge === 'end' && t === ')' && tokens.slice(ts, k).some((x) => x.text === '('));
    if (!cased) return false;
    if (/^\p{Ll}/u.test(t) && !ctx.particles.has(t)) return true;
    return isCommonWord(t, ctx, true, maxBucket);
  };
  while (ts < te && bad(ts, 'start')) ts++;
  while (te > ts && bad(te - 1, 'end')) te--;
  return te > ts ? { ts, te } : null;
}

function spanText(tokens: Token[], ts: number, te: number): string {
  let s = tokens[ts].text;
  for (let k = ts + 1; k < te; k++) s += (tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].text;
  return s;
}

function lineHasLower(text: string, at: number): boolean {
  const a = text.lastIndexOf('\n', at - 1) + 1;
  let b = text.indexOf('\n', at);
  if (b < 0) b = text.length;
  return /\p{Ll}/u.test(text.slice(a, b));
}

function mention(text: string, start: number, end: number, type: EntityType): EntityMention {
  return { start, end, text: text.slice(start, end), type, entity: null };
}

type PhraseSet = Map<string, string[][]>;

function phraseSet(phrases: string[]): PhraseSet {
  const m: PhraseSet = new Map();
  for (const p of phrases) {
    const toks = p.toLowerCase().split(/\s+/).filter(Boolean);
    if (!toks.length) continue;
    const l = m.get(toks[0]) ?? [];
    l.push(toks);
    m.set(toks[0], l);
  }
  for (const l of m.values()) l.sort((a, b) => b.length - a.length);
  return m;
}

/** Length (in tokens) of the longest phrase starting at token `i` (before `end`), or 0. */
function matchPhraseAt(tokens: Token[], i: number, end: number, set: PhraseSet, capitalizedAll = false, nextOk?: (k: number) => boolean): number {
  const cands = set.get(tokens[i]?.text.toLowerCase() ?? '');
  if (!cands) return 0;
  for (const p of cands) {
    if (i + p.length > end) continue;
    let ok = true;
    for (let k = 0; k < p.length; k++) {
      const t = tokens[i + k].text;
      if (t.toLowerCase() !== p[k] || (capitalizedAll && !/^\p{Lu}/u.test(t))) { ok = false; break; }
    }
    if (ok) {
      // a place is only whole if the next token does not continue a capitalized name
      const nx = tokens[i + p.length];
      if (capitalizedAll && nx && /^\p{Lu}/u.test(nx.text) && nx.start - tokens[i + p.length - 1].end <= 1 && !nextOk?.(i + p.length)) continue;
      return p.length;
    }
  }
  return 0;
}

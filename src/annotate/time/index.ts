/**
 * Time annotator: finds time expressions (TIMEX3) in `article.text` and normalizes them against
 * the document creation time (DCT) and against the date the text is already talking about.
 *
 * - `annotateTimes(article, pack, dct)`: the spans (`{start, end, text, type, value}`).
 * - `annotateTimesDetailed(...)`: the same with TIMEX3 `mod` and resolution flags.
 * - `inferDct(article, pack, now?)`: a DCT for articles that print none.
 * - `sentenceDate(...)` / `eventDates(...)`: the date a sentence talks about, for the event and
 *   timeline stage.
 *
 * The grammar lives in `grammar.ts` (one parser per form, built from the language's time lexicon
 * in `src/lang/<code>/time.ts`); this file selects, refines and resolves matches in text order.
 */
import type { CleanArticle, TimeSpan, TimexType } from '../../model/types.js';
import type { LangPack } from '../../lang/pack.js';
import { timeLexiconFor, type TimeLexicon } from '../../lang/time.js';
import { type YMD, fmtDay, isValid, parseIsoDay, weekday } from './calendar.js';
import { type Parser, type ResolveCtx, type TimexValue, alt, dayOfPeriod, dayOfPrefix, modPrefix, parsers } from './grammar.js';

export interface TimexSpan extends TimeSpan {
  /** TIMEX3 `mod` (`START`, `MID`, `END`, `APPROX`, `LESS_THAN`, …) when the text qualifies the value. */
  mod?: string;
  /** True when the value depends on the DCT or on the date talked about. */
  relative?: boolean;
  /** Internal: weekday + day/month without a year (used by `inferDct`). */
  weekdayDate?: { wd: number; d: number; m: number };
  explicitYear?: boolean;
}

interface Candidate {
  start: number;
  end: number;
  parser: Parser;
  prio: number;
  match: RegExpExecArray;
}

const compiled = new Map<string, { parser: Parser; re: RegExp | null; prio: number }[]>();
function grammarFor(lex: TimeLexicon) {
  let g = compiled.get(lex.code);
  if (!g) {
    g = parsers.map((parser, prio) => ({ parser, re: parser.pattern(lex), prio }));
    compiled.set(lex.code, g);
  }
  return g;
}

const futureRe = new Map<string, RegExp>();
function futureCue(lex: TimeLexicon): RegExp {
  let r = futureRe.get(lex.code);
  if (!r) {
    const aux = lex.pastAux?.length ? `(?<!(?<![\\p{L}\\p{N}])${alt(lex.pastAux)}\\s+)` : '';
    r = new RegExp(`(?<![\\p{L}\\p{N}])${aux}${alt(lex.futureCues)}(?![\\p{L}\\p{N}])`, 'iu');
    futureRe.set(lex.code, r);
  }
  return r;
}

/** A future cue in the sentence within `window` chars before `pos` (seen with its whole left context). */
function futureBefore(fut: RegExp, text: string, ss: number, pos: number, window: number): boolean {
  const g = new RegExp(fut.source, 'giu');
  const seg = text.slice(ss, pos);
  let m: RegExpExecArray | null;
  while ((m = g.exec(seg))) if (m.index + m[0].length > seg.length - window) return true;
  return false;
}

function sentenceStart(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ' ') && !/\d/.test(text[i - 1] ?? ''))) return i + 1;
  }
  return 0;
}

const dayOf = (v: string): YMD | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(v);
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
};
const ymOf = (v: string): YMD | null => {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T.*)?$/.exec(v);
  return m ? { y: +m[1], m: m[2] ? +m[2] : 1, d: 1 } : null;
};

/** Normalizes a DCT string (`2025-10-28`, `2025-10-28T16:40:00+07:00`) to a day. */
function dctDay(dct: string | null | undefined): YMD | null {
  const d = parseIsoDay(dct ?? null);
  return d && isValid(d) ? d : null;
}

/**
 * All time expressions of `text`, resolved in text order. `dct` anchors relative expressions;
 * with `dct` null, relative values keep `X` placeholders or general references.
 */
export function findTimes(text: string, lex: TimeLexicon, dct: string | null): TimexSpan[] {
  const dctYmd = dctDay(dct);
  const grammar = grammarFor(lex);
  const probe: ResolveCtx = { lex, text, start: 0, end: 0, dct: dctYmd ?? { y: 2000, m: 1, d: 1 }, refDay: null, refYM: null, refQuarter: null, refYMRelative: false, refYearOnly: false, sentenceDay: null, future: false };

  // 1. every parser's matches that its extract accepts
  const cands: Candidate[] = [];
  for (const { parser, re, prio } of grammar) {
    if (!re) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      // trim trailing whitespace/commas a pattern may have eaten
      let end = m.index + m[0].length;
      while (end > m.index && /[\s,]/.test(text[end - 1])) end--;
      const c = { start: m.index, end, parser, prio, match: m };
      probe.start = c.start;
      probe.end = c.end;
      if (parser.extract(m, probe)) cands.push(c);
      re.lastIndex = m.index + 1; // allow overlapping matches of the same parser
      if (re.lastIndex < end) re.lastIndex = Math.max(re.lastIndex, wordEnd(text, m.index));
    }
  }

  // 2. longest non-overlapping
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.prio - b.prio || a.start - b.start);
  const taken = new TakenSpans<Candidate>();
  for (const c of cands) {
    if (taken.overlaps(c)) continue;
    taken.add(c);
  }
  const chosen = taken.inOrder();

  // 3. resolve in order, tracking the date the text talks about
  const out: TimexSpan[] = [];
  let refDay: YMD | null = null;
  let refYM: YMD | null = null;
  let refDayPos = -1;
  let refQuarter: string | null = null;
  let refYMRelative = false;
  let refYearOnly = false;
  const modRe = modPrefix(lex);
  const dayOfRe = dayOfPrefix(lex);
  const fut = futureCue(lex);
  let prevEnd = 0;
  for (const c of chosen) {
    const ss = sentenceStart(text, c.start);
    const ctx: ResolveCtx = {
      lex, text, start: c.start, end: c.end, dct: dctYmd, refDay, refYM, refQuarter, refYMRelative, refYearOnly,
      sentenceDay: refDay && refDayPos >= ss ? refDay : null,
      future: futureBefore(fut, text, ss, c.start, c.parser.name === 'weekdayBare' ? c.start - ss : 30),
    };
    const v: TimexValue | null = c.parser.extract(c.match, ctx);
    if (!v) continue;
    let start = c.start;
    let value = v.value;
    let type: TimexType = v.type;
    let mod = v.mod;
    const before = text.slice(Math.max(prevEnd, start - 40), start);
    // refiners: "hari terakhir tahun 1999", "awal tahun ini", "mid-1990s"
    const dm = type === 'DATE' ? dayOfRe.exec(before) : null;
    const dayOfV = dm ? dayOfPeriod(value, !!dm.groups?.last) : null;
    if (dm && dayOfV) {
      start -= dm[0].length;
      value = dayOfV;
    } else if (type === 'DATE' && !mod && !/_REF$/.test(value)) {
      const mm = modRe.exec(before);
      if (mm) {
        start -= mm[0].length;
        mod = lex.mods[mm.groups!.mod.toLowerCase().replace(/\s+/g, ' ')];
      }
    }
    const span: TimexSpan = { start, end: c.end, text: text.slice(start, c.end), type, value };
    if (mod) span.mod = mod;
    if (v.relative) span.relative = true;
    if (v.weekdayDate) span.weekdayDate = v.weekdayDate;
    if (v.explicitYear) span.explicitYear = true;
    out.push(span);
    prevEnd = c.end;
    // the reporting quarter the text talks about (`the third quarter`, then `the quarter`)
    // (the first completed quarter of the past year the text names: earnings reports lead with it)
    if (!refQuarter && type === 'DATE' && /^\d{4}-Q[1-4]$/.test(value) && !v.yearAgo && dctYmd && value < fmtQuarter(dctYmd) && value >= fmtQuarter({ ...dctYmd, y: dctYmd.y - 1 })) refQuarter = value;
    // the date the text now talks about (ref-anchored expressions do not move it)
    if ((type === 'DATE' || type === 'TIME') && c.parser.name !== 'refDay' && !/^X/.test(value)) {
      const d = dayOf(value);
      if (d && !value.includes('/')) {
        refDay = d;
        refDayPos = start;
        refYM = { ...d };
        refYMRelative = !!v.relative;
        refYearOnly = false;
      } else if (!value.includes('/')) {
        const ym = ymOf(value);
        if (ym && /^\d{4}(-\d{2})?$/.test(value)) {
          refYM = ym;
          refYMRelative = !!v.relative;
          refYearOnly = value.length === 4;
        }
      }
    }
  }
  // a clock time printed just before its date (`pukul 7:55 WIB, Jumat (5/12/2014)`) takes that date
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    const m = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}.*)$/.exec(a.value);
    if (a.type === 'TIME' && m && a.relative && /^\s*,?\s*$/.test(text.slice(a.end, b.start)) && /^\d{4}-\d{2}-\d{2}$/.test(b.value)) {
      a.value = b.value + m[1];
    }
  }
  return mergeDurations(out, text, lex);
}

/** Units of an ISO duration, largest first (weeks do not combine with the others). */
const DURATION_PARTS = ['Y', 'M', 'D', 'TH', 'TM', 'TS'];
const NUMERIC_DURATION = /^P(?=.)(?:\d+(?:\.\d+)?[YMD])*(?:T(?:\d+(?:\.\d+)?[HMS])+)?$/;

/**
 * `4 minutes 48 seconds`, `dua tahun dan tiga bulan`: consecutive durations whose units get
 * smaller are one duration (`PT4M48S`), not two.
 */
function mergeDurations(spans: TimexSpan[], text: string, lex: TimeLexicon): TimexSpan[] {
  const joiner = new RegExp(`^\\s*,?\\s*(?:${alt(lex.durationJoiners ?? [])}\\s+)?$`, 'iu');
  const out: TimexSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const next = /^P(T?)(\d+(?:\.\d+)?)([YMDHS])$/.exec(s.value);
    if (prev?.type === 'DURATION' && NUMERIC_DURATION.test(prev.value) && s.type === 'DURATION' && !s.mod && next && joiner.test(text.slice(prev.end, s.start))) {
      const smallest = (prev.value.includes('T') ? 'T' : '') + prev.value.slice(-1);
      const part = next[1] + next[3];
      if (DURATION_PARTS.indexOf(part) > DURATION_PARTS.indexOf(smallest)) {
        prev.value += (next[1] && !prev.value.includes('T') ? 'T' : '') + next[2] + next[3];
        prev.end = s.end;
        prev.text = text.slice(prev.start, s.end);
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

/**
 * Spans chosen so far, which never overlap one another: a new span is checked against its
 * neighbours by binary search instead of against all of them (a long text has thousands).
 */
class TakenSpans<T extends { start: number; end: number }> {
  /** Spans with a length, ascending and disjoint (so their ends ascend too). */
  private spans: T[] = [];
  /** Empty spans, rare: checked one by one. */
  private empty: T[] = [];

  overlaps(c: T): boolean {
    if (this.empty.some((t) => c.start < t.end && t.start < c.end)) return true;
    // The last span starting before `c` ends is the one that reaches furthest.
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid].start < c.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && c.start < this.spans[lo - 1].end;
  }

  add(c: T): void {
    if (c.end <= c.start) {
      this.empty.push(c);
      return;
    }
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid].start < c.start) lo = mid + 1;
      else hi = mid;
    }
    this.spans.splice(lo, 0, c);
  }

  /** Every span by start, in the order they were chosen where starts tie. */
  inOrder(): T[] {
    return [...this.spans, ...this.empty].sort((a, b) => a.start - b.start);
  }
}

const fmtQuarter = (d: YMD): string => `${String(d.y).padStart(4, '0')}-Q${Math.floor((d.m - 1) / 3) + 1}`;

function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && /[\p{L}\p{N}]/u.test(text[j])) j++;
  return Math.max(j, i + 1);
}

/** Time expressions with TIMEX3 mods and resolution flags. */
export function annotateTimesDetailed(article: Pick<CleanArticle, 'text' | 'language'>, pack: Pick<LangPack, 'code'> | null, dct: string | null): TimexSpan[] {
  const lex = timeLexiconFor(pack?.code ?? article.language);
  return findTimes(article.text, lex, dct);
}

const comparisonRes = new Map<string, RegExp | null>();
/** `cue` + up to four plain words, at the end of the text before a time expression. */
function comparisonRe(lex: TimeLexicon): RegExp | null {
  if (!comparisonRes.has(lex.code)) {
    const cues = lex.comparisonCues ?? [];
    comparisonRes.set(lex.code, cues.length ? new RegExp(`(?<![\\p{L}\\p{N}])${alt(cues)}(?:\\s+[\\p{L}\\p{N}-]+){0,4}\\s+$`, 'iu') : null);
  }
  return comparisonRes.get(lex.code)!;
}

/** Finds and normalizes the article's time expressions against the DCT (`article.publishedAt` by default). */
export function annotateTimes(article: CleanArticle, pack: LangPack, dct: string | null): TimeSpan[] {
  const cmp = comparisonRe(timeLexiconFor(pack?.code ?? article.language));
  return annotateTimesDetailed(article, pack, dct ?? article.publishedAt).map(({ start, end, text, type, value }) => {
    const span: TimeSpan = { start, end, text, type, value };
    // the baseline of a comparison names a date, but not the date of what the sentence reports
    if (cmp?.test(article.text.slice(Math.max(0, start - 80), start))) span.comparison = true;
    return span;
  });
}

/**
 * Infers a DCT (ISO `YYYY-MM-DD`) for an article that prints none. Nothing after `now` counts.
 * A wrong DCT is worse than none (it moves every relative date of the article), so each rule
 * gives up when the text contradicts it.
 * 1. a dateline: a full date on one of the first lines, standing (almost) alone on its line
 *    (`Published: Dec. 19, 2005`). A dateline is the article's own date even when the body
 *    names later years (`due for release in 2010`, `the 2013 draft`), so it wins outright;
 * 2. a weekday with a day/month and no year (`Senin (27/10)`) fixes the year: the year the text
 *    states (the latest four-digit one) when the day falls on that weekday in it, else the most
 *    recent such year — undated news is mostly read soon after it is written, and the years an
 *    article names are mostly history (laws, debuts, earlier events), so they only bound it from
 *    below: it is not more than a year older than the latest period the text states (a decade
 *    included; one year for a mention of next year's season). With several such expressions
 *    the latest resulting date wins;
 * 3. otherwise the latest full date of the body, unless the text states a later year at any
 *    granularity: then that date is history the article recalls (`born on April 22, 1923`,
 *    `… in 2005`), and the article's own date is unknown;
 * 4. otherwise null.
 * `now` defaults to the clock; pass it for reproducible results.
 */
export function inferDct(article: Pick<CleanArticle, 'text' | 'language'>, pack: Pick<LangPack, 'code'> | null, now: Date = new Date()): string | null {
  const spans = annotateTimesDetailed(article, pack, null);
  const nowDay = { y: now.getUTCFullYear(), m: now.getUTCMonth() + 1, d: now.getUTCDate() };
  const today = fmtDay(nowDay);
  const stated = statedYears(spans, nowDay.y);
  const fullDates = spans
    .filter((s) => s.explicitYear && (s.type === 'DATE' || s.type === 'TIME'))
    .map((s) => ({ s, day: dayOf(s.value) }))
    .filter((x): x is { s: TimexSpan; day: YMD } => !!x.day && fmtDay(x.day) <= today);
  const latest = (days: YMD[]): string | null => days.map(fmtDay).reduce<string | null>((a, b) => (!a || b > a ? b : a), null);

  const dateline = latest(fullDates.filter((x) => isDateline(article.text, x.s)).map((x) => x.day));
  if (dateline) return dateline;

  const weekdayDays: YMD[] = [];
  for (const s of spans) {
    if (!s.weekdayDate) continue;
    const { wd, d, m } = s.weekdayDate;
    const years: YMD[] = [];
    for (let y = nowDay.y; y >= nowDay.y - 100; y--) {
      const c = { y, m, d };
      if (isValid(c) && weekday(c) === wd && fmtDay(c) <= today && (stated.any === null || y >= stated.any - 1)) years.push(c);
    }
    const found = years.find((c) => c.y === stated.specific) ?? years[0];
    if (found) weekdayDays.push(found);
  }
  const byWeekday = latest(weekdayDays);
  if (byWeekday) return byWeekday;

  const body = latest(fullDates.map((x) => x.day));
  return body && (stated.any === null || +body.slice(0, 4) >= stated.any) ? body : null;
}

/**
 * The latest years the text states (not after `maxYear`): `specific` from four-digit years
 * (a year, month or day; a range by its start), `any` also from decades (`the 1970s` by 1970).
 */
function statedYears(spans: TimexSpan[], maxYear: number): { specific: number | null; any: number | null } {
  let specific: number | null = null;
  let any: number | null = null;
  for (const s of spans) {
    if (!s.explicitYear) continue;
    const year = /^(\d{4})/.exec(s.value);
    const decade = /^(\d{3})$/.exec(s.value);
    const y = year ? +year[1] : decade ? +decade[1] * 10 : null;
    if (y === null || y > maxYear) continue;
    if (year) specific = Math.max(specific ?? y, y);
    any = Math.max(any ?? y, y);
  }
  return { specific, any };
}

/** A date on one of the first lines that carries little else and no sentence end: a dateline. */
function isDateline(text: string, s: TimexSpan): boolean {
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  let lineEnd = text.indexOf('\n', s.end);
  if (lineEnd < 0) lineEnd = text.length;
  // More than DATELINE_LINES lines before it? (Counted only that far: a long text has many.)
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < lineStart && lines < DATELINE_LINES; i = text.indexOf('\n', i + 1)) lines++;
  if (lines >= DATELINE_LINES) return false;
  const line = text.slice(lineStart, lineEnd).trim();
  if (/[.!?"”'’]$/.test(line)) return false;
  const rest = text.slice(lineStart, s.start) + ' ' + text.slice(s.end, lineEnd);
  return (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length <= DATELINE_OTHER_WORDS;
}
/** Datelines follow at most a URL, a headline and a few byline lines. */
const DATELINE_LINES = 6;
/** `Published:`, `Updated`, `End of Watch:`, a clock time and zone, a place name. */
const DATELINE_OTHER_WORDS = 6;

// ---------------------------------------------------------------------------------------------
// the date a sentence talks about (for the event / timeline stage): shared code in src/text
export { sentenceDate, eventDates, type SentenceDate, type SentenceSpan } from '../../text/dates.js';

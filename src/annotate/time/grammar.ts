/**
 * The time grammar: a list of small parsers in chrono-node's style. Each parser builds ONE regex
 * from the language's time lexicon (named groups) and has ONE extract function that turns a match
 * into a TIMEX3 type + value, given the resolution context (DCT, the date the text is talking
 * about, tense cues). No parser names a language.
 */
import type { TimeLexicon, TimeUnit, RelWord } from '../../lang/time.js';
import type { TimexType } from '../../model/types.js';
import {
  type YMD, addDays, daysInMonth, durationValue, fmtDay, fmtWeek, isValid, shiftValue, toUtc, weekday,
} from './calendar.js';

export interface TimexValue {
  type: TimexType;
  value: string;
  mod?: string;
  /** True when the value was computed from the DCT or the reference date (not printed in full). */
  relative?: boolean;
  /** Set for weekday + day/month without a year: what inferDct needs. */
  weekdayDate?: { wd: number; d: number; m: number };
  /** True when the expression printed its year. */
  explicitYear?: boolean;
  /** True for a comparison period a year before the one talked about (`a year earlier`). */
  yearAgo?: boolean;
}

export interface ResolveCtx {
  lex: TimeLexicon;
  text: string;
  start: number;
  end: number;
  dct: YMD | null;
  /** The date (day) the text is talking about, else null. */
  refDay: YMD | null;
  /** The latest month/year the text is talking about (day 1 when only a month is known). */
  refYM: YMD | null;
  /** True when `refYM` itself was computed from the DCT (`a year ago`), not printed. */
  refYMRelative?: boolean;
  /** True when `refYM` is a bare year (its month is a placeholder). */
  refYearOnly?: boolean;
  /** The latest reporting quarter the text talks about (`1989-Q3`), else null. */
  refQuarter: string | null;
  /** The day stated earlier in the same sentence, else null. */
  sentenceDay: YMD | null;
  /** The sentence up to the match shows future tense. */
  future: boolean;
}

export interface Parser {
  name: string;
  pattern(lex: TimeLexicon): RegExp | null;
  extract(m: RegExpExecArray, ctx: ResolveCtx): TimexValue | null;
}

// ---------------------------------------------------------------------------------------------
// regex helpers

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Alternation of words, longest first; spaces match any whitespace. */
export function alt(words: Iterable<string>): string {
  const list = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  if (list.length === 0) return '(?!)';
  return '(?:' + list.map((w) => esc(w).replace(/\s+/g, '\\s+')).join('|') + ')';
}
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const re = (src: string): RegExp => new RegExp(src, 'giu');

const norm = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
const isCap = (s: string | undefined): boolean => !!s && /^\p{Lu}/u.test(s);

function lookup<T>(table: Record<string, T>, s: string | undefined): T | undefined {
  if (s === undefined) return undefined;
  const k = norm(s);
  return table[k] ?? table[k.replace(/\.$/, '')];
}

function numberAlt(lex: TimeLexicon): string {
  const w = alt([...Object.keys(lex.numbers), ...Object.keys(lex.numberMultipliers), ...Object.keys(lex.numberAdders)]);
  const words = `${w}(?:[\\s-]+${w})*`;
  return `(?:\\d+(?:[.,]\\d+)?|${words})`;
}

/** Value of a number written in digits or words (`dua puluh lima` 25, `twenty-five` 25). */
export function parseNumber(s: string, lex: TimeLexicon): number | null {
  const t = norm(s);
  if (/^\d+$/.test(t)) return +t;
  if (/^\d+[.,]\d+$/.test(t)) {
    const [a, b] = t.split(/[.,]/);
    const sep = t.includes(',') ? ',' : '.';
    if (sep === lex.decimalSeparator) return +(a + '.' + b);
    return b.length === 3 ? +(a + b) : +(a + '.' + b);
  }
  let toks = t.split(/[\s-]+/);
  if (toks.length > 1 && (toks[0] === 'a' || toks[0] === 'an')) toks = toks.slice(1); // `a two-year plan`
  let total = 0;
  let cur = 0;
  let small = 0; // what was added since the last multiplier
  let any = false;
  for (const tok of toks) {
    if (tok in lex.numbers) {
      const v = lex.numbers[tok];
      cur += v;
      small = v >= 100 ? 0 : small + v;
      any = true;
    } else if (tok in lex.numberAdders) {
      cur += lex.numberAdders[tok];
      small = 0;
      any = true;
    } else if (tok in lex.numberMultipliers) {
      const mul = lex.numberMultipliers[tok];
      if (mul >= 1000) {
        total += (cur || 1) * mul;
        cur = 0;
      } else if (mul >= 100) cur = (cur || 1) * mul;
      else cur = cur - small + (small || 1) * mul;
      small = 0;
      any = true;
    } else if (tok !== 'and') return null;
  }
  return any ? total + cur : null;
}

function roman(s: string): number | null {
  const map: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12, xx: 20, xxi: 21, xix: 19, xviii: 18 };
  return map[s.toLowerCase()] ?? null;
}

const unitsOf = (lex: TimeLexicon, pred: (u: TimeUnit) => boolean): string[] =>
  Object.entries(lex.units).filter(([, u]) => pred(u)).map(([w]) => w);

function timeTail(lex: TimeLexicon): string {
  return `(?:\\s*,?\\s*(?:${alt(lex.clockPrefix)}\\s+)?(?<th>[012]?\\d)[.:](?<tm>[0-5]\\d)(?:\\s*(?<tap>${alt(Object.keys(lex.clockSuffix))}))?(?:\\s*(?<tz>${alt(Object.keys(lex.timeZones))}))?${E})?`;
}

function clockValue(m: RegExpExecArray, lex: TimeLexicon): string | null {
  const g = m.groups ?? {};
  if (!g.th) return null;
  let h = +g.th;
  // a 12-hour clock has no hour 13 (`29 pm` is the tail of a broken `09: 29 pm`)
  if (g.tap && h > 12) return null;
  if (g.tap) h = (h % 12) + (lookup(lex.clockSuffix, g.tap) ?? 0);
  if (h > 24) return null;
  const tz = g.tz ? lookup(lex.timeZones, g.tz) : undefined;
  return `T${String(h).padStart(2, '0')}:${g.tm ?? '00'}${tz ?? ''}`;
}

// ---------------------------------------------------------------------------------------------
// resolution helpers

const dist = (a: YMD, b: YMD): number => Math.abs(toUtc(a) - toUtc(b));

/** How far from the anchor (200 days, in ms as `dist` counts) a printed weekday may move a day-and-month to another year. */
const WEEKDAY_REACH = 200 * 86_400_000;

/** The year for a day/month printed without one, nearest the anchor (and matching a weekday). */
export function yearFor(d: number, m: number, anchor: YMD | null, wd: number | null, dir: -1 | 0 | 1 = 0): number | null {
  if (!anchor) return null;
  const cands: YMD[] = [];
  for (let y = anchor.y - 1; y <= anchor.y + 1; y++) {
    const c = { y, m, d };
    if (!isValid(c)) continue;
    if (dir < 0 && toUtc(c) > toUtc(anchor)) continue;
    if (dir > 0 && toUtc(c) < toUtc(anchor)) continue;
    cands.push(c);
  }
  if (cands.length === 0) return anchor.y;
  // The weekday picks among the years only near the anchor: a printed weekday that fits only a
  // date most of a year away (`Sabtu (21/5)` in copy of 22 May 2017, a Sunday) is a slip of the copy.
  const wdMatch = wd === null ? cands : cands.filter((c) => weekday(c) === wd && dist(c, anchor) <= WEEKDAY_REACH);
  const pool = wdMatch.length ? wdMatch : cands;
  // news mostly reports the past: a date ahead of the anchor counts as twice as far
  const cost = (c: YMD): number => (toUtc(c) > toUtc(anchor) ? 2 : 1) * dist(c, anchor);
  pool.sort((a, b) => cost(a) - cost(b));
  return pool[0].y;
}

/** Weekday resolution: the occurrence nearest the anchor in the direction the text implies. */
function resolveWeekday(wd: number, anchor: YMD, rel: RelWord | undefined, future: boolean, weekShift = 0): YMD {
  const cur = weekday(anchor);
  if (weekShift !== 0 || (rel && rel.dir === 0)) {
    // weekday within the ISO week of anchor (+ shift)
    const monday = addDays(anchor, -((cur + 6) % 7));
    return addDays(monday, ((wd + 6) % 7) + 7 * weekShift);
  }
  if (rel && rel.dir < 0) {
    let diff = (cur - wd + 7) % 7;
    if (diff === 0) diff = 7;
    return addDays(anchor, -diff);
  }
  if ((rel && rel.dir > 0) || future) {
    let diff = (wd - cur + 7) % 7;
    if (diff === 0 && rel && rel.dir > 0) diff = 7;
    return addDays(anchor, diff);
  }
  return addDays(anchor, -((cur - wd + 7) % 7));
}

const relOf = (lex: TimeLexicon, after?: string, before?: string): RelWord | undefined =>
  (after ? lookup(lex.relAfter, after) : undefined) ?? (before ? lookup(lex.relBefore, before) : undefined);

function anchorFor(rel: RelWord | undefined, ctx: ResolveCtx, unit: TimeUnit): YMD | null {
  if (rel?.anchor === 'ref') {
    // a day or less from a year or month (`in 2010 … 10 minutes later`) would invent its 1st day
    if (unit === 'D' || unit === 'W' || unit === 'H' || unit === 'MIN' || unit === 'S') return ctx.refDay ?? ctx.dct;
    // ...and a month from a bare year (`in 2010 … a month later`) would invent January
    if ((unit === 'M' || unit === 'Q') && ctx.refYearOnly) return null;
    return ctx.refYM ?? ctx.refDay ?? ctx.dct;
  }
  return ctx.dct;
}

function dayValue(y: number | null, m: number, d: number, tail = ''): string {
  const ys = y === null ? 'XXXX' : String(y).padStart(4, '0');
  return `${ys}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}${tail}`;
}

/**
 * A day written with its month's name (`28 Oktober`, `October 28, 2025 4:40 pm`); without a
 * printed year it keeps its weekday, which is what inferDct needs to recover the year.
 */
function namedDay(y: number | null, mo: number, d: number, clock: string | null, printedYear: boolean, wd: number | null): TimexValue {
  return {
    type: clock ? 'TIME' : 'DATE',
    value: dayValue(y, mo, d, clock ?? ''),
    relative: !printedYear,
    explicitYear: printedYear,
    weekdayDate: !printedYear && wd !== null ? { wd, d, m: mo } : undefined,
  };
}

function fixYear(y: string): number {
  const n = +y;
  if (y.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  return n;
}

/** `1989-Q3` shifted by `n` quarters (`-4`: the same quarter a year before). */
function shiftQuarter(v: string, n: number): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(v)!;
  const q0 = +m[1] * 4 + (+m[2] - 1) + n;
  return `${String(Math.floor(q0 / 4)).padStart(4, '0')}-Q${(q0 % 4) + 1}`;
}

/** The reporting quarter the text talks about: the last one it named, else the last completed one. */
function currentQuarter(ctx: ResolveCtx): string | null {
  return ctx.refQuarter ?? (ctx.dct ? shiftValue(ctx.dct, 'Q', -1) : null);
}

/**
 * A year named relative to the DCT or the date talked about, after a day and month or a period
 * (`November 2 this year`, `27 Oktober tahun lalu`, `the same quarter last year`).
 */
function relYearTail(lex: TimeLexicon): string {
  const YW = alt(unitsOf(lex, (u) => u === 'Y').filter((w) => !(w in lex.vagueDurations)));
  return `(?:\\s+(?:of\\s+)?(?<yrb>${alt(Object.keys(lex.relBefore))})\\s+${YW}|\\s+${YW}\\s+(?<yra>${alt(Object.keys(lex.relAfter))}))${E}`;
}

/** The year `relYearTail` names (undefined: none printed; null: no anchor to count from). */
function relYear(g: Record<string, string | undefined>, ctx: ResolveCtx): number | null | undefined {
  if (!g.yrb && !g.yra) return undefined;
  const rel = relOf(ctx.lex, g.yra, g.yrb);
  if (!rel) return undefined;
  const anc = anchorFor(rel, ctx, 'Y');
  return anc ? anc.y + rel.dir : null;
}

// ---------------------------------------------------------------------------------------------
// the parsers

/** `Senin (27/10)`, `Rabu (19/6/2024,)`, `Selasa malam (16/1)`, `Kamis, 17/10/2013`. */
const weekdayNumeric: Parser = {
  name: 'weekdayNumeric',
  pattern: (lex) =>
    re(
      `${B}(?:${alt(lex.weekdayPrefix)}\\s+)?(?<wd>${alt(Object.keys(lex.weekdays))})\\.?(?:\\s+(?<pod>${alt(Object.keys(lex.partsOfDay))}))?` +
        `\\s*(?:\\(\\s*(?<a>\\d{1,2})\\s*[/.-]\\s*(?<b>\\d{1,2})(?:\\s*[/.-]\\s*(?<y>\\d{4}|\\d{2}))?\\s*,?\\s*\\)` +
        `|,\\s*(?<a2>\\d{1,2})\\s*[/.-]\\s*(?<b2>\\d{1,2})\\s*[/.-]\\s*(?<y2>\\d{4}))` +
        `(?:\\s+(?<pod2>${alt(Object.keys(lex.partsOfDay))})${E})?` +
        timeTail(lex),
    ),
  extract(m, ctx) {
    const g = m.groups ?? {};
    const wd = lookup(ctx.lex.weekdays, g.wd);
    if (wd === undefined) return null;
    let a = +(g.a ?? g.a2);
    let b = +(g.b ?? g.b2);
    if (ctx.lex.numericDateOrder === 'mdy') [a, b] = [b, a];
    const d = a;
    const mo = b;
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    const yy = g.y ?? g.y2;
    const y = yy ? fixYear(yy) : yearFor(d, mo, ctx.dct, wd);
    const pod = ctx.lex.partOfDayInValue ? lookup(ctx.lex.partsOfDay, g.pod ?? g.pod2) : undefined;
    const clock = clockValue(m, ctx.lex);
    const tail = clock ?? (pod ? `T${pod}` : '');
    return {
      type: tail ? 'TIME' : 'DATE',
      value: dayValue(y, mo, d, tail),
      relative: !yy,
      explicitYear: !!yy,
      weekdayDate: yy ? undefined : { wd, d, m: mo },
    };
  },
};

/** `27 Oktober 2025`, `Selasa, 28 Oktober 2025 16.40 WIB`, `28–29 Oktober mendatang`, `5 May`. */
const dayMonth: Parser = {
  name: 'dayMonth',
  pattern: (lex) => {
    const MON = alt(Object.keys(lex.months));
    const CONN = alt(lex.rangeConnectors);
    return re(
      `${B}(?:(?:${alt(lex.weekdayPrefix)}\\s+)?(?<wd>${alt(Object.keys(lex.weekdays))})\\s*,?\\s+)?(?:${alt(lex.dayPrefix)}\\s+)?` +
        `(?:(?<d1>\\d{1,2})(?:\\s+(?<mon1>${MON}))?\\s*${CONN}\\s*)?` +
        `(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>${MON})(?:(?<=\\.)|${E})` +
        `(?:\\s*,?\\s*(?<y>\\d{4})${E}|${relYearTail(lex)})?(?:\\s+(?<rel>${alt(Object.keys(lex.relAfter).filter((k) => lookup(lex.relAfter, k)!.anchor === 'dct'))})${E})?` +
        timeTail(lex),
    );
  },
  extract(m, ctx) {
    const g = m.groups ?? {};
    const mo = lookup(ctx.lex.months, g.mon)!;
    const d = +g.d;
    if (d < 1 || d > 31) return null;
    const wd = g.wd ? lookup(ctx.lex.weekdays, g.wd) ?? null : null;
    const rel = g.rel ? lookup(ctx.lex.relAfter, g.rel) : undefined;
    const ry = relYear(g, ctx);
    const y = g.y ? +g.y : ry !== undefined ? ry : yearFor(d, mo, ctx.dct, wd, rel?.dir ?? 0);
    const clock = clockValue(m, ctx.lex);
    if (g.d1) {
      const mo1 = g.mon1 ? lookup(ctx.lex.months, g.mon1)! : mo;
      const y1 = y !== null && mo1 > mo ? y - 1 : y;
      return { type: 'DATE', value: `${dayValue(y1, mo1, +g.d1)}/${dayValue(y, mo, d)}`, relative: !g.y, explicitYear: !!g.y };
    }
    return namedDay(y, mo, d, clock, !!g.y, wd);
  },
};

/** `October 27, 2025`, `Oct. 5`, `Tuesday, October 28, 2025 4:40 pm`. */
const monthDay: Parser = {
  name: 'monthDay',
  pattern: (lex) =>
    re(
      `${B}(?:(?<wd>${alt(Object.keys(lex.weekdays))})\\s*,?\\s+)?(?<mon>${alt(Object.keys(lex.months))})(?:(?<=\\.)|${E})\\s*(?<d>\\d{1,2})(?:st|nd|rd|th)?(?![.:,]?\\d)` +
        `(?:\\s*(?:${alt(lex.rangeConnectors)})\\s*(?<d2>\\d{1,2})(?![\\d.:]))?(?:\\s*,?\\s*(?<y>\\d{4})|${relYearTail(lex)})?${E}` +
        timeTail(lex),
    ),
  extract(m, ctx) {
    const g = m.groups ?? {};
    if (!isCap(g.mon)) return null;
    const mo = lookup(ctx.lex.months, g.mon)!;
    const d = +g.d;
    if (d < 1 || d > 31) return null;
    const wd = g.wd ? lookup(ctx.lex.weekdays, g.wd) ?? null : null;
    const ry = relYear(g, ctx);
    const y = g.y ? +g.y : ry !== undefined ? ry : yearFor(d, mo, ctx.dct, wd);
    const clock = clockValue(m, ctx.lex);
    if (g.d2) return { type: 'DATE', value: `${dayValue(y, mo, d)}/${dayValue(y, mo, +g.d2)}`, relative: !g.y };
    return namedDay(y, mo, d, clock, !!g.y, wd);
  },
};

/** `September 2023`, `bulan Oktober`, `April lalu`, `September tahun sebelumnya`, `Oktober–Desember 2014`, `last March`. */
const monthName: Parser = {
  name: 'monthName',
  pattern: (lex) => {
    const MON = alt(Object.keys(lex.bareMonths));
    const YW = alt(unitsOf(lex, (u) => u === 'Y'));
    return re(
      `${B}(?:(?<rb>${alt(Object.keys(lex.relBefore))})\\s+)?(?:${alt(lex.monthPrefix)}\\s+)?(?:(?<mon1>${MON})\\s*${alt(lex.rangeConnectors)}\\s*)?(?<mon>${MON})(?:(?<=\\.)|${E})` +
        `(?:\\s*,?\\s+(?:(?:${alt(lex.yearPrefix)}|of)\\s+)?(?<y>(?:1[5-9]|20)\\d{2})${E}(?:\\s+${alt(Object.keys(lex.relAfter).filter((k) => lookup(lex.relAfter, k)!.anchor === 'dct'))}${E})?` +
        `|\\s+(?<yw>${YW}\\s+)?(?<ra>${alt(Object.keys(lex.relAfter))})${E}` +
        `|\\s+(?:of\\s+)?(?<rb2>${alt(Object.keys(lex.relBefore))})\\s+${YW}${E})?`,
    );
  },
  extract(m, ctx) {
    const g = m.groups ?? {};
    if (!isCap(g.mon)) return null;
    const mo = lookup(ctx.lex.bareMonths, g.mon)!;
    const mo1 = g.mon1 ? lookup(ctx.lex.bareMonths, g.mon1) : undefined;
    const fmt = (y: number | null, mm: number): string => (y === null ? 'XXXX' : String(y).padStart(4, '0')) + '-' + String(mm).padStart(2, '0');
    // A range over the new year (`November to March`) never ends before it starts: a printed
    // year belongs to the end month (`November to March 2025` began in 2024); a year inferred
    // from the text's date belongs to the start (a season that runs from this November on).
    const span = (y: number | null): string => {
      if (mo1 === undefined) return fmt(y, mo);
      if (y === null || mo1 <= mo) return `${fmt(y, mo1)}/${fmt(y, mo)}`;
      return g.y ? `${fmt(y - 1, mo1)}/${fmt(y, mo)}` : `${fmt(y, mo1)}/${fmt(y + 1, mo)}`;
    };
    const out = (y: number | null, relative: boolean): TimexValue => ({ type: 'DATE', value: span(y), relative, explicitYear: !relative });
    if (g.y) return out(+g.y, false);
    if (g.yw || g.rb2) {
      // `September tahun lalu` / `October of last year`: relative year, fixed month
      const rel = relOf(ctx.lex, g.ra, g.rb2);
      if (!rel) return null;
      const anc = anchorFor(rel, ctx, 'Y');
      return out(anc ? anc.y + rel.dir : null, true);
    }
    const rel = relOf(ctx.lex, g.ra, g.rb);
    if (g.ra && !rel) return null;
    // "itu": the month the text already talks about
    const anc = rel ? anchorFor(rel, ctx, 'M') : ctx.dct;
    if (!anc) return out(null, true);
    let y = anc.y;
    if (rel) {
      if (rel.dir < 0 && mo >= anc.m) y -= mo === anc.m && rel.anchor === 'dct' ? 1 : mo > anc.m ? 1 : 0;
      else if (rel.dir > 0 && mo < anc.m) y += 1;
      else if (rel.dir > 0 && mo === anc.m && rel.anchor === 'ref') y += 1;
    } else if (ctx.future) {
      if (mo < anc.m) y += 1;
    } else {
      // nearest occurrence to the anchor (ties go to the past)
      const diff = mo - anc.m;
      if (diff > 5) y -= 1;
      else if (diff < -8) y += 1;
    }
    return out(y, true);
  },
};

/** `2022`, `tahun 1948`, `fiscal 1998`, `2013–2014`, `1990-an`, `the 1990s`, `2013 lalu`. */
const year: Parser = {
  name: 'year',
  pattern: (lex) =>
    re(
      `${B}(?:(?<yp>${alt(lex.yearPrefix)})\\s+)?(?:the\\s+)?(?<y>(?:1[5-9]|20)\\d{2})` +
        `(?:(?<dec>${alt(lex.decadeSuffix)})|\\s*(?:${alt(lex.rangeConnectors.filter((c) => !/\p{L}/u.test(c)))}|/)\\s*(?<y2>(?:1[5-9]|20)\\d{2}|\\d{2}(?![\\d.,])))?` +
        `(?:\\s+(?<rel>${alt(Object.keys(lex.relAfter).filter((k) => lookup(lex.relAfter, k)!.anchor === 'dct'))}))?${E}`,
    ),
  extract(m, ctx) {
    const g = m.groups ?? {};
    const s = m.index;
    const before = ctx.text.slice(Math.max(0, s - 4), s);
    const after = ctx.text.slice(s + m[0].length, s + m[0].length + 20);
    if (/\d[.,]$/.test(before) || /^[.,]\d/.test(after)) return null; // 1.2014 / 2014,5
    if (/(?:rp|\$|us\$|no\.?)\s*$/i.test(before) || /\d\s*\/$/.test(before)) return null;
    if (!g.yp && !g.dec && /^\s*[-/]\s*\d/.test(after)) return null;
    const next = after.match(/^\s*([\p{L}%]+)/u)?.[1]?.toLowerCase();
    if (!g.yp && next && ctx.lex.countNouns.includes(next)) return null;
    if (g.dec) {
      return { type: 'DATE', value: g.y.slice(0, 3), explicitYear: true };
    }
    if (g.y2) {
      const y2 = g.y2.length === 2 ? g.y.slice(0, 2) + g.y2 : g.y2;
      if (+y2 <= +g.y) return null;
      return { type: 'DATE', value: `${g.y}/${y2}`, explicitYear: true };
    }
    return { type: 'DATE', value: g.y, explicitYear: true };
  },
};

/** `kemarin`, `lusa`, `hari ini`, `yesterday`; with a part of day: `kemarin sore`, `last night`. */
const deictic: Parser = {
  name: 'deictic',
  pattern: (lex) =>
    re(`${B}(?:(?:(?<pod0>${alt(Object.keys(lex.partsOfDay))})\\s+)?(?<w>${alt(Object.keys(lex.deictic))})(?:\\s+(?<pod>${alt(Object.keys(lex.partsOfDay))}))?|(?<dp>${alt(Object.keys(lex.deicticParts))}))${E}(?:\\s*\\(\\s*(?<a>\\d{1,2})\\s*[/.-]\\s*(?<b>\\d{1,2})(?:\\s*[/.-]\\s*(?<y>\\d{4}))?\\s*\\))?`),
  extract(m, ctx) {
    const g = m.groups ?? {};
    let n: number;
    let pod: string | undefined;
    if (g.dp) [n, pod] = lookup(ctx.lex.deicticParts, g.dp)!;
    else {
      n = lookup(ctx.lex.deictic, g.w)!;
      pod = g.pod || g.pod0 ? lookup(ctx.lex.partsOfDay, g.pod ?? g.pod0) : undefined;
    }
    if (!ctx.lex.partOfDayInValue) pod = undefined;
    if (g.a) {
      // `kemarin (19/11)`: the printed date wins
      let [a, b] = [+g.a, +g.b];
      if (ctx.lex.numericDateOrder === 'mdy') [a, b] = [b, a];
      const y = g.y ? +g.y : yearFor(a, b, ctx.dct, null);
      if (b >= 1 && b <= 12) return { type: pod ? 'TIME' : 'DATE', value: dayValue(y, b, a, pod ? `T${pod}` : ''), relative: !g.y, explicitYear: !!g.y };
    }
    if (!ctx.dct) return { type: pod ? 'TIME' : 'DATE', value: n === 0 ? 'PRESENT_REF' : n < 0 ? 'PAST_REF' : 'FUTURE_REF', relative: true };
    const v = fmtDay(addDays(ctx.dct, n));
    return { type: pod ? 'TIME' : 'DATE', value: pod ? `${v}T${pod}` : v, relative: true };
  },
};

/** `hari itu`, `keesokan harinya`, `sehari sebelumnya`, `the next day`: against the date talked about. */
const refDay: Parser = {
  name: 'refDay',
  pattern: (lex) => re(`${B}(?<w>${alt([...lex.sameRefDay, ...Object.keys(lex.refDayShift)])})${E}`),
  extract(m, ctx) {
    const g = m.groups ?? {};
    const n = lookup(ctx.lex.refDayShift, g.w) ?? 0;
    const anc = ctx.refDay ?? ctx.dct;
    if (!anc) return null;
    return { type: 'DATE', value: fmtDay(addDays(anc, n)), relative: true };
  },
};

/** `pekan lalu`, `bulan lalu`, `tahun depan`, `tahun ini`, `hari sebelumnya`, `last week`, `this year`. */
const unitRel: Parser = {
  name: 'unitRel',
  pattern: (lex) => {
    const UNITS = alt(unitsOf(lex, (u) => ['D', 'W', 'M', 'Y', 'DE', 'CE', 'Q'].includes(u)));
    // `the same quarter last year`, `bulan yang sama tahun lalu`: that period, a year shifted
    const same = (t: Record<string, RelWord>): string => alt(Object.keys(t).filter((k) => t[k].dir === 0));
    const QM = alt(unitsOf(lex, (u) => u === 'Q' || u === 'M').filter((w) => !(w in lex.vagueDurations)));
    return re(
      `${B}(?:(?<rb0>${same(lex.relBefore)})\\s+(?<unit0>${QM})|(?<unit1>${QM})\\s+(?<ra0>${same(lex.relAfter)}))${relYearTail(lex)}` +
        `|${B}(?:(?<rb>${alt(Object.keys(lex.relBefore))})\\s+)?(?<unit>${UNITS})(?:\\s+(?<ra>${alt(Object.keys(lex.relAfter))}))?${E}`,
    );
  },
  extract(m, ctx) {
    const g = { ...m.groups };
    g.rb ??= g.rb0;
    g.ra ??= g.ra0;
    g.unit ??= g.unit0 ?? g.unit1;
    if (!g.rb && !g.ra) return null;
    if (g.rb && g.ra) return null;
    if (/^\s+of\s/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null; // `the last day of 1999`
    const rel = relOf(ctx.lex, g.ra, g.rb)!;
    const unit = lookup(ctx.lex.units, g.unit)!;
    if ((ctx.lex.unitScale[norm(g.unit)] ?? 1) !== 1) return null;
    // `years later`, `the past months`: no count, so no particular period
    if (norm(g.unit) in ctx.lex.vagueDurations) return { type: 'DATE', value: rel.dir < 0 ? 'PAST_REF' : rel.dir > 0 ? 'FUTURE_REF' : 'PRESENT_REF', relative: true };
    // `Minggu lalu` written capitalized mid-sentence is a weekday, not a week
    if (unit === 'W' && g.unit && isCap(g.unit) && g.unit.toLowerCase() in ctx.lex.bareWeekdays && !/(?:^|[.!?\n])["“'‘(]*\s*$/.test(ctx.text.slice(Math.max(0, m.index - 4), m.index)) && m.index > 0) return null;
    const anc = anchorFor(rel, ctx, unit);
    if (!anc) return { type: 'DATE', value: rel.dir < 0 ? 'PAST_REF' : rel.dir > 0 ? 'FUTURE_REF' : 'PRESENT_REF', relative: true };
    // `the same quarter`: the reporting quarter the text talks about (with no date talked about
    // either, the last completed one, as `the quarter` is)
    const refQ = unit === 'Q' && rel.anchor === 'ref' && rel.dir === 0 ? ctx.refQuarter ?? (ctx.refYM || ctx.refDay ? null : currentQuarter(ctx)) : null;
    const value = refQ ?? shiftValue(anc, unit, rel.dir);
    const yearRel = relOf(ctx.lex, g.yra, g.yrb);
    if (yearRel) return { type: 'DATE', value: unit === 'Q' ? shiftQuarter(value, 4 * yearRel.dir) : String(+value.slice(0, 4) + yearRel.dir).padStart(4, '0') + value.slice(4), relative: true, yearAgo: yearRel.dir < 0 };
    if (unit === 'Y' && rel.dir < 0 && rel.anchor === 'dct' && g.rb && comparedAmount(ctx, m) && inQuarterContext(ctx, m)) {
      // `earnings of $24 million, compared with $3 million last year`: the same quarter a year before
      return { type: 'DATE', value: shiftQuarter(currentQuarter(ctx)!, -4), relative: true, yearAgo: true };
    }
    return { type: 'DATE', value, relative: true };
  },
};

/** `dua hari lalu`, `tiga tahun`, `hampir seperempat abad`, `selama enam tahun`, `setahun terakhir`, `the past three years`. */
const numUnit: Parser = {
  name: 'numUnit',
  pattern: (lex) => {
    const UNITS = alt(Object.keys(lex.units));
    const NUM = numberAlt(lex);
    const Q = `(?:(?<num>${NUM})(?:\\s+(?<frac2>${alt(Object.keys(lex.fractions))}))?|(?<frac>${alt(Object.keys(lex.fractions))})|(?<vq>${alt([...lex.vagueQuantities, ...Object.keys(lex.countPhrases ?? {})])}))`;
    const ONE = lex.onePrefix ? `|(?<one>${esc(lex.onePrefix)})(?=${UNITS}${E})` : '';
    const preps = new Set(lex.prepositionalPosts ?? []);
    const posts = [...Object.keys(lex.agoWords), ...Object.keys(lex.laterWords), ...lex.spanAfter];
    const POST = `(?:${alt(posts.filter((w) => !preps.has(w)))}|${alt(preps)}(?![ \\t]*[\\p{L}\\p{N}$"“'‘(]))`;
    return re(
      `${B}(?:(?<ap>${alt(Object.keys(lex.approx))})\\s+)?(?:(?<sb>${alt(lex.spanBefore)})\\s+)?(?:${Q}(?:\\s+|\\s*-\\s*)${ONE})(?<unit>${UNITS})(?:\\s*-\\s*(?:(?<old>old)|long))?(?:\\s+(?<post>${POST}))?${E}` +
        `|${B}(?<vd>${alt(Object.keys(lex.vagueDurations))})${E}`,
    );
  },
  extract(m, ctx) {
    const g = m.groups ?? {};
    const lex = ctx.lex;
    if (g.vd) return { type: 'DURATION', value: durationValue('X', lex.vagueDurations[norm(g.vd)]) };
    if (g.old) return null; // ages (`a 6-year-old`) are not time expressions
    let unit = lookup(lex.units, g.unit)!;
    let q: number | 'X';
    if (g.one) q = 1;
    else if (g.vq) q = lookup(lex.countPhrases ?? {}, g.vq) ?? 'X';
    else if (g.frac) q = lookup(lex.fractions, g.frac)!;
    else {
      const n = parseNumber(g.num, lex);
      if (n === null) return null;
      q = n + (g.frac2 ? lookup(lex.fractions, g.frac2)! : 0);
      if (/^\d/.test(g.num) && /^\d{4}$/.test(g.num) && (unit === 'Y' || unit === 'Q')) return null;
    }
    const scale = lex.unitScale[norm(g.unit)] ?? 1;
    if (q !== 'X') q *= scale;
    if (scale !== 1 && unit === 'M' && q !== 'X' && q % 12 === 0) {
      q /= 12;
      unit = 'Y';
    }
    const mod = g.ap ? lookup(lex.approx, g.ap) : undefined;
    const numWord = norm(g.num);
    // `$5 a year`, `Rp 1 juta sebulan`: a rate, i.e. a SET
    if ((numWord === 'a' || numWord === 'an' || g.one) && !g.post && /(\d|dollars?|cents?|percent|%|rupiah|kali|times|once|twice)\s*$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index)))
      return { type: 'SET', value: durationValue(1, unit) };
    const post = norm(g.post);
    const ago = post ? lookup(lex.agoWords, post) : undefined;
    const later = post ? lookup(lex.laterWords, post) : undefined;
    const dirRel = ago ?? later;
    // `ten days before the shooting`: a date counted from an event we cannot date (`at least 30
    // days before the meeting` bounds an interval: a duration)
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const before = ctx.text.slice(Math.max(0, m.index - 20), m.index);
    if (!post && !g.sb && !mod && q !== 'X' && new RegExp(`^[ \\t]+${alt(lex.prepositionalPosts ?? [])}[ \\t]+[\\p{L}\\p{N}]`, 'iu').test(after) && !new RegExp(`${B}${alt(lex.durationCues ?? [])}\\s+$`, 'iu').test(before))
      return { type: 'DATE', value: unit === 'Y' || unit === 'DE' || unit === 'CE' ? 'XXXX' : unit === 'M' ? 'XXXX-XX' : 'XXXX-XX-XX', relative: true, mod };
    if (dirRel && !g.sb) {
      if (q === 'X') return { type: 'DATE', value: dirRel.dir < 0 ? 'PAST_REF' : 'FUTURE_REF', relative: true, mod };
      // `a year earlier` after `a year ago`: both count back from the DCT, not from each other
      const anc = unit === 'Y' && dirRel.anchor === 'ref' && ctx.refYMRelative ? ctx.dct : anchorFor(dirRel, ctx, unit);
      if (!anc) return { type: 'DATE', value: dirRel.dir < 0 ? 'PAST_REF' : 'FUTURE_REF', relative: true };
      let u = unit;
      let n = q;
      if (!Number.isInteger(n)) {
        // fractions: express in a smaller unit (0.5 year -> 6 months, 0.25 century -> 25 years)
        if (u === 'Y') [u, n] = ['M', Math.round(n * 12)];
        else if (u === 'CE') [u, n] = ['Y', Math.round(n * 100)];
        else if (u === 'DE') [u, n] = ['Y', Math.round(n * 10)];
        else if (u === 'M') [u, n] = ['D', Math.round(n * 30)];
        else n = Math.round(n);
      }
      if (u === 'CE' || u === 'DE') [u, n] = ['Y', n * (u === 'CE' ? 100 : 10)];
      if (u === 'H' || u === 'MIN' || u === 'S') return { type: 'TIME', value: fmtDay(anc), relative: true };
      if (u === 'Y' && ctx.dct && inQuarterContext(ctx, m)) {
        // `a year earlier` in a sentence about a quarter: the same quarter a year before
        return { type: 'DATE', value: shiftQuarter(currentQuarter(ctx)!, 4 * n * dirRel.dir), relative: true, mod, yearAgo: true };
      }
      return { type: 'DATE', value: shiftValue(anc, u, dirRel.dir * n), relative: true, mod };
    }
    return { type: 'DURATION', value: durationValue(q, unit), mod };
  },
};

/** The match follows a figure (`$3 million last year`) or precedes one (`last year's $1.5 billion`). */
function comparedAmount(ctx: ResolveCtx, m: RegExpExecArray): boolean {
  const words = ctx.lex.amountWords ?? [];
  if (!words.length) return false;
  const before = ctx.text.slice(Math.max(0, m.index - 30), m.index);
  const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 6);
  return new RegExp(`(?:\\d|${alt(words)})\\s*,?\\s*(?:in\\s+|for\\s+)?$`, 'iu').test(before) || /^['’]s\s+\$/.test(after);
}

/** The text around a match (this sentence and the preceding ~250 chars) speaks of a quarter. */
function inQuarterContext(ctx: ResolveCtx, m: RegExpExecArray): boolean {
  const t = ctx.text;
  const a = Math.max(0, m.index - 250); // this sentence and the one or two before it
  let b = m.index + m[0].length;
  while (b < t.length && !/[.!?\n]/.test(t[b])) b++;
  const words = Object.entries(ctx.lex.quarterWords).filter(([, l]) => l === 'Q').map(([w]) => w);
  return new RegExp(`${B}${alt(words)}`, 'iu').test(t.slice(a, b));
}

/** A weekday without a printed date: `Senin`, `hari Rabu`, `Kamis malam`, `Senin lalu`, `last Friday`. */
const weekdayBare: Parser = {
  name: 'weekdayBare',
  pattern: (lex) => {
    const WK = alt(unitsOf(lex, (u) => u === 'W'));
    return re(
      `${B}(?:(?<nt>${alt(Object.keys(lex.namedTimes ?? {}))})\\s+)?(?:(?<wp>${alt(lex.weekdayPrefix)})\\s+)?(?:(?<rb>${alt(Object.keys(lex.relBefore))})\\s+)?(?<wd>${alt(Object.keys(lex.bareWeekdays))})${E}(?:\\s+(?<pod>${alt(Object.keys(lex.partsOfDay))})${E})?` +
        `(?:\\s+(?:(?<wk>${WK})\\s+)?(?<ra>${alt(Object.keys(lex.relAfter).filter((k) => lookup(lex.relAfter, k)!.anchor === 'dct'))})${E}` +
        `|\\s+(?<rb2>${alt(Object.keys(lex.relBefore).filter((k) => lookup(lex.relBefore, k)!.anchor === 'dct'))})\\s+(?<wk2>${WK})${E})?`,
    );
  },
  extract(m, ctx) {
    const g = m.groups ?? {};
    if (!g.wp && !isCap(g.wd)) return null;
    // `Pasar Minggu`, `Jalan Senin`: part of a name
    const prevTxt = ctx.text.slice(Math.max(0, m.index - 20), m.index);
    const nextTxt = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (!g.wp && !g.rb && /\p{Lu}[\p{L}.]*\s$/u.test(prevTxt) && !/[.!?:]\s*\S*\s$/.test(prevTxt) && /^\s+[\p{Lu}\d]/u.test(nextTxt)) return null;
    const wd = lookup(ctx.lex.bareWeekdays, g.wd)!;
    // `Tuesday last week` is `Selasa pekan lalu`
    const wk = g.wk ?? g.wk2;
    if (g.rb && g.rb2) return null;
    const rel = relOf(ctx.lex, g.ra, g.rb ?? g.rb2);
    const pod = g.pod && ctx.lex.partOfDayInValue ? lookup(ctx.lex.partsOfDay, g.pod) : undefined;
    const anc = ctx.dct;
    const nt = g.nt ? lookup(ctx.lex.namedTimes ?? {}, g.nt) : undefined;
    const tail = nt ?? (pod ? `T${pod}` : '');
    const type: TimexType = tail ? 'TIME' : 'DATE';
    if (!anc) return { type, value: `XXXX-WXX-${wd === 0 ? 7 : wd}${tail}`, relative: true };
    // `the previous Friday`, `the following Monday`: from the day the text talks about
    const from = rel?.anchor === 'ref' && rel.dir !== 0 && !wk ? ctx.refDay ?? anc : anc;
    const d = wk && rel ? resolveWeekday(wd, anc, rel.dir === 0 ? rel : undefined, false, rel.dir) : resolveWeekday(wd, from, rel, ctx.future);
    return { type, value: fmtDay(d) + tail, relative: true };
  },
};

/** `pukul 16.40 WIB`, `16.40 WIB`, `3 p.m.`, `10:30 a.m. EST`. */
const clock: Parser = {
  name: 'clock',
  pattern: (lex) =>
    re(
      `${B}(?:(?<cp>${alt(lex.clockPrefix)})\\s+)?(?<th>[012]?\\d)(?:[.:](?<tm>[0-5]\\d))?(?:\\s*(?<tap>${alt(Object.keys(lex.clockSuffix))}))?(?:\\s*(?<tz>${alt(Object.keys(lex.timeZones))}))?(?:(?<=\\.)|${E})`,
    ),
  extract(m, ctx) {
    const g = m.groups ?? {};
    if (!g.cp && !g.tap && !(g.tm && g.tz)) return null;
    if (g.cp && !g.tm && !g.tz && !g.tap && norm(g.cp) === 'jam') return null;
    const before = ctx.text.slice(Math.max(0, m.index - 2), m.index);
    if (/\d[.,]$/.test(before)) return null;
    const v = clockValue(m, ctx.lex);
    if (!v) return null;
    const anc = ctx.sentenceDay ?? ctx.dct;
    return { type: 'TIME', value: (anc ? fmtDay(anc) : 'XXXX-XX-XX') + v, relative: true };
  },
};

/** `kuartal III 2014`, `triwulan pertama`, `semester II tahun ini`, `the third quarter`, `first-quarter`. */
const quarter: Parser = {
  name: 'quarter',
  pattern: (lex) => {
    const QW = alt(Object.keys(lex.quarterWords));
    const ORD = alt(Object.keys(lex.ordinals));
    return re(
      `${B}(?:(?<rb>${alt(Object.keys(lex.relBefore))}|the)\\s+)?(?:(?<ya>${alt(lex.yearAgoWords ?? [])})\\s+)?(?:(?<py>${alt(Object.keys(lex.relBefore))})\\s+${alt(unitsOf(lex, (u) => u === 'Y'))}['’]s\\s+)?(?:(?<y0>(?:19|20)\\d{2})\\s+)?(?:(?<ord>${ORD})[\\s-]+(?<qw>${QW})|(?<qw2>${QW})\\s*(?:ke-?\\s*)?(?<n>IV|I{1,3}|[1-4]|${ORD})(?:\\s*(?:[-/]|(?:${alt(lex.yearPrefix)}|of))?\\s*(?<y>(?:19|20)\\d{2}))?)` +
        `(?:\\s*(?:of\\s+)?(?<y2>(?:19|20)\\d{2})|\\s+(?:${alt(unitsOf(lex, (u) => u === 'Y'))}\\s+)?(?<ra>${alt(Object.keys(lex.relAfter))})|\\s+of\\s+(?<rb2>${alt(Object.keys(lex.relBefore))})\\s+${alt(unitsOf(lex, (u) => u === 'Y'))})?${E}`,
    );
  },
  extract(m, ctx) {
    const g = m.groups ?? {};
    const letter = lookup(ctx.lex.quarterWords, g.qw ?? g.qw2)!;
    const ns = g.ord ?? g.n;
    const n = /^\d$/.test(ns) ? +ns : roman(ns) ?? lookup(ctx.lex.ordinals, ns) ?? null;
    const max = letter === 'Q' ? 4 : 2;
    if (n === null || n < 1 || n > max) return null;
    const yy = g.y ?? g.y2 ?? g.y0;
    let y: number | null;
    if (yy) y = +yy;
    else if (g.py) {
      // `this year's third quarter`, `next year's first quarter`
      const rel = lookup(ctx.lex.relBefore, g.py)!;
      const anc = anchorFor(rel, ctx, 'Y');
      y = anc ? anc.y + rel.dir : null;
    } else if (g.ya) {
      // `the year-ago third quarter`: that quarter of the year before the one talked about
      const cur = currentQuarter(ctx);
      y = cur ? +cur.slice(0, 4) - 1 : null;
      return { type: 'DATE', value: `${y === null ? 'XXXX' : y}-${letter}${n}`, relative: true, yearAgo: true };
    } else {
      const rel = relOf(ctx.lex, g.ra, g.rb2 ?? (g.rb && norm(g.rb) !== 'the' ? g.rb : undefined));
      const anc = rel ? anchorFor(rel, ctx, 'Y') : ctx.dct;
      if (!anc) y = null;
      else if (rel && (g.ra || g.rb2)) y = anc.y + rel.dir;
      else if (rel && rel.dir === 0) y = anc.y; // `this third quarter`, `that third-quarter`
      else if (rel) {
        // `last quarter`: the previous quarter of the anchor
        const cur = letter === 'Q' ? Math.floor((anc.m - 1) / 3) + 1 : anc.m <= 6 ? 1 : 2;
        return { type: 'DATE', value: letter === 'Q' ? shiftValue(anc, 'Q', rel.dir) : `${anc.y}-H${cur}`, relative: true };
      } else {
        const cur = letter === 'Q' ? Math.floor((anc.m - 1) / 3) + 1 : anc.m <= 6 ? 1 : 2;
        y = n > cur && !ctx.future ? anc.y - 1 : anc.y;
      }
    }
    return { type: 'DATE', value: `${y === null ? 'XXXX' : y}-${letter}${n}`, relative: !yy, explicitYear: !!yy };
  },
};

/** `abad ke-21`, `the 20th century`. */
const century: Parser = {
  name: 'century',
  pattern: (lex) =>
    re(`${B}(?:(?:${alt(lex.centuryWords)})\\s+(?:ke-?\\s*)?(?<n>\\d{1,2}|[IVXL]+)|(?:the\\s+)?(?<n2>\\d{1,2})(?:st|nd|rd|th)\\s+(?:${alt(lex.centuryWords)}))${E}`),
  extract(m) {
    const g = m.groups ?? {};
    const s = g.n ?? g.n2;
    const n = /^\d+$/.test(s) ? +s : roman(s);
    if (!n || n > 30) return null;
    return { type: 'DATE', value: String(n - 1).padStart(2, '0'), explicitYear: true };
  },
};

/** `saat ini`, `kini`, `masa lalu`, `masa depan`, `now`, `the future`. */
const generalRef: Parser = {
  name: 'generalRef',
  pattern: (lex) =>
    re(`${B}(?:(?<pr>${alt(lex.presentRef)})|(?<pa>${alt(lex.pastRef)})|(?<fu>${alt(lex.futureRef)}))${E}`),
  extract(m, ctx) {
    const g = m.groups ?? {};
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
    if (g.pa && /(lebih|terlebih|ter)\s*$/.test(before)) return null; // `lebih dulu` = first
    if (g.pa && /\b(?:ke|sana|sini)\s*$/.test(before)) return null;
    return { type: 'DATE', value: g.pr ? 'PRESENT_REF' : g.pa ? 'PAST_REF' : 'FUTURE_REF' };
  },
};

/** `setiap hari`, `tiap tahun`, `per bulan`, `setiap Senin`, `harian`, `every week`, `annually`. */
const setExpr: Parser = {
  name: 'set',
  pattern: (lex) =>
    re(
      `${B}(?:(?<sp>${alt(lex.setPrefix.filter((w) => w !== 'a'))})\\s+(?:(?<num>${numberAlt(lex)})\\s+)?(?:(?<unit>${alt(unitsOf(lex, (u) => u !== 'Q'))})|(?<wd>${alt(Object.keys(lex.bareWeekdays))}))|(?<sw>${alt(Object.keys(lex.setWords))}))${E}`,
    ),
  extract(m, ctx) {
    const g = m.groups ?? {};
    if (g.sw) return { type: 'SET', value: lookup(ctx.lex.setWords, g.sw)! };
    if (g.wd) {
      const wd = lookup(ctx.lex.bareWeekdays, g.wd)!;
      return { type: 'SET', value: `XXXX-WXX-${wd === 0 ? 7 : wd}` };
    }
    const unit = lookup(ctx.lex.units, g.unit)!;
    const n = g.num ? parseNumber(g.num, ctx.lex) : 1;
    if (n === null) return null;
    return { type: 'SET', value: durationValue(n * (ctx.lex.unitScale[norm(g.unit)] ?? 1), unit) };
  },
};

/** `akhir pekan`, `akhir pekan lalu`, `this weekend`. */
const weekend: Parser = {
  name: 'weekend',
  pattern: (lex) =>
    re(`${B}(?:(?<rb>${alt(Object.keys(lex.relBefore))})\\s+)?(?<we>${alt(lex.weekend)})(?:\\s+(?<ra>${alt(Object.keys(lex.relAfter))}))?${E}`),
  extract(m, ctx) {
    const g = m.groups ?? {};
    const rel = relOf(ctx.lex, g.ra, g.rb);
    const anc = rel ? anchorFor(rel, ctx, 'W') : ctx.dct;
    if (!anc) return { type: 'DATE', value: 'XXXX-WXX-WE', relative: true };
    let shift = rel ? rel.dir : 0;
    if (!rel && weekday(anc) >= 1 && weekday(anc) <= 3 && !ctx.future) shift = -1;
    return { type: 'DATE', value: `${fmtWeek(addDays(anc, 7 * shift))}-WE`, relative: true };
  },
};

/** `akhir tahun`, `awal bulan`, `pertengahan pekan`, `the end of the year` (period of the DCT). */
const modUnit: Parser = {
  name: 'modUnit',
  pattern: (lex) =>
    re(
      `${B}(?<mod>${alt(Object.keys(lex.mods))})[\\s-]*(?:the\\s+)?(?<unit>${alt(unitsOf(lex, (u) => ['W', 'M', 'Y', 'DE', 'CE'].includes(u)))})${E}(?!\\s*(?:${alt([...Object.keys(lex.relAfter), ...Object.keys(lex.bareMonths)])}${E}|\\s*\\d))`,
    ),
  extract(m, ctx) {
    const g = m.groups ?? {};
    const unit = lookup(ctx.lex.units, g.unit)!;
    if ((ctx.lex.unitScale[norm(g.unit)] ?? 1) !== 1) return null;
    // `the early years (of the war)`, `late hours`: a plural is no period of the DCT
    if (norm(g.unit) in ctx.lex.vagueDurations) return null;
    const mod = lookup(ctx.lex.mods, g.mod);
    // a week of the DCT; a month or year of the date talked about (`in 2010 … by the end of the year`)
    const anc = unit === 'W' ? ctx.dct : unit === 'M' && ctx.refYearOnly ? ctx.dct : ctx.refYM ?? ctx.dct;
    if (!anc) return { type: 'DATE', value: unit === 'W' ? 'XXXX-WXX' : unit === 'M' ? 'XXXX-XX' : 'XXXX', mod, relative: true };
    return { type: 'DATE', value: shiftValue(anc, unit, 0), mod, relative: true };
  },
};

/** `musim panas 2024`, `last fall`, `this summer`. */
const season: Parser = {
  name: 'season',
  pattern: (lex) =>
    Object.keys(lex.seasons).length
      ? re(
          `${B}(?:(?<rb>${alt(Object.keys(lex.relBefore))})\\s+)?(?<s>${alt(Object.keys(lex.seasons))})(?:\\s+(?:of\\s+)?(?<y>(?:1[5-9]|20)\\d{2})|\\s+(?<ra>${alt(Object.keys(lex.relAfter))}))?${E}`,
        )
      : null,
  extract(m, ctx) {
    const g = m.groups ?? {};
    const code = lookup(ctx.lex.seasons, g.s)!;
    if (g.y) return { type: 'DATE', value: `${g.y}-${code}`, explicitYear: true };
    const rel = relOf(ctx.lex, g.ra, g.rb);
    if (!rel) return null;
    const anc = anchorFor(rel, ctx, 'M');
    if (!anc) return null;
    const startMonth: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
    const st = startMonth[code] ?? 1;
    let y = anc.y;
    if (rel.dir < 0 && st + 3 > anc.m) y -= 1;
    else if (rel.dir > 0 && st <= anc.m) y += 1;
    return { type: 'DATE', value: `${y}-${code}`, relative: true };
  },
};

/** Reporting periods (`the quarter`, `the year-ago quarter`): counted back from the last completed one. */
const reportingPeriod: Parser = {
  name: 'reportingPeriod',
  pattern: (lex) => (Object.keys(lex.reportingPeriods).length ? re(`${B}(?<w>${alt(Object.keys(lex.reportingPeriods))})${E}`) : null),
  extract(m, ctx) {
    const [unit, shift] = lookup(ctx.lex.reportingPeriods, m.groups?.w)!;
    if (!ctx.dct) return null;
    if (unit === 'Q' && ctx.refQuarter) {
      // `the quarter` after `the second quarter`: that quarter; the year-ago one: four before it
      const back = shift + 1;
      return { type: 'DATE', value: shiftQuarter(ctx.refQuarter, back), relative: true, yearAgo: back !== 0 };
    }
    return { type: 'DATE', value: shiftValue(ctx.dct, unit, shift), relative: true, yearAgo: unit === 'Q' && shift < -1 };
  },
};

/** `the 1988 quarter`, `the 1989 period`: the quarter the text reports, in that year. */
const yearPeriod: Parser = {
  name: 'yearPeriod',
  pattern: (lex) => (lex.periodWords?.length ? re(`${B}the\\s+(?<y>(?:19|20)\\d{2})\\s+(?:${alt(lex.periodWords)})${E}`) : null),
  extract(m, ctx) {
    const cur = currentQuarter(ctx);
    if (!cur) return null;
    const y = m.groups!.y;
    return { type: 'DATE', value: `${y}${cur.slice(4)}`, explicitYear: true, yearAgo: y !== cur.slice(0, 4) };
  },
};

/** `27/10/2025`, `2025-10-27`. */
const numericDate: Parser = {
  name: 'numericDate',
  pattern: () => re(`${B}(?:(?<a>\\d{1,2})[/.](?<b>\\d{1,2})[/.](?<y>(?:19|20)\\d{2})|(?<iy>(?:19|20)\\d{2})-(?<im>\\d{2})-(?<id>\\d{2}))(?![\\p{L}\\p{N}]|[.,]\\d)`),
  extract(m, ctx) {
    const g = m.groups ?? {};
    let y: number;
    let mo: number;
    let d: number;
    if (g.iy) [y, mo, d] = [+g.iy, +g.im, +g.id];
    else {
      let a = +g.a;
      let b = +g.b;
      if (ctx.lex.numericDateOrder === 'mdy') [a, b] = [b, a];
      [y, mo, d] = [+g.y, b, a];
    }
    if (!isValid({ y, m: mo, d })) return null;
    return { type: 'DATE', value: dayValue(y, mo, d), explicitYear: true };
  },
};

/** `tanggal 17` (day of the month the text is in). */
const dayOnly: Parser = {
  name: 'dayOnly',
  pattern: (lex) => (lex.dayPrefix.length ? re(`${B}(?:${alt(lex.dayPrefix)})\\s+(?<d>\\d{1,2})(?![\\p{L}\\p{N}/.-])`) : null),
  extract(m, ctx) {
    const d = +(m.groups?.d ?? 0);
    const anc = ctx.refYM ?? ctx.dct;
    if (!anc || d < 1 || d > daysInMonth(anc.y, anc.m)) return null;
    return { type: 'DATE', value: dayValue(anc.y, anc.m, d), relative: true };
  },
};

/** Years and decades said in words: `nineteen ninety-six`, `the year two thousand`, `January nineteen
 * ninety-seven`, `the winter of nineteen ninety-four`, `the nineties`. */
const spokenYear: Parser = {
  name: 'spokenYear',
  pattern: (lex) => {
    const heads = Object.keys(lex.spokenYearHeads ?? {});
    const decs = Object.keys(lex.decadeWords ?? {});
    if (!heads.length && !decs.length) return null;
    const small = alt(Object.entries(lex.numbers).filter(([w, v]) => v >= 1 && v < 100 && w.length > 2).map(([w]) => w));
    return re(
      `${B}(?:(?:(?:the\\s+)?(?<s>${alt(Object.keys(lex.seasons))})\\s+of|(?<mon>${alt(Object.keys(lex.bareMonths))})\\s*,?|(?<yp>${alt(lex.yearPrefix)}))\\s+)?` +
        `(?:(?<head>${alt(heads)})(?:[\\s-]+(?<rest>${small}(?:[\\s-]+${small})?))?|(?:the\\s+)?(?<dec>${alt(decs)}))${E}`,
    );
  },
  extract(m, ctx) {
    const g = m.groups ?? {};
    if (g.dec) {
      const d = lookup(ctx.lex.decadeWords ?? {}, g.dec)!;
      const c = ctx.dct ? Math.floor(ctx.dct.y / 100) : 19;
      const cc = ctx.dct && c * 100 + d * 10 > ctx.dct.y ? c - 1 : c;
      return { type: 'DATE', value: `${cc}${d}`, explicitYear: true };
    }
    const base = lookup(ctx.lex.spokenYearHeads ?? {}, g.head)!;
    const rest = g.rest ? parseNumber(g.rest, ctx.lex) : 0;
    if (rest === null || rest >= 100) return null;
    // `nineteen` alone is a number; `two thousand` alone only after `the year`, a month or a season
    if (base % 1000 !== 0 && rest < 10) return null;
    if (!g.rest && !g.yp && !g.mon && !g.s) return null;
    if (g.mon && !isCap(g.mon)) return null;
    const y = String(base + rest).padStart(4, '0');
    if (g.s) return { type: 'DATE', value: `${y}-${lookup(ctx.lex.seasons, g.s)}`, explicitYear: true };
    if (g.mon) return { type: 'DATE', value: `${y}-${String(lookup(ctx.lex.bareMonths, g.mon)).padStart(2, '0')}`, explicitYear: true };
    return { type: 'DATE', value: y, explicitYear: true };
  },
};

/** In priority order (a longer match always wins; on equal length the earlier parser wins). */
export const parsers: Parser[] = [
  weekdayNumeric, dayMonth, monthDay, numericDate, monthName, quarter, century, year, spokenYear, deictic, refDay,
  weekend, season, reportingPeriod, yearPeriod, unitRel, modUnit, numUnit, setExpr, weekdayBare, clock, generalRef, dayOnly,
];

// ---------------------------------------------------------------------------------------------
// refiners on a detected expression: modifiers and "first/last day of" before it

export function modPrefix(lex: TimeLexicon): RegExp {
  return new RegExp(`${B}(?<mod>${alt(Object.keys(lex.mods))})(?:\\s+|-)$`, 'iu');
}
export function dayOfPrefix(lex: TimeLexicon): RegExp {
  return new RegExp(`${B}(?:(?<first>${alt(lex.firstDayOf)})|(?<last>${alt(lex.lastDayOf)}))\\s+(?:(?:${alt(unitsOf(lex, (u) => u === 'Y' || u === 'M'))})\\s+)?$`, 'iu');
}

/** The first or last day of a year or month value (`1999` -> `1999-12-31`). */
export function dayOfPeriod(value: string, last: boolean): string | null {
  let m = /^(\d{4})$/.exec(value);
  if (m) return last ? `${m[1]}-12-31` : `${m[1]}-01-01`;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return last ? `${m[1]}-${m[2]}-${String(daysInMonth(+m[1], +m[2])).padStart(2, '0')}` : `${m[1]}-${m[2]}-01`;
  return null;
}


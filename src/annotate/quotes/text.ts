/**
 * Small text helpers shared by the quote and claim annotators: tokens with offsets, paragraphs,
 * sentences. Language-agnostic; offsets are UTF-16 code units into the text.
 */
import { abbreviationStop } from '../../text/abbreviations.js';

export interface Tok {
  text: string;
  /** Lower-cased text. */
  low: string;
  start: number;
  end: number;
  /** A word (letters/digits), as opposed to one punctuation character. */
  word: boolean;
}

// Invisible format marks (a right-to-left mark pasted before `@handle`) are no tokens.
const TOKEN_RE = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}\p{Cf}]/gu;

export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) && m.index < to) {
    const t = m[0];
    out.push({ text: t, low: t.toLowerCase(), start: m.index, end: m.index + t.length, word: /[\p{L}\p{N}]/u.test(t[0]) });
  }
  return out;
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(toks: Tok[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first of the spans (ascending by start) that starts at or after `off` (binary search). */
export function firstStartingAt(spans: ReadonlyArray<readonly [number, number]>, off: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] < off) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the span holding `off` among ascending, disjoint `[start, end)` spans (`[start, end]`
 * with `inclusiveEnd`), or -1: a binary search, as articles may hold thousands of sentences.
 */
export function spanAt(spans: ReadonlyArray<readonly [number, number]>, off: number, inclusiveEnd = false): number {
  // offsets are whole numbers: the last span starting at or before `off`
  const i = firstStartingAt(spans, off + 1) - 1;
  return i >= 0 && (off < spans[i][1] || (inclusiveEnd && off === spans[i][1])) ? i : -1;
}

/** Is `off` strictly inside any of the `(open, close)` spans (in any order, nested or not)? */
export function insideAny(spans: ReadonlyArray<readonly [number, number]>): (off: number) => boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  // The furthest close among the spans opening before each point.
  const reach: number[] = [];
  for (const [, close] of sorted) reach.push(Math.max(close, reach[reach.length - 1] ?? -Infinity));
  return (off) => {
    const lo = firstStartingAt(sorted, off);
    return lo > 0 && reach[lo - 1] > off;
  };
}

export function isCap(t: Tok | undefined): boolean {
  return !!t && t.word && /^\p{Lu}/u.test(t.text);
}

/**
 * Is token i the dot of an initial, a capital letter alone glued to it (`R.` in `John R. Amoss`,
 * `U.S.`)? The tokenizer splits the two, but a name counts them as one word.
 */
export function initialDot(toks: Tok[], i: number): boolean {
  return toks[i]?.text === '.' && /^\p{Lu}$/u.test(toks[i - 1]?.text ?? '') && toks[i - 1].end === toks[i].start;
}

/**
 * Is the line [a, b) a headline: three words or more, most capitalized, ending without a
 * sentence's closing mark before its line break?
 */
export function headline(toks: Tok[], text: string, a: number, b: number): boolean {
  const words = toks.slice(a, b).filter((t) => t.word);
  if (words.length < 3 || b <= a) return false;
  const end = toks[b - 1];
  if (/^[.!?"”'’)]$/.test(end.text) || !/^[ \t]*(\r?\n|$)/.test(text.slice(end.end, end.end + 3))) return false;
  return words.filter((t) => isCap(t)).length * 3 >= words.length * 2;
}

/** Does token i stand in a headline line (`Microsoft Rushes Emergency Fix …`)? */
export function inHeadline(toks: Tok[], text: string, i: number): boolean {
  const s = text.lastIndexOf('\n', toks[i].start) + 1;
  const nl = text.indexOf('\n', toks[i].end);
  const e = nl < 0 ? text.length : nl;
  let a = i;
  while (a > 0 && toks[a - 1].start >= s) a--;
  let b = i + 1;
  while (b < toks.length && toks[b].end <= e) b++;
  // `Chief Marketing Officer XDana Anita Abdulkadir kepada DailySocial menjelaskan:` opens a quote;
  // a long line with no stop is a lead paragraph cut short, no headline.
  // `1. Dion Wiyoko` heading a list's item is that person's name.
  const words = toks.slice(a, b).filter((t) => /\p{L}/u.test(t.text));
  if (words.length <= 3 && words.every((t) => isCap(t))) return false;
  return toks[b - 1].text !== ':' && b - a <= 16 && headline(toks, text, a, b);
}

/** Is the token a dash of any length (`-`, `–`, `—`)? */
export function isDash(t: Tok | undefined): boolean {
  return !!t && /^[-–—]$/.test(t.text);
}

/** Paragraphs: runs of text between line breaks, trimmed; `[start, end)` offsets. */
export function paragraphs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const lead = m[0].length - m[0].trimStart().length;
    const s = m.index + lead;
    const e = m.index + m[0].trimEnd().length;
    if (e > s) out.push([s, e]);
  }
  return out;
}

/** `` is the opening mark of TimeML and other ASCII-typeset English copy. */
const OPEN_QUOTES = '"“„«‘\'`';
/** Month abbreviations, which end no sentence before a day's number (`on Monday, Oct. 26:`). */
const MONTH_ABBREV = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
/** Curly quotes whose UTF-8 bytes were read as windows-1252 (`â€œ…â€\x9d`), as in scraped copy. */
const MOJIBAKE_OPEN = '\u00e2\u20ac\u0153';
const MOJIBAKE_CLOSE = '\u00e2\u20ac\u009d';
const CLOSE_QUOTES = '"”»’\'';

/**
 * Sentences of one paragraph. A sentence ends at `.`, `!`, `?` (with any closing quotes or
 * brackets) before whitespace and an upper-case letter, digit or opening quote; abbreviations,
 * initials and numbers (`10.000`) do not end one.
 */
export function sentences(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    for (;;) {
      if (j < end && (CLOSE_QUOTES.includes(text[j]) || text[j] === ')' || text[j] === '.')) j++;
      else if (text.startsWith(MOJIBAKE_CLOSE, j) && j + MOJIBAKE_CLOSE.length <= end) j += MOJIBAKE_CLOSE.length;
      else break;
    }
    // A closing mark may be glued to the next sentence (`… nantinya.”Ichwan Persada, …`).
    const glued = j > i + 1 && j < end && /\p{Lu}/u.test(text[j]);
    if (j < end && !/\s/.test(text[j]) && !glued) continue;
    let k = j;
    while (k < end && /\s/.test(text[k])) k++;
    if (k < end && !/[\p{Lu}\p{N}]/u.test(text[k]) && !OPEN_QUOTES.includes(text[k]) && !text.startsWith(MOJIBAKE_OPEN, k) && text[k] !== '(') continue;
    if (c === '.') {
      const before = text.slice(Math.max(s, i - 24), i).match(/([\p{L}.]+)$/u);
      const w = before ? before[1].toLowerCase() : '';
      if (w && abbreviationStop(w)) continue;
      if (MONTH_ABBREV.has(w) && /\p{N}/u.test(text[k] ?? '')) continue;
    }
    out.push([s, j]);
    s = k;
    i = k - 1;
  }
  if (s < end) out.push([s, end]);
  return out.filter(([a, b]) => text.slice(a, b).trim().length > 0);
}

/**
 * Trims whitespace, invisible format characters (a zero-width space, a left-to-right mark) and the
 * given characters from both ends of `[start, end)`.
 */
export function trimSpan(text: string, start: number, end: number, chars = ''): [number, number] {
  const strip = (c: string) => /[\s\p{Cf}]/u.test(c) || chars.includes(c);
  while (start < end && strip(text[start])) start++;
  while (end > start && strip(text[end - 1])) end--;
  return [start, end];
}

export function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * The token after the longest of `phrases` (lower case, words separated by spaces) that starts at
 * token i, or -1 when none does.
 */
export function matchPhrase(toks: Tok[], i: number, phrases: readonly string[]): number {
  let best = -1;
  for (const p of phrases) {
    const w = p.split(/\s+/);
    let ok = true;
    for (let k = 0; k < w.length; k++) if (toks[i + k]?.low !== w[k]) ok = false;
    if (ok && i + w.length > best) best = i + w.length;
  }
  return best;
}

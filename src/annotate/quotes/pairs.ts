/**
 * Quote marks paired within paragraphs: curly, straight, wire copy's ``…'' and the mojibake of
 * scraped copy, with quotes that run over several paragraphs or lines.
 */

const OPENERS = '“„«';
const CLOSERS = '”»';
const STRAIGHT = '"';
/** Curly quotes whose UTF-8 bytes were read as windows-1252 (`â€œ…â€\x9d`), as in scraped copy. */
const MOJIBAKE: Array<[string, 'open' | 'close']> = [
  ['\u00e2\u20ac\u0153', 'open'],
  ['\u00e2\u20ac\u009d', 'close'],
];

/**
 * Invisible format characters (a left-to-right mark, a zero-width space, a byte-order mark, pasted
 * around a mark in scraped copy: `‎"Untuk …`) do not count as the neighbours of a mark. They stay in
 * the text, so offsets do not move; the pairing looks past them.
 */
const INVISIBLE = /\p{Cf}/u;

/** Offset of the nearest visible character before `i` in `[from, i)`, or `from - 1` when there is none. */
function lastVisible(text: string, i: number, from: number): number {
  let j = i - 1;
  while (j >= from && INVISIBLE.test(text[j])) j--;
  return j;
}

/** Offset of the nearest visible character at or after `i` in `[i, to)`, or `to` when there is none. */
function firstVisible(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && INVISIBLE.test(text[j])) j++;
  return j;
}

/** The visible character before `i` in its paragraph (from `from`), a space at the paragraph's start. */
function visibleBefore(text: string, i: number, from: number): string {
  const j = lastVisible(text, i, from);
  return j >= from ? text[j] : ' ';
}

/** The visible character at or after `i` in its paragraph (up to `to`), a space at the paragraph's end. */
function visibleFrom(text: string, i: number, to: number): string {
  const j = firstVisible(text, i, to);
  return j < to ? text[j] : ' ';
}

export interface Pair {
  open: number; // offset of the opening mark
  close: number; // offset of the closing mark (or paragraph end when unclosed)
  closed: boolean;
  para: number;
  /** Length of the opening and closing marks (2 for the ``…'' of wire copy). */
  openLen: number;
  closeLen: number;
}

/**
 * Pairs quote marks inside each paragraph. Straight quotes and a closing mark used as an opener
 * (`”Kami …,” ujarnya`) open when nothing is open and a word follows. A quote left open at the end
 * of its paragraph counts only when the next paragraph opens with a quote mark (a quote running
 * over several paragraphs), or runs on when the next line's first mark closes it (text broken one
 * sentence per line); otherwise the mark is a stray one and is ignored.
 */
export function quotePairs(text: string, paras: Array<[number, number]>, cueAt: (off: number) => boolean = () => false, cueBefore: (off: number) => boolean = () => false): Pair[] {
  const out: Pair[] = [];
  const isMark = (c: string) => OPENERS.includes(c) || CLOSERS.includes(c) || c === STRAIGHT;
  // A quote carried over a line break (see below): its opening mark and length.
  let carry: { open: number; openLen: number } | null = null;
  paras.forEach(([ps, pe], pi) => {
    let open = carry?.open ?? -1;
    let inner = -1;
    // The closing mark of a straight-quoted title inside a straight quote (see innerTitleEnd).
    let innerEnd = -1;
    let openLen = carry?.openLen ?? 1;
    carry = null;
    for (let i = ps; i < pe; i++) {
      const c = text[i];
      // Wire copy writes quotes as ``…'' (two characters each).
      if (c === '`' && text[i + 1] === '`') {
        if (open >= 0) out.push({ open, close: i, closed: false, para: pi, openLen, closeLen: 0 });
        open = i;
        openLen = 2;
        i++;
        continue;
      }
      // Some wire copy opens with '' as well (`''It never …,'' he said.`): before a word, after a space.
      if (c === "'" && text[i + 1] === "'" && open < 0 && /[\s(]/.test(visibleBefore(text, i, ps)) && /[\p{L}\p{N}]/u.test(visibleFrom(text, i + 2, pe))) {
        open = i;
        openLen = 2;
        i++;
        continue;
      }
      // `’’` closes like `''` in copy that doubles the single mark (`“…,’’ she said`).
      if ((c === "'" || c === '’') && text[i + 1] === c && open >= 0) {
        out.push({ open, close: i, closed: true, para: pi, openLen, closeLen: 2 });
        open = -1;
        i++;
        continue;
      }
      const moji = c === '\u00e2' ? MOJIBAKE.find(([m]) => text.startsWith(m, i)) : undefined;
      if (moji) {
        const [m, kind] = moji;
        if (kind === 'open') {
          if (open >= 0) out.push({ open, close: i, closed: false, para: pi, openLen, closeLen: 0 });
          open = i;
          openLen = m.length;
        } else if (open >= 0) {
          out.push({ open, close: i, closed: true, para: pi, openLen, closeLen: m.length });
          open = -1;
        }
        i += m.length - 1;
        continue;
      }
      if (!isMark(c)) continue;
      const prev = visibleBefore(text, i, ps);
      const next = visibleFrom(text, i + 1, pe);
      let kind: 'open' | 'close' | null = null;
      // `“ … bisikin "gimana, … orang? ”, ” begitu …`: a straight mark opening a word inside a curly
      // quote that two curly closers still follow opens an inner quote; the first closer ends it.
      if (open >= 0 && inner < 0 && c === STRAIGHT && OPENERS.includes(text[open]) && /\s/.test(prev) && /\p{L}/u.test(next) && [...text.slice(i, pe)].filter((x) => CLOSERS.includes(x)).length >= 2) {
        inner = i;
        continue;
      }
      if (inner >= 0 && CLOSERS.includes(c)) {
        inner = -1;
        continue;
      }
      if (i === innerEnd) continue;
      if (open >= 0 && c === STRAIGHT && text[open] === STRAIGHT && openLen === 1) {
        const end = innerTitleEnd(text, i, ps, pe, cueAt);
        if (end > 0) {
          innerEnd = end;
          continue;
        }
      }
      if (open < 0) {
        if (OPENERS.includes(c)) kind = 'open';
        // A straight mark (or a closer used as an opener) after a space, before a word, a handle or
        // hashtag (`"@akun selamat …`, `"#JakartaKuat …`), an inner mark (`"' Update ' …`), a bracket
        // or an ellipsis.
        else if (!/\s/.test(next) && /[\s([\-–—]/.test(prev) && /[\p{L}\p{N}.…(\[@#'‘]/u.test(next)) kind = 'open';
        // `… Sitompul.”Besok Syahrini akan …, ” kata …`: a closer glued after a sentence's end and
        // before a capital, with nothing open, opens the next sentence's quote.
        else if (CLOSERS.includes(c) && /[.!?]/.test(prev) && /\p{Lu}/u.test(next)) kind = 'open';
      } else if (CLOSERS.includes(c) || c === STRAIGHT) kind = 'close';
      else if (OPENERS.includes(c)) {
        // A new opener while one is open: the first ran to here without its closing mark.
        out.push({ open, close: i, closed: false, para: pi, openLen, closeLen: 0 });
        open = i;
        openLen = 1;
        continue;
      }
      if (kind === 'open') {
        open = i;
        openLen = 1;
      } else if (kind === 'close') {
        out.push({ open, close: i, closed: true, para: pi, openLen, closeLen: 1 });
        open = -1;
      }
    }
    if (open >= 0 && pe - open > 1) {
      const np = paras[pi + 1];
      const first = np ? firstVisible(text, np[0], np[1]) : -1;
      if (np && (isMark(text[first]) || text.startsWith('``', first))) out.push({ open, close: pe, closed: false, para: pi, openLen, closeLen: 0 });
      // Text broken one sentence per line: the next line opens with no mark, and the first mark in it
      // closes (after a word or a sentence mark, before a space or the line's end): one quote runs on.
      else if (closesAhead(text, paras, pi + 1)) carry = { open, openLen };
    }
  });
  return out.concat(singleMarkPairs(text, paras, out, cueAt, cueBefore)).sort((a, b) => a.open - b.open);
}

/** A single mark that may open a quote: after a space, a bracket, a colon or the line's start, before a capital or digit. */
function singleOpens(text: string, i: number, ps: number, pe: number): boolean {
  return (text[i] === "'" || text[i] === '‘') && /[\s(:]/.test(visibleBefore(text, i, ps)) && /[\p{Lu}\p{N}]/u.test(visibleFrom(text, i + 1, pe));
}

/** A single mark that may close a quote: after a sentence mark or a comma (a space between, as detokenized text prints it), before a space or the end. */
function singleCloses(text: string, i: number, ps: number, pe: number): boolean {
  if (text[i] !== "'" && text[i] !== '’') return false;
  const j = lastVisible(text, i, ps);
  const k = j >= ps && text[j] === ' ' ? lastVisible(text, j, ps) : j;
  return k >= ps && /[,.!?…]/.test(text[k]) && /\s/.test(visibleFrom(text, i + 1, pe));
}

/**
 * Quotes in single marks, as British papers print them (`'We will win,' he said.`, `‘…,’ said
 * X`), which the pairing above leaves alone: a single mark is mostly an apostrophe or a term's
 * (`'Catching Fire'`, `‘rakyat kecil’`). So only where speech is certain: the span closes with a
 * comma or a sentence mark right before its mark and a verb of saying follows it (`cueAt`), or a
 * verb of saying and a colon open it (`cueBefore`), or, in a text that quotes so already, it is a
 * whole line or run of lines (a quote continued after its cue). It may run over a few lines, one
 * sentence each, and never overlaps a pair of double marks.
 */
function singleMarkPairs(text: string, paras: Array<[number, number]>, pairs: Pair[], cueAt: (off: number) => boolean, cueBefore: (off: number) => boolean): Pair[] {
  const taken = (a: number, b: number) => pairs.some((p) => p.open < b && a < p.close + p.closeLen);
  const found: Array<Pair & { cued: boolean; whole: boolean }> = [];
  let pi = 0;
  let i = paras[0]?.[0] ?? 0;
  while (pi < paras.length) {
    const [ps, pe] = paras[pi];
    if (i < ps) i = ps;
    if (i >= pe) {
      pi++;
      continue;
    }
    const end = singleOpens(text, i, ps, pe) ? singleCloseAfter(text, paras, pi, i) : null;
    if (!end || taken(i, end.close)) {
      i++;
      continue;
    }
    // the colon of `said: 'He …`, a space between or not
    let colon = lastVisible(text, i, ps);
    while (colon >= ps && text[colon] === ' ') colon--;
    const cued = cueAt(end.close + 1) || (colon >= ps && text[colon] === ':' && cueBefore(colon));
    const whole = lastVisible(text, i, ps) < ps && firstVisible(text, end.close + 1, paras[end.para][1]) >= paras[end.para][1];
    found.push({ open: i, close: end.close, closed: true, para: pi, openLen: 1, closeLen: 1, cued, whole });
    pi = end.para;
    i = end.close + 1;
  }
  const quotes = found.some((p) => p.cued);
  return found.filter((p) => p.cued || (quotes && p.whole)).map(({ cued: _c, whole: _w, ...p }) => p);
}

/**
 * The single mark closing the one opened at `i` in paragraph `pi`: on that line or, the lines
 * between ending sentences and holding no single mark that opens, on one of the next few.
 */
function singleCloseAfter(text: string, paras: Array<[number, number]>, pi: number, i: number): { close: number; para: number } | null {
  for (let k = pi; k < Math.min(paras.length, pi + RUN_ON_LINES); k++) {
    const [s, e] = paras[k];
    for (let j = k === pi ? i + 1 : s; j < e; j++) {
      if (singleCloses(text, j, s, e)) return { close: j, para: k };
      if (singleOpens(text, j, s, e)) return null;
    }
    if (!/[.!?…]$/.test(text.slice(s, e).trimEnd())) return null;
  }
  return null;
}

/** Words a straight-quoted title or term inside a straight quote may hold. */
const INNER_TITLE_WORDS = 6;

/**
 * `"Kami menonton film "Dilan" bersama keluarga, dan itu menyenangkan," kata Budi.`: inside an
 * open straight quote, the straight mark at `i` opens a title or term (after a word and a space,
 * before a word) when the next mark closes it within a few words (after a word, before a space or
 * punctuation) and the mark after that closes the quote after a comma or a sentence end, a cue of
 * speech following (`cueAt`). The title's closing mark, or -1 when the marks are not so set.
 */
function innerTitleEnd(text: string, i: number, ps: number, pe: number, cueAt: (off: number) => boolean): number {
  const before = lastVisible(text, i, ps);
  if (before < ps || !/\s/.test(text[before]) || !/[\p{L}\p{N}]/u.test(visibleBefore(text, before, ps))) return -1;
  const j = titleClose(text, i, pe);
  if (j < 0) return -1;
  // Further titles may stand before the quote closes (`film "Dilan" dan "Milea" …`).
  let k = text.indexOf(STRAIGHT, j + 1);
  for (let n = 0, from = j; n < 3 && k > 0 && k < pe && !/[,.!?]/.test(visibleBefore(text, k, from + 1)); n++) {
    const b = lastVisible(text, k, from + 1);
    const more = b > from && /\s/.test(text[b]) && /[\p{L}\p{N}]/u.test(visibleBefore(text, b, from + 1)) ? titleClose(text, k, pe) : -1;
    if (more < 0) return -1;
    from = more;
    k = text.indexOf(STRAIGHT, more + 1);
  }
  if (k < 0 || k >= pe || /[“”]/.test(text.slice(j + 1, k))) return -1;
  if (!/[,.!?]/.test(visibleBefore(text, k, j + 1)) || !cueAt(k + 1)) return -1;
  return j;
}

/**
 * The mark closing a title opened by the straight mark at `i` (before a word): the next straight
 * mark, within a few words, after a word and before a space or punctuation; -1 when there is none.
 */
function titleClose(text: string, i: number, pe: number): number {
  if (!/[\p{L}\p{N}]/u.test(visibleFrom(text, i + 1, pe))) return -1;
  const j = text.indexOf(STRAIGHT, i + 1);
  if (j < 0 || j >= pe) return -1;
  const title = text.slice(i + 1, j);
  const words = (title.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  if (words === 0 || words > INNER_TITLE_WORDS || /[“”]/.test(title) || !/[\p{L}\p{N}!?)]/u.test(visibleBefore(text, j, i + 1))) return -1;
  return /[\s,.;:!?)]/.test(visibleFrom(text, j + 1, pe)) ? j : -1;
}

/** Lines a quote may run over, one sentence each, before its closing mark. */
const RUN_ON_LINES = 6;

/**
 * Does the first quote mark after paragraph `from` (over a few lines with no mark at all) close a
 * quote: a curly closer, or a straight mark after a non-space and before a space, a mark or the end?
 * So does a mark opening a later line: a quote of several paragraphs, printed one sentence per line,
 * leaves each paragraph but the last unclosed (`“We got … at.\nHe came back …\n“We ’ re …”`).
 */
function closesAhead(text: string, paras: Array<[number, number]>, from: number): boolean {
  for (let k = from; k < Math.min(paras.length, from + RUN_ON_LINES); k++) {
    const [s, e] = paras[k];
    for (let i = s; i < e; i++) {
      const c = text[i];
      // Only in text broken one sentence per line, with no blank line between (not paragraphs of
      // prose), the unclosed line ending a sentence (not `"… that!!! tulis Jennifer pada akun X`).
      const paragraphOpens = lastVisible(text, i, s) < s && k > from && !/\n[ \t\r]*\n/.test(text.slice(paras[from - 1][1], s)) && /[.!?…]$/.test(text.slice(...paras[from - 1]).replace(/\p{Cf}+/gu, '').trimEnd());
      if (OPENERS.includes(c) || c === '`') return paragraphOpens;
      if (c === STRAIGHT && paragraphOpens) return true;
      if (CLOSERS.includes(c)) return true;
      if (c === STRAIGHT) return !/\s/.test(visibleBefore(text, i, s)) && /[\s,.;:!?)]/.test(visibleFrom(text, i + 1, e));
    }
  }
  return false;
}

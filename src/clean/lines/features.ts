import type { LangPack } from '../../lang/index.js';
import type { Lexicon } from '../lexicon.js';
import { findDates, isDateLine } from '../meta/published.js';
import { DOMAIN_RE, lineKey, startsUpper, words } from '../text.js';

/** What the classifier knows about one non-empty line. */
export interface LineFeatures {
  /** Position among the non-empty lines. */
  index: number;
  text: string;
  words: number;
  /** Ends like a sentence: `.`, `!`, `?`, `…`, possibly followed by closing quotes/brackets. */
  terminal: boolean;
  /** Share of words that are stopwords of the article's language. */
  stopShare: number;
  /** Share of alphabetic words written lower case at their start (prose is mostly lower case). */
  lowerShare: number;
  /** Share of alphabetic words that start upper case (titles, names, headings). */
  titleShare: number;
  /** No lower-case letter and at least two letters: `ADVERTISEMENT`, `BERITA PILIHAN`. */
  allCaps: boolean;
  /** One snake/kebab token like `putin_temui_menlu_…` or `home_banner_first`. */
  slug: boolean;
  /** The slug has an ad/banner token (`banner`, `ads`, `iklan`). */
  banner: boolean;
  /** Has a URL or a bare site domain. */
  url: boolean;
  hasDomain: boolean;
  digitShare: number;
  hasDate: boolean;
  /** The line is a date and little else (`Tuesday, October 28, 2025`). */
  dateLine: boolean;
  /** Ends with a photo credit in brackets: `(Name / POOL / AFP)`, `(foto: …)`. */
  photoCredit: boolean;
  /** `Label: value` with a byline/credit label of a pack. */
  label: { role: 'author' | 'editor' | 'source' | 'photo'; value: string } | null;
  /** Reason from the cue lexicons (whole line or line start). */
  lexReason: string | null;
  lexStrong: boolean;
  /** Index of an earlier line this one repeats (exactly or nearly), else -1. */
  dupOf: number;
  /** Prose score: long, many stopwords, sentence punctuation, lower-case words. */
  prose: number;
}

/** How far back a line looks for a near copy of itself. */
const NEAR_WINDOW = 200;

/** A line reads as article prose at or above this score. */
export const PROSE_MIN = 4;

const TERMINAL = /[.!?…。]["'”’»)\]]*$/;

/** Weights of the prose score (hand-set, checked against IndoSum prose by `eval:clean`). */
export const PROSE_WEIGHTS = {
  length: 3, // scaled by min(words, 25) / 25
  stop: 4, // times stopword share
  terminal: 1.5,
  longSentence: 1, // a terminal line of 10+ words is a sentence even when full of names
  lower: 1, // when most words start lower case
  allCaps: -3,
  slug: -5,
  url: -2,
  digits: -2, // times digit share
};

export function photoCreditOf(text: string, lex: Lexicon): string | null {
  // `… Selasa (4/11/2025). WARTA NUSANTARA FOTO/Rizal Mapparenta/rdk.`: a credit after the last
  // sentence, an agency in capitals and a slash, with no brackets.
  const bare = /[.!?]["”’]?\s+(\p{Lu}[\p{Lu}\p{N} .&-]{1,40}\s*\/\s*[^\s/][^/]{1,60}(?:\/[^/]{1,20})?)$/u.exec(text);
  if (bare && !/[.!?]\s+\p{Lu}\p{Ll}/u.test(bare[1])) return bare[1].replace(/\.$/, '').trim();
  const m = /\(([^()]{2,140})\)\s*$/.exec(text);
  if (!m) return null;
  const inner = m[1].trim();
  if (!/\p{L}/u.test(inner)) return null;
  const lower = inner.toLowerCase();
  const toks = words(lower);
  if (/^(foto|photo|image|gambar|ilustrasi|dok|sumber foto|credit)\b/.test(lower)) return inner;
  if (toks.some((t) => lex.photoWords.has(t)) || [...lex.photoWords].some((p) => p.includes(' ') && lower.includes(p))) {
    return inner;
  }
  if (inner.includes('/')) {
    // `Name / POOL / AFP`, `REUTERS/Name`: a photographer next to an agency or pool in capitals.
    const segs = inner.split('/').map((s) => s.trim()).filter(Boolean);
    const person = segs.some((s) => {
      const ws = s.split(/\s+/);
      return ws.length >= 2 && ws.length <= 4 && ws.every((w) => startsUpper(w) && !/\d/.test(w));
    });
    const agency = segs.some((s) => lex.agencies.has(s.toLowerCase()) || /^\p{Lu}{2,}(?:\s\p{Lu}{2,})*$/u.test(s));
    // Only a caption-sized line: one sentence or phrase before the credit.
    const before = text.slice(0, m.index);
    if (person && agency && segs.length >= 2 && words(before).length <= 40 && !/[.?!]["”’]?\s+\p{Lu}/u.test(before)) return inner;
  }
  return null;
}

/** Shape features of one line and its prose score (no context needed). */
export function proseScore(text: string, pack: LangPack, lex: Lexicon) {
  const ws = words(text);
  const alpha = ws.filter((w) => /^\p{L}/u.test(w));
  const lowerN = alpha.filter((w) => /^\p{Ll}/u.test(w)).length;
  const stopN = ws.filter((w) => pack.stopwords.has(w.toLowerCase())).length;
  const letters = text.replace(/[^\p{L}]/gu, '');
  const allCaps = letters.length >= 2 && !/\p{Ll}/u.test(letters);
  const slugM = /^[\p{L}\p{N}]+(?:[_-][\p{L}\p{N}]+)+$/u.test(text) && (text.includes('_') || /^[a-z0-9]+(?:-[a-z0-9]+){3,}$/.test(text));
  const slugToks = text.toLowerCase().split(/[_-]/);
  const banner = slugM && slugToks.some((t) => lex.bannerTokens.has(t));
  const url = /https?:\/\/|www\.\w/i.test(text);
  const hasDomain = DOMAIN_RE.test(text);
  const digits = text.replace(/[^\p{N}]/gu, '').length;
  const digitShare = text.length ? digits / text.replace(/\s/g, '').length : 0;
  const terminal = TERMINAL.test(text);
  const stopShare = ws.length ? stopN / ws.length : 0;
  const lowerShare = alpha.length ? lowerN / alpha.length : 0;
  const titleShare = alpha.length ? (alpha.length - lowerN) / alpha.length : 0;
  let prose =
    (PROSE_WEIGHTS.length * Math.min(ws.length, 25)) / 25 +
    PROSE_WEIGHTS.stop * stopShare +
    (terminal ? PROSE_WEIGHTS.terminal : 0) +
    (terminal && ws.length >= 10 ? PROSE_WEIGHTS.longSentence : 0) +
    (lowerShare >= 0.5 ? PROSE_WEIGHTS.lower : 0) +
    (allCaps ? PROSE_WEIGHTS.allCaps : 0) +
    (slugM ? PROSE_WEIGHTS.slug : 0) +
    (url ? PROSE_WEIGHTS.url : 0) +
    PROSE_WEIGHTS.digits * digitShare;
  if (ws.length < 4) prose = Math.min(prose, PROSE_MIN - 0.5);
  return { ws, lowerShare, titleShare, stopShare, allCaps, slugM, banner, url, hasDomain, digitShare, terminal, prose };
}

export function lineFeatures(lines: string[], pack: LangPack, lex: Lexicon): LineFeatures[] {
  const keys = lines.map(lineKey);
  const bags = keys.map((k) => new Set(k.split(' ').filter(Boolean)));
  const proseOf = lines.map((t) => proseScore(t, pack, lex).prose);
  const firstOf = new Map<string, number>();
  keys.forEach((k, i) => {
    if (!firstOf.has(k)) firstOf.set(k, i);
  });
  return lines.map((text, index) => {
    const { ws, lowerShare, titleShare, stopShare, allCaps, slugM, banner, url, hasDomain, digitShare, terminal } = proseScore(text, pack, lex);
    const prose = proseOf[index];
    const lm = lex.labelRe.exec(text);
    const role = lm ? lex.labelRole(lm[1]) : null;
    const label = lm && role && words(lm[2]).length <= 12 ? { role, value: lm[2].trim() } : null;
    const pre = lex.prefixReason(text.replace(/_/g, ' '));
    const lexLine = lex.lineReason(text.replace(/_/g, ' '));
    let dupOf = -1;
    if (keys[index].length >= 8) {
      const first = firstOf.get(keys[index]);
      if (first !== undefined && first < index) dupOf = first;
      // Near copies (a caption printed twice with other spacing or punctuation) only among
      // lines that are not prose: two prose sentences may differ in just the word that matters.
      const a = bags[index];
      if (dupOf < 0 && a.size >= 6 && a.size <= 40) {
        for (let j = Math.max(0, index - NEAR_WINDOW); j < index; j++) {
          const b = bags[j];
          if (b.size < 6 || (proseOf[index] >= PROSE_MIN && proseOf[j] >= PROSE_MIN)) continue;
          let inter = 0;
          for (const w of a) if (b.has(w)) inter++;
          if (inter / (a.size + b.size - inter) >= 0.9) {
            dupOf = j;
            break;
          }
        }
      }
    }
    return {
      index,
      text,
      words: ws.length,
      terminal,
      stopShare,
      lowerShare,
      titleShare,
      allCaps,
      slug: slugM,
      banner,
      url,
      hasDomain,
      digitShare,
      // Only short lines can be date or byline lines; long ones are not searched.
      hasDate: ws.length <= 30 && findDates(text).length > 0,
      dateLine: ws.length <= 12 && isDateLine(text),
      photoCredit: photoCreditOf(text, lex) !== null && ws.length <= 60,
      label,
      lexReason: lexLine ?? pre?.reason ?? null,
      lexStrong: !!lexLine || !!pre?.strong,
      dupOf,
      prose,
    };
  });
}

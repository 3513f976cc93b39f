/**
 * Words and sentences for the link stage: language-agnostic, reading stopwords from the language
 * packs. Offsets are UTF-16 code units into `Article.text`, like every span.
 */
import { packFor } from '../lang/index.js';

export interface Token {
  /** Lower-case, diacritics removed. */
  w: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function norm(w: string): string {
  return w.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

export function tokens(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const s = text.slice(from, to);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(s))) out.push({ w: norm(m[0]), start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

const stopCache = new Map<string, ReadonlySet<string>>();
/** Stopwords of the article's language together with English (Indonesian news quotes English). */
export function stopwords(lang: string): ReadonlySet<string> {
  let s = stopCache.get(lang);
  if (!s) {
    const set = new Set<string>();
    for (const code of new Set([lang, 'en'])) {
      try {
        for (const w of packFor(code as never).stopwords) set.add(norm(w));
      } catch {
        /* no pack for this language */
      }
    }
    s = set;
    stopCache.set(lang, s);
  }
  return s;
}

/** Content terms: no stopwords, no numbers, at least 3 letters. */
export function contentTerms(text: string, lang: string, from = 0, to = text.length): string[] {
  const stop = stopwords(lang);
  const out: string[] = [];
  for (const t of tokens(text, from, to)) {
    if (t.w.length < 3 || stop.has(t.w) || /^\d+$/.test(t.w)) continue;
    out.push(t.w);
  }
  return out;
}

import type { Sentence } from '../text/sentences.js';
export { sentences, type Sentence } from '../text/sentences.js';

export function wordCount(text: string, s: Sentence): number {
  return tokens(text, s.start, s.end).length;
}

/** Days since 1970-01-01 of an ISO date (`2025-10-27`, `2025-10-27T…`), or null. */
export function dayNumber(iso: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return null;
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  return Number.isFinite(t) ? Math.round(t / 86400000) : null;
}

export function dayString(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

/** Cosine similarity of two sparse vectors (term -> weight). */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

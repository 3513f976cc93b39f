/**
 * The date a sentence talks about, from the article's time spans: shared by the time annotator
 * (which produces the spans) and the link stage (events and timelines read sentence dates), so
 * the link stage does not depend on the annotator's code.
 */
import type { CleanArticle, TimeSpan } from '../model/types.js';
import { sentences } from './sentences.js';

export interface SentenceDate {
  /** TIMEX3 date value (`2025-10-27`, `2025-09`, `2024`, or a range `a/b`); time of day dropped. */
  value: string;
  /** `sentence`: a time expression in the sentence; `context`: the last date stated before it in
   * the same paragraph; `dct`: the article's publication date. */
  source: 'sentence' | 'context' | 'dct';
  /** The time expression the date comes from (null for `dct`). */
  time: TimeSpan | null;
}

export interface SentenceSpan {
  start: number;
  end: number;
  date: SentenceDate | null;
}

/** A calendar date the sentence reports (a comparison baseline such as `dibanding tahun lalu` is not). */
const isCalendar = (t: TimeSpan): boolean => (t.type === 'DATE' || t.type === 'TIME') && /^\d{2,4}/.test(t.value) && !t.comparison;
const datePart = (v: string): string => v.split('/').map((p) => p.replace(/T.*$/, '')).join('/');
const granularity = (v: string): number => datePart(v).split('/')[0].length; // 10 day, 7 month, 4 year

/** `2025-1-7…` -> `2025-01-07`, or null when the value does not start with a day. */
function isoDay(v: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(v ?? '');
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
}

/**
 * The date the sentence `[start, end)` of `article.text` talks about. Among the sentence's own
 * calendar expressions the finest one wins (a day beats a month beats a year; the first on ties);
 * with none, the last day stated earlier in the same paragraph; else the DCT (`publishedAt`);
 * else null. `times` are the article's time spans (e.g. `article.times`).
 */
export function sentenceDate(article: Pick<CleanArticle, 'text' | 'publishedAt'>, times: TimeSpan[], start: number, end: number): SentenceDate | null {
  const inside = times.filter((t) => t.start >= start && t.end <= end && isCalendar(t));
  if (inside.length) {
    let best = inside[0];
    for (const t of inside) if (granularity(t.value) > granularity(best.value)) best = t;
    return { value: datePart(best.value), source: 'sentence', time: best };
  }
  const paraStart = article.text.lastIndexOf('\n', start - 1) + 1;
  const prev = times.filter((t) => t.end <= start && t.start >= paraStart && isCalendar(t) && granularity(t.value) >= 10);
  if (prev.length) {
    const t = prev[prev.length - 1];
    return { value: datePart(t.value), source: 'context', time: t };
  }
  const d = isoDay(article.publishedAt);
  return d ? { value: d, source: 'dct', time: null } : null;
}

/** Splits `article.text` into sentences and gives each the date it talks about (see `sentenceDate`). */
export function eventDates(article: Pick<CleanArticle, 'text' | 'publishedAt'>, times: TimeSpan[]): SentenceSpan[] {
  return sentences(article.text).map(({ start, end }) => ({ start, end, date: sentenceDate(article, times, start, end) }));
}

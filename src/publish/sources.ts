/**
 * How human-readable views name what they cite: an article id alone means nothing to a reader, so
 * a source is printed with its outlet and date, and counts of articles say how many of them are
 * independent (not a copy of, or sharing passages with, another member).
 */
import type { Event, TimelineEntry } from '../model/types.js';
import type { ArticleHead, Store } from '../store/store.js';

/** Articles of an event that are not a copy of (or share passages with) an earlier member. */
export function independentSources(store: Store, e: Event): number {
  const derived = new Set<string>();
  // duplicatesAmong is bounded by the event's own articles: no scan of the store's duplicates.
  for (const d of store.duplicatesAmong(e.articles)) derived.add(d.origin === d.a ? d.b : d.a);
  return e.articles.filter((a) => !derived.has(a)).length;
}

export type HeadIndex = Map<string, ArticleHead>;

/** Outlet and date of every article the entries cite, in one look-up. */
export function headsOf(store: Store, entries: TimelineEntry[]): HeadIndex {
  const ids = [...new Set(entries.flatMap((t) => t.sources.map((s) => s.article)))];
  return new Map(store.getArticleHeads(ids).map((h) => [h.id, h]));
}

/** `Kompas, 2025-10-28 (a1b2c3d4 120–180)`: who printed it, when, and where to find the span. */
export function citation(heads: HeadIndex, s: { article: string; start: number; end: number }): string {
  const h = heads.get(s.article);
  const who = [h?.outlet, h?.publishedAt?.slice(0, 10)].filter(Boolean).join(', ');
  const where = `${s.article} ${s.start}–${s.end}`;
  return who ? `${who} (${where})` : where;
}

export function citations(heads: HeadIndex, t: TimelineEntry): string {
  return t.sources.map((s) => citation(heads, s)).join('; ');
}

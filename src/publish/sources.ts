/**
 * How human-readable views name what they cite: an article id alone means nothing to a reader, so
 * a source is printed with its outlet and date, and counts of articles say how many of them are
 * independent (not a copy of, or sharing passages with, another member).
 */
import type { Duplicate, Event, TimelineEntry } from '../model/types.js';
import type { ArticleHead, Store } from '../store/store.js';

/**
 * Per event, its articles that are not a copy of (or share passages with) another member: the
 * copy side of each duplicate pair inside one event does not count as a source of its own.
 */
export function independentCounts(events: Event[], duplicates: Duplicate[]): Map<string, number> {
  const eventOf = new Map<string, string>();
  for (const e of events) for (const a of e.articles) eventOf.set(a, e.id);
  const derived = new Set<string>();
  for (const d of duplicates) {
    const ev = eventOf.get(d.a);
    if (ev && ev === eventOf.get(d.b)) derived.add(d.origin === d.a ? d.b : d.a);
  }
  return new Map(events.map((e) => [e.id, e.articles.filter((a) => !derived.has(a)).length]));
}

/** One event's independent sources; reads only the duplicates among its own articles. */
export function independentSources(store: Store, e: Event): number {
  return independentCounts([e], store.duplicatesAmong(e.articles)).get(e.id)!;
}

/** `Kompas, 2025-10-28 (a1b2c3d4e5f6)`: an article as a reader recognises it. */
export function articleCitation(heads: HeadIndex, id: string): string {
  const h = heads.get(id);
  const who = [h?.outlet, h?.publishedAt?.slice(0, 10)].filter(Boolean).join(', ');
  return who ? `${who} (${id})` : id;
}

export type HeadIndex = Map<string, ArticleHead>;

/** Outlet and date of every article the entries cite, in one look-up. */
export function headsOf(store: Store, entries: TimelineEntry[]): HeadIndex {
  const ids = [...new Set(entries.flatMap((t) => t.sources.map((s) => s.article)))];
  return new Map(store.getArticleHeads(ids).map((h) => [h.id, h]));
}

/**
 * An entry's sources, one citation per article with all its spans (`Kompas, 2025-10-28 (a1b2c3d4
 * 120–180, 410–520)`), in the order the articles are first cited: an event entry may cite several
 * sentences of each report, and repeating the outlet for every one buries the list of who said it.
 */
export function citations(heads: HeadIndex, t: TimelineEntry): string {
  const spans = new Map<string, string[]>();
  for (const s of t.sources) {
    const list = spans.get(s.article) ?? [];
    list.push(`${s.start}–${s.end}`);
    spans.set(s.article, list);
  }
  return [...spans].map(([id, list]) => articleCitation(heads, id).replace(id, `${id} ${list.join(', ')}`)).join('; ');
}

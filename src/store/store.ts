import type { Article, Duplicate, Entity, Event, Storyline } from '../model/types.js';
import type { ClaimSpan, QuoteSpan } from '../model/types.js';

export interface ArticleQuery {
  limit?: number;
  offset?: number;
  /** Inclusive ISO date bounds on `publishedAt`. */
  from?: string;
  to?: string;
  outlet?: string;
  language?: string;
  /** Full-text query over title and body. */
  q?: string;
}

export interface Failure {
  origin: string;
  reason: string;
  at: string;
}

/**
 * What every stage and front end needs from storage. SQLite implements it for one machine;
 * a server database implements the same interface when a newsroom outgrows one machine.
 *
 * Writes of one article and what the link stage derives from it happen inside one
 * `transaction`, so a crash loses at most the article in flight.
 */
export interface Store {
  readonly location: string;
  transaction<T>(fn: () => T): T;

  hasHash(hash: string): boolean;
  /** Stores an article with its spans; returns false (and writes nothing) if its hash is known. */
  putArticle(article: Article): boolean;
  getArticle(idOrPrefix: string): Article | null;
  listArticles(query?: ArticleQuery): Article[];
  iterateArticles(): IterableIterator<Article>;
  countArticles(): number;

  putEntity(entity: Entity): void;
  getEntity(id: string): Entity | null;
  listEntities(): Entity[];

  putEvent(event: Event): void;
  getEvent(id: string): Event | null;
  deleteEvent(id: string): void;
  listEvents(): Event[];

  putDuplicate(d: Duplicate): void;
  listDuplicates(): Duplicate[];

  putStoryline(s: Storyline): void;
  getStoryline(id: string): Storyline | null;
  listStorylines(): Storyline[];

  recordFailure(origin: string, reason: string): void;
  listFailures(): Failure[];

  /** Small key-value space for stage state (index versions, counters). */
  getMeta(key: string): string | null;
  setMeta(key: string, value: string): void;

  close(): void;

  // --- serve
  /** Filtered, paginated lists and look-ups for the HTTP API and the web UI (`linimasa serve`). */
  pageArticles(f: ListFilter): Page<ArticleHead>;
  getArticleHeads(ids: string[]): ArticleHead[];
  pageEvents(f: ListFilter): Page<Event>;
  getEvents(ids: string[]): Event[];
  /** Events that list the article, or that name the entity among their entities. */
  eventsOf(ref: { article?: string; entity?: string }, limit?: number): Event[];
  pageStorylines(f: ListFilter): Page<Storyline>;
  storylinesOfEvent(eventId: string): Storyline[];
  pageEntities(f: EntityFilter): Page<Entity>;
  getEntities(ids: string[]): Entity[];
  duplicatesAmong(articleIds: string[]): Duplicate[];
  quotesBySpeaker(entityId: string, limit?: number): StoredQuote[];
  /** Entities mentioned in the same articles as this one, most shared articles first. */
  cooccurring(entityId: string, limit?: number): Cooccurrence[];

  // --- link stage
  /**
   * Inverted index of the link stage: `ref` (an event, a storyline, an article passage) is filed
   * under each of `keys` in a named `space`, with an optional day number (days since 1970-01-01)
   * so look-ups can stay inside a date window. Look-ups are bounded per key: the cost of placing
   * one article never grows with the size of the store.
   */
  linkPost(space: string, keys: string[], ref: string, day: number | null): void;
  linkLookup(space: string, keys: string[], opts?: LinkLookup): LinkPosting[];
  /** Drops every posting of `ref` in `space` (e.g. an event merged into another). */
  linkUnpost(space: string, ref: string): void;
  /** Small JSON documents of link-stage state (cluster profiles, signatures), by kind and id. */
  linkGet(kind: string, id: string): string | null;
  linkGetMany(kind: string, ids: string[]): Map<string, string>;
  linkPut(kind: string, id: string, data: string): void;
  linkDelete(kind: string, id: string): void;
  /** Counters (document frequencies): adds one to each key. */
  linkCountAdd(keys: string[]): void;
  linkCounts(keys: string[]): Map<string, number>;
  /** Sets a stored article's publication date (cluster-informed dates for undated articles). */
  setArticleDate(id: string, publishedAt: string, source: 'printed' | 'inferred'): void;
}

// --- serve
/** Filters shared by every list the HTTP API serves; all optional, combined with AND. */
export interface ListFilter {
  limit?: number;
  offset?: number;
  /** Inclusive ISO date bounds (`2025`, `2025-10`, `2025-10-27`). */
  from?: string;
  to?: string;
  /** Canonical entity id the item must mention. */
  entity?: string;
  outlet?: string;
  language?: string;
  /** Words: full-text over articles (Indonesian-aware), title/summary/name elsewhere. */
  q?: string;
}
export interface EntityFilter extends ListFilter {
  type?: string;
}
export interface Page<T> {
  items: T[];
  total: number;
}
/** An article without its text, removed lines and spans: what a list shows. */
export type ArticleHead = Omit<Article, 'text' | 'removed' | 'entities' | 'times' | 'quotes' | 'claims'> & { snippet?: string };
export interface StoredQuote extends QuoteSpan {
  article: string;
}
export interface StoredClaim extends ClaimSpan {
  article: string;
}
export interface Cooccurrence {
  entity: string;
  articles: number;
}

// --- link stage
export interface LinkLookup {
  /** Inclusive day window; postings without a day are returned too (at most `limit / 2` per key). */
  fromDay?: number;
  toDay?: number;
  /** Most postings returned per key (newest first); default 50. */
  limit?: number;
}
export interface LinkPosting {
  key: string;
  ref: string;
  day: number | null;
}

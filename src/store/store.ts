import type { Article, Duplicate, Entity, Event, Storyline } from '../model/types.js';

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
}

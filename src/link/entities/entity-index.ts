/**
 * The store side of cross-article entity resolution. The resolver only ever asks for the
 * candidates filed under a few keys of the names it sees, so the cost per article does not grow
 * with the store. `MemoryEntityIndex` is the reference implementation; a SQLite one needs two
 * tables:
 *
 *   entities(id TEXT PRIMARY KEY, type TEXT, name TEXT, json TEXT)          -- CanonicalEntity
 *   entity_keys(key TEXT, entity TEXT, PRIMARY KEY (key, entity))         -- + index on key
 */
import type { Entity } from '../../model/types.js';

/** Why a name became part of an entity: what `show <entity>` prints. */
export interface MergeReason {
  /** The printed name that was merged in. */
  alias: string;
  /** The name it was merged with (the entity's name at the time, or the in-article full form). */
  into: string;
  /** Machine-readable kind of evidence. */
  kind:
    | 'same-name'
    | 'spelling-variant'
    | 'short-name'
    | 'acronym'
    | 'demonym'
    | 'exonym'
    | 'role'
    | 'state-metonym'
    | 'cross-article';
  /** Human-readable explanation. */
  why: string;
  /** Article where the evidence was seen. */
  article: string | null;
}

export interface CanonicalEntity extends Entity {
  merges: MergeReason[];
  /** Mentions linked so far (all articles); used to rank candidates. */
  mentions: number;
  /**
   * Articles linked so far. A store-backed index keeps this count instead of the whole
   * `articles` list, which then holds only the articles linked in the current run.
   */
  articleCount?: number;
}

/** How many articles mention `e`, whichever way the index keeps it. */
export function articleCount(e: CanonicalEntity): number {
  return e.articleCount ?? e.articles.length;
}

/** Records that `article` mentions `e` (once per article). */
export function addArticle(e: CanonicalEntity, article: string): void {
  if (e.articles.includes(article)) return;
  const n = articleCount(e);
  e.articles.push(article);
  e.articleCount = n + 1;
}

export interface EntityIndex {
  /** Ids of the entities filed under `key` (a normalized name form; see normalize.ts `key`). */
  lookup(key: string): string[];
  get(id: string): CanonicalEntity | undefined;
  /** Adds a new entity filed under `keys`. */
  add(entity: CanonicalEntity, keys: string[]): void;
  /** Records a new printed alias of `id` (with why it was merged) and files `id` under `keys`. */
  addAlias(id: string, alias: string, keys: string[], reason: MergeReason | null): void;
  /** Saves changed fields of a known entity (roles, articles, mention count, type, name). */
  update(entity: CanonicalEntity): void;
}

export class MemoryEntityIndex implements EntityIndex {
  private entities = new Map<string, CanonicalEntity>();
  private keys = new Map<string, Set<string>>();

  lookup(key: string): string[] {
    return [...(this.keys.get(key) ?? [])];
  }

  get(id: string): CanonicalEntity | undefined {
    return this.entities.get(id);
  }

  add(entity: CanonicalEntity, keys: string[]): void {
    this.entities.set(entity.id, entity);
    for (const k of keys) this.file(k, entity.id);
  }

  addAlias(id: string, alias: string, keys: string[], reason: MergeReason | null): void {
    const e = this.entities.get(id);
    if (!e) throw new Error(`unknown entity ${id}`);
    if (!e.aliases.includes(alias)) e.aliases.push(alias);
    if (reason && !e.merges.some((m) => m.alias === reason.alias && m.kind === reason.kind)) e.merges.push(reason);
    for (const k of keys) this.file(k, id);
  }

  update(entity: CanonicalEntity): void {
    this.entities.set(entity.id, entity);
  }

  /** Every entity (for export and tests; the resolver never calls this). */
  all(): CanonicalEntity[] {
    return [...this.entities.values()];
  }

  private file(key: string, id: string): void {
    let s = this.keys.get(key);
    if (!s) this.keys.set(key, (s = new Set()));
    s.add(id);
  }
}

/**
 * Canonical entities as a link step: the resolver of src/link/entities run against an
 * `EntityIndex` kept in the store's link tables (`entity` state documents, `ent` postings), so
 * its look-ups are bounded reads and persist across runs. Fills `entity` on each mention and
 * writes the entities the article created or changed.
 */
import type { Article, Entity } from '../model/types.js';
import type { Store } from '../store/store.js';
import { articleCount, resolveArticle, type CanonicalEntity, type EntityIndex, type MentionInput, type MergeReason } from './entities/index.js';

const PER_KEY = 100;

export class StoreEntityIndex implements EntityIndex {
  private cache = new Map<string, CanonicalEntity>();
  constructor(private readonly store: Store) {}

  lookup(key: string): string[] {
    return this.store.linkLookup('ent', [key], { limit: PER_KEY }).map((p) => p.ref);
  }

  get(id: string): CanonicalEntity | undefined {
    let e = this.cache.get(id);
    if (!e) {
      const j = this.store.linkGet('entity', id);
      if (!j) return undefined;
      e = JSON.parse(j) as CanonicalEntity;
      this.cache.set(id, e);
    }
    return e;
  }

  add(entity: CanonicalEntity, keys: string[]): void {
    this.cache.set(entity.id, entity);
    this.save(entity);
    this.store.linkPost('ent', keys, entity.id, null);
  }

  addAlias(id: string, alias: string, keys: string[], reason: MergeReason | null): void {
    const e = this.get(id);
    if (!e) throw new Error(`unknown entity ${id}`);
    if (!e.aliases.includes(alias)) e.aliases.push(alias);
    if (reason && !e.merges.some((m) => m.alias === reason.alias && m.kind === reason.kind)) e.merges.push(reason);
    this.save(e);
    if (keys.length) this.store.linkPost('ent', keys, id, null);
  }

  update(entity: CanonicalEntity): void {
    this.cache.set(entity.id, entity);
    this.save(entity);
  }

  /** The stored state keeps the article count, not the list (the store keeps that as rows). */
  private save(e: CanonicalEntity): void {
    this.store.linkPut('entity', e.id, JSON.stringify({ ...e, articles: [], articleCount: articleCount(e) }));
  }
}

export const entityLinker = {
  link(article: Article, store: Store): Article {
    const meta = article.metadataEntities ?? [];
    if (!article.entities.length && !meta.length) return article;
    const index = new StoreEntityIndex(store);
    // Metadata mentions have no place in the text: the resolver reads nothing around them.
    const inputs: MentionInput[] = [...article.entities, ...meta.map((m) => ({ start: -1, end: -1, text: m.text, type: m.type, source: m.source }))];
    let res;
    try {
      res = resolveArticle({ id: article.id, text: article.text, language: article.language }, inputs, index);
    } catch {
      return article; // the resolver is another stage's work in progress: never lose the article
    }
    const n = article.entities.length;
    const entities = article.entities.map((m, i) => ({ ...m, entity: res.ids[i] ?? m.entity }));
    for (const e of res.entities) {
      const { merges: _m, mentions: _n, ...plain } = e;
      store.putEntity({ ...(plain as Entity), merges: e.merges } as Entity);
    }
    const linked = { ...article, entities, quotes: canonicalSpeakers(article.quotes, entities, res.entities) };
    if (meta.length) linked.metadataEntities = meta.map((m, i) => ({ ...m, entity: res.ids[n + i] ?? m.entity }));
    return linked;
  },
};

/**
 * Quote speakers as canonical entity ids. The quote annotator runs before linking and names a
 * speaker as printed (`Putin`, or the fuller form in the same article); once mentions carry ids,
 * a speaker printed as one of this article's mentions becomes the id of the mention of that name
 * nearest the quote (one name can stand for two entities: `Kremlin menyatakan` the state,
 * `juru bicara Kremlin` the office), else of an entity it is an alias of. A speaker no entity
 * accounts for keeps its printed name.
 */
export function canonicalSpeakers(quotes: Article['quotes'], mentions: Article['entities'], touched: { id: string; aliases: string[]; name: string }[]): Article['quotes'] {
  const byName = new Map<string, string>();
  for (const e of touched) for (const n of [e.name, ...e.aliases]) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), e.id);
  const named = new Map<string, Article['entities']>();
  for (const m of mentions) {
    if (!m.entity) continue;
    const k = m.text.toLowerCase();
    named.set(k, [...(named.get(k) ?? []), m]);
  }
  const gap = (m: { start: number; end: number }, q: { start: number; end: number }) => Math.max(0, q.start - m.end, m.start - q.end);
  return quotes.map((q) => {
    if (!q.speaker) return q;
    const k = q.speaker.toLowerCase();
    const near = named.get(k)?.reduce((a, b) => (gap(b, q) < gap(a, q) ? b : a));
    const id = near?.entity ?? byName.get(k);
    return id ? { ...q, speaker: id } : q;
  });
}

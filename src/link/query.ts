/**
 * Timelines on demand (per entity or search query) over what the link stage stored: the events
 * involved and their articles' dated facts. Reads the store; never re-annotates.
 */
import type { Entity, Event, TimelineEntry } from '../model/types.js';
import type { Store } from '../store/store.js';
import { base } from './entities/index.js';
import { buildTimeline, type ArticleFacts } from './timeline.js';
import { entityKey } from './features.js';

const MAX_ARTICLES = 300;

export interface TimelineView {
  title: string;
  timeline: TimelineEntry[];
}

function factsOf(store: Store, ids: string[]): Map<string, ArticleFacts> {
  const m = new Map<string, ArticleFacts>();
  for (const [id, j] of store.linkGetMany('facts', ids.slice(0, MAX_ARTICLES))) m.set(id, JSON.parse(j) as ArticleFacts);
  return m;
}

function eventsOfArticles(store: Store, ids: string[]): Event[] {
  const evIds = new Set<string>();
  for (const [, j] of store.linkGetMany('art', ids)) evIds.add((JSON.parse(j) as { event: string }).event);
  const out: Event[] = [];
  for (const id of evIds) {
    const e = store.getEvent(id);
    if (e) out.push(e);
  }
  return out;
}

/**
 * Canonical entities a user means by a name, alias or id. Looked up through the name index (at
 * most 200 candidates), never by scanning every entity: the store may hold millions.
 */
export function findEntities(store: Store, name: string): Entity[] {
  const byId = store.getEntity(name);
  if (byId) return [byId];
  const want = base(name);
  if (!want) return [];
  return store
    .pageEntities({ q: name, limit: 200 })
    .items.filter((e) => base(e.name) === want || e.aliases.some((x) => base(x) === want));
}

/** Articles mentioning an entity (canonical id, name or alias, or a printed name); null when none does. */
export function timelineForEntity(store: Store, name: string): TimelineView | null {
  const want = base(name);
  const ids = new Set(findEntities(store, name).map((e) => e.id));
  const keys = new Set([...ids, 'n:' + want]);
  const articles: string[] = [];
  const spans = new Map<string, { start: number; end: number }[]>();
  const fromEntities = new Set<string>();
  for (const id of ids) for (const a of store.getEntity(id)?.articles ?? []) fromEntities.add(a);
  const cands = [...[...fromEntities].slice(-MAX_ARTICLES).map((id) => store.getArticle(id)!).filter(Boolean), ...store.listArticles({ q: name, limit: MAX_ARTICLES })];
  for (const a of cands) {
    if (spans.has(a.id)) continue;
    const ms = a.entities.filter((m) => keys.has(entityKey(m)) || base(m.text) === want);
    if (!ms.length) continue;
    articles.push(a.id);
    spans.set(a.id, ms);
  }
  if (!articles.length) return null;
  const events = eventsOfArticles(store, articles).filter((e) => e.entities.some((k) => keys.has(k)));
  const timeline = buildTimeline(events, factsOf(store, articles), (f, art) => (spans.get(art) ?? []).some((m) => m.start >= f.start && m.end <= f.end));
  return { title: `Timeline: ${name}`, timeline };
}

/** Articles matching a full-text query. */
export function timelineForQuery(store: Store, q: string): TimelineView {
  const articles = store.listArticles({ q, limit: MAX_ARTICLES }).map((a) => a.id);
  const events = eventsOfArticles(store, articles);
  return { title: `Timeline: “${q}”`, timeline: buildTimeline(events, factsOf(store, articles)) };
}

/**
 * Events that joined no storyline (a story reported once, or by one burst of articles), one line
 * each with the sentences that state it: without this view the default timeline would leave out
 * a well-covered event only because nothing related came before or after it. Each event is built
 * alone, so unrelated events never pool their sources; their background facts stay out (they
 * belong to a storyline's or an entity's timeline).
 */
export function timelineForLoneEvents(store: Store, limit = MAX_ARTICLES): TimelineView {
  const inStory = new Set(store.listStorylines().flatMap((s) => s.events));
  const events = store
    .listEvents()
    .filter((e) => !inStory.has(e.id) && e.date)
    .sort((a, b) => b.date!.localeCompare(a.date!))
    .slice(0, limit);
  const timeline = events
    .flatMap((e) => buildTimeline([e], factsOf(store, e.articles)).filter((t) => t.event === e.id))
    .sort((a, b) => a.date.localeCompare(b.date));
  return { title: 'Events in no storyline', timeline };
}

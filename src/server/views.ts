/**
 * What one page needs, gathered from the store in one call. Publish reads the store and never
 * recomputes analysis: these functions only join what the stages stored.
 */
import type { Article, Entity, Event } from '../model/types.js';
import type { Store } from '../store/store.js';
import type {
  ArticleDetailT,
  ClaimViewT,
  EntityDetailT,
  EventDetailT,
  QuoteViewT,
  SourceViewT,
  TimelineViewT,
} from './schemas.js';

const MAX_EVENT_ARTICLES = 100;

function entityNames(store: Store, ids: Iterable<string>): Map<string, Entity> {
  const uniq = [...new Set([...ids].filter(Boolean))];
  return new Map(store.getEntities(uniq).map((e) => [e.id, e]));
}

export function articleDetail(store: Store, id: string): ArticleDetailT | null {
  const article = store.getArticle(id);
  if (!article) return null;
  const events = store.eventsOf({ article: article.id }, 50).map((e) => ({ id: e.id, title: e.title }));
  // Those its metadata names (dateline, credited wires) count too: the article names them.
  const ents = entityNames(store, [...article.entities, ...(article.metadataEntities ?? [])].map((m) => m.entity ?? ''));
  return {
    article,
    events,
    duplicates: store.duplicatesAmong([article.id]),
    entities: [...ents.values()].map((e) => ({ id: e.id, name: e.name, type: e.type })),
  };
}

export function eventDetail(store: Store, id: string): EventDetailT | null {
  const event = store.getEvent(id);
  if (!event) return null;
  const ids = event.articles.slice(0, MAX_EVENT_ARTICLES);
  const articles: Article[] = ids.map((a) => store.getArticle(a)).filter((a): a is Article => a !== null);
  const heads = store.getArticleHeads(ids);
  const speakers = articles.flatMap((a) => a.quotes.map((q) => q.speaker ?? ''));
  const ents = entityNames(store, [...event.entities, ...speakers]);
  const quotes: QuoteViewT[] = articles.flatMap((a) => a.quotes.map((q) => quoteView(a.id, q, ents)));
  const claims: ClaimViewT[] = articles.flatMap((a) => a.claims.map((c) => ({ ...c, article: a.id })));
  const inEvent = new Set(ids);
  return {
    event,
    articles: heads,
    duplicates: store.duplicatesAmong(ids).filter((d) => inEvent.has(d.a) && inEvent.has(d.b)),
    quotes,
    entities: event.entities.map((e) => ents.get(e)).filter((e): e is Entity => e !== undefined),
    claims,
    storylines: store.storylinesOfEvent(event.id).map((s) => ({ id: s.id, title: s.title })),
  };
}

function quoteView(article: string, q: Article['quotes'][number], ents: Map<string, Entity>): QuoteViewT {
  return {
    article,
    start: q.start,
    end: q.end,
    text: q.text,
    speaker: q.speaker,
    speakerName: q.speaker ? (ents.get(q.speaker)?.name ?? null) : null,
    direct: q.direct,
  };
}

export function entityDetail(store: Store, id: string): EntityDetailT | null {
  const entity = store.getEntity(id);
  if (!entity) return null;
  // Events naming the entity, and events of the articles that mention it.
  const events = new Map<string, Event>(store.eventsOf({ entity: entity.id }, 100).map((e) => [e.id, e]));
  const articleIds = entity.articles.slice(0, 50);
  for (const a of articleIds) {
    if (events.size >= 100) break;
    for (const e of store.eventsOf({ article: a }, 20)) events.set(e.id, e);
  }
  const co = store.cooccurring(entity.id, 24);
  const names = entityNames(store, co.map((c) => c.entity));
  const quotes = store.quotesBySpeaker(entity.id, 100).map((q) => ({
    article: q.article,
    start: q.start,
    end: q.end,
    text: q.text,
    speaker: q.speaker,
    speakerName: entity.name,
    direct: q.direct,
  }));
  return {
    entity,
    events: [...events.values()].sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.id.localeCompare(b.id)),
    quotes,
    cooccurring: co
      .map((c) => ({ e: names.get(c.entity), articles: c.articles }))
      .filter((c): c is { e: Entity; articles: number } => c.e !== undefined)
      .map((c) => ({ entity: { id: c.e.id, name: c.e.name, type: c.e.type }, articles: c.articles })),
    articles: store.getArticleHeads(articleIds.slice(0, 20)),
  };
}

/** A storyline's timeline with each source resolved to the words it points at. */
export function timelineView(store: Store, id: string): TimelineViewT | null {
  const s = store.getStoryline(id);
  if (!s) return null;
  const events = store.getEvents(s.events);
  const evTitle = new Map(events.map((e) => [e.id, e.title]));
  const articleIds = [...new Set(s.timeline.flatMap((t) => t.sources.map((r) => r.article)))];
  const texts = new Map<string, Article>();
  for (const a of articleIds.slice(0, 200)) {
    const art = store.getArticle(a);
    if (art) texts.set(a, art);
  }
  const items = s.timeline.map((t) => ({
    date: t.date,
    dateEnd: t.dateEnd,
    text: t.text,
    event: t.event ? { id: t.event, title: evTitle.get(t.event) ?? t.event } : null,
    sources: t.sources.map((r): SourceViewT => {
      const a = texts.get(r.article);
      return {
        article: r.article,
        start: r.start,
        end: r.end,
        text: a ? a.text.slice(Math.max(0, r.start), Math.max(0, r.end)) : '',
        title: a?.title ?? null,
        outlet: a?.outlet ?? null,
        publishedAt: a?.publishedAt ?? null,
      };
    }),
  }));
  return { storyline: { id: s.id, title: s.title }, events, items };
}

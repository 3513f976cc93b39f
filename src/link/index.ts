import type { Article, Event } from '../model/types.js';
import type { Store } from '../store/store.js';
import { linkDuplicates } from './duplicates.js';
import { eventDate, eventEntities, getEventState, placeArticle, storeIdf, type EventState } from './events.js';
import { addToProfile } from './score.js';
import { linkStoryline, touchStoryline, writeStoryline } from './storylines.js';
import { summarize } from './summary.js';
import { articleFacts } from './timeline.js';
import { dayNumber } from './text.js';
import { entityKey } from './features.js';
import { base } from './entities/index.js';
import { entityLinker } from './entity-step.js';
import { nerLexiconFor } from '../lang/ner.js';
import { sentences } from '../text/sentences.js';

/**
 * The link stage: the only cross-document stage. It places one new article against what is
 * stored (canonical entities, duplicates, events, storylines), through indexes, inside the same
 * transaction as the article itself. Returns the article with anything linking filled in
 * (e.g. canonical entity ids on its mentions) before it is written.
 */
export interface Linker {
  link(article: Article, store: Store): Article;
}

/** Copies, near-copies and shared passages (MinHash + LSH over documents and sentences). */
export const duplicateLinker: Linker = {
  link(article, store) {
    const found = linkDuplicates(article, store);
    for (const d of found) store.putDuplicate(d);
    if (found.length) store.linkPut('dupof', article.id, JSON.stringify(found.map((d) => d.b)));
    return article;
  },
};

/** How far (days) an inferred publication date may sit from its event's before the event's wins. */
const DATE_SLACK = 60;

interface ArtRecord {
  event: string;
  publishedAt: string | null;
  source: string | null;
  day: number | null;
}

/**
 * Events, cluster-informed dates, summaries, storylines and their timelines. Needs canonical
 * entity ids on the mentions to do its best (the entity resolver runs before it); falls back to
 * normalized mention text when they are null.
 */
export const eventLinker: Linker = {
  link(article, store) {
    const placed = placeArticle(article, store);
    const state = getEventState(store, placed.event)!;
    const evDate = eventDate(state);
    // (the most recent members only: the cost must not grow with the event)
    const others = [...store.linkGetMany('art', state.articles.slice(-50).filter((id) => id !== article.id))].map(
      ([id, j]) => [id, JSON.parse(j) as ArtRecord] as const,
    );

    // cluster-informed dates: an undated article takes its event's date; a printed one fixes its
    // undated fellow members
    let a = article;
    const evDay = dayNumber(evDate);
    const far = (iso: string | null) => iso == null || (evDay != null && Math.abs((dayNumber(iso) ?? evDay) - evDay) > DATE_SLACK);
    if (evDate && a.publishedAtSource !== 'printed' && far(a.publishedAt) && (others.some(([, r]) => r.source === 'printed') || !a.publishedAt)) {
      a = { ...a, publishedAt: evDate, publishedAtSource: 'inferred' };
    }
    if (evDate && a.publishedAtSource === 'printed') {
      for (const [id, r] of others) {
        if (r.source !== 'printed' && far(r.publishedAt)) {
          store.setArticleDate(id, evDate, 'inferred');
          store.linkPut('art', id, JSON.stringify({ ...r, publishedAt: evDate, source: 'inferred' }));
        }
      }
    }
    const rec: ArtRecord = { event: state.id, publishedAt: a.publishedAt, source: a.publishedAtSource, day: placed.features.day };
    store.linkPut('art', a.id, JSON.stringify(rec));
    store.linkPut('facts', a.id, JSON.stringify(articleFacts(a, placed.dated, placed.features.day)));

    const idf = storeIdf(store);
    store.putEvent(eventObject(store, state, a, idf));
    for (const gone of placed.merged) store.deleteEvent(gone);
    // a split: the other half's row is rewritten too (a new event also finds its storyline)
    const other = placed.split && getEventState(store, placed.split.from === state.id ? placed.split.to : placed.split.from);
    if (other) {
      store.putEvent(eventObject(store, other, null, idf));
      const sl = linkStoryline(store, other, idf);
      if (sl) writeStoryline(store, sl);
    }

    const touched = touchStoryline(store, state.id, (p) => addToProfile(p, placed.features, idf));
    const sl = touched ?? linkStoryline(store, state, idf);
    if (sl) writeStoryline(store, sl);
    return a;
  },
};

/**
 * Where an event happened when no dateline says: the place the articles' opening sentences put
 * the action in (`tiba di Pyongyang`, `in Minsk`), counted over the articles. The first place
 * named is often a country used as an adjective (`Presiden Rusia`), which says who acts, not where.
 */
export function leadPlace(arts: Article[], names: Record<string, string>): string | null {
  const count = new Map<string, { name: string; n: number; first: number }>();
  arts.forEach((a, order) => {
    const markers = nerLexiconFor(a.language).locativeMarkers;
    const leadEnd = sentences(a.text).slice(0, 2).pop()?.end ?? 0;
    for (const m of a.entities) {
      if (m.type !== 'LOCATION' || m.start >= leadEnd) continue;
      const before = a.text.slice(Math.max(0, m.start - 24), m.start).toLowerCase().replace(/\s+/g, ' ');
      if (!markers.some((w) => before.endsWith(' ' + w + ' ') || before === w + ' ')) continue;
      const key = entityKey(m);
      const c = count.get(key) ?? { name: names[key] ?? m.text, n: 0, first: order * 1e6 + m.start };
      c.n++;
      count.set(key, c);
    }
  });
  return [...count.values()].sort((x, y) => y.n - x.n || x.first - y.first)[0]?.name ?? null;
}

/** The model `Event` of an event state: date, title, place, summary over (some of) its articles. */
export function eventObject(store: Store, state: EventState, current: Article | null, idf: (t: string) => number): Event {
  const ids = state.articles.filter((id) => id !== current?.id);
  const sample = [...new Set([...ids.slice(0, 3), ...ids.slice(-4)])];
  const arts: Article[] = current ? [current] : [];
  for (const id of sample) {
    const x = store.getArticle(id);
    if (x) arts.push(x);
  }
  arts.sort((x, y) => state.articles.indexOf(x.id) - state.articles.indexOf(y.id));
  const sum = summarize(arts, idf);
  const byId = new Map(arts.map((x) => [x.id, x]));
  const central = sum.central ? byId.get(sum.central.article) : undefined;
  const printed = [central, ...arts].find((x) => x && x.title && x.titleSource !== 'derived');
  const anyTitle = [central, ...arts].find((x) => x && x.title);
  const clip = (s: string) => (s.length <= 120 ? s : s.slice(0, s.lastIndexOf(' ', 117)) + '…');
  const title = printed?.title ?? anyTitle?.title ?? (sum.central ? clip(sum.central.text) : '(untitled event)');

  const datelines = new Map<string, number>();
  for (const x of arts) if (x.dateline) datelines.set(x.dateline, (datelines.get(x.dateline) ?? 0) + 1);
  // most datelines; on a tie, the place the articles name most (a wire's filing city loses)
  const mentions = (d: string) => {
    const b = base(d);
    let n = 0;
    for (const [k, c] of Object.entries(state.profile.ents)) if (k === 'n:' + b || base(state.names[k] ?? '') === b) n += c;
    return n;
  };
  let place: string | null = [...datelines].sort((p, q) => q[1] - p[1] || mentions(q[0]) - mentions(p[0]))[0]?.[0] ?? null;
  if (!place) place = leadPlace(arts, state.names);
  if (!place) {
    const top = Object.entries(state.profile.places).sort((p, q) => q[1] - p[1])[0]?.[0];
    if (top) place = state.names[top] ?? top.replace(/^n:/, '');
  }
  return {
    id: state.id,
    date: eventDate(state),
    dateEnd: null,
    title,
    summary: sum.text,
    articles: [...state.articles],
    entities: eventEntities(state),
    place,
  };
}

/**
 * Linking steps in order: canonical entities first (src/link/entities through a store-backed
 * index), so duplicates, events and storylines see canonical ids.
 */
export const steps: Linker[] = [entityLinker, duplicateLinker, eventLinker];

export function linkArticle(article: Article, store: Store): Article {
  let a = article;
  for (const s of steps) a = s.link(a, store);
  return a;
}

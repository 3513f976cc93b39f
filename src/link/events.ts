/**
 * Online event clustering. Each new article is compared with the events that share its heaviest
 * terms or its entities inside a date window (look-ups through the `ev` postings, a bounded
 * number per key), scored by the fitted model (`score.ts`), and joins the best event when the
 * probability reaches the model's threshold; otherwise it starts a new event. Event ids are
 * stable: an event keeps the id it got from its first article. When an article matches two
 * events very well, the events merge into the older one and the reason is logged (`evlog`).
 */
import { createHash } from 'node:crypto';
import type { Article, Event } from '../model/types.js';
import type { Store } from '../store/store.js';
import { articleFeatures, datedSentences, topEntities, topTerms, type ArticleFeatures } from './features.js';
import { addToProfile, articleNorm, emptyProfile, loadModel, mergeProfiles, pairFeatures, probability, profileDay, type Profile } from './score.js';
import { dayString } from './text.js';
import type { SentenceSpan } from '../annotate/time/index.js';

/** Days either side of the article's event day searched for candidate events. */
export const WINDOW_DAYS = 30;
/**
 * Most days between an article's event day and its event's day (both known): an event is one
 * occasion, so a story that goes on for weeks becomes several events (linked by its storyline)
 * instead of one event that drifts along a chain of daily reports.
 */
export const EVENT_SPAN_DAYS = 14;

/** Can an article dated `day` join an event whose profile says this? (undated: yes) */
export function withinSpan(day: number | null, p: Profile): boolean {
  const main = profileDay(p);
  return day == null || main == null || Math.abs(day - main) <= EVENT_SPAN_DAYS;
}
const KEY_TERMS = 15;
const KEY_ENTS = 10;
const PER_KEY = 30;
const MAX_CANDIDATES = 20;

export interface Idf {
  (t: string): number;
  /** Loads the counts of these terms (one batch) so later calls are map look-ups. */
  prime(terms: string[]): void;
  docs: number;
}

/** idf = ln((N + 1) / (df + 1)) + 1 over the document frequencies the link stage keeps. */
export function storeIdf(store: Store): Idf {
  const docs = Number(store.getMeta('link.docs') ?? '0');
  const cache = new Map<string, number>();
  const f = ((t: string) => {
    let df = cache.get(t);
    if (df === undefined) {
      df = store.linkCounts(['t:' + t]).get('t:' + t) ?? 0;
      cache.set(t, df);
    }
    return Math.log((docs + 1) / (df + 1)) + 1;
  }) as Idf;
  f.prime = (terms) => {
    const need = terms.filter((t) => !cache.has(t));
    const got = store.linkCounts(need.map((t) => 't:' + t));
    for (const t of need) cache.set(t, got.get('t:' + t) ?? 0);
  };
  f.docs = docs;
  return f;
}

export interface EventState {
  id: string;
  profile: Profile;
  /** Member articles, oldest first. */
  articles: string[];
  names: Record<string, string>;
  created: string;
  log: { at: string; kind: 'merge' | 'split'; reason: string }[];
}

export interface Placement {
  event: string;
  probability: number | null;
  features: ArticleFeatures;
  dated: SentenceSpan[];
  merged: string[];
  created: boolean;
}

export function eventIdFor(articleId: string): string {
  return 'ev' + createHash('sha256').update(articleId).digest('hex').slice(0, 12);
}

function resolveAlias(store: Store, id: string): string {
  for (let i = 0; i < 10; i++) {
    const to = store.linkGet('evalias', id);
    if (!to) return id;
    id = to;
  }
  return id;
}

export function getEventState(store: Store, id: string): EventState | null {
  const s = store.linkGet('ev', id);
  return s ? (JSON.parse(s) as EventState) : null;
}

export function keysOf(f: ArticleFeatures, idf: (t: string) => number): string[] {
  return [...topTerms(f.terms, idf, KEY_TERMS).map((t) => 't:' + t), ...topEntities(f.ents, KEY_ENTS).map((k) => 'e:' + k)];
}

/** Candidate events for an article: bounded look-ups of its keys within the date window. */
export function candidateEvents(store: Store, f: ArticleFeatures, idf: (t: string) => number): string[] {
  const keys = keysOf(f, idf);
  const opts = f.day != null ? { fromDay: f.day - WINDOW_DAYS, toDay: f.day + WINDOW_DAYS, limit: PER_KEY } : { limit: PER_KEY };
  const hits = new Map<string, number>();
  for (const p of store.linkLookup('ev', keys, opts)) {
    const w = p.key.startsWith('t:') ? idf(p.key.slice(2)) : 2;
    hits.set(p.ref, (hits.get(p.ref) ?? 0) + w);
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES * 2);
  const out: string[] = [];
  for (const [id] of ranked) {
    const r = resolveAlias(store, id);
    if (!out.includes(r)) out.push(r);
    if (out.length >= MAX_CANDIDATES) break;
  }
  return out;
}

/** Places an article in an event (joining or creating one); writes the event state and postings. */
export function placeArticle(article: Article, store: Store): Placement {
  const model = loadModel();
  const dated = datedSentences(article);
  const f = articleFeatures(article, dated);
  const idf = storeIdf(store);
  idf.prime(Object.keys(f.terms));
  const aNorm = articleNorm(f, idf);

  const cands = candidateEvents(store, f, idf);
  // events of the articles this one copies or shares passages with (duplicates step)
  const dupOf: string[] = JSON.parse(store.linkGet('dupof', article.id) ?? '[]');
  const sharing = new Set<string>();
  for (const [, j] of store.linkGetMany('art', dupOf)) sharing.add(resolveAlias(store, (JSON.parse(j) as { event: string }).event));
  for (const e of sharing) if (!cands.includes(e)) cands.push(e);
  const states = store.linkGetMany('ev', cands);
  const scored: { s: EventState; p: number }[] = [];
  for (const id of cands) {
    const json = states.get(id);
    if (!json) continue;
    const s = JSON.parse(json) as EventState;
    if (!withinSpan(f.day, s.profile) && !sharing.has(s.id)) continue;
    scored.push({ s, p: probability(pairFeatures(f, aNorm, s.profile, idf, sharing.has(s.id)), model) });
  }
  scored.sort((a, b) => b.p - a.p);

  let state: EventState;
  let created = false;
  const merged: string[] = [];
  const now = new Date().toISOString();
  if (scored.length && scored[0].p >= model.threshold) {
    state = scored[0].s;
    // two events this article matches very well: merge the younger into the older
    for (const other of scored.slice(1)) {
      if (scored[0].p < model.mergeThreshold || other.p < model.mergeThreshold) break;
      const before = state.id;
      state = mergeEvents(store, state, other.s, idf, `article ${article.id} matches both (p=${scored[0].p.toFixed(3)}, ${other.p.toFixed(3)})`);
      merged.push(state.id === before ? other.s.id : before);
    }
  } else {
    created = true;
    state = { id: eventIdFor(article.id), profile: emptyProfile(), articles: [], names: {}, created: now, log: [] };
  }
  idf.prime([...Object.keys(state.profile.terms), ...Object.keys(state.profile.lead ?? {})]);
  addToProfile(state.profile, f, idf);
  if (!state.articles.includes(article.id)) state.articles.push(article.id);
  for (const [k, v] of Object.entries(f.names)) if (!state.names[k]) state.names[k] = v;
  store.linkPut('ev', state.id, JSON.stringify(state));
  const day = profileDay(state.profile);
  store.linkPost('ev', keysOf(f, idf), state.id, day);

  // document frequencies after scoring, so an article never counts in its own idf
  store.linkCountAdd(Object.keys(f.terms).map((t) => 't:' + t));
  store.setMeta('link.docs', String(idf.docs + 1));
  return { event: state.id, probability: scored.length ? scored[0].p : null, features: f, dated, merged, created };
}

/** Merges event `b` into `a` (the older one keeps its id); the other id becomes an alias. */
export function mergeEvents(store: Store, a: EventState, b: EventState, idf: Idf, reason: string): EventState {
  const [keep, gone] = a.created <= b.created ? [a, b] : [b, a];
  idf.prime([...Object.keys(keep.profile.terms), ...Object.keys(gone.profile.terms)]);
  keep.profile = mergeProfiles(keep.profile, gone.profile, idf);
  for (const id of gone.articles) if (!keep.articles.includes(id)) keep.articles.push(id);
  for (const [k, v] of Object.entries(gone.names)) if (!keep.names[k]) keep.names[k] = v;
  keep.log.push({ at: new Date().toISOString(), kind: 'merge', reason: `merged ${gone.id}: ${reason}` });
  store.linkPut('ev', keep.id, JSON.stringify(keep));
  store.linkDelete('ev', gone.id);
  store.linkPut('evalias', gone.id, keep.id);
  store.deleteEvent(gone.id);
  for (const id of gone.articles) {
    const rec = store.linkGet('art', id);
    if (rec) store.linkPut('art', id, JSON.stringify({ ...JSON.parse(rec), event: keep.id }));
  }
  return keep;
}

/** The model `Event` of a state (title, summary, place are filled by the caller). */
export function eventDate(state: EventState): string | null {
  const d = profileDay(state.profile);
  return d == null ? null : dayString(d);
}

export function eventEntities(state: EventState, n = 10): string[] {
  return topEntities(state.profile.ents, n);
}

export type { Event };

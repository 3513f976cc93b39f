/**
 * Online event clustering. Each new article is compared with the events that share its heaviest
 * terms or its entities inside a date window, or around a day or month it names (look-ups
 * through the `ev` postings, a bounded number per key), scored by the fitted model (`score.ts`)
 * within the event span limit unless it names the event's day (`refersBack`), and joins the best
 * event when the probability reaches the model's threshold; otherwise it starts a new event.
 * Event ids are stable: an event keeps the id it got from its first article. When an article
 * matches two events very well, the events merge into the older one; after an article joins an
 * event, its next-best candidate events (already scored, at most `MERGE_CHECK`) merge with that
 * event when their members score above the fitted event merge threshold, and an undated event
 * that grew takes back the small undated events it now matches (`reexamineSmall`); when an event
 * grows, its own recent articles are re-checked (`split.ts`) and a half that no longer belongs
 * leaves for a new event. Merges and splits are logged in the events' `log` with the reason.
 */
import { createHash } from 'node:crypto';
import type { Article, Event } from '../model/types.js';
import type { Store } from '../store/store.js';
import { articleFeatures, datedSentences, topEntities, topTerms, type ArticleFeatures } from './features.js';
import { addToProfile, articleNorm, datedShare, emptyProfile, loadModel, mergeProfiles, pairFeatures, probability, profileDay, removeFromProfile, type ClusterModel, type Profile } from './score.js';
import { SPLIT_CAP, eventAffinity, splitCheck } from './split.js';
import { dayString } from './text.js';
import type { SentenceSpan } from '../text/dates.js';

/** Days either side of the article's event day searched for candidate events. */
export const WINDOW_DAYS = 30;
/**
 * Most days an event's whole date span may cover when the model does not fit it
 * (`eventSpanDays`): an event is one occasion, so a story that goes on for weeks becomes several
 * events (linked by its storyline) instead of one event that drifts along a chain of daily reports.
 */
export const EVENT_SPAN_DAYS = 14;

/** The model's event span limit in days (null: none). */
export function spanDaysOf(m: ClusterModel): number | null {
  return m.eventSpanDays === undefined ? EVENT_SPAN_DAYS : m.eventSpanDays;
}

/**
 * Can an article dated `day` join an event whose profile says this? (undated: yes) The event's
 * whole span, with the article, must stay within `span` days (null: any): measured from the main
 * day only, an event could drift along a chain of reports a week apart. A day inside the dates the
 * event already covers stretches nothing, so it may join an event that grew wider than the span
 * (a copy or a merge brought a later day): else that event would take no more reports at all.
 */
export function withinSpan(day: number | null, p: Profile, span: number | null): boolean {
  if (day == null || span == null) return true;
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of Object.keys(p.days)) {
    lo = Math.min(lo, +d);
    hi = Math.max(hi, +d);
  }
  return Math.max(hi, day) - Math.min(lo, day) <= span || (day >= lo && day <= hi);
}

/**
 * Does the article name the event's day (within a day of its main day) or its month
 * (`ArticleFeatures.refDays`)? A report weeks after an occasion that names when it happened
 * (`entered rehab on May 5`, `in May`) follows it up, so it may join the event beyond the span
 * limit. (Recurring reports, a daily price, name the day of a shared cause further down, or a
 * coming day: `referredDays` reads neither; the month of a shared cause can still join two.)
 */
export function refersBack(f: ArticleFeatures, p: Profile): boolean {
  return namedDay(f, p) != null;
}

/** The event's main day when the article names it or its month (`refersBack`), else null. */
function namedDay(f: ArticleFeatures, p: Profile): number | null {
  const main = profileDay(p);
  return main != null && (f.refDays ?? []).some(([from, to]) => main >= from - 1 && main <= to + 1) ? main : null;
}

/**
 * What the event keeps of an article joining it, and how the pair is scored: a follow-up from
 * beyond the span (`refersBack`) counts on the event's day it names, not its own, so the event
 * keeps the occasion's dates and its reports from the days around it can still join, and the
 * date features see the day it follows up instead of a gap of weeks.
 */
export function asMember(f: ArticleFeatures, p: Profile, span: number | null): ArticleFeatures {
  const named = withinSpan(f.day, p, span) ? null : namedDay(f, p);
  return named == null ? f : { ...f, day: named, daySource: 'text' };
}

/** Would two events, merged, still span at most `span` days (null: any)? */
export function spansFit(p: Profile, q: Profile, span: number | null): boolean {
  if (span == null) return true;
  const days = Object.keys(p.days).concat(Object.keys(q.days)).map(Number);
  return !days.length || Math.max(...days) - Math.min(...days) <= span;
}

/**
 * How many of an article's other candidate events (the best-scoring ones, already looked up and
 * scored for the article) are checked for a merge with the event it joined: bounds the cost.
 */
export const MERGE_CHECK = 3;
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
  /** The event split: `articles` left event `from` for the new event `to` (the caller rewrites both rows). */
  split?: { from: string; to: string; articles: string[] };
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

export function keysOf(f: Pick<ArticleFeatures, 'terms' | 'ents'>, idf: (t: string) => number): string[] {
  return [...topTerms(f.terms, idf, KEY_TERMS).map((t) => 't:' + t), ...topEntities(f.ents, KEY_ENTS).map((k) => 'e:' + k)];
}

/** The look-up window around a day (none for an undated one), at most `PER_KEY` postings a key. */
function windowAround(day: number | null): { fromDay?: number; toDay?: number; limit: number } {
  return day != null ? { fromDay: day - WINDOW_DAYS, toDay: day + WINDOW_DAYS, limit: PER_KEY } : { limit: PER_KEY };
}

/** Candidate events for an article: bounded look-ups of its keys within the date window. */
export function candidateEvents(store: Store, f: ArticleFeatures, idf: (t: string) => number): string[] {
  const keys = keysOf(f, idf);
  const opts = windowAround(f.day);
  // events around the days and months the article names outside the window (see `refersBack`)
  const far = (f.refDays ?? []).filter(([from, to]) => f.day == null || from < f.day - WINDOW_DAYS || to > f.day + WINDOW_DAYS);
  const posts = far.flatMap(([from, to]) => store.linkLookup('ev', keys, { fromDay: from - 1, toDay: to + 1, limit: PER_KEY }));
  return rankHits(store, store.linkLookup('ev', keys, opts).concat(posts), idf);
}

/** Events of some postings, most hit first (a term weighs its idf, an entity 2), aliases resolved, at most `MAX_CANDIDATES`. */
function rankHits(store: Store, posts: { key: string; ref: string }[], idf: (t: string) => number): string[] {
  const hits = new Map<string, number>();
  for (const p of posts) {
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
    if (!withinSpan(f.day, s.profile, spanDaysOf(model)) && !sharing.has(s.id) && !refersBack(f, s.profile)) continue;
    // a follow-up from beyond the span is scored on the day it names, as it would count (`asMember`)
    const g = asMember(f, s.profile, spanDaysOf(model));
    scored.push({ s, p: probability(pairFeatures(g, aNorm, s.profile, idf, sharing.has(s.id)), model) });
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
  const member = asMember(f, state.profile, spanDaysOf(model));
  addToProfile(state.profile, member, idf);
  if (!state.articles.includes(article.id)) state.articles.push(article.id);
  for (const [k, v] of Object.entries(f.names)) if (!state.names[k]) state.names[k] = v;
  store.linkPut('af', article.id, JSON.stringify(compactFeatures(member, idf)));
  const split = created ? null : trySplit(store, state, idf, model, article.id);
  if (!created && !split) {
    const others = scored.slice(1).filter((o) => !merged.includes(o.s.id) && o.s.id !== state.id);
    state = tryMergeNeighbours(store, state, others.slice(0, MERGE_CHECK), idf, model, article.id, merged);
    state = reexamineSmall(store, state, idf, model, article.id, merged);
  }
  store.linkPut('ev', state.id, JSON.stringify(state));
  let event = state.id;
  if (split) {
    if (split.articles.includes(article.id)) event = split.to;
  } else store.linkPost('ev', keysOf(f, idf), state.id, profileDay(state.profile));

  // document frequencies after scoring, so an article never counts in its own idf
  store.linkCountAdd(Object.keys(f.terms).map((t) => 't:' + t));
  store.setMeta('link.docs', String(idf.docs + 1));
  return { event, probability: scored.length ? scored[0].p : null, features: f, dated, merged, created, ...(split ? { split } : {}) };
}

/** What is kept of an article for later split checks: its heaviest terms, entities and details. */
export function compactFeatures(f: ArticleFeatures, idf: (t: string) => number): ArticleFeatures {
  const pick = (o: Record<string, number>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));
  return {
    ...f,
    terms: pick(f.terms, topTerms(f.terms, idf, 100)),
    ents: pick(f.ents, topEntities(f.ents, 40)),
    names: {},
    specs: pick(f.specs, topEntities(f.specs, 80)),
  };
}

/**
 * The split check after `state` grew (bounded: its `SPLIT_CAP` most recent articles). When the
 * model says the two halves are different occasions, the leaving half becomes a new event (the
 * bigger half keeps the id), the articles' records and postings follow it, and both
 * events log the reason. `state` is updated in place (the caller writes it).
 */
function trySplit(store: Store, state: EventState, idf: Idf, model: ClusterModel, current: string): { from: string; to: string; articles: string[] } | null {
  if (model.splitThreshold == null) return null;
  const ids = state.articles.slice(-SPLIT_CAP);
  const got = store.linkGetMany('af', ids);
  const have = ids.filter((id) => got.has(id));
  if (have.length < ids.length) return null; // members from before features were kept: leave alone
  const fs = have.map((id) => JSON.parse(got.get(id)!) as ArticleFeatures);
  idf.prime([...new Set(fs.flatMap((f) => Object.keys(f.terms)))]);
  const d = splitCheck(fs, idf, model);
  if (!d) return null;
  const leaving = d.move.map((i) => have[i]);
  // a new id from the event and the leaving half's oldest article (which may have founded the event)
  const to = eventIdFor(`${state.id}/${leaving[0]}`);
  if (store.linkGet('ev', to) || store.linkGet('evalias', to)) return null; // taken: keep the event whole
  const now = new Date().toISOString();
  const reason = `split ${leaving.length} of ${state.articles.length} articles (${leaving.slice(0, 5).join(', ')}${leaving.length > 5 ? ', …' : ''}) into ${to} after ${current}: the halves score ${d.cross.toFixed(3)} against each other, below ${model.splitThreshold}`;
  const moved: EventState = { id: to, profile: emptyProfile(), articles: leaving, names: {}, created: now, log: [{ at: now, kind: 'split', reason }] };
  for (const i of d.move) {
    addToProfile(moved.profile, fs[i], idf);
    removeFromProfile(state.profile, fs[i], idf);
  }
  for (const [k, v] of Object.entries(state.names)) if (d.move.some((i) => fs[i].ents[k])) moved.names[k] = v;
  state.articles = state.articles.filter((id) => !leaving.includes(id));
  state.log.push({ at: now, kind: 'split', reason });
  store.linkPut('ev', to, JSON.stringify(moved));
  const day = profileDay(moved.profile);
  const recs = store.linkGetMany('art', leaving);
  for (const i of d.move) {
    const id = have[i];
    store.linkPost('ev', keysOf(fs[i], idf), to, day);
    const rec = recs.get(id);
    if (rec) store.linkPut('art', id, JSON.stringify({ ...JSON.parse(rec), event: to }));
  }
  // the staying articles' keys point at the event again (the current article's among them)
  const keepDay = profileDay(state.profile);
  for (const i of d.keep) store.linkPost('ev', keysOf(fs[i], idf), state.id, keepDay);
  return { from: state.id, to, articles: leaving };
}

/**
 * The event-to-event check after `state` grew: each of the article's next-best candidate events
 * (`others`, best first) whose members score at least the model's `eventMergeThreshold` against
 * the event's members (`eventAffinity`) merges with it. Returns the surviving event; the ids that
 * went are pushed on `merged`.
 */
function tryMergeNeighbours(store: Store, state: EventState, others: { s: EventState; p: number }[], idf: Idf, model: ClusterModel, current: string, merged: string[]): EventState {
  const thr = model.eventMergeThreshold;
  if (thr == null || !others.length) return state;
  const membersOf = (s: EventState): ArticleFeatures[] | null => {
    const ids = s.articles.slice(-SPLIT_CAP);
    const got = store.linkGetMany('af', ids);
    if (ids.some((id) => !got.has(id))) return null; // members from before features were kept
    return ids.map((id) => JSON.parse(got.get(id)!) as ArticleFeatures);
  };
  let mine = membersOf(state);
  if (!mine) return state;
  for (const o of others) {
    if (!spansFit(state.profile, o.s.profile, spanDaysOf(model))) continue;
    const theirs = membersOf(o.s);
    if (!theirs) continue;
    idf.prime([...new Set([...mine, ...theirs].flatMap((f) => Object.keys(f.terms)))]);
    const a = eventAffinity(mine, theirs, idf, model);
    if (a < thr) continue;
    const before = state.id;
    state = mergeEvents(store, state, o.s, idf, `after ${current} joined, the events' members score ${a.toFixed(3)} against each other (article p=${o.p.toFixed(3)}), at least ${thr}`);
    merged.push(state.id === before ? o.s.id : before);
    mine = mine.concat(theirs).slice(-SPLIT_CAP);
  }
  return state;
}

/** Most small events a grown event re-examines (`reexamineSmall`): those its keys hit hardest. */
export const REEXAMINE = 5;
/** Events of at most this many articles are re-examined. */
export const SMALL_EVENT = 3;
/** Largest share of dated members an event may have and still re-examine (`reexamineSmall`). */
export const UNDATED_SHARE = 0.2;

/**
 * The re-examination after `state` grew, for undated reports: an undated article is weighed on
 * its text alone, and when it arrived while its occasion's event was one or two reports small
 * it may have scored below the join threshold and started an event of its own (so the arrival
 * order decided). The grown event, when (almost) all its members are undated too, looks up the
 * events its own heaviest terms and entities hit (the postings an article's look-up uses); each
 * undated one of at most `SMALL_EVENT` articles among the `REEXAMINE` hit hardest whose members
 * score at least the join threshold on average against the grown event merges into it, the
 * reason logged. Dated reports are left alone: one was weighed with its date, which the event's
 * growth does not change, and on the check streams a second look at dated groups took in
 * recurring reports of other days (a price series), or undated reports into a dated event the
 * sibling occasion of the same kind. Returns the surviving event; the ids that went are pushed
 * on `merged`.
 */
function reexamineSmall(store: Store, state: EventState, idf: Idf, model: ClusterModel, current: string, merged: string[]): EventState {
  if (datedShare(state.profile) > UNDATED_SHARE) return state;
  const ids = eventCandidates(store, state.profile, idf).filter((c) => c !== state.id);
  const small = [...store.linkGetMany('ev', ids).values()].map((j) => JSON.parse(j) as EventState).filter((o) => o.articles.length <= SMALL_EVENT);
  for (const o of small.slice(0, REEXAMINE)) {
    const got = store.linkGetMany('af', o.articles);
    if (got.size < o.articles.length) continue; // members from before features were kept
    const fs = o.articles.map((a) => JSON.parse(got.get(a)!) as ArticleFeatures);
    if (fs.some((f) => f.day != null)) continue;
    idf.prime([...new Set(fs.flatMap((f) => Object.keys(f.terms)))]);
    const p = fs.reduce((sum, f) => sum + probability(pairFeatures(f, articleNorm(f, idf), state.profile, idf), model), 0) / fs.length;
    if (p < model.threshold) continue;
    const before = state.id;
    state = mergeEvents(store, state, o, idf, `after ${current} joined, the grown event takes back small event ${o.id}: its ${o.articles.length} undated article(s) score ${p.toFixed(3)} against it, at least ${model.threshold}`);
    merged.push(state.id === before ? o.id : before);
  }
  return state;
}

/** Candidate events of an event: its heaviest terms and entities looked up in the window around its day (as `candidateEvents`). */
function eventCandidates(store: Store, p: Profile, idf: Idf): string[] {
  return rankHits(store, store.linkLookup('ev', keysOf(p, idf), windowAround(profileDay(p))), idf);
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

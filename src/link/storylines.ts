/**
 * Storylines: events linked by shared participants and topic over time. An event without a
 * storyline looks up other events through its top entities and terms (`sl` postings, no date
 * window: storylines span months and years), compares profiles, and joins the best match's
 * storyline (or starts one with that event) when the similarity reaches `STORY_THRESHOLD`.
 * An event belongs to at most one storyline.
 */
import { createHash } from 'node:crypto';
import type { Event, Storyline } from '../model/types.js';
import type { Store } from '../store/store.js';
import { topEntities, topTerms } from './features.js';
import { mergeProfiles, type Profile } from './score.js';
import { buildTimeline, type ArticleFacts } from './timeline.js';
import type { EventState } from './events.js';

export const STORY_THRESHOLD = 0.3;
const PER_KEY = 20;
const MAX_TIMELINE_ARTICLES = 300;
const MAX_REBUILD_EVENTS = 40;

export interface StoryState {
  id: string;
  events: string[];
  profile: Profile;
  names: Record<string, string>;
  created: string;
}

function cosMaps(a: Record<string, number>, b: Record<string, number>, wa: (k: string) => number): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of Object.entries(a)) {
    const x = v * wa(k);
    na += x * x;
    const w = b[k];
    if (w) dot += x * w * wa(k);
  }
  for (const [k, v] of Object.entries(b)) {
    const y = v * wa(k);
    nb += y * y;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Topic and participant similarity of two profiles, in [0, 1]. */
export function profileSimilarity(p: Profile, q: Profile, idf: (t: string) => number): number {
  const terms = cosMaps(p.terms, q.terms, idf);
  const hasEnts = Object.keys(p.ents).length > 0 && Object.keys(q.ents).length > 0;
  if (!hasEnts) return terms;
  const ents = cosMaps(p.ents, q.ents, () => 1);
  return 0.5 * terms + 0.5 * ents;
}

function storyKeys(p: Profile, idf: (t: string) => number): string[] {
  return [...topEntities(p.ents, 8).map((k) => 'e:' + k), ...topTerms(p.terms, idf, 8).map((t) => 't:' + t)];
}

export function storyIdFor(eventId: string): string {
  return 'sl' + createHash('sha256').update(eventId).digest('hex').slice(0, 12);
}

export function storyTitle(s: StoryState): string {
  const names = topEntities(s.profile.ents, 3).map((k) => s.names[k] ?? k.replace(/^n:/, ''));
  return names.length ? names.join(' – ') : topTerms(s.profile.terms, () => 1, 3).join(' ');
}

/**
 * Puts the event in a storyline if it has none yet and one fits; returns the storyline id (or
 * null). `ev` is the event's current state.
 */
export function linkStoryline(store: Store, ev: EventState, idf: ((t: string) => number) & { prime(t: string[]): void }): string | null {
  const current = store.linkGet('evsl', ev.id);
  const keys = storyKeys(ev.profile, idf);
  store.linkPost('sl', keys, ev.id, null);
  if (current) return current;

  const hits = new Map<string, number>();
  for (const p of store.linkLookup('sl', keys, { limit: PER_KEY })) {
    if (p.ref === ev.id) continue;
    hits.set(p.ref, (hits.get(p.ref) ?? 0) + 1);
  }
  const cands = [...hits].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([id]) => id);
  const states = store.linkGetMany('ev', cands);
  let best: { s: EventState; sim: number } | null = null;
  idf.prime(Object.keys(ev.profile.terms));
  for (const [, json] of states) {
    const s = JSON.parse(json) as EventState;
    const sim = profileSimilarity(ev.profile, s.profile, idf);
    if (sim >= STORY_THRESHOLD && (!best || sim > best.sim)) best = { s, sim };
  }
  if (!best) return null;
  const slId = store.linkGet('evsl', best.s.id);
  let story: StoryState;
  if (slId && store.linkGet('sl', slId)) {
    story = JSON.parse(store.linkGet('sl', slId)!) as StoryState;
  } else {
    story = { id: storyIdFor(best.s.id), events: [best.s.id], profile: best.s.profile, names: { ...best.s.names }, created: new Date().toISOString() };
    store.linkPut('evsl', best.s.id, story.id);
  }
  story.events.push(ev.id);
  story.profile = mergeProfiles(story.profile, ev.profile, idf);
  for (const [k, v] of Object.entries(ev.names)) if (!story.names[k]) story.names[k] = v;
  store.linkPut('evsl', ev.id, story.id);
  store.linkPut('sl', story.id, JSON.stringify(story));
  return story.id;
}

/** Rebuilds and stores the model `Storyline` (title, events by date, timeline). */
export function writeStoryline(store: Store, storyId: string): Storyline | null {
  const json = store.linkGet('sl', storyId);
  if (!json) return null;
  const s = JSON.parse(json) as StoryState;
  const events: Event[] = [];
  // rebuild from the most recent events only, so the cost stays bounded as a storyline grows;
  // older entries are carried over from the stored timeline
  const recent = s.events.slice(-MAX_REBUILD_EVENTS);
  for (const id of recent) {
    const e = store.getEvent(id);
    if (e) events.push(e);
  }
  events.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const ids: string[] = [];
  for (const e of events) for (const a of e.articles) ids.push(a);
  const facts = new Map<string, ArticleFacts>();
  for (const [id, f] of store.linkGetMany('facts', ids.slice(-MAX_TIMELINE_ARTICLES))) facts.set(id, JSON.parse(f) as ArticleFacts);
  let timeline = buildTimeline(events, facts);
  let eventIds = events.map((e) => e.id);
  if (recent.length < s.events.length) {
    const old = store.getStoryline(s.id);
    if (old) {
      const rebuilt = new Set(eventIds);
      const keys = new Set(timeline.map((t) => (t.event ? 'e:' + t.event : `d:${t.date}/${t.dateEnd ?? ''}`)));
      const kept = old.timeline.filter((t) => (t.event ? !rebuilt.has(t.event) : !keys.has(`d:${t.date}/${t.dateEnd ?? ''}`)));
      timeline = [...kept, ...timeline].sort((a, b) => a.date.localeCompare(b.date) || (a.dateEnd ?? '').localeCompare(b.dateEnd ?? ''));
      eventIds = [...old.events.filter((id) => !rebuilt.has(id)), ...eventIds];
    }
  }
  const out: Storyline = { id: s.id, title: storyTitle(s), events: eventIds, timeline };
  store.putStoryline(out);
  return out;
}

/** Adds an article's profile contribution to its event's storyline (when it has one). */
export function touchStoryline(store: Store, eventId: string, add: (p: Profile) => Profile): string | null {
  const slId = store.linkGet('evsl', eventId);
  if (!slId) return null;
  const json = store.linkGet('sl', slId);
  if (!json) return null;
  const s = JSON.parse(json) as StoryState;
  s.profile = add(s.profile);
  store.linkPut('sl', s.id, JSON.stringify(s));
  return s.id;
}

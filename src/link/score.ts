/**
 * Article-to-event scoring: a logistic model over a few similarity features (or boosted trees
 * over the same features, `fit:cluster -- --learner boost`, an option measured and not shipped).
 * The weights are fitted on data by `scripts/fit-cluster.ts` and saved in `models/cluster.json`.
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleFeatures } from './features.js';
import { cosine } from './text.js';
import { boostedProbability, type Boosted } from './boost.js';

/** What an event (or a storyline) keeps of its articles to be compared with a new one. */
export interface Profile {
  n: number;
  /** Sum over articles of term weights (top terms only). */
  terms: Record<string, number>;
  /** Norm of the idf-weighted mean term vector, as of the last update. */
  norm: number;
  ents: Record<string, number>;
  /** Day number -> votes (2 for a day stated in the text, 1 for a publication day). */
  days: Record<string, number>;
  places: Record<string, number>;
  /** Sum of title+lead term weights, and the norm of their idf-weighted mean. */
  lead: Record<string, number>;
  leadNorm: number;
  /** Year -> articles mentioning it. */
  years: Record<string, number>;
  persons: Record<string, number>;
  /** Occasion-specific tokens (numbers, capitalized words) -> articles mentioning them. */
  specs?: Record<string, number>;
  /** An article's latest stated year -> articles (see `ArticleFeatures.lastYear`). */
  lastYears?: Record<string, number>;
  /** The members' opening actors and figures (`ArticleFeatures.leadActors`, `leadNums`) -> articles. */
  leadActors?: Record<string, number>;
  leadNums?: Record<string, number>;
  /** Members with a day (`ArticleFeatures.day`); missing in profiles from before it was kept. */
  dated?: number;
}

export const FEATURES = [
  'cosTerms',
  'cosEnts',
  'entShare',
  'dateKnown',
  'dateClose',
  'dateFar',
  'placeMatch',
  'placeMismatch',
  'noEntities',
  'cosLead',
  'yearMatch',
  'yearConflict',
  'personMatch',
  'personConflict',
  'sharesText',
  'specMatch',
  'numMatch',
  'numConflict',
  'sigCover',
  'aSigShare',
  'lastYearShare',
  'lastYearGap',
  'actorMatch',
  'actorConflict',
  'leadNumConflict',
  'dateMissing',
] as const;

export interface ClusterModel {
  version: number;
  features: string[];
  weights: number[];
  bias: number;
  /** Boosted trees over the same features: when present they score, and `weights`/`bias` are unused. */
  boost?: Boosted;
  /** Join the best event when its probability reaches this; else start a new event. */
  threshold: number;
  /** Merge two events when a new article matches both at least this well. */
  mergeThreshold: number;
  /**
   * After an article joins an event, merge the event with one of the article's other candidate
   * events when their members score at least this against each other (`eventAffinity` in
   * split.ts; none: never). Fitted on the training topics like the split threshold.
   */
  eventMergeThreshold?: number;
  /** Split an event when its two halves (2-means) score below this against each other (none: never). */
  splitThreshold?: number;
  /**
   * Most days an event's whole date span may cover (`withinSpan` in events.ts); null: no limit;
   * missing: the hand-set default `EVENT_SPAN_DAYS`. Fitted on the training topics from a grid.
   */
  eventSpanDays?: number | null;
  trainedOn?: string;
  note?: string;
}

/** Used only when models/cluster.json is missing (e.g. before `npm run fit:cluster`). */
const FALLBACK: ClusterModel = {
  version: 0,
  features: [...FEATURES],
  weights: [9, 3, 1, 0, 1.5, -3, 0.5, -0.5, 0, 2, 0.5, -1, 1, -1, 3, 1, 1, -1, 1, 1, 0.5, -1, 1, -1, -1, -1],
  bias: -3.5,
  threshold: 0.5,
  mergeThreshold: 0.97,
  note: 'hand-set fallback; run npm run fit:cluster',
};

export const MODEL_PATH = fileURLToPath(new URL('../../models/cluster.json', import.meta.url));
let cached: ClusterModel | null = null;

export function loadModel(path = MODEL_PATH): ClusterModel {
  if (cached && path === MODEL_PATH) return cached;
  const m = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ClusterModel) : FALLBACK;
  if (m.features.join() !== FEATURES.join()) throw new Error(`${path}: features ${m.features} do not match this program (${FEATURES})`);
  if (path === MODEL_PATH) cached = m;
  return m;
}

export function setModel(m: ClusterModel | null): void {
  cached = m;
}

export function vectorNorm(terms: Record<string, number>, n: number, idf: (t: string) => number): number {
  let s = 0;
  for (const [t, w] of Object.entries(terms)) {
    const v = (w / n) * idf(t);
    s += v * v;
  }
  return Math.sqrt(s);
}

function entVec(ents: Record<string, number>, n = 1): Map<string, number> {
  const m = new Map<string, number>();
  for (const [k, c] of Object.entries(ents)) m.set(k, Math.log(1 + c / n));
  return m;
}


export function closestDay(days: Record<string, number>, day: number): number | null {
  let best: number | null = null;
  for (const d of Object.keys(days)) {
    const dist = Math.abs(+d - day);
    if (best == null || dist < best) best = dist;
  }
  return best;
}

/**
 * The feature vector of an article against an event profile (order of `FEATURES`). `sharesText`:
 * the article copies or shares passages with one of the event's articles (duplicates step).
 */
export function pairFeatures(a: ArticleFeatures, aNorm: number, p: Profile, idf: (t: string) => number, sharesText = false): number[] {
  let dot = 0;
  for (const [t, w] of Object.entries(a.terms)) {
    const c = p.terms[t];
    if (c) {
      const i = idf(t);
      dot += w * i * (c / p.n) * i;
    }
  }
  const cosTerms = aNorm && p.norm ? dot / (aNorm * p.norm) : 0;
  const aEnts = Object.keys(a.ents);
  const cosEnts = cosine(entVec(a.ents), entVec(p.ents, p.n));
  const top = aEnts.sort((x, y) => a.ents[y] - a.ents[x]).slice(0, 5);
  const entShare = top.length ? top.filter((k) => p.ents[k]).length / top.length : 0;
  const main = profileDay(p);
  const dist = a.day != null && main != null ? Math.abs(a.day - main) : null;
  const dateKnown = dist != null ? 1 : 0;
  const dateClose = dist != null ? Math.exp(-dist / 3) : 0;
  const dateFar = dist != null && dist > 30 ? 1 : 0;
  const placeKnown = a.place != null && Object.keys(p.places).length > 0;
  const placeMatch = placeKnown && p.places[a.place!] ? 1 : 0;
  const placeMismatch = placeKnown && !p.places[a.place!] ? 1 : 0;
  const noEntities = aEnts.length === 0 ? 1 : 0;
  let ldot = 0;
  let lnorm = 0;
  for (const [t, w] of Object.entries(a.lead)) {
    const i = idf(t);
    lnorm += w * i * w * i;
    const c = p.lead?.[t];
    if (c) ldot += w * i * (c / p.n) * i;
  }
  const cosLead = lnorm && p.leadNorm ? ldot / (Math.sqrt(lnorm) * p.leadNorm) : 0;
  const py = Object.keys(p.years ?? {});
  const yearsKnown = a.years.length > 0 && py.length > 0;
  const yearMatch = yearsKnown && a.years.some((y) => p.years[y]) ? 1 : 0;
  const yearConflict = yearsKnown && !yearMatch ? 1 : 0;
  const ap = Object.entries(a.persons).sort((x, y) => y[1] - x[1]);
  const pp = Object.entries(p.persons ?? {}).sort((x, y) => y[1] - x[1]);
  const top3 = ap.slice(0, 3);
  const personMatch = top3.length && pp.length ? top3.filter(([k]) => p.persons[k]).length / top3.length : 0;
  const personConflict = ap.length && pp.length && !p.persons[ap[0][0]] && !a.persons[pp[0][0]] ? 1 : 0;
  const [specMatch, numMatch, numConflict] = specFeatures(a, p, idf);
  const [sigCover, aSigShare] = signatureFeatures(a, p, idf);
  const [lastYearShare, lastYearGap] = lastYearFeatures(a, p);
  const [actorMatch, actorConflict, leadNumConflict] = openingFeatures(a, p);
  return [cosTerms, cosEnts, entShare, dateKnown, dateClose, dateFar, placeMatch, placeMismatch, noEntities, cosLead, yearMatch, yearConflict, personMatch, personConflict, sharesText ? 1 : 0, specMatch, numMatch, numConflict, sigCover, aSigShare, lastYearShare, lastYearGap, actorMatch, actorConflict, leadNumConflict, dateMissing(a, p)];
}

/**
 * What the openings say: a report names who it is about and its figures in its first sentences,
 * so two occasions of one kind (another club's match, another quake) differ there even when the
 * rest of their wording is alike. `actorMatch`: the share of the article's opening actors the
 * event's articles name anywhere. `actorConflict`: both sides open on actors and neither names
 * any of the other's. `leadNumConflict`: both open with figures and none is shared. 0 when a side
 * has none.
 */
export function openingFeatures(a: ArticleFeatures, p: Profile): [number, number, number] {
  const aActors = a.leadActors ?? [];
  const pActors = Object.keys(p.leadActors ?? {});
  const named = (k: string) => (p.ents[k] ?? 0) > 0 || (p.persons?.[k] ?? 0) > 0 || (p.leadActors?.[k] ?? 0) > 0;
  const actorMatch = aActors.length && pActors.length ? aActors.filter(named).length / aActors.length : 0;
  const actorConflict = aActors.length && pActors.length && !aActors.some(named) && !pActors.some((k) => a.ents[k] || a.persons[k]) ? 1 : 0;
  const aNums = a.leadNums ?? [];
  const pNums = p.leadNums ?? {};
  const leadNumConflict = aNums.length && Object.keys(pNums).length && !aNums.some((n) => pNums[n]) ? 1 : 0;
  return [actorMatch, actorConflict, leadNumConflict];
}

/** idf of a specific token: a word's term idf; numbers count as fairly rare. */
const NUM_IDF = 4;
const specIdf = (k: string, idf: (t: string) => number) => (k.startsWith('#:') ? NUM_IDF : idf(k.slice(2)));

/**
 * Occasion details: `specMatch`, the idf-weighted share of the article's specific tokens
 * (numbers, capitalized words) that the event's articles also mention; `numMatch`, the share of
 * its numbers the event mentions; `numConflict`, both state numbers and none is shared.
 */
export function specFeatures(a: ArticleFeatures, p: Profile, idf: (t: string) => number): [number, number, number] {
  const ps = p.specs ?? {};
  let tot = 0;
  let hit = 0;
  let nums = 0;
  let numHit = 0;
  for (const k of Object.keys(a.specs ?? {})) {
    const w = specIdf(k, idf);
    tot += w;
    const inP = (ps[k] ?? 0) > 0;
    if (inP) hit += w;
    if (k.startsWith('#:')) {
      nums++;
      if (inP) numHit++;
    }
  }
  const pNums = Object.keys(ps).some((k) => k.startsWith('#:'));
  const specMatch = tot ? hit / tot : 0;
  const numMatch = nums && pNums ? numHit / nums : 0;
  const numConflict = nums && pNums && !numHit ? 1 : 0;
  return [specMatch, numMatch, numConflict];
}

/** Details most of an event's articles name (the occasion's signature: its people, places, figures). */
const SIG_SHARE = 0.5;
const SIG_TOP = 4;

/**
 * The two sides of an occasion's signature. `sigCover`: the idf-weighted share of the event's
 * signature (specific tokens at least half its articles mention) that the article mentions too.
 * `aSigShare`: for the article's own most repeated specific tokens, the mean share of the
 * event's articles that mention them. Same kind of event on another occasion shares the generic
 * words but not these (another host, another victim, another year's figures). 0 when a side
 * names no specific token.
 */
export function signatureFeatures(a: ArticleFeatures, p: Profile, idf: (t: string) => number): [number, number] {
  const ps = p.specs ?? {};
  const as = a.specs ?? {};
  let tot = 0;
  let hit = 0;
  for (const [k, c] of Object.entries(ps)) {
    if (c / p.n < SIG_SHARE) continue;
    const w = specIdf(k, idf);
    tot += w;
    if (as[k]) hit += w;
  }
  const sigCover = tot ? hit / tot : 0;
  const own = Object.entries(as)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, SIG_TOP);
  const aSigShare = own.length && p.n ? own.reduce((s, [k]) => s + Math.min(1, (ps[k] ?? 0) / p.n), 0) / own.length : 0;
  return [sigCover, aSigShare];
}

/**
 * `lastYearShare`: the share of the event's dated articles whose latest stated year is the
 * article's; `lastYearGap`: 1 when the event's usual latest year is two or more years away from
 * the article's (another occasion of the same kind). Both 0 when either side states no year.
 */
export function lastYearFeatures(a: ArticleFeatures, p: Profile): [number, number] {
  const ly = p.lastYears ?? {};
  const tot = Object.values(ly).reduce((s, c) => s + c, 0);
  if (a.lastYear == null || !tot) return [0, 0];
  const mode = +Object.entries(ly).sort((x, y) => y[1] - x[1] || +y[0] - +x[0])[0][0];
  return [(ly[a.lastYear] ?? 0) / tot, Math.abs(mode - a.lastYear) >= 2 ? 1 : 0];
}

export function probability(x: number[], m: ClusterModel): number {
  if (m.boost) return boostedProbability(m.boost, x);
  let z = m.bias;
  for (let i = 0; i < x.length; i++) z += x[i] * m.weights[i];
  return 1 / (1 + Math.exp(-z));
}

export function emptyProfile(): Profile {
  return { n: 0, terms: {}, norm: 0, ents: {}, days: {}, places: {}, lead: {}, leadNorm: 0, years: {}, persons: {} };
}

export const PROFILE_TERMS = 300;

/** Adds an article to a profile (in place), keeping the heaviest terms, and refreshes the norm. */
export function addToProfile(p: Profile, a: ArticleFeatures, idf: (t: string) => number): Profile {
  const dated = datedCount(p) + (a.day != null ? 1 : 0);
  p.n += 1;
  for (const [t, w] of Object.entries(a.terms)) p.terms[t] = (p.terms[t] ?? 0) + w;
  const entries = Object.entries(p.terms);
  if (entries.length > PROFILE_TERMS) {
    entries.sort((x, y) => y[1] * idf(y[0]) - x[1] * idf(x[0]));
    p.terms = Object.fromEntries(entries.slice(0, PROFILE_TERMS));
  }
  for (const [k, c] of Object.entries(a.ents)) p.ents[k] = (p.ents[k] ?? 0) + c;
  const ents = Object.entries(p.ents);
  if (ents.length > 60) p.ents = Object.fromEntries(ents.sort((x, y) => y[1] - x[1]).slice(0, 60));
  if (a.day != null) p.days[a.day] = (p.days[a.day] ?? 0) + (a.daySource === 'text' ? 2 : 1);
  p.dated = dated;
  if (a.place) p.places[a.place] = (p.places[a.place] ?? 0) + 1;
  p.lead ??= {};
  p.years ??= {};
  for (const [t, w] of Object.entries(a.lead)) p.lead[t] = (p.lead[t] ?? 0) + w;
  const lead = Object.entries(p.lead);
  if (lead.length > 100) p.lead = Object.fromEntries(lead.sort((x, y) => y[1] * idf(y[0]) - x[1] * idf(x[0])).slice(0, 100));
  for (const y of a.years) p.years[y] = (p.years[y] ?? 0) + 1;
  p.persons ??= {};
  for (const [k, c] of Object.entries(a.persons)) p.persons[k] = (p.persons[k] ?? 0) + c;
  const persons = Object.entries(p.persons);
  if (persons.length > 40) p.persons = Object.fromEntries(persons.sort((x, y) => y[1] - x[1]).slice(0, 40));
  p.specs ??= {};
  for (const k of Object.keys(a.specs ?? {})) p.specs[k] = (p.specs[k] ?? 0) + 1;
  p.specs = capSpecs(p.specs);
  if (a.lastYear != null) (p.lastYears ??= {})[a.lastYear] = (p.lastYears[a.lastYear] ?? 0) + 1;
  for (const k of a.leadActors ?? []) (p.leadActors ??= {})[k] = (p.leadActors[k] ?? 0) + 1;
  for (const k of a.leadNums ?? []) (p.leadNums ??= {})[k] = (p.leadNums[k] ?? 0) + 1;
  if (p.leadActors) p.leadActors = capSpecs(p.leadActors);
  if (p.leadNums) p.leadNums = capSpecs(p.leadNums);
  p.norm = vectorNorm(p.terms, p.n, idf);
  p.leadNorm = vectorNorm(p.lead, p.n, idf);
  return p;
}

/**
 * Takes an article back out of a profile (in place), e.g. when it leaves in a split. Weights the
 * profile dropped when capping stay dropped; what falls to zero goes.
 */
export function removeFromProfile(p: Profile, a: ArticleFeatures, idf: (t: string) => number): Profile {
  const sub = (o: Record<string, number> | undefined, k: string, v: number) => {
    if (!o || o[k] == null) return;
    o[k] -= v;
    if (o[k] <= 1e-9) delete o[k];
  };
  const dated = Math.max(0, datedCount(p) - (a.day != null ? 1 : 0));
  p.n = Math.max(0, p.n - 1);
  for (const [t, w] of Object.entries(a.terms)) sub(p.terms, t, w);
  for (const [k, c] of Object.entries(a.ents)) sub(p.ents, k, c);
  if (a.day != null) sub(p.days, String(a.day), a.daySource === 'text' ? 2 : 1);
  p.dated = dated;
  if (a.place) sub(p.places, a.place, 1);
  for (const [t, w] of Object.entries(a.lead)) sub(p.lead, t, w);
  for (const y of a.years) sub(p.years, String(y), 1);
  for (const [k, c] of Object.entries(a.persons)) sub(p.persons, k, c);
  for (const k of Object.keys(a.specs ?? {})) sub(p.specs, k, 1);
  if (a.lastYear != null) sub(p.lastYears, String(a.lastYear), 1);
  for (const k of a.leadActors ?? []) sub(p.leadActors, k, 1);
  for (const k of a.leadNums ?? []) sub(p.leadNums, k, 1);
  p.norm = p.n ? vectorNorm(p.terms, p.n, idf) : 0;
  p.leadNorm = p.n ? vectorNorm(p.lead, p.n, idf) : 0;
  return p;
}

export function mergeProfiles(p: Profile, q: Profile, idf: (t: string) => number): Profile {
  const out: Profile = {
    dated: datedCount(p) + datedCount(q),
    n: p.n + q.n, terms: { ...p.terms }, norm: 0, ents: { ...p.ents }, days: { ...p.days }, places: { ...p.places },
    lead: { ...(p.lead ?? {}) }, leadNorm: 0, years: { ...(p.years ?? {}) }, persons: { ...(p.persons ?? {}) },
  };
  out.specs = { ...(p.specs ?? {}) };
  for (const [k, c] of Object.entries(q.specs ?? {})) out.specs[k] = (out.specs[k] ?? 0) + c;
  out.specs = capSpecs(out.specs);
  out.lastYears = { ...(p.lastYears ?? {}) };
  for (const [y, c] of Object.entries(q.lastYears ?? {})) out.lastYears[y] = (out.lastYears[y] ?? 0) + c;
  out.leadActors = { ...(p.leadActors ?? {}) };
  for (const [k, c] of Object.entries(q.leadActors ?? {})) out.leadActors[k] = (out.leadActors[k] ?? 0) + c;
  out.leadNums = { ...(p.leadNums ?? {}) };
  for (const [k, c] of Object.entries(q.leadNums ?? {})) out.leadNums[k] = (out.leadNums[k] ?? 0) + c;
  for (const [k, c] of Object.entries(q.persons ?? {})) out.persons[k] = (out.persons[k] ?? 0) + c;
  for (const [t, w] of Object.entries(q.lead ?? {})) out.lead[t] = (out.lead[t] ?? 0) + w;
  for (const [y, c] of Object.entries(q.years ?? {})) out.years[y] = (out.years[y] ?? 0) + c;
  for (const [t, w] of Object.entries(q.terms)) out.terms[t] = (out.terms[t] ?? 0) + w;
  for (const [k, c] of Object.entries(q.ents)) out.ents[k] = (out.ents[k] ?? 0) + c;
  for (const [k, c] of Object.entries(q.days)) out.days[k] = (out.days[k] ?? 0) + c;
  for (const [k, c] of Object.entries(q.places)) out.places[k] = (out.places[k] ?? 0) + c;
  const entries = Object.entries(out.terms);
  if (entries.length > PROFILE_TERMS) {
    entries.sort((x, y) => y[1] * idf(y[0]) - x[1] * idf(x[0]));
    out.terms = Object.fromEntries(entries.slice(0, PROFILE_TERMS));
  }
  out.norm = vectorNorm(out.terms, out.n, idf);
  out.leadNorm = vectorNorm(out.lead, out.n, idf);
  return out;
}

const MAX_SPECS = 200;
function capSpecs(s: Record<string, number>): Record<string, number> {
  const e = Object.entries(s);
  return e.length > MAX_SPECS ? Object.fromEntries(e.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, MAX_SPECS)) : s;
}

/** Members with a day; a profile from before the count was kept: all of them when it has days. */
function datedCount(p: Profile): number {
  return p.dated ?? (Object.keys(p.days).length ? p.n : 0);
}

/**
 * How far the article and the event differ in having a date at all: for an undated article, the
 * share of the event's members that are dated; for a dated one, the share that are not (0 for an
 * empty event). A missing date is no evidence either way, but a group of dated reports and an
 * undated one (or the reverse) are less often one occasion's coverage.
 */
export function dateMissing(a: ArticleFeatures, p: Profile): number {
  if (!p.n) return 0;
  const share = datedShare(p);
  return a.day == null ? share : 1 - share;
}

/** The share of an event's members that are dated (0 for an empty event). */
export function datedShare(p: Profile): number {
  return p.n ? Math.min(1, datedCount(p) / p.n) : 0;
}

/** The event's day: most votes, the earliest on ties. */
export function profileDay(p: Profile): number | null {
  let best: number | null = null;
  let votes = -1;
  for (const [d, v] of Object.entries(p.days)) {
    if (v > votes || (v === votes && +d < best!)) {
      best = +d;
      votes = v;
    }
  }
  return best;
}

export function articleNorm(a: ArticleFeatures, idf: (t: string) => number): number {
  return vectorNorm(a.terms, 1, idf);
}

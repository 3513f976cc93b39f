/**
 * Event split: an event whose articles no longer belong together is cut in two. The check is
 * bounded (the event's own most recent articles, at most `SPLIT_CAP`): 2-means over the members'
 * occasion details and entities, then the fitted article-to-event model decides whether the two halves
 * are one occasion: the members of each half are scored against the other half's profile, and
 * the event splits when the mean of those probabilities falls below the model's split threshold.
 */
import type { ArticleFeatures } from './features.js';
import { addToProfile, articleNorm, emptyProfile, pairFeatures, probability, type ClusterModel, type Profile } from './score.js';

/** Most members a split check looks at (the most recent ones). */
export const SPLIT_CAP = 40;
/** Smallest event checked, and smallest half that may leave (a lone outlier stays: on ECB+
 * splitting single articles off cost more than it gained). */
export const SPLIT_MIN = 4;
export const SPLIT_MIN_HALF = 2;

type Vec = Map<string, number>;

function unit(v: Vec): Vec {
  let s = 0;
  for (const x of v.values()) s += x * x;
  const n = Math.sqrt(s) || 1;
  for (const [k, x] of v) v.set(k, x / n);
  return v;
}

/**
 * Occasion details (the specific tokens, idf-weighted) and entity vectors, each of unit length,
 * side by side: the generic words two occasions of one kind share would only blur the halves.
 */
function vectorOf(f: ArticleFeatures, idf: (t: string) => number): Vec {
  const t: Vec = new Map();
  for (const [k, c] of Object.entries(f.specs)) t.set(k, Math.log(1 + c) * (k.startsWith('#:') ? 4 : idf(k.slice(2))));
  const e: Vec = new Map();
  for (const [k, c] of Object.entries(f.ents)) e.set('e:' + k, Math.log(1 + c));
  return new Map([...unit(t), ...unit(e)]);
}

const dot = (a: Vec, b: Vec) => {
  let s = 0;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y) s += x * y;
  }
  return s;
};

function centroid(vs: Vec[]): Vec {
  const c: Vec = new Map();
  for (const v of vs) for (const [k, x] of v) c.set(k, (c.get(k) ?? 0) + x / vs.length);
  return c;
}

/**
 * 2-means (cosine) over the members, seeded deterministically by the member farthest from the
 * centroid and the member farthest from that one. Returns each member's side (0 or 1).
 */
export function twoMeans(fs: ArticleFeatures[], idf: (t: string) => number, rounds = 6): number[] {
  const vs = fs.map((f) => vectorOf(f, idf));
  const all = centroid(vs);
  const argmin = (score: (v: Vec) => number) => vs.reduce((bi, v, i) => (score(v) < score(vs[bi]) ? i : bi), 0);
  const s0 = argmin((v) => dot(v, all));
  const s1 = argmin((v) => dot(v, vs[s0]));
  let c = [vs[s0], vs[s1]];
  let side = vs.map((v) => (dot(v, c[1]) > dot(v, c[0]) ? 1 : 0));
  for (let r = 0; r < rounds; r++) {
    const halves = [0, 1].map((h) => vs.filter((_, i) => side[i] === h));
    if (!halves[0].length || !halves[1].length) break;
    c = halves.map(centroid);
    const next = vs.map((v) => (dot(v, c[1]) > dot(v, c[0]) ? 1 : 0));
    if (next.every((x, i) => x === side[i])) break;
    side = next;
  }
  return side;
}

export interface SplitDecision {
  /** Indexes (into the members given) that stay, and those that leave for a new event. */
  keep: number[];
  move: number[];
  /** Mean cross probability of the two halves under the model. */
  cross: number;
}

/** Profile of some members. */
export function profileOf(fs: ArticleFeatures[], idf: (t: string) => number): Profile {
  const p = emptyProfile();
  for (const f of fs) addToProfile(p, f, idf);
  return p;
}

/**
 * Should these members (oldest first) split? The bigger half stays (on a tie, the half holding
 * the oldest member); null when they hold together.
 */
export function splitCheck(fs: ArticleFeatures[], idf: (t: string) => number, model: ClusterModel): SplitDecision | null {
  const thr = model.splitThreshold;
  if (thr == null || fs.length < SPLIT_MIN) return null;
  const side = twoMeans(fs, idf);
  const h = [0, 1].map((s) => side.flatMap((x, i) => (x === s ? [i] : [])));
  if (h[0].length < SPLIT_MIN_HALF || h[1].length < SPLIT_MIN_HALF) return null;
  const stay = h[0].length > h[1].length || (h[0].length === h[1].length && h[0][0] < h[1][0]) ? 0 : 1;
  const keep = h[stay];
  const move = h[1 - stay];
  const cross = crossProbability(fs, keep, move, idf, model);
  return cross < thr ? { keep, move, cross } : null;
}

/**
 * Event-to-event score: the mean probability of each event's members (its most recent
 * `SPLIT_CAP`) against the other's profile, as the split check scores two halves. Two events
 * above the model's `eventMergeThreshold` are one occasion (events.ts merges them).
 */
export function eventAffinity(a: ArticleFeatures[], b: ArticleFeatures[], idf: (t: string) => number, model: ClusterModel): number {
  const fs = [...a.slice(-SPLIT_CAP), ...b.slice(-SPLIT_CAP)];
  const na = Math.min(a.length, SPLIT_CAP);
  return crossProbability(fs, fs.slice(0, na).map((_, i) => i), fs.slice(na).map((_, i) => na + i), idf, model);
}

/** Mean probability of each half's members against the other half's profile. */
export function crossProbability(fs: ArticleFeatures[], a: number[], b: number[], idf: (t: string) => number, model: ClusterModel): number {
  const pa = profileOf(a.map((i) => fs[i]), idf);
  const pb = profileOf(b.map((i) => fs[i]), idf);
  let sb = 0;
  let sa = 0;
  for (const i of b) sb += probability(pairFeatures(fs[i], articleNorm(fs[i], idf), pa, idf), model);
  for (const i of a) sa += probability(pairFeatures(fs[i], articleNorm(fs[i], idf), pb, idf), model);
  return (sa + sb) / (a.length + b.length);
}

/**
 * Gradient-boosted regression trees for a binary label (logistic loss, Newton leaf values, L2 on
 * the leaves), the trainer of `src/link/boost.ts`'s scorer. Features are cut into at most
 * `bins` quantile bins once, so finding a split is a pass over the node's examples per feature
 * (a histogram), not a sort. Deterministic: no sampling, ties go to the lower feature and cut.
 */
import type { Boosted, Tree } from '../../src/link/boost.js';

export interface BoostOptions {
  rounds: number;
  depth: number;
  rate: number;
  /** L2 penalty on a leaf's value. */
  lambda: number;
  /** Fewest examples (by weight) a leaf may hold. */
  minLeaf: number;
  bins: number;
  /** Weight of a positive example (e.g. negatives/positives, as the logistic fit balances classes). */
  positiveWeight: number;
}

export const BOOST_DEFAULTS: BoostOptions = { rounds: 100, depth: 3, rate: 0.1, lambda: 1, minLeaf: 20, bins: 64, positiveWeight: 1 };

/** Cut points per feature: midpoints between neighbouring distinct values, thinned to quantiles. */
function cutPoints(X: number[][], f: number, bins: number): number[] {
  const vals = [...new Set(X.map((x) => x[f]))].sort((a, b) => a - b);
  const mids = vals.slice(1).map((v, i) => (vals[i] + v) / 2);
  if (mids.length <= bins - 1) return mids;
  // thin by the examples' quantiles, so dense regions keep more cuts
  const sorted = X.map((x) => x[f]).sort((a, b) => a - b);
  const cuts = new Set<number>();
  for (let q = 1; q < bins; q++) {
    const v = sorted[Math.floor((q * sorted.length) / bins)];
    const m = mids.find((c) => c > v);
    if (m !== undefined) cuts.add(m);
  }
  return [...cuts].sort((a, b) => a - b);
}

/** Index of the bin `v` falls in: the number of cuts at or below it. */
function binOf(cuts: number[], v: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function trainBoosted(X: number[][], Y: number[], opts: Partial<BoostOptions> = {}): Boosted {
  const o = { ...BOOST_DEFAULTS, ...opts };
  const n = X.length;
  const D = n ? X[0].length : 0;
  const cuts = Array.from({ length: D }, (_, f) => cutPoints(X, f, o.bins));
  const binned = Array.from({ length: D }, (_, f) => Uint8Array.from(X, (x) => binOf(cuts[f], x[f])));
  const w = Y.map((y) => (y ? o.positiveWeight : 1));
  const wsum = w.reduce((s, v) => s + v, 0);
  const pos = Y.reduce((s, y, i) => s + (y ? w[i] : 0), 0);
  const prior = Math.min(Math.max(pos / Math.max(wsum, 1e-9), 1e-6), 1 - 1e-6);
  const base = Math.log(prior / (1 - prior));
  const F = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: Tree[] = [];

  for (let r = 0; r < o.rounds; r++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-F[i]));
      g[i] = w[i] * (p - Y[i]);
      h[i] = w[i] * Math.max(p * (1 - p), 1e-9);
    }
    const t: Tree = { feature: [], threshold: [], left: [], right: [], value: [] };
    const grow = (idx: number[], depth: number): number => {
      const k = t.feature.length;
      t.feature.push(-1);
      t.threshold.push(0);
      t.left.push(-1);
      t.right.push(-1);
      let G = 0;
      let H = 0;
      let W = 0;
      for (const i of idx) {
        G += g[i];
        H += h[i];
        W += w[i];
      }
      // rounded for the model file; `|| 0` so a -0 does not differ from its JSON copy
      t.value.push(Math.round(((-G / (H + o.lambda)) * o.rate) * 1e6) / 1e6 || 0);
      if (depth === 0 || W < 2 * o.minLeaf) return k;
      const parent = (G * G) / (H + o.lambda);
      let best = 1e-9;
      let bf = -1;
      let bb = -1;
      for (let f = 0; f < D; f++) {
        const nb = cuts[f].length + 1;
        if (nb < 2) continue;
        const hg = new Float64Array(nb);
        const hh = new Float64Array(nb);
        const hw = new Float64Array(nb);
        const bins = binned[f];
        for (const i of idx) {
          hg[bins[i]] += g[i];
          hh[bins[i]] += h[i];
          hw[bins[i]] += w[i];
        }
        let gl = 0;
        let hl = 0;
        let wl = 0;
        for (let b = 0; b < nb - 1; b++) {
          gl += hg[b];
          hl += hh[b];
          wl += hw[b];
          if (wl < o.minLeaf || W - wl < o.minLeaf) continue;
          const gain = (gl * gl) / (hl + o.lambda) + ((G - gl) * (G - gl)) / (H - hl + o.lambda) - parent;
          if (gain > best) [best, bf, bb] = [gain, f, b];
        }
      }
      if (bf < 0) return k;
      // bins 0..bb go left: x below the cut that ends bin bb
      t.feature[k] = bf;
      t.threshold[k] = cuts[bf][bb];
      const L = idx.filter((i) => binned[bf][i] <= bb);
      const R = idx.filter((i) => binned[bf][i] > bb);
      t.left[k] = grow(L, depth - 1);
      t.right[k] = grow(R, depth - 1);
      return k;
    };
    grow(Array.from({ length: n }, (_, i) => i), o.depth);
    trees.push(t);
    for (let i = 0; i < n; i++) {
      let k = 0;
      while (t.feature[k] >= 0) k = X[i][t.feature[k]] < t.threshold[k] ? t.left[k] : t.right[k];
      F[i] += t.value[k];
    }
  }
  return { base: Math.round(base * 1e6) / 1e6, trees, note: `${o.rounds} rounds of depth-${o.depth} trees, rate ${o.rate}, L2 ${o.lambda}, leaves of at least ${o.minLeaf} examples, ${o.bins} bins` };
}

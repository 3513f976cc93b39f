/**
 * One-to-one matching of gold items to predictions, shared by the evals (`eval-quotes`,
 * `eval-claims`): every pair the caller accepts is a candidate; candidates are taken best first
 * (by `rank`, then by larger overlap) and a pair is kept when neither side is used yet.
 */
export interface MatchOptions<G, P> {
  /** Is a pair with this overlap a candidate at all? */
  accept: (overlap: number) => boolean;
  /** Higher ranks are taken first, before overlap decides (e.g. speakers that agree). */
  rank?: (g: G, p: P) => number;
}

/** Gold index -> prediction index for the matched pairs. */
export function greedyMatch<G, P>(gold: readonly G[], preds: readonly P[], overlapOf: (g: G, p: P) => number, opts: MatchOptions<G, P>): Map<number, number> {
  const cands: Array<{ g: number; p: number; ov: number; rank: number }> = [];
  gold.forEach((g, gi) =>
    preds.forEach((p, pi) => {
      const ov = overlapOf(g, p);
      if (opts.accept(ov)) cands.push({ g: gi, p: pi, ov, rank: opts.rank ? opts.rank(g, p) : 0 });
    }),
  );
  // Array.prototype.sort is stable: equal candidates keep gold-then-prediction order.
  cands.sort((x, y) => y.rank - x.rank || y.ov - x.ov);
  const gUsed = new Map<number, number>();
  const pUsed = new Set<number>();
  for (const c of cands) {
    if (gUsed.has(c.g) || pUsed.has(c.p)) continue;
    gUsed.set(c.g, c.p);
    pUsed.add(c.p);
  }
  return gUsed;
}

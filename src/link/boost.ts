/**
 * Boosted decision trees over the link features: the scorer `models/cluster.json` may carry
 * instead of logistic weights. The evidence for "same occasion" is not additive: a shared name
 * means much when the dates agree and little when the article states no date; a text match means
 * less when the opening actors conflict. Trees see such interactions; a weighted sum does not.
 * Trained by `scripts/lib/boost-train.ts` (from `npm run fit:cluster`); this file only scores.
 */

/** One regression tree, flat: node k is a leaf when `feature[k]` is -1, else `x[feature[k]] < threshold[k]` goes left. */
export interface Tree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  /** A leaf's contribution to the log-odds (already scaled by the learning rate). */
  value: number[];
}

export interface Boosted {
  /** The log-odds every article–event pair starts from. */
  base: number;
  trees: Tree[];
  /** How it was trained (rounds, depth, rate), for the model file's reader. */
  note?: string;
}

function treeValue(t: Tree, x: number[]): number {
  let k = 0;
  while (t.feature[k] >= 0) k = x[t.feature[k]] < t.threshold[k] ? t.left[k] : t.right[k];
  return t.value[k];
}

/** The ensemble's probability that the article belongs to the event. */
export function boostedProbability(m: Boosted, x: number[]): number {
  let z = m.base;
  for (const t of m.trees) z += treeValue(t, x);
  return 1 / (1 + Math.exp(-z));
}

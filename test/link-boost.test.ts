import { describe, expect, it } from 'vitest';
import { trainBoosted } from '../scripts/lib/boost-train.js';
import { boostedProbability } from '../src/link/boost.js';
import { probability, FEATURES, type ClusterModel } from '../src/link/score.js';

/** A grid of points where the label needs both features at once (no weighted sum separates it). */
function interaction(): { X: number[][]; Y: number[] } {
  const X: number[][] = [];
  const Y: number[] = [];
  for (let a = 0; a < 10; a++)
    for (let b = 0; b < 10; b++)
      for (let r = 0; r < 3; r++) {
        X.push([a / 10, b / 10, r]);
        // same occasion only when the text matches and the dates do too
        Y.push(a >= 5 && b >= 5 ? 1 : 0);
      }
  return { X, Y };
}

describe('boosted trees for the link model', () => {
  it('learn an interaction of two features', () => {
    const { X, Y } = interaction();
    const m = trainBoosted(X, Y, { rounds: 60, minLeaf: 5 });
    expect(boostedProbability(m, [0.9, 0.9, 0])).toBeGreaterThan(0.9);
    expect(boostedProbability(m, [0.9, 0.1, 0])).toBeLessThan(0.1);
    expect(boostedProbability(m, [0.1, 0.9, 0])).toBeLessThan(0.1);
    const wrong = X.filter((x, i) => boostedProbability(m, x) >= 0.5 !== (Y[i] === 1)).length;
    expect(wrong).toBe(0);
  });

  it('are deterministic and serializable', () => {
    const { X, Y } = interaction();
    const a = trainBoosted(X, Y, { rounds: 10 });
    const b = JSON.parse(JSON.stringify(trainBoosted(X, Y, { rounds: 10 })));
    expect(b).toEqual(a);
    expect(boostedProbability(b, [0.7, 0.6, 1])).toBe(boostedProbability(a, [0.7, 0.6, 1]));
  });

  it('weigh positives as asked (the fit balances rare joins against many non-joins)', () => {
    const { X, Y } = interaction();
    const plain = trainBoosted(X, Y, { rounds: 5 });
    const heavy = trainBoosted(X, Y, { rounds: 5, positiveWeight: 4 });
    expect(heavy.base).toBeGreaterThan(plain.base);
  });

  it('score in place of the logistic weights when a model carries them', () => {
    const { X, Y } = interaction();
    const boost = trainBoosted(
      X.map((x) => [...x, ...new Array(FEATURES.length - x.length).fill(0)]),
      Y,
      { rounds: 30, minLeaf: 5 },
    );
    const m: ClusterModel = { version: 1, features: [...FEATURES], weights: FEATURES.map(() => 0), bias: 0, threshold: 0.5, mergeThreshold: 1, boost };
    const x = [0.9, 0.9, ...new Array(FEATURES.length - 2).fill(0)];
    expect(probability(x, m)).toBe(boostedProbability(boost, x));
    expect(probability(x, { ...m, boost: undefined })).toBe(0.5);
  });
});

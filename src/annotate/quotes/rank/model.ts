/**
 * The speaker ranker: a linear score per candidate (the sum of its features' weights), softmax over
 * one quote's candidates, the best one wins. Trained by `scripts/train-speaker.ts` and saved as
 * `models/speaker-rank.json` (feature names and weights only).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface SpeakerModel {
  version: 2;
  /** Weights for candidates built without the entity tagger (names from capitalized runs only). */
  weights: Record<string, number>;
  /**
   * Weights for candidates built with the tagger's mentions, trained on those alone: the two kinds
   * of candidates differ enough that one model over both chose worse in cross-validation than each
   * alone.
   */
  entityWeights?: Record<string, number>;
  /**
   * How far another candidate must outscore the rules' own choice to replace it (chosen by
   * cross-validation within the training splits): the rules stay unless the model is sure.
   */
  margin: number;
  note?: string;
}

/** One quote's candidates as feature lists, and which of them are right (training only). */
export interface RankInstance {
  cands: string[][];
  gold: boolean[];
}

const SPEAKER_MODEL_PATH = fileURLToPath(new URL('../../../../models/speaker-rank.json', import.meta.url));
let cached: SpeakerModel | null | undefined;

/** The committed model, or null when there is none (the rules' speakers then stand). */
export function loadSpeakerModel(): SpeakerModel | null {
  if (cached === undefined) cached = existsSync(SPEAKER_MODEL_PATH) ? (JSON.parse(readFileSync(SPEAKER_MODEL_PATH, 'utf8')) as SpeakerModel) : null;
  return cached;
}

/** The model as it scores candidates built with the tagger's mentions. */
export const withMentions = (m: SpeakerModel): SpeakerModel => (m.entityWeights ? { ...m, weights: m.entityWeights } : m);

function score(m: SpeakerModel, feats: readonly string[]): number {
  let s = 0;
  for (const f of feats) s += m.weights[f] ?? 0;
  return s;
}

/** Does the candidate carry the rules' choice? */
const isRuleChoice = (feats: readonly string[]): boolean => feats.includes('rule');

/**
 * The best candidate's index, with its features' weights as reasons (largest first). The rules'
 * candidate stays unless another beats it by the model's margin.
 */
export function best(m: SpeakerModel, cands: ReadonlyArray<readonly string[]>, margin = m.margin): { index: number; why: string[] } {
  let index = 0;
  let top = -Infinity;
  const scores = cands.map((c) => score(m, c));
  scores.forEach((s, i) => {
    if (s > top) {
      top = s;
      index = i;
    }
  });
  const rule = cands.findIndex(isRuleChoice);
  if (rule >= 0 && rule !== index && top - scores[rule] < margin) index = rule;
  const why = cands[index]
    .map((f) => [f, m.weights[f] ?? 0] as const)
    .filter(([, w]) => w !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, 4)
    .map(([f, w]) => `${f} ${w > 0 ? '+' : ''}${w.toFixed(2)}`);
  return { index, why };
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  /** L2 penalty per update. */
  l2?: number;
  /** Features left out (e.g. `rule` to see how far the model gets without the rules' choice). */
  drop?: (feature: string) => boolean;
}

/**
 * Softmax regression over each instance's candidates, by stochastic gradient in a fixed order
 * (deterministic), weights averaged over all updates. Instances with no right candidate are skipped.
 */
export function trainRanker(data: RankInstance[], opts: TrainOptions = {}): SpeakerModel {
  const { epochs = 20, rate = 0.1, l2 = 1e-4, drop } = opts;
  const w = new Map<string, number>();
  const sum = new Map<string, number>();
  let steps = 0;
  const usable = data
    .filter((d) => d.gold.some(Boolean))
    .map((d) => ({ cands: drop ? d.cands.map((c) => c.filter((f) => !drop(f))) : d.cands, gold: d.gold }));
  // A fixed pseudo-random order per epoch, so training is repeatable.
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const order = usable.map((_, i) => i);
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const lr = rate / (1 + ep * 0.2);
    for (const i of order) {
      const { cands, gold } = usable[i];
      const s = cands.map((c) => c.reduce((a, f) => a + (w.get(f) ?? 0), 0));
      const mx = Math.max(...s);
      const e = s.map((x) => Math.exp(x - mx));
      const z = e.reduce((a, b) => a + b, 0);
      const gz = e.reduce((a, x, k) => a + (gold[k] ? x : 0), 0);
      // Gradient of log P(any right candidate): the right ones' share minus each one's probability.
      const grad = new Map<string, number>();
      cands.forEach((c, k) => {
        const g = (gold[k] ? e[k] / gz : 0) - e[k] / z;
        if (g !== 0) for (const f of c) grad.set(f, (grad.get(f) ?? 0) + g);
      });
      for (const [f, g] of grad) {
        const cur = w.get(f) ?? 0;
        w.set(f, cur + lr * (g - l2 * cur));
      }
      steps++;
      for (const [f, v] of w) sum.set(f, (sum.get(f) ?? 0) + v);
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, v] of [...sum].sort((a, b) => a[0].localeCompare(b[0]))) {
    const avg = v / steps;
    if (Math.abs(avg) >= 1e-3) weights[f] = Math.round(avg * 1000) / 1000;
  }
  return { version: 2, weights, margin: 0 };
}

/**
 * Averaged perceptron over BIO tags with greedy left-to-right decoding (tag history as features,
 * BIO constraints enforced while decoding). Training lives here too so that the scripts and the
 * tests share one implementation; run time only uses `TaggerModel`.
 */
import { historyFeatures, sentenceFeatures, shape, type PhraseLexicon } from './features.js';

/** What decoding needs: a tag list and a weight row per feature. */
export interface WeightSource {
  tags: string[];
  row(feature: string): Float32Array | Float64Array | undefined;
  /** Offset of the row inside the array returned by `row` (dense tables share one array). */
  offset(feature: string): number;
}

/** Whether tag `t` may follow `prev` in BIO (I-X only after B-X or I-X). */
export function allowed(prev: string, t: string): boolean {
  if (!t.startsWith('I-')) return true;
  const type = t.slice(2);
  return prev === 'B-' + type || prev === 'I-' + type;
}

/** Greedy decoding of one sentence. */
export function decode(model: WeightSource, words: string[], lexicon: PhraseLexicon, domain?: string): string[] {
  const feats = sentenceFeatures(words, lexicon, domain);
  return decodeFeats(model, words, feats, domain);
}

export function decodeFeats(model: WeightSource, words: string[], feats: string[][], domain?: string): string[] {
  const T = model.tags.length;
  const scores = new Float64Array(T);
  const out: string[] = [];
  let t1 = '<s>';
  let t2 = '<s>';
  for (let i = 0; i < words.length; i++) {
    scores.fill(0);
    const all = feats[i].concat(historyFeatures(t1, t2, words[i].toLowerCase(), shape(words[i]), domain));
    for (const f of all) {
      const r = model.row(f);
      if (!r) continue;
      const o = model.offset(f);
      for (let t = 0; t < T; t++) scores[t] += r[o + t];
    }
    let best = -1;
    let bestScore = -Infinity;
    for (let t = 0; t < T; t++) {
      if (!allowed(t1, model.tags[t])) continue;
      if (scores[t] > bestScore) { bestScore = scores[t]; best = t; }
    }
    const tag = model.tags[best];
    out.push(tag);
    t2 = t1;
    t1 = tag;
  }
  return out;
}

export interface TrainSentence {
  words: string[];
  tags: string[];
  domain?: string;
}

/** Trainable averaged perceptron (dense rows per feature, w - u/c averaging). */
export class PerceptronTrainer implements WeightSource {
  readonly tags: string[];
  private tagIndex: Map<string, number>;
  private ids = new Map<string, number>();
  private w: Float64Array;
  private u: Float64Array;
  private c = 1;
  /** Features allowed to get a row (others are ignored); null: all. */
  private allowedFeatures: Set<string> | null = null;

  constructor(tags: string[]) {
    this.tags = tags;
    this.tagIndex = new Map(tags.map((t, i) => [t, i]));
    this.w = new Float64Array(1 << 16);
    this.u = new Float64Array(1 << 16);
  }

  row(f: string): Float64Array | undefined {
    return this.ids.has(f) ? this.w : undefined;
  }

  offset(f: string): number {
    return (this.ids.get(f) ?? 0) * this.tags.length;
  }

  private id(f: string): number {
    let i = this.ids.get(f);
    if (i === undefined) {
      i = this.ids.size;
      this.ids.set(f, i);
      const need = (i + 1) * this.tags.length;
      if (need > this.w.length) {
        let n = this.w.length;
        while (n < need) n *= 2;
        const w = new Float64Array(n); w.set(this.w); this.w = w;
        const u = new Float64Array(n); u.set(this.u); this.u = u;
      }
    }
    return i;
  }

  /** Only features seen at least `min` times in the training data get weights. */
  prune(sents: TrainSentence[], lexicon: PhraseLexicon, min: number): void {
    const counts = new Map<string, number>();
    for (const s of sents) {
      const feats = sentenceFeatures(s.words, lexicon, s.domain);
      for (let i = 0; i < feats.length; i++) {
        const hist = historyFeatures(i ? s.tags[i - 1] : '<s>', i > 1 ? s.tags[i - 2] : '<s>', s.words[i].toLowerCase(), shape(s.words[i]), s.domain);
        for (const f of feats[i].concat(hist)) counts.set(f, (counts.get(f) ?? 0) + 1);
      }
    }
    this.allowedFeatures = new Set([...counts].filter(([, n]) => n >= min).map(([f]) => f));
  }

  private update(feats: string[], truth: number, guess: number): void {
    const T = this.tags.length;
    for (const f of feats) {
      if (this.allowedFeatures && !this.allowedFeatures.has(f)) continue;
      const o = this.id(f) * T;
      this.w[o + truth] += 1;
      this.u[o + truth] += this.c;
      this.w[o + guess] -= 1;
      this.u[o + guess] -= this.c;
    }
  }

  /** One epoch over `sents` (in the given order). Returns the token accuracy. */
  epoch(sents: TrainSentence[], lexicon: PhraseLexicon, featCache?: Map<TrainSentence, string[][]>): number {
    let correct = 0;
    let total = 0;
    const T = this.tags.length;
    const scores = new Float64Array(T);
    for (const s of sents) {
      let feats = featCache?.get(s);
      if (!feats) {
        feats = sentenceFeatures(s.words, lexicon, s.domain);
        featCache?.set(s, feats);
      }
      let t1 = '<s>';
      let t2 = '<s>';
      for (let i = 0; i < s.words.length; i++) {
        const all = feats[i].concat(historyFeatures(t1, t2, s.words[i].toLowerCase(), shape(s.words[i]), s.domain));
        scores.fill(0);
        for (const f of all) {
          const id = this.ids.get(f);
          if (id === undefined) continue;
          const o = id * T;
          for (let t = 0; t < T; t++) scores[t] += this.w[o + t];
        }
        let best = 0;
        let bestScore = -Infinity;
        for (let t = 0; t < T; t++) {
          if (!allowed(t1, this.tags[t])) continue;
          if (scores[t] > bestScore) { bestScore = scores[t]; best = t; }
        }
        const truth = this.tagIndex.get(s.tags[i]) ?? this.tagIndex.get('O')!;
        if (best !== truth) this.update(all, truth, best);
        else correct++;
        total++;
        this.c++;
        // train on the predicted history, as decoding will see it
        t2 = t1;
        t1 = this.tags[best];
      }
    }
    return correct / Math.max(1, total);
  }

  /** The averaged weights, sparse: feature -> row, dropping rows whose largest |w| is below `minAbs`. */
  averaged(minAbs = 0): Map<string, Float32Array> {
    const T = this.tags.length;
    const out = new Map<string, Float32Array>();
    for (const [f, id] of this.ids) {
      const row = new Float32Array(T);
      let max = 0;
      for (let t = 0; t < T; t++) {
        const v = this.w[id * T + t] - this.u[id * T + t] / this.c;
        row[t] = v;
        if (Math.abs(v) > max) max = Math.abs(v);
      }
      if (max > minAbs) out.set(f, row);
    }
    return out;
  }
}

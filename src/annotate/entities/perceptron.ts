/**
 * Averaged perceptron over BIO tags, with two decoders: greedy left-to-right (tag history as
 * features, second order) and first-order Viterbi for models trained as structured perceptrons
 * (Collins 2002; the header says `decoder: 'viterbi'`). BIO constraints are enforced by both.
 * Training lives here too so that the scripts and the tests share one implementation; run time
 * only uses `TaggerModel`.
 */
import { historyFeatures, historyFeatures1, sentenceFeatures, shape, type PhraseLexicon } from './features.js';

/** What decoding needs: a tag list and a weight row per feature. */
export interface WeightSource {
  tags: string[];
  /** First-order Viterbi decoding over first-order history features (else greedy, second-order history). */
  viterbi?: boolean;
  row(feature: string): Float32Array | Float64Array | undefined;
  /** Offset of the row inside the array returned by `row` (dense tables share one array). */
  offset(feature: string): number;
  /** Optional: the feature names (lets the decoder skip history lookups that cannot hit). */
  featureNames?(): Iterable<string>;
  /** Optional fast path: one lookup giving the row's offset in `weights`, or -1. */
  find?(feature: string): number;
  weights?: Float32Array | Float64Array;
}

/** Whether tag `t` may follow `prev` in BIO (I-X only after B-X or I-X). */
export function allowed(prev: string, t: string): boolean {
  if (!t.startsWith('I-')) return true;
  const type = t.slice(2);
  return prev === 'B-' + type || prev === 'I-' + type;
}

/** Decoding of one sentence: Viterbi for models trained so, else greedy. */
export function decode(model: WeightSource, words: string[], lexicon: PhraseLexicon, domain?: string): string[] {
  const feats = sentenceFeatures(words, lexicon, domain);
  return model.viterbi ? viterbiFeats(model, words, feats, domain) : decodeFeats(model, words, feats, domain);
}

/** Adds the row of `f` (if any) to `out` (length T). */
function addRow(model: WeightSource, f: string, out: Float64Array, T: number, k = 0): void {
  if (model.find && model.weights) {
    const o = model.find(f);
    if (o < 0) return;
    const r = model.weights;
    for (let t = 0; t < T; t++) out[k + t] += r[o + t];
    return;
  }
  const r = model.row(f);
  if (!r) return;
  const o = model.offset(f);
  for (let t = 0; t < T; t++) out[k + t] += r[o + t];
}

interface Transitions {
  ok: Uint8Array;
  trans: Float64Array;
  /** Words / shapes that occur in some `t-1w=` / `t-1sh=` feature (null: unknown, look everything up). */
  histWords: Set<string> | null;
  histShapes: Set<string> | null;
  /** `t-1sh=` weights per shape (P x T), filled on first use. */
  byShape: Map<string, Float64Array>;
}

const transCache = new WeakMap<WeightSource, Map<string, Transitions>>();

/** BIO constraints and the previous-tag-only weights (features `t-1=`), per model and domain. */
function transitions(model: WeightSource, domain?: string): Transitions {
  let byDomain = transCache.get(model);
  if (!byDomain) transCache.set(model, (byDomain = new Map()));
  const key = domain ?? '';
  let r = byDomain.get(key);
  if (r) return r;
  const T = model.tags.length;
  const P = T + 1;
  const prevName = (p: number) => (p === T ? '<s>' : model.tags[p]);
  const ok = new Uint8Array(P * T);
  const trans = new Float64Array(P * T);
  for (let p = 0; p < P; p++) {
    for (let t = 0; t < T; t++) ok[p * T + t] = allowed(prevName(p), model.tags[t]) ? 1 : 0;
    const h = historyFeatures1(prevName(p), '', '', domain);
    for (let j = 0; j < h.length; j += 3) addRow(model, h[j], trans, T, p * T); // `t-1=` (and its domain copy)
  }
  let histWords: Set<string> | null = null;
  let histShapes: Set<string> | null = null;
  if (model.featureNames) {
    histWords = new Set();
    histShapes = new Set();
    for (const f of model.featureNames()) {
      for (const [pre, set] of [['t-1w=', histWords], ['t-1sh=', histShapes]] as const) {
        const k = f.indexOf(pre);
        if (k < 0 || (k > 0 && f[k - 1] !== '|')) continue;
        const rest = f.slice(k + pre.length);
        set.add(rest.slice(rest.indexOf('|') + 1));
      }
    }
  }
  r = { ok, trans, histWords, histShapes, byShape: new Map() };
  byDomain.set(key, r);
  return r;
}

/**
 * One Viterbi column: for each tag at token `i`, the best allowed previous state (`<s>` = `T` at
 * the first token) given the scores so far (`delta`), its history scores (`hist`, row per previous
 * state) and the token's static scores (`stat`). Shared by decoding and by training's decoding.
 */
function viterbiColumn(i: number, T: number, ok: Uint8Array, delta: Float64Array, next: Float64Array, hist: Float64Array, stat: Float64Array, back: Int32Array): void {
  const lo = i === 0 ? T : 0;
  const hi = i === 0 ? T : T - 1;
  for (let t = 0; t < T; t++) {
    let best = -1;
    let bs = -Infinity;
    for (let p = lo; p <= hi; p++) {
      if (!ok[p * T + t]) continue;
      const v = (i === 0 ? 0 : delta[p]) + hist[p * T + t];
      if (v > bs) { bs = v; best = p; }
    }
    next[t] = best < 0 ? -Infinity : bs + stat[t];
    back[i * T + t] = best;
  }
}

/** The best tag sequence, read back from the last column's scores. */
function backtrace(delta: Float64Array, back: Int32Array, n: number, T: number): Int32Array {
  let bt = 0;
  for (let t = 1; t < T; t++) if (delta[t] > delta[bt]) bt = t;
  const out = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = bt;
    bt = back[i * T + bt];
  }
  return out;
}

/**
 * First-order Viterbi over BIO tags: score(i, prev, t) = static features of token i + history
 * features of (prev, token i), BIO constraints as hard limits.
 */
export function viterbiFeats(model: WeightSource, words: string[], feats: string[][], domain?: string): string[] {
  const T = model.tags.length;
  const n = words.length;
  if (!n) return [];
  const tags = model.tags;
  const P = T + 1; // previous-tag states: 0..T-1, T = <s>
  const prevName = (p: number) => (p === T ? '<s>' : tags[p]);
  const { ok, trans, histWords, byShape } = transitions(model, domain);
  const stat = new Float64Array(T);
  const hist = new Float64Array(P * T);
  const first = [T];
  const every = Array.from({ length: T }, (_, k) => k);
  let delta = new Float64Array(T);
  let next = new Float64Array(T);
  const back = new Int32Array(n * T);
  for (let i = 0; i < n; i++) {
    stat.fill(0);
    for (const f of feats[i]) addRow(model, f, stat, T);
    hist.fill(0);
    const lw = words[i].toLowerCase();
    const sh = shape(words[i]);
    const prevs = i === 0 ? first : every;
    // the previous tag alone and with the shape are fixed tables (`trans`, `byShape`); look up only
    // the previous tag with the word, and only for words that have such features
    let shT = byShape.get(sh);
    if (!shT) {
      shT = new Float64Array(P * T);
      for (let p = 0; p < P; p++) {
        const h = historyFeatures1(prevName(p), '', sh, domain);
        for (let j = 2; j < h.length; j += 3) addRow(model, h[j], shT, T, p * T);
      }
      byShape.set(sh, shT);
    }
    const needW = !histWords || histWords.has(lw);
    for (const p of prevs) {
      for (let t = 0; t < T; t++) hist[p * T + t] = trans[p * T + t] + shT[p * T + t];
      if (!needW) continue;
      const h = historyFeatures1(prevName(p), lw, sh, domain);
      for (let j = 1; j < h.length; j += 3) addRow(model, h[j], hist, T, p * T);
    }
    viterbiColumn(i, T, ok, delta, next, hist, stat, back);
    [delta, next] = [next, delta];
  }
  return Array.from(backtrace(delta, back, n, T), (t) => tags[t]);
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
  /** Lexicon for this sentence (jackknifed training-entity lexicons); default: the trainer's. */
  lexicon?: PhraseLexicon;
}

/**
 * The features seen at least `min` times in `sents`, history features taken on the gold tags
 * (first-order for Viterbi models, else second-order): the ones that get a weight row.
 */
export function frequentFeatures(sents: TrainSentence[], lexicon: PhraseLexicon, min: number, firstOrder: boolean): Set<string> {
  const counts = new Map<string, number>();
  for (const s of sents) {
    const feats = sentenceFeatures(s.words, s.lexicon ?? lexicon, s.domain);
    for (let i = 0; i < feats.length; i++) {
      const lw = s.words[i].toLowerCase();
      const sh = shape(s.words[i]);
      const hist = firstOrder
        ? historyFeatures1(i ? s.tags[i - 1] : '<s>', lw, sh, s.domain)
        : historyFeatures(i ? s.tags[i - 1] : '<s>', i > 1 ? s.tags[i - 2] : '<s>', lw, sh, s.domain);
      for (const f of feats[i].concat(hist)) counts.set(f, (counts.get(f) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, n]) => n >= min).map(([f]) => f));
}

/** Trainable averaged perceptron (dense rows per feature, w - u/c averaging). */
export class PerceptronTrainer implements WeightSource {
  readonly tags: string[];
  private tagIndex: Map<string, number>;
  private ids = new Map<string, number>();
  private w: Float64Array;
  private u: Float64Array;
  private c = 1;
  /** Train for first-order Viterbi decoding (set before `prune`). */
  viterbi = false;
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

  /** Only features seen at least `min` times in the training data get weights (rows assigned up front). */
  prune(sents: TrainSentence[], lexicon: PhraseLexicon, min: number): void {
    this.allowedFeatures = frequentFeatures(sents, lexicon, min, this.viterbi);
    for (const f of this.allowedFeatures) this.id(f);
  }

  /** Static feature ids of one sentence (features without a row dropped). */
  private staticIds(s: TrainSentence, lexicon: PhraseLexicon): Int32Array[] {
    return sentenceFeatures(s.words, s.lexicon ?? lexicon, s.domain).map((fs) => {
      const ids: number[] = [];
      for (const f of fs) {
        if (this.allowedFeatures && !this.allowedFeatures.has(f)) continue;
        ids.push(this.id(f));
      }
      return Int32Array.from(ids);
    });
  }

  private histIds(t1: string, lw: string, sh: string, domain?: string): number[] {
    const out: number[] = [];
    for (const f of historyFeatures1(t1, lw, sh, domain)) {
      const id = this.ids.get(f);
      if (id !== undefined) out.push(id);
    }
    return out;
  }

  private bump(ids: ArrayLike<number>, t: number, d: number): void {
    const T = this.tags.length;
    for (let k = 0; k < ids.length; k++) {
      const o = ids[k] * T + t;
      this.w[o] += d;
      this.u[o] += d * this.c;
    }
  }

  /**
   * One epoch of the structured perceptron (Collins 2002) with first-order Viterbi decoding.
   * Returns the token accuracy.
   */
  epochViterbi(sents: TrainSentence[], lexicon: PhraseLexicon, cache: Map<TrainSentence, Int32Array[]>): number {
    const T = this.tags.length;
    const P = T + 1;
    const tags = this.tags;
    const prevName = (p: number) => (p === T ? '<s>' : tags[p]);
    const ok = new Uint8Array(P * T);
    for (let p = 0; p < P; p++) for (let t = 0; t < T; t++) ok[p * T + t] = allowed(prevName(p), tags[t]) ? 1 : 0;
    const O = this.tagIndex.get('O')!;
    let correct = 0;
    let total = 0;
    const stat = new Float64Array(T);
    const hist = new Float64Array(P * T);
    for (const s of sents) {
      let ids = cache.get(s);
      if (!ids) cache.set(s, (ids = this.staticIds(s, lexicon)));
      const n = s.words.length;
      if (!n) continue;
      const lws = s.words.map((w) => w.toLowerCase());
      const shs = s.words.map(shape);
      let delta = new Float64Array(T);
      let next = new Float64Array(T);
      const back = new Int32Array(n * T);
      const histCache: number[][][] = [];
      for (let i = 0; i < n; i++) {
        stat.fill(0);
        const si = ids[i];
        for (let k = 0; k < si.length; k++) {
          const o = si[k] * T;
          for (let t = 0; t < T; t++) stat[t] += this.w[o + t];
        }
        hist.fill(0);
        const hc: number[][] = [];
        const lo = i === 0 ? T : 0;
        const hi = i === 0 ? T : T - 1;
        for (let p = lo; p <= hi; p++) {
          const h = this.histIds(prevName(p), lws[i], shs[i], s.domain);
          hc[p] = h;
          for (const id of h) {
            const o = id * T;
            for (let t = 0; t < T; t++) hist[p * T + t] += this.w[o + t];
          }
        }
        histCache.push(hc);
        viterbiColumn(i, T, ok, delta, next, hist, stat, back);
        [delta, next] = [next, delta];
      }
      const pred = backtrace(delta, back, n, T);
      const gold = Int32Array.from(s.tags, (t) => this.tagIndex.get(t) ?? O);
      for (let i = 0; i < n; i++) {
        const gp = i ? gold[i - 1] : T;
        const pp = i ? pred[i - 1] : T;
        if (gold[i] === pred[i]) correct++;
        total++;
        if (gold[i] === pred[i] && gp === pp) continue;
        if (gold[i] !== pred[i]) {
          this.bump(ids[i], gold[i], 1);
          this.bump(ids[i], pred[i], -1);
        }
        const gh = histCache[i][gp] ?? this.histIds(prevName(gp), lws[i], shs[i], s.domain);
        this.bump(gh, gold[i], 1);
        this.bump(histCache[i][pp], pred[i], -1);
      }
      this.c++;
    }
    return correct / Math.max(1, total);
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
        feats = sentenceFeatures(s.words, s.lexicon ?? lexicon, s.domain);
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

  /** A decodable snapshot of the averaged weights (for held-out scoring during training). */
  averagedSource(): WeightSource {
    const avg = new Float64Array(this.ids.size * this.tags.length);
    for (let k = 0; k < avg.length; k++) avg[k] = this.w[k] - this.u[k] / this.c;
    const ids = this.ids;
    const T = this.tags.length;
    return {
      tags: this.tags,
      viterbi: this.viterbi,
      row: (f) => (ids.has(f) ? avg : undefined),
      offset: (f) => (ids.get(f) ?? 0) * T,
    };
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

/**
 * Linear-chain CRF trainer for the first-order Viterbi tagger: the same static and history
 * features and BIO constraints as the structured perceptron (perceptron.ts), trained on the
 * L2-regularised conditional log-likelihood with L-BFGS (full batch, deterministic, no step size
 * to tune). Its weights are an ordinary `WeightSource`, so the model file and the decoder are the
 * perceptron's and run time does not change.
 *
 * Forward-backward runs over only the features that fire, in probability space with per-column
 * scaling (log space if a column underflows); the gradient of token i is the marginals minus the
 * gold indicator, added to the rows of its static features (per tag) and of its history features
 * (per previous-tag, tag pair).
 *
 * On held-out slices of train (--holdout 5, folds 0 and 1; 2026-11-22) it did not clearly beat the
 * 3-bag averaged perceptron: held-out macro-F1 perceptron vs CRF λ=3, NERGrit 71.10/74.27 vs
 * 72.04/74.35 (+0.5 on average; λ=1: 71.3/73.5, λ=0.3 worse), NERP 69.26/66.04 vs 69.51/65.68 (-0.05;
 * λ=1 on fold 0: 68.64), while training 2-4 times longer. So it is an option (`--learner crf` in
 * scripts/train-ner.ts), not the default.
 */
import { historyFeatures1, sentenceFeatures, shape, type PhraseLexicon } from './features.js';
import { allowed, frequentFeatures, type TrainSentence, type WeightSource } from './perceptron.js';

/** One training sentence as feature ids: static ids per token, history ids per (token, previous state). */
export interface CompiledSentence {
  n: number;
  gold: Int32Array;
  /** statIds[statStart[i] .. statStart[i+1]) fire at token i. */
  statStart: Int32Array;
  statIds: Int32Array;
  /** histIds[histStart[i*P+p] .. histStart[i*P+p+1]) fire at token i after previous state p (T = `<s>`). */
  histStart: Int32Array;
  histIds: Int32Array;
}

/**
 * Gold tags made BIO-consistent (an I-X that continues no X opens it as B-X, as conlleval reads
 * it): the CRF gives a forbidden transition probability 0, so an inconsistent gold sequence would
 * have log-likelihood -Infinity.
 */
export function repairBio(tags: string[]): string[] {
  const out = tags.slice();
  for (let i = 0; i < out.length; i++) {
    if (!allowed(i ? out[i - 1] : '<s>', out[i])) out[i] = 'B-' + out[i].slice(2);
  }
  return out;
}

const logSumExp = (xs: Float64Array, n: number): number => {
  let m = -Infinity;
  for (let k = 0; k < n; k++) if (xs[k] > m) m = xs[k];
  if (m === -Infinity) return m;
  let s = 0;
  for (let k = 0; k < n; k++) s += Math.exp(xs[k] - m);
  return m + Math.log(s);
};

/** Scratch buffers of forward-backward, sized for the longest sentence seen so far. */
export class Scratch {
  /** Log-potentials, their shifted exponentials and the pair marginals, each [(i*P+p)*T+t]. */
  psi = new Float64Array(0);
  m = new Float64Array(0);
  xi = new Float64Array(0);
  alpha = new Float64Array(0);
  beta = new Float64Array(0);
  scale = new Float64Array(0);
  tmp: Float64Array;
  constructor(P: number) {
    this.tmp = new Float64Array(P);
  }
  ensure(n: number, T: number): void {
    const P = T + 1;
    if (this.alpha.length >= n * T) return;
    this.psi = new Float64Array(n * P * T);
    this.m = new Float64Array(n * P * T);
    this.xi = new Float64Array(n * P * T);
    this.alpha = new Float64Array(n * T);
    this.beta = new Float64Array(n * T);
    this.scale = new Float64Array(n);
  }
}

export interface CrfOptions {
  /** Strength λ of the penalty λ/2 · |w|² (the log-likelihood is summed over sentences). */
  l2: number;
  /** L-BFGS iterations at most. */
  iterations: number;
  /** Stop when the objective improved by less than this fraction over the last 5 iterations. */
  tolerance?: number;
  /** L-BFGS memory. */
  memory?: number;
  /** Called after every iteration (held-out scoring, progress). */
  onIteration?: (it: number, objective: number, w: Float64Array) => void;
}

export class CrfTrainer implements WeightSource {
  readonly tags: string[];
  readonly viterbi = true;
  private tagIndex: Map<string, number>;
  private ids = new Map<string, number>();
  w: Float64Array = new Float64Array(0);

  constructor(tags: string[]) {
    this.tags = tags;
    this.tagIndex = new Map(tags.map((t, i) => [t, i]));
  }

  get size(): number {
    return this.ids.size;
  }

  row(f: string): Float64Array | undefined {
    return this.ids.has(f) ? this.w : undefined;
  }

  offset(f: string): number {
    return (this.ids.get(f) ?? 0) * this.tags.length;
  }

  /** Rows for the features seen at least `min` times (history on gold tags), as the perceptron's. */
  prune(sents: TrainSentence[], lexicon: PhraseLexicon, min: number): void {
    for (const f of frequentFeatures(sents, lexicon, min, true)) if (!this.ids.has(f)) this.ids.set(f, this.ids.size);
    this.w = new Float64Array(this.ids.size * this.tags.length);
  }

  /** Feature ids of one sentence (features without a row dropped); gold tags repaired to BIO. */
  compile(s: TrainSentence, lexicon: PhraseLexicon): CompiledSentence {
    const T = this.tags.length;
    const P = T + 1;
    const n = s.words.length;
    const O = this.tagIndex.get('O') ?? 0;
    const gold = Int32Array.from(repairBio(s.tags), (t) => this.tagIndex.get(t) ?? O);
    const feats = sentenceFeatures(s.words, s.lexicon ?? lexicon, s.domain);
    const stat: number[] = [];
    const statStart = new Int32Array(n + 1);
    const hist: number[] = [];
    const histStart = new Int32Array(n * P + 1);
    const prevName = (p: number) => (p === T ? '<s>' : this.tags[p]);
    for (let i = 0; i < n; i++) {
      statStart[i] = stat.length;
      for (const f of feats[i]) {
        const id = this.ids.get(f);
        if (id !== undefined) stat.push(id);
      }
      const lw = s.words[i].toLowerCase();
      const sh = shape(s.words[i]);
      for (let p = 0; p < P; p++) {
        histStart[i * P + p] = hist.length;
        if ((i === 0) !== (p === T)) continue; // `<s>` only before the first token
        for (const f of historyFeatures1(prevName(p), lw, sh, s.domain)) {
          const id = this.ids.get(f);
          if (id !== undefined) hist.push(id);
        }
      }
    }
    statStart[n] = stat.length;
    histStart[n * P] = hist.length;
    return { n, gold, statStart, statIds: Int32Array.from(stat), histStart, histIds: Int32Array.from(hist) };
  }

  /**
   * Negative log-likelihood of `data` under weights `w` plus λ/2 · |w|²; writes its gradient into
   * `grad` (overwritten).
   */
  objective(data: CompiledSentence[], w: Float64Array, grad: Float64Array, l2: number): number {
    const T = this.tags.length;
    const P = T + 1;
    const ok = this.allowedMatrix();
    const sc = new Scratch(P);
    grad.fill(0);
    let nll = 0;
    for (const s of data) {
      if (s.n) nll += this.sentence(s, w, grad, ok, sc);
    }
    let reg = 0;
    for (let k = 0; k < w.length; k++) {
      reg += w[k] * w[k];
      grad[k] += l2 * w[k];
    }
    return nll + (l2 / 2) * reg;
  }

  private okCache: Uint8Array | null = null;

  /** ok[p*T+t]: tag t may follow previous state p (T = `<s>`). */
  private allowedMatrix(): Uint8Array {
    if (this.okCache) return this.okCache;
    const T = this.tags.length;
    const ok = new Uint8Array((T + 1) * T);
    for (let p = 0; p <= T; p++) for (let t = 0; t < T; t++) ok[p * T + t] = allowed(p === T ? '<s>' : this.tags[p], this.tags[t]) ? 1 : 0;
    return (this.okCache = ok);
  }

  /** Log-potentials psi[(i*P+p)*T+t] of one sentence (-Infinity where BIO forbids or p cannot precede i). */
  private potentials(s: CompiledSentence, w: Float64Array, ok: Uint8Array, psi: Float64Array): void {
    const T = this.tags.length;
    const P = T + 1;
    const stat = new Float64Array(T);
    for (let i = 0; i < s.n; i++) {
      stat.fill(0);
      for (let k = s.statStart[i]; k < s.statStart[i + 1]; k++) {
        const o = s.statIds[k] * T;
        for (let t = 0; t < T; t++) stat[t] += w[o + t];
      }
      for (let p = 0; p < P; p++) {
        const base = (i * P + p) * T;
        if ((i === 0) !== (p === T)) {
          for (let t = 0; t < T; t++) psi[base + t] = -Infinity;
          continue;
        }
        for (let t = 0; t < T; t++) psi[base + t] = ok[p * T + t] ? stat[t] : -Infinity;
        for (let k = s.histStart[i * P + p]; k < s.histStart[i * P + p + 1]; k++) {
          const o = s.histIds[k] * T;
          for (let t = 0; t < T; t++) psi[base + t] += w[o + t];
        }
      }
    }
  }

  /** Forward-backward on one sentence: adds its gradient to `grad`, returns its negative log-likelihood. */
  private sentence(s: CompiledSentence, w: Float64Array, grad: Float64Array, ok: Uint8Array, sc: Scratch): number {
    const T = this.tags.length;
    const P = T + 1;
    const n = s.n;
    sc.ensure(n, T);
    const { psi, xi } = sc;
    this.potentials(s, w, ok, psi);
    let logZ = this.marginalsScaled(n, T, sc);
    if (!Number.isFinite(logZ)) logZ = this.marginalsLog(n, T, sc); // a column underflowed: exact but slower
    let goldScore = 0;
    const marg = new Float64Array(T);
    for (let i = 0; i < n; i++) {
      const g = s.gold[i];
      const gp = i ? s.gold[i - 1] : T;
      goldScore += psi[(i * P + gp) * T + g];
      const lo = i === 0 ? T : 0;
      const hi = i === 0 ? T : T - 1;
      // static features: expected minus gold count per tag (the tag marginals sum the pair marginals)
      marg.fill(0);
      for (let p = lo; p <= hi; p++) for (let t = 0; t < T; t++) marg[t] += xi[(i * P + p) * T + t];
      marg[g] -= 1;
      for (let k = s.statStart[i]; k < s.statStart[i + 1]; k++) {
        const o = s.statIds[k] * T;
        for (let t = 0; t < T; t++) grad[o + t] += marg[t];
      }
      // history features: pairwise marginals of (previous state, tag)
      for (let p = lo; p <= hi; p++) {
        const a = s.histStart[i * P + p];
        const b = s.histStart[i * P + p + 1];
        if (a === b) continue;
        const base = (i * P + p) * T;
        for (let t = 0; t < T; t++) marg[t] = xi[base + t];
        if (p === gp) marg[g] -= 1;
        for (let k = a; k < b; k++) {
          const o = s.histIds[k] * T;
          for (let t = 0; t < T; t++) grad[o + t] += marg[t];
        }
      }
    }
    return logZ - goldScore;
  }

  /**
   * Pair marginals P(y[i-1] = p, y[i] = t) into `sc.xi` (p = `<s>` at i = 0) from the
   * log-potentials `sc.psi`; returns log Z. Forward-backward in probability space, each column
   * shifted by its largest potential and normalised (Rabiner's scaling): no exp/log in the inner
   * loops. Returns NaN if a column underflows to 0.
   */
  marginalsScaled(n: number, T: number, sc: Scratch): number {
    const P = T + 1;
    const { psi, m, alpha, beta, scale, xi } = sc;
    let logZ = 0;
    for (let i = 0; i < n; i++) {
      const lo = i === 0 ? T : 0;
      const hi = i === 0 ? T : T - 1;
      let mx = -Infinity;
      for (let k = (i * P + lo) * T; k < (i * P + hi + 1) * T; k++) if (psi[k] > mx) mx = psi[k];
      for (let k = (i * P + lo) * T; k < (i * P + hi + 1) * T; k++) m[k] = psi[k] === -Infinity ? 0 : Math.exp(psi[k] - mx);
      let c = 0;
      for (let t = 0; t < T; t++) {
        let v = 0;
        if (i === 0) v = m[T * T + t];
        else for (let p = 0; p < T; p++) v += alpha[(i - 1) * T + p] * m[(i * P + p) * T + t];
        alpha[i * T + t] = v;
        c += v;
      }
      if (!(c > 0) || !Number.isFinite(c)) return NaN;
      for (let t = 0; t < T; t++) alpha[i * T + t] /= c;
      scale[i] = c;
      logZ += mx + Math.log(c);
    }
    for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = 1;
    for (let i = n - 2; i >= 0; i--) {
      for (let p = 0; p < T; p++) {
        let v = 0;
        const base = ((i + 1) * P + p) * T;
        for (let t = 0; t < T; t++) v += m[base + t] * beta[(i + 1) * T + t];
        beta[i * T + p] = v / scale[i + 1];
      }
    }
    for (let i = 0; i < n; i++) {
      const lo = i === 0 ? T : 0;
      const hi = i === 0 ? T : T - 1;
      for (let p = lo; p <= hi; p++) {
        const prev = i === 0 ? 1 : alpha[(i - 1) * T + p];
        const base = (i * P + p) * T;
        for (let t = 0; t < T; t++) xi[base + t] = (prev * m[base + t] * beta[i * T + t]) / scale[i];
      }
    }
    return logZ;
  }

  /** The same pair marginals and log Z as `marginalsScaled`, in log space throughout. */
  marginalsLog(n: number, T: number, sc: Scratch): number {
    const P = T + 1;
    const { psi, alpha, beta, tmp, xi } = sc;
    for (let t = 0; t < T; t++) alpha[t] = psi[T * T + t];
    for (let i = 1; i < n; i++) {
      for (let t = 0; t < T; t++) {
        for (let p = 0; p < T; p++) tmp[p] = alpha[(i - 1) * T + p] + psi[(i * P + p) * T + t];
        alpha[i * T + t] = logSumExp(tmp, T);
      }
    }
    for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = 0;
    for (let i = n - 2; i >= 0; i--) {
      for (let p = 0; p < T; p++) {
        for (let t = 0; t < T; t++) tmp[t] = psi[((i + 1) * P + p) * T + t] + beta[(i + 1) * T + t];
        beta[i * T + p] = logSumExp(tmp, T);
      }
    }
    const logZ = logSumExp(alpha.subarray((n - 1) * T, n * T), T);
    for (let i = 0; i < n; i++) {
      const lo = i === 0 ? T : 0;
      const hi = i === 0 ? T : T - 1;
      for (let p = lo; p <= hi; p++) {
        const prev = i === 0 ? 0 : alpha[(i - 1) * T + p];
        const base = (i * P + p) * T;
        for (let t = 0; t < T; t++) {
          const v = psi[base + t];
          xi[base + t] = v === -Infinity ? 0 : Math.exp(prev + v + beta[i * T + t] - logZ);
        }
      }
    }
    return logZ;
  }

  /** Fits the weights by L-BFGS on `sents` (each with its own lexicon if it has one). */
  train(sents: TrainSentence[], lexicon: PhraseLexicon, opts: CrfOptions): void {
    const data = sents.filter((s) => s.words.length).map((s) => this.compile(s, lexicon));
    const onIteration = (it: number, fx: number, w: Float64Array) => {
      this.w = w; // the current iterate, so that held-out scoring can decode with it
      opts.onIteration?.(it, fx, w);
    };
    this.w = lbfgs((w, g) => this.objective(data, w, g, opts.l2), this.w, { ...opts, onIteration });
  }

  /** The weights as sparse rows, dropping rows whose largest |w| is below `minAbs`. */
  rows(minAbs = 0): Map<string, Float32Array> {
    const T = this.tags.length;
    const out = new Map<string, Float32Array>();
    for (const [f, id] of this.ids) {
      const row = Float32Array.from(this.w.subarray(id * T, id * T + T));
      if (row.some((v) => Math.abs(v) > minAbs)) out.set(f, row);
    }
    return out;
  }
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
};

/**
 * Minimises `f` (returning value, writing the gradient) from `x0` by L-BFGS (two-loop recursion)
 * with a backtracking Armijo line search; pairs with no positive curvature are skipped.
 */
export function lbfgs(f: (x: Float64Array, g: Float64Array) => number, x0: Float64Array, opts: CrfOptions): Float64Array {
  const m = opts.memory ?? 8;
  const tol = opts.tolerance ?? 1e-5;
  const N = x0.length;
  let x = Float64Array.from(x0);
  let g = new Float64Array(N);
  let fx = f(x, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const d = new Float64Array(N);
  let xn = new Float64Array(N);
  let gn = new Float64Array(N);
  const history = [fx];
  for (let it = 1; it <= opts.iterations; it++) {
    // d = -H g (two-loop recursion)
    d.set(g);
    const a: number[] = [];
    for (let k = S.length - 1; k >= 0; k--) {
      a[k] = rho[k] * dot(S[k], d);
      const y = Y[k];
      for (let j = 0; j < N; j++) d[j] -= a[k] * y[j];
    }
    const gamma = S.length ? dot(S[S.length - 1], Y[Y.length - 1]) / dot(Y[Y.length - 1], Y[Y.length - 1]) : 1 / Math.sqrt(dot(g, g) || 1);
    for (let j = 0; j < N; j++) d[j] *= gamma;
    for (let k = 0; k < S.length; k++) {
      const b = rho[k] * dot(Y[k], d);
      const s = S[k];
      for (let j = 0; j < N; j++) d[j] += (a[k] - b) * s[j];
    }
    for (let j = 0; j < N; j++) d[j] = -d[j];
    let slope = dot(g, d);
    if (slope >= 0) {
      // not a descent direction: restart from steepest descent
      S.length = Y.length = rho.length = 0;
      for (let j = 0; j < N; j++) d[j] = -g[j] / Math.sqrt(dot(g, g) || 1);
      slope = dot(g, d);
    }
    let step = 1;
    let fn = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let j = 0; j < N; j++) xn[j] = x[j] + step * d[j];
      fn = f(xn, gn);
      if (fn <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fn < fx)) break; // no progress possible
    const s = new Float64Array(N);
    const y = new Float64Array(N);
    for (let j = 0; j < N; j++) { s[j] = xn[j] - x[j]; y[j] = gn[j] - g[j]; }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      if (S.length === m) { S.shift(); Y.shift(); rho.shift(); }
      S.push(s); Y.push(y); rho.push(1 / sy);
    }
    [x, xn] = [xn, x];
    [g, gn] = [gn, g];
    fx = fn;
    history.push(fx);
    opts.onIteration?.(it, fx, x);
    const back = history[Math.max(0, history.length - 6)];
    if (history.length > 6 && (back - fx) / Math.max(1, Math.abs(fx)) < tol) break;
  }
  return x;
}

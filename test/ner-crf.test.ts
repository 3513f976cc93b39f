import { describe, expect, it } from 'vitest';
import { PhraseLexicon } from '../src/annotate/entities/features.js';
import { decode, type TrainSentence } from '../src/annotate/entities/perceptron.js';
import { CrfTrainer, Scratch, repairBio } from '../src/annotate/entities/crf.js';
import { decodeModel, encodeModel } from '../src/annotate/entities/model.js';

const tags = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];
const sents: TrainSentence[] = [
  { words: ['rina', 'hartono', 'datang', 'dari', 'kota', 'malang'], tags: ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'I-LOC'] },
  { words: ['joko', 'purnomo', 'menetap', 'di', 'kota', 'padang'], tags: ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'I-LOC'] },
  { words: ['mereka', 'datang', 'dari', 'malang'], tags: ['O', 'O', 'O', 'B-LOC'] },
  { words: ['rina', 'menetap', 'di', 'padang'], tags: ['B-PER', 'O', 'O', 'B-LOC'] },
  { words: ['kota', 'joko'], tags: ['I-LOC', 'B-PER'] }, // an I- that opens nothing: repaired to B-
];

describe('linear-chain CRF trainer', () => {
  it('repairs gold tags that break BIO', () => {
    expect(repairBio(['I-LOC', 'O', 'I-PER', 'I-PER', 'B-LOC', 'I-PER'])).toEqual(['B-LOC', 'O', 'B-PER', 'I-PER', 'B-LOC', 'B-PER']);
  });

  it('learns a toy corpus and decodes it through the model file with the Viterbi decoder', () => {
    const lex = new PhraseLexicon();
    const crf = new CrfTrainer(tags);
    crf.prune(sents, lex, 1);
    const objectives: number[] = [];
    crf.train(sents, lex, { l2: 0.01, iterations: 200, onIteration: (_, f) => objectives.push(f) });
    expect(objectives.length).toBeGreaterThan(3);
    expect(objectives[objectives.length - 1]).toBeLessThan(objectives[0]);
    const m = decodeModel(encodeModel({ version: 1, tags, decoder: 'viterbi', gazetteer: [], districts: [], info: {} }, crf.rows()));
    expect(m.viterbi).toBe(true);
    for (const s of sents.slice(0, 4)) expect(decode(m, s.words, lex)).toEqual(s.tags);
    expect(decode(m, ['kota', 'joko'], lex)).toEqual(['B-LOC', 'B-PER']);
  });

  it('computes the gradient of its objective (finite differences agree)', () => {
    const lex = new PhraseLexicon();
    const crf = new CrfTrainer(tags);
    const tiny = sents.slice(2, 5);
    crf.prune(tiny, lex, 1);
    const data = tiny.map((s) => crf.compile(s, lex));
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const w = Float64Array.from(crf.w, () => rnd() * 2 - 1);
    const g = new Float64Array(w.length);
    const l2 = 0.3;
    crf.objective(data, w, g, l2);
    const scratch = new Float64Array(w.length);
    const eps = 1e-5;
    let checked = 0;
    for (let k = 0; k < w.length; k += 3) {
      const save = w[k];
      w[k] = save + eps;
      const up = crf.objective(data, w, scratch, l2);
      w[k] = save - eps;
      const down = crf.objective(data, w, scratch, l2);
      w[k] = save;
      expect(Math.abs((up - down) / (2 * eps) - g[k])).toBeLessThan(1e-5);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('gets the same marginals from scaled and from log-space forward-backward', () => {
    const crf = new CrfTrainer(tags);
    const T = tags.length;
    const P = T + 1;
    const n = 6;
    const sc = new Scratch(P);
    sc.ensure(n, T);
    let seed = 3;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    for (let i = 0; i < n; i++) {
      for (let p = 0; p < P; p++) {
        for (let t = 0; t < T; t++) {
          const reachable = (i === 0) === (p === T) && !(t === 2 && p !== 1 && p !== 2);
          sc.psi[(i * P + p) * T + t] = reachable ? 40 * rnd() - 20 : -Infinity;
        }
      }
    }
    const zScaled = crf.marginalsScaled(n, T, sc);
    const xiScaled = sc.xi.slice();
    const zLog = crf.marginalsLog(n, T, sc);
    expect(zScaled).toBeCloseTo(zLog, 9);
    for (let k = 0; k < n * P * T; k++) expect(xiScaled[k]).toBeCloseTo(sc.xi[k], 9);
    // every position's pair marginals sum to 1
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let k = i * P * T; k < (i + 1) * P * T; k++) sum += sc.xi[k];
      expect(sum).toBeCloseTo(1, 9);
    }
  });
});

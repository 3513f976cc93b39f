import { describe, expect, it } from 'vitest';
import { PhraseLexicon } from '../src/annotate/entities/features.js';
import { PerceptronTrainer, decode, type TrainSentence } from '../src/annotate/entities/perceptron.js';
import { decodeModel, encodeModel } from '../src/annotate/entities/model.js';

const tags = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];
const sents: TrainSentence[] = [
  { words: ['budi', 'santoso', 'pergi', 'ke', 'kota', 'bandung'], tags: ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'I-LOC'] },
  { words: ['ani', 'wijaya', 'tinggal', 'di', 'kota', 'medan'], tags: ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'I-LOC'] },
  { words: ['dia', 'pergi', 'ke', 'bandung'], tags: ['O', 'O', 'O', 'B-LOC'] },
  { words: ['budi', 'tinggal', 'di', 'medan'], tags: ['B-PER', 'O', 'O', 'B-LOC'] },
];

describe('structured perceptron with Viterbi decoding', () => {
  it('learns a toy corpus and decodes it through the model file', () => {
    const lex = new PhraseLexicon();
    const p = new PerceptronTrainer(tags);
    p.viterbi = true;
    p.prune(sents, lex, 1);
    const cache = new Map<TrainSentence, Int32Array[]>();
    let acc = 0;
    for (let e = 0; e < 10; e++) acc = p.epochViterbi(sents, lex, cache);
    expect(acc).toBe(1);
    const m = decodeModel(encodeModel({ version: 1, tags, decoder: 'viterbi', gazetteer: [], districts: [], info: {} }, p.averaged()));
    expect(m.viterbi).toBe(true);
    for (const s of sents) expect(decode(m, s.words, lex)).toEqual(s.tags);
  });

  it('never outputs an I- tag that does not continue its type', () => {
    const rows = new Map([['b', new Float32Array([0, 0, 5, 0, 3])]]);
    const m = decodeModel(encodeModel({ version: 1, tags, decoder: 'viterbi', gazetteer: [], districts: [], info: {} }, rows));
    const out = decode(m, ['a', 'b', 'c'], new PhraseLexicon());
    for (let i = 0; i < out.length; i++) {
      if (!out[i].startsWith('I-')) continue;
      expect(i > 0 && out[i - 1].slice(2) === out[i].slice(2)).toBe(true);
    }
  });
});

/**
 * Abbreviated ranks and company forms end no sentence (`Const.`, `Det. Insp.`, `PT.`): one list,
 * src/text/abbreviations.ts, for the quote annotator's sentences and the tagger's tokenizer. Read
 * as a sentence end, `said Const. Tim Fanning` named `Const` and lost the man. Also the English
 * source nouns an `according to` names its source after (`information received from X`).
 */
import { expect, it } from 'vitest';
import { quoteRules } from './support.js';
import { splitSentences, tokenize } from '../src/annotate/entities/tokenize.js';

type Case = [what: string, lang: 'id' | 'en', text: string, quote: string, speaker: string | null];

const cases: Case[] = [
  ['a constable after the cue', 'en', '"Anyone who saw the van should call us," said Const. Rhea Malloy of the harbour police.', 'Anyone who saw the van should call us', 'Rhea Malloy'],
  ['two ranks in a row', 'en', '"We will appeal the ruling," said Det. Insp. Owen Marsh.', 'We will appeal the ruling', 'Owen Marsh'],
  ['a rank before the name opening the sentence (read before too)', 'en', 'The fire spread fast. Supt. Lena Ortiz said the crews had reached the roof by noon.', 'the crews had reached the roof by noon', 'Lena Ortiz'],
  [
    'a company form inside an indirect statement',
    'id',
    'Andi Wijaya mengatakan pabrik milik PT. Sinar Tani di Serang kini sudah memperoleh sertifikat halal.',
    'pabrik milik PT. Sinar Tani di Serang kini sudah memperoleh sertifikat halal',
    'Andi Wijaya',
  ],
];

it.each(cases)('%s', (_what, lang, text, quote, speaker) => {
  const hit = quoteRules(text, lang).find(([t]) => t === quote);
  expect(hit, JSON.stringify(quoteRules(text, lang))).toBeDefined();
  if (speaker) expect(hit![1]).toBe(speaker);
});

it('the tagger keeps a rank and its name in one sentence', () => {
  const text = 'Police Const. Rhea Malloy spoke to reporters.';
  expect(splitSentences(text, tokenize(text))).toHaveLength(1);
});

it('information received from a named source is that source’s statement', () => {
  const text = 'The outage hit millions of users, according to information received from Globenet.';
  expect(quoteRules(text, 'en')).toEqual([['The outage hit millions of users', 'Globenet', false]]);
});

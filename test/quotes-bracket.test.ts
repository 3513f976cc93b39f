/**
 * A bracket between the subject and the verb of saying (`… itu (kanan) mengatakan`, `The Brazilian
 * government (Brasilia) said`): the subject is read from the word before the bracket, as it would
 * be at the verb, so the readings of a common word (a relative clause, a demonstrative, a body's
 * noun) still apply.
 */
import { expect, it } from 'vitest';
import { quoteRules } from './support.js';

type Case = [what: string, lang: 'id' | 'en', text: string, quote: string, speaker: string];

const cases: Case[] = [
  [
    'a description closed by a demonstrative points back at the person last named',
    'id',
    'Budi Santoso tiba di Jakarta kemarin. Pria yang lahir di Medan itu (kanan) mengatakan bahwa harga beras akan naik bulan depan.',
    'harga beras akan naik bulan depan',
    'Budi Santoso',
  ],
  [
    "a state's body named by the words before its noun",
    'en',
    'The river rose again overnight. The Brazilian government (Brasilia) said that the dam would be repaired soon.',
    'the dam would be repaired soon',
    'Brazilian government',
  ],
  [
    'a name before the bracket is read as before',
    'id',
    'Kementerian Pertanian (Kementan) menyatakan bahwa stok beras cukup hingga akhir tahun.',
    'stok beras cukup hingga akhir tahun',
    'Kementerian Pertanian',
  ],
];

it.each(cases)('subject before a bracket: %s', (_what, lang, text, quote, speaker) => {
  expect(quoteRules(text, lang)).toEqual([[quote, speaker, false]]);
});

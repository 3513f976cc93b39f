/**
 * Quotes in single marks, as British papers print them: kept where speech is certain (a verb of
 * saying after the closing mark or before a colon, or a whole line in a text that quotes so), never
 * a term's or a title's marks or an apostrophe. And `X said: "…," the Daily News reported`: the
 * paper relays, X speaks.
 */
import { expect, it } from 'vitest';
import { quoteRules } from './support.js';

type Case = [what: string, lang: 'id' | 'en', text: string, expected: Array<[string, string | null, boolean]>];

const cases: Case[] = [
  ['straight marks with the cue after', 'en', "'We will win this case,' said Tom Baker, the lawyer.", [['We will win this case', 'Tom Baker', true]]],
  ['curly single marks', 'en', '‘It was a very dark day,’ said Ann Moore.', [['It was a very dark day', 'Ann Moore', true]]],
  [
    'a space before the closing mark, as detokenized text prints it, and a quote continued on whole lines',
    'en',
    "Paul Dunn was walking home.\n'I saw him near the gate, ' Dunn said.\n'Then I heard the screams.\nIt sounded like a dog.'\nHe did not call the police.",
    [
      ['I saw him near the gate', 'Paul Dunn', true],
      ['Then I heard the screams.\nIt sounded like a dog.', 'Paul Dunn', true],
    ],
  ],
  ['a colon after the verb of saying, over two lines', 'en', "Mayor Ruth Lane said: 'The bridge stays shut.\nWe will rebuild it.'\nWork starts in May.", [['The bridge stays shut.\nWe will rebuild it.', 'Ruth Lane', true]]],
  ["a title's marks, a plural possessive and contractions are no quote", 'en', "The film 'Catching Fire' opens in November. The workers' union said it can't agree.", []],
  ['terms in single marks in Indonesian are no quote', 'id', "Film 'Dilan 1990' laris. Penonton menyebutnya 'luar biasa' dan 'wajib ditonton'.", []],
  [
    'a paper relaying words the colon introduces',
    'en',
    'Police Commissioner Ray Costa said: "We are pleased the investigation found him," the Daily News reported.',
    [['We are pleased the investigation found him', 'Ray Costa', true]],
  ],
];

it.each(cases)('%s', (_what, lang, text, expected) => {
  expect(quoteRules(text, lang)).toEqual(expected);
});

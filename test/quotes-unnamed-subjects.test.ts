/**
 * Subjects that name no one: a class of people opening the sentence (`Friends said …`, capitalized
 * by its place only) and an indefinite description with a relative clause (`A resident, who asked
 * not to be named, said: "…"`): the direct quote stays with no speaker, the indirect one is left
 * out, as for `officials said`. An apposition after a name is still the name's.
 */
import { expect, it } from 'vitest';
import { quoteRules } from './support.js';

type Case = [what: string, text: string, expected: Array<[string, string | null, boolean]>];

const cases: Case[] = [
  ['a class of people opening the sentence', 'John Rae built the bridge. Friends said the bridge was safe.', []],
  ['neighbours too', 'John Rae built the bridge. Neighbours said the work went on at night.', []],
  ['an indefinite description before a relative clause', 'John Rae built the bridge. A resident, who asked not to be named, said: "It is safe."', [['It is safe.', null, true]]],
  ['`One` opening the sentence is no name', 'John Rae built the bridge. One resident, who asked not to be named, said: "It is safe."', [['It is safe.', null, true]]],
  ["an indefinite apposition after a name is the name's", 'John Smith, a spokesman for the city, said: "It is safe."', [['It is safe.', 'John Smith', true]]],
];

it.each(cases)('%s', (_what, text, expected) => {
  expect(quoteRules(text, 'en')).toEqual(expected);
});

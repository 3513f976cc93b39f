/**
 * Gender agreement of English pronouns at a cue (`"…," she said.`) with the speaker they stand for:
 * given names from the stdlib lists, honorifics, the text's own pronouns. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { packFor } from '../src/lang/index.js';
import { findQuotes } from '../src/annotate/quotes/index.js';
import { givenNameGender } from '../src/lang/en/names.js';

const en = packFor('en');
const id = packFor('id');

const speakers = (text: string, rank: boolean, pack = en) => findQuotes(text, pack, [], { rank }).map((h) => [h.text, h.speakerText]);

describe('given names', () => {
  it('are female, male, or neither when both lists hold them or neither does', () => {
    expect(givenNameGender('Margaret')).toBe('female');
    expect(givenNameGender('margaret')).toBe('female');
    expect(givenNameGender('Harold')).toBe('male');
    expect(givenNameGender('Kim')).toBeNull();
    expect(givenNameGender('Zzyzx')).toBeNull();
  });
});

describe('she said after a man spoke', () => {
  const text =
    'On Tuesday, singer Margaret Holloway entered a clinic in Ohio. Her manager, Harold Jenkins, confirmed the stay to reporters.\n' +
    '"We ask everyone to respect her privacy at this time," Jenkins said.\n' +
    '"I am doing this for myself and for my family," she said in a statement.';
  it('is the woman named before, not the man who spoke last (rules and ranker)', () => {
    for (const rank of [false, true]) expect(speakers(text, rank).at(-1)).toEqual(['I am doing this for myself and for my family', 'Margaret Holloway']);
  });
  it('he said stays with the man', () => {
    const he = text.replace('she said in a statement', 'he said in a statement');
    expect(speakers(he, false).at(-1)).toEqual(['I am doing this for myself and for my family', 'Harold Jenkins']);
  });
  it('a woman whose given name the list gives to men keeps her quotes when the text says she is one', () => {
    const t =
      'Taylor Brennan said her new album would come out in May. Brennan said her label had agreed to the date.\n' +
      '"It has been a long wait for everyone," she said.';
    expect(speakers(t, false).at(-1)).toEqual(['It has been a long wait for everyone', 'Taylor Brennan']);
  });
  it('with no woman named, the man who spoke last stays (the lists may be wrong)', () => {
    const t = 'Harold Jenkins visited the site on Monday.\n"The repairs will take two more weeks at least," she said.';
    expect(speakers(t, false).at(-1)?.[1]).toBe('Harold Jenkins');
  });
});

describe('Indonesian pronouns have no gender', () => {
  it('`ujarnya` after a man and a woman is still the last speaker', () => {
    const t = 'Menteri Siti Rahmawati meninjau lokasi banjir pada Senin. "Bantuan sudah dikirim sejak pagi," kata Bupati Ahmad Fauzi.\n"Kami akan menambah perahu karet untuk warga," ujarnya.';
    expect(speakers(t, false, id).at(-1)?.[1]).toBe('Ahmad Fauzi');
  });
});

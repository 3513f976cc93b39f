import { describe, expect, it } from 'vitest';
import { annotateEntities } from '../src/annotate/entities/index.js';
import { packFor } from '../src/lang/index.js';
import type { CleanArticle, EntityMention } from '../src/model/types.js';

/** English rules of the entity clean-up (eval/ner-en/README.md has the conventions they follow). */
const tag = (text: string): EntityMention[] => annotateEntities({ text, language: 'en' } as unknown as CleanArticle, packFor('en'));
const typeOf = (ms: EntityMention[], text: string) => ms.find((m) => m.text === text)?.type;
const all = (ms: EntityMention[], text: string) => ms.filter((m) => m.text === text).map((m) => m.type);

describe('English entities: demonyms', () => {
  it('tags nationality adjectives and demonyms as mentions of their place', () => {
    const ms = tag('North Korean soldiers crossed the border, and Kenyan police said two Americans were hurt.');
    expect(typeOf(ms, 'North Korean')).toBe('LOCATION');
    expect(typeOf(ms, 'Kenyan')).toBe('LOCATION');
    expect(typeOf(ms, 'Americans')).toBe('LOCATION');
  });

  it('splits a demonym off a title and a name, and off a hyphenated word', () => {
    const ms = tag('The talks ended when Russian President Vladimir Putin left. Officials found Czech-made rifles and non-Swedish parts.');
    expect(typeOf(ms, 'Russian')).toBe('LOCATION');
    expect(typeOf(ms, 'Vladimir Putin')).toBe('PERSON');
    expect(typeOf(ms, 'Czech')).toBe('LOCATION');
    expect(typeOf(ms, 'Swedish')).toBe('LOCATION');
  });

  it('leaves a language after `in` and an event name alone', () => {
    const ms = tag('The banner, written in Spanish, recalled the Cuban Revolution of 1959.');
    expect(typeOf(ms, 'Spanish')).toBeUndefined();
    expect(typeOf(ms, 'Cuban')).toBeUndefined();
  });
});

describe('English entities: names and titles', () => {
  it('keeps titles, honorifics and the possessive out of person names', () => {
    const ms = tag('Police Inspector Laura Menzies said on Tuesday that Menzies\'s team had questioned Mr. Hargreave twice.');
    expect(typeOf(ms, 'Laura Menzies')).toBe('PERSON');
    expect(all(ms, 'Menzies')).toEqual(['PERSON']);
    expect(typeOf(ms, 'Hargreave')).toBe('PERSON');
    expect(ms.some((m) => m.text === 'Mr' || m.text.startsWith('Inspector'))).toBe(false);
  });

  it('joins a middle initial and its full stop to the name', () => {
    const ms = tag('Investigators want to question Walter P. Okonkwo about the fire. Okonkwo has not been seen since May.');
    expect(typeOf(ms, 'Walter P. Okonkwo')).toBe('PERSON');
    expect(typeOf(ms, 'Okonkwo')).toBe('PERSON');
  });
});

describe('English entities: organisations', () => {
  it('reads head-final names and keeps the full stop of `Inc.`', () => {
    const ms = tag('A petition was filed by Larkspur Instruments Inc. with the Customs Service and the Justice Department last week.');
    expect(typeOf(ms, 'Larkspur Instruments Inc.')).toBe('ORGANIZATION');
    expect(typeOf(ms, 'Customs Service')).toBe('ORGANIZATION');
    expect(typeOf(ms, 'Justice Department')).toBe('ORGANIZATION');
  });

  it('continues a name over `of` and `and`, without `the`', () => {
    const ms = tag('The bridge is run by the Harbor Authority of Maine and Vermont, a spokesman said.');
    expect(typeOf(ms, 'Harbor Authority of Maine and Vermont')).toBe('ORGANIZATION');
    expect(ms.some((m) => m.text.startsWith('the ') || m.text.startsWith('The '))).toBe(false);
  });

  it('gives a company printed by its first words the organisation type', () => {
    const ms = tag('Brightwater Savings Bank said it would sell two branches. Brightwater expects a loss, and Brightwater Savings will cut jobs.');
    expect(typeOf(ms, 'Brightwater Savings Bank')).toBe('ORGANIZATION');
    expect(all(ms, 'Brightwater')).toEqual(['ORGANIZATION']);
    expect(typeOf(ms, 'Brightwater Savings')).toBe('ORGANIZATION');
  });

  it('tags the White House as an organisation', () => {
    expect(typeOf(tag('The White House said the plan would be ready soon.'), 'White House')).toBe('ORGANIZATION');
  });
});

describe('English entities: places and datelines', () => {
  it('reads `Town, ST.` as two places and the town alone later as the same place', () => {
    const ms = tag('A doctor from Lakewood, Ohio, and a nurse from Fenwick, Ore., were hired. Lakewood officials welcomed them.');
    expect(all(ms, 'Fenwick')).toEqual(['LOCATION']);
    expect(typeOf(ms, 'Ore.')).toBe('LOCATION');
    expect(all(ms, 'Lakewood')).toEqual(['LOCATION', 'LOCATION']);
  });

  it('reads a wire dateline: the capitals place, the country and the agency', () => {
    const ms = tag('\nKAMPALA, Uganda (AP) _\n\nFlooding closed two roads near the capital on Monday, officials said.');
    expect(typeOf(ms, 'KAMPALA')).toBe('LOCATION');
    expect(typeOf(ms, 'Uganda')).toBe('LOCATION');
    expect(typeOf(ms, 'AP')).toBe('ORGANIZATION');
  });

  it('splits places listed with `and`, joins a split place, and tags places after a listed one', () => {
    const ms = tag('The aid went to East Africa, to Nairobi and Mombasa, and to clinics in Karachi and Peshawar.');
    expect(typeOf(ms, 'East Africa')).toBe('LOCATION');
    expect(typeOf(ms, 'Mombasa')).toBe('LOCATION');
    expect(typeOf(ms, 'Peshawar')).toBe('LOCATION');
    expect(ms.some((m) => m.text.includes(' and '))).toBe(false);
  });

  it('tags named facilities by their last word', () => {
    const ms = tag('The plane landed at Ellsworth Air Force Base before the parade on Harmon Boulevard.');
    expect(typeOf(ms, 'Ellsworth Air Force Base')).toBe('LOCATION');
    expect(typeOf(ms, 'Harmon Boulevard')).toBe('LOCATION');
  });
});

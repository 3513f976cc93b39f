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

describe('English entities: what is no person', () => {
  it('leaves sentence-opening function words and adverbs out', () => {
    const ms = tag('However, the council met on Monday. Once Gov. Tom Marsh signed the order, the mayor left. Privately, aides were angry.');
    expect(ms.some((m) => ['However', 'Once', 'Once Gov', 'Gov', 'Privately'].includes(m.text))).toBe(false);
    expect(typeOf(ms, 'Tom Marsh')).toBe('PERSON');
  });

  it('does not tag laws, and gives teams and agencies the organisation type', () => {
    const ms = tag('The Clean Harbors Act passed. Fans saw the Red Sox lose to the Saints, and the Highway Patrol closed the road. Microsoft said nothing.');
    expect(ms.some((m) => m.text.includes('Act'))).toBe(false);
    expect(typeOf(ms, 'Red Sox')).toBe('ORGANIZATION');
    expect(typeOf(ms, 'Saints')).toBe('ORGANIZATION');
    expect(typeOf(ms, 'Highway Patrol')).toBe('ORGANIZATION');
    expect(typeOf(ms, 'Microsoft')).toBe('ORGANIZATION');
  });
});

describe('English entities: person names from their layout', () => {
  it('tags the name after an honorific, and the full name of that surname, as a person', () => {
    const ms = tag('Halvard Ostrupke said he would leave the bank. Mr. Ostrupke, 52, joined it in 1970.');
    expect(typeOf(ms, 'Halvard Ostrupke')).toBe('PERSON');
    expect(all(ms, 'Ostrupke')).toEqual(['PERSON']);
  });

  it('reads given name, initial and surname, or initial and two names, as one person', () => {
    const ms = tag('The board added Trent A. Wolcombe and the investor R. Dale Finnerty to its members.');
    expect(typeOf(ms, 'Trent A. Wolcombe')).toBe('PERSON');
    expect(typeOf(ms, 'R. Dale Finnerty')).toBe('PERSON');
  });

  it('keeps a surname with an inner capital and a name printed in two pieces whole', () => {
    const ms = tag('Representative Tom DeLay of Texas spoke first. ``Nobody knows where Ray Kestrel is,\'\' an aide said of Ray Kestrel.');
    expect(typeOf(ms, 'Tom DeLay')).toBe('PERSON');
    expect(ms.filter((m) => m.type === 'PERSON').map((m) => m.text)).not.toContain('Ray');
  });
});

describe('English entities: organisations and places named in part', () => {
  it('keeps a company called by a nationality and a word whole', () => {
    const ms = tag('Canadian Timber Resources Inc. agreed to the sale. Last week, Canadian Timber said profits fell.');
    expect(typeOf(ms, 'Canadian Timber')).toBe('ORGANIZATION');
    expect(ms.some((m) => m.text === 'Canadian')).toBe(false);
  });

  it('reads a word before a lower-case place word as a place, and a longer listed place whole', () => {
    const ms = tag('The school moved to Brackton county last year, and its founder left for South America.');
    expect(typeOf(ms, 'Brackton')).toBe('LOCATION');
    expect(typeOf(ms, 'South America')).toBe('LOCATION');
  });
});

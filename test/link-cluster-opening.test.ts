/** The opening features of the event clusterer: who a report opens on and the figures it opens with. */
import { describe, it, expect } from 'vitest';
import type { Article, EntityType } from '../src/model/types.js';
import { creditEnd, openingActors, openingNumbers } from '../src/link/features.js';
import { addToProfile, emptyProfile, openingFeatures } from '../src/link/score.js';
import type { ArticleFeatures } from '../src/link/features.js';

function article(text: string, over: Partial<Article> = {}): Article {
  return {
    id: 'a', hash: 'a', origin: 'a', url: null, title: null, titleSource: null, outlet: null, publishedAt: null,
    publishedAtSource: null, dateline: null, authors: [], credits: [], language: 'en', text, removed: [],
    entities: [], times: [], quotes: [], claims: [], ...over,
  };
}

const whole = (a: Article) => [{ start: 0, end: a.text.length }];

function mention(a: Article, name: string, type: EntityType): void {
  const i = a.text.indexOf(name);
  a.entities.push({ start: i, end: i + name.length, text: name, type, entity: null });
}

describe('openingNumbers', () => {
  it('keeps figures and drops dates, clock times, years and numbers inside names', () => {
    const a = article('At 8:41 on March 3, 2009 the 76ers lost 1,200 fans and a 6.1 quake hit Ruritania, killing 36.');
    const d = a.text.indexOf('March 3, 2009');
    a.times.push({ start: d, end: d + 'March 3, 2009'.length, text: 'March 3, 2009', type: 'DATE', value: '2009-03-03' });
    expect(openingNumbers(a, whole(a)).sort()).toEqual(['1200', '36', '6.1']);
  });

  it('counts the title when it is not the text\'s first line', () => {
    const a = article('Prices fell again on Tuesday as traders sold.', { title: 'Oil slides to 74.61 dollars' });
    expect(openingNumbers(a, whole(a))).toEqual(['74.61']);
  });

  it('reads Indonesian separators like English ones', () => {
    const a = article('Harga naik menjadi Rp 1.200 per liter, gempa bermagnitudo 6,1 mengguncang kota itu.', { language: 'id' });
    expect(openingNumbers(a, whole(a)).sort()).toEqual(['1200', '6.1']);
  });
});

describe('openingActors', () => {
  it('lists the people and organisations of the opening, not places', () => {
    const a = article('Coach Maurice Tarrant was fired by the Riverton Hawks in Riverton on Monday.');
    mention(a, 'Maurice Tarrant', 'PERSON');
    mention(a, 'Riverton Hawks', 'ORGANIZATION');
    mention(a, 'Riverton', 'LOCATION');
    expect(openingActors(a, whole(a))).toEqual(['tarrant', 'n:riverton hawks']);
  });
});

describe('openingFeatures', () => {
  const feats = (leadActors: string[], leadNums: string[], persons: Record<string, number> = {}): ArticleFeatures => ({
    id: 'x', terms: {}, ents: {}, names: {}, day: null, daySource: null, place: null, lead: {}, years: [], persons, specs: {}, leadActors, leadNums,
  });
  const idf = () => 1;

  it('a shared opening actor matches; disjoint openings conflict', () => {
    const p = addToProfile(emptyProfile(), feats(['tarrant'], ['36'], { tarrant: 2 }), idf);
    expect(openingFeatures(feats(['tarrant'], ['36']), p)).toEqual([1, 0, 0]);
    expect(openingFeatures(feats(['okafor'], ['12']), p)).toEqual([0, 1, 1]);
  });

  it('says nothing when a side has no opening actors or figures', () => {
    const p = addToProfile(emptyProfile(), feats([], []), idf);
    expect(openingFeatures(feats(['okafor'], ['12']), p)).toEqual([0, 0, 0]);
  });
});

describe('creditEnd', () => {
  it('finds the credit line of wire and portal copy', () => {
    expect(creditEnd('NEW YORK, KOMPAS.com - Harga minyak turun.')).toBe('NEW YORK, KOMPAS.com - '.length);
    expect(creditEnd('Jakarta, CNN Indonesia - - Pertumbuhan bisnis melambat.')).toBe('Jakarta, CNN Indonesia - - '.length);
    expect(creditEnd('A storm hit the coast on Monday and closed two ports.')).toBe(0);
  });

  it('the outlet in the credit line is no opening actor', () => {
    const a = article('NEW YORK, Ruritania Wire - The Riverton Hawks fired coach Maurice Tarrant.');
    mention(a, 'Ruritania Wire', 'ORGANIZATION');
    mention(a, 'Riverton Hawks', 'ORGANIZATION');
    mention(a, 'Maurice Tarrant', 'PERSON');
    expect(openingActors(a, whole(a))).toEqual(['n:riverton hawks', 'tarrant']);
  });
});

import { describe, it, expect } from 'vitest';
import type { Article, EntityMention } from '../src/model/types.js';
import { leadPlace } from '../src/link/index.js';

/** An article whose LOCATION mentions are the given words (first occurrence of each). */
function art(text: string, places: string[], language: 'id' | 'en' = 'id'): Article {
  const entities: EntityMention[] = places.map((p) => {
    const start = text.indexOf(p);
    return { start, end: start + p.length, text: p, type: 'LOCATION', entity: null };
  });
  return { id: 'a', text, language, entities } as unknown as Article;
}

describe('the place of an event with no dateline', () => {
  it('is where the opening sentences put the action, not the first country named', () => {
    const a = art('Presiden Rusia tiba di Hanoi pada Kamis untuk kunjungan dua hari. Ia disambut di bandara.', ['Rusia', 'Hanoi']);
    expect(leadPlace([a], {})).toBe('Hanoi');
    const en = art('Russian President arrived in Hanoi on Thursday. Vietnam hailed the visit.', ['Hanoi', 'Vietnam'], 'en');
    expect(leadPlace([en], {})).toBe('Hanoi');
  });
  it('counts over the articles and ignores places after the opening sentences', () => {
    const a = art('Banjir merendam Desa Lembah di Kabupaten Sigi. Air naik cepat. Bantuan dikirim dari Palu.', ['Sigi', 'Palu']);
    const b = art('Ratusan warga di Sigi mengungsi. Mereka tidur di tenda.', ['Sigi']);
    expect(leadPlace([a, b], {})).toBe('Sigi');
    expect(leadPlace([art('Presiden Rusia bertemu pemimpin Korea Utara.', ['Rusia', 'Korea Utara'])], {})).toBeNull();
  });
});

/**
 * Cross-article merges of the entity resolver: a name ending a longer one, two names of one
 * organisation sharing an acronym, provincial short forms and English names of Indonesian places,
 * and a country's short name used as an actor. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { MemoryEntityIndex, resolveArticle, type CanonicalEntity, type MentionInput } from '../src/link/entities/index.js';
import { translatePlace, expand } from '../src/link/entities/normalize.js';
import { nerLexiconFor } from '../src/lang/ner.js';
import type { EntityType } from '../src/model/types.js';

function mentions(text: string, spec: [string, EntityType][]): MentionInput[] {
  let from = 0;
  return spec.map(([s, type]) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`"${s}" not in text after ${from}`);
    from = start + s.length;
    return { start, end: start + s.length, text: s, type };
  });
}

function link(index: MemoryEntityIndex, id: string, language: string, text: string, spec: [string, EntityType][]): (string | null)[] {
  return resolveArticle({ id, text, language }, mentions(text, spec), index).ids;
}

const named = (index: MemoryEntityIndex, alias: string): CanonicalEntity[] => index.all().filter((e) => e.aliases.includes(alias));

describe('cross-article merges', () => {
  it('joins a name that ends a longer one in another article, either order', () => {
    for (const order of [0, 1]) {
      const index = new MemoryEntityIndex();
      const a: [string, string, [string, EntityType][]] = ['a', 'Bupati Tana Loka Andi Surya Mappasessu meninjau lokasi.', [['Andi Surya Mappasessu', 'PERSON']]];
      const b: [string, string, [string, EntityType][]] = ['b', 'Menurut Surya Mappasessu, jalan desa sudah dibuka.', [['Surya Mappasessu', 'PERSON']]];
      const [first, second] = order ? [b, a] : [a, b];
      const x = link(index, first[0], 'id', first[1], first[2]);
      const y = link(index, second[0], 'id', second[1], second[2]);
      expect(x[0]).toBe(y[0]);
      expect(index.get(x[0]!)!.name).toBe('Andi Surya Mappasessu');
    }
  });

  it('keeps a shorter name apart when two longer names end with it', () => {
    const index = new MemoryEntityIndex();
    const a = link(index, 'a', 'id', 'Andi Surya Mappasessu hadir.', [['Andi Surya Mappasessu', 'PERSON']]);
    const b = link(index, 'b', 'id', 'Budi Surya Mappasessu hadir.', [['Budi Surya Mappasessu', 'PERSON']]);
    const c = link(index, 'c', 'id', 'Surya Mappasessu hadir.', [['Surya Mappasessu', 'PERSON']]);
    expect(a[0]).not.toBe(b[0]);
    expect([a[0], b[0]]).not.toContain(c[0]);
  });

  it('joins two names of one organisation printed with the same acronym', () => {
    const index = new MemoryEntityIndex();
    const t1 = 'Bantuan dari Badan Nasional Penanggulangan Bencana tiba di Palu.';
    const t2 = 'The National Disaster Mitigation Agency (BNPB) sent a rapid response team. BNPB said roads were cut.';
    const t3 = 'Kepala BNPB meninjau pengungsian.';
    const x = link(index, 'a', 'id', t1, [['Badan Nasional Penanggulangan Bencana', 'ORGANIZATION']]);
    const y = link(index, 'b', 'en', t2, [['National Disaster Mitigation Agency', 'ORGANIZATION'], ['BNPB', 'ORGANIZATION'], ['BNPB', 'ORGANIZATION']]);
    const z = link(index, 'c', 'id', t3, [['BNPB', 'ORGANIZATION']]);
    expect(new Set([x[0], ...y, z[0]]).size).toBe(1);
    // an acronym only the English article defines joins the stored body printed with it
    const index2 = new MemoryEntityIndex();
    const p = link(index2, 'a', 'en', 'The Regional Weather Office (RWO) warned of rain.', [['Regional Weather Office', 'ORGANIZATION'], ['RWO', 'ORGANIZATION']]);
    const q = link(index2, 'b', 'id', 'Kantor Cuaca Daerah (RWO) memperingatkan hujan lebat.', [['Kantor Cuaca Daerah', 'ORGANIZATION'], ['RWO', 'ORGANIZATION']]);
    expect(p[0]).toBe(q[0]);
    expect(named(index2, 'RWO')).toHaveLength(1);
  });

  it('translates English place names built from landform and direction words', () => {
    expect(translatePlace('central sulawesi')).toBe('sulawesi tengah');
    expect(translatePlace('strait of malacca')).toBe('selat malaka');
    expect(translatePlace('south china sea')).toBe('laut china selatan');
    expect(translatePlace('central intelligence agency')).toBe('central intelligence agency');
    expect(expand('Sulteng', nerLexiconFor('id')).form).toBe('sulawesi tengah');
    const index = new MemoryEntityIndex();
    const a = link(index, 'a', 'id', 'Hujan lebat di Sulawesi Tengah dan Selat Malaka.', [['Sulawesi Tengah', 'LOCATION'], ['Selat Malaka', 'LOCATION']]);
    const b = link(index, 'b', 'en', 'Rain in Central Sulawesi and the Strait of Malacca.', [['Central Sulawesi', 'LOCATION'], ['Strait of Malacca', 'LOCATION']]);
    const c = link(index, 'c', 'id', 'Harga kopra Sulteng naik.', [['Sulteng', 'LOCATION']]);
    expect(b).toEqual(a);
    expect(c[0]).toBe(a[0]);
  });

  it('reads a lone `Amerika` as the state when it acts, the place after a preposition', () => {
    const index = new MemoryEntityIndex();
    const a = link(index, 'a', 'id', 'Sanksi Amerika Serikat berlaku.', [['Amerika Serikat', 'LOCATION']]);
    const b = link(index, 'b', 'id', 'Langkah itu membuat Amerika khawatir. Ia pernah tinggal di Amerika.', [['Amerika', 'LOCATION'], ['Amerika', 'LOCATION']]);
    expect(b[0]).toBe(a[0]);
    expect(b[1]).not.toBe(a[0]);
  });
});

/**
 * Document-level clean-up of names the lexicon cannot know (local regencies, rivers, agencies by
 * acronym, schools, the outlet's name) and of currency fragments. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { annotateEntities } from '../src/annotate/entities/index.js';
import { packFor } from '../src/lang/index.js';
import type { CleanArticle, EntityType } from '../src/model/types.js';

function tag(text: string, language = 'id', outlet: string | null = null): [string, EntityType][] {
  const ms = annotateEntities({ id: 't', text, language, outlet } as unknown as CleanArticle, packFor(language));
  return ms.map((m) => [m.text, m.type]);
}

const has = (out: [string, EntityType][], text: string, type: EntityType) => out.some(([t, ty]) => t === text && ty === type);

describe('local names', () => {
  it('splits an agency acronym and its place from the person after them', () => {
    const out = tag('Banjir melanda Kabupaten Tana Loka pada Senin. Kepala Pelaksana BPBD Tana Loka Darmawan Sitompul mengatakan dua desa terendam.');
    expect(has(out, 'BPBD Tana Loka', 'ORGANIZATION')).toBe(true);
    expect(has(out, 'Darmawan Sitompul', 'PERSON')).toBe(true);
    expect(out.some(([t, ty]) => ty === 'PERSON' && t.includes('Tana Loka'))).toBe(false);
  });

  it('reads a name after an area or landform cue as a place, there and elsewhere in the document', () => {
    const out = tag('Petugas menyusuri Sungai Lowo Merah sejak pagi. Warga Kabupaten Tana Loka diminta waspada, kata camat. Bantuan untuk Tana Loka tiba kemarin.');
    expect(out.filter(([t]) => t.includes('Lowo Merah')).every(([, ty]) => ty === 'LOCATION')).toBe(true);
    expect(out.filter(([t]) => t.includes('Tana Loka')).every(([, ty]) => ty === 'LOCATION')).toBe(true);
  });

  it('keeps a given name that is also an honorific in other uses', () => {
    const out = tag('Menteri Keuangan Sri Mulyani mengatakan anggaran bencana cukup.');
    expect(has(out, 'Sri Mulyani', 'PERSON')).toBe(true);
  });

  it('drops currency codes glued to amounts', () => {
    const out = tag('Harga cabai naik menjadi Rp42.000 per kilogram, sedangkan bawang Rp27.500 di Pasar Sentral Makassar.');
    expect(out.some(([t]) => /^Rp/.test(t))).toBe(false);
  });

  it('keeps a numbered school name whole', () => {
    const out = tag('Pengungsi ditampung di SD Negeri 4 Lembah Hijau dan SMPN 2 Palu sejak Selasa.');
    expect(has(out, 'SD Negeri 4 Lembah Hijau', 'ORGANIZATION')).toBe(true);
    expect(has(out, 'SMPN 2 Palu', 'ORGANIZATION')).toBe(true);
    expect(has(out, 'SD', 'LOCATION')).toBe(false);
  });

  it('reads the outlet’s own name as an organisation', () => {
    const out = tag('Kabarkota.com – Gubernur meresmikan jembatan baru. Dikutip Kabarkota dari laman resmi pemerintah, jembatan itu sepanjang 80 meter.');
    expect(out.filter(([t]) => t === 'Kabarkota').every(([, ty]) => ty === 'ORGANIZATION')).toBe(true);
    const out2 = tag('Suara Lembah, Palu — Harga kopra naik. Wartawan Suara Lembah mencatat kenaikan itu.', 'id', 'Suara Lembah');
    expect(out2.filter(([t]) => t === 'Suara Lembah').every(([, ty]) => ty === 'ORGANIZATION')).toBe(true);
  });

  it('tags a provincial short form as a place', () => {
    expect(has(tag('Harga kopra di tingkat petani Sulteng naik dua pekan berturut-turut.'), 'Sulteng', 'LOCATION')).toBe(true);
  });

  it('finds English names of places with a landform or a direction, and a name before a lower-case area word', () => {
    const out = tag('Heavy rain fell on the hills above Tana Loka regency, in Central Sulawesi, while patrols in the Strait of Malacca were doubled.', 'en');
    expect(has(out, 'Tana Loka', 'LOCATION')).toBe(true);
    expect(has(out, 'Central Sulawesi', 'LOCATION')).toBe(true);
    expect(has(out, 'Strait of Malacca', 'LOCATION')).toBe(true);
  });
});

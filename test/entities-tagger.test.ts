import { describe, expect, it } from 'vitest';
import { annotateEntities, tokenize, splitSentences, loadTagger, lastLoadMs } from '../src/annotate/entities/index.js';
import { chunks, score } from '../src/annotate/entities/conll.js';
import { decodeModel, encodeModel } from '../src/annotate/entities/model.js';
import { nerLexiconFor } from '../src/lang/ner.js';
import type { CleanArticle, EntityMention } from '../src/model/types.js';
import { packFor, type LangPack } from '../src/lang/index.js';

const pack = (code: string): LangPack => packFor(code);
const article = (text: string, language: 'id' | 'en' = 'id') => ({ text, language }) as unknown as CleanArticle;
const tag = (text: string, language: 'id' | 'en' = 'id'): EntityMention[] => annotateEntities(article(text, language), pack(language));
const find = (ms: EntityMention[], text: string) => ms.find((m) => m.text === text);

describe('tokenizer', () => {
  it('keeps offsets, hyphenated names and numbers whole', () => {
    const text = 'Kim Jong-un mengirim sekitar 10.000 tentara, kata "Reuters".';
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks.map((t) => t.text)).toEqual(['Kim', 'Jong-un', 'mengirim', 'sekitar', '10.000', 'tentara', ',', 'kata', '"', 'Reuters', '"', '.']);
  });

  it('splits sentences at stops before capitals and at line breaks, not after titles', () => {
    const text = 'Ia bertemu Dr. Budi di Jakarta. Mereka makan siang.\nBaris baru tanpa titik';
    const sents = splitSentences(text, tokenize(text)).map((s) => s.map((t) => t.text).join(' '));
    expect(sents).toEqual(['Ia bertemu Dr . Budi di Jakarta .', 'Mereka makan siang .', 'Baris baru tanpa titik']);
  });
});

describe('entity tagger (Indonesian)', () => {
  it('loads the committed model quickly', () => {
    loadTagger();
    expect(lastLoadMs()).toBeLessThan(2000);
  });

  it('tags people without their titles, and places', () => {
    const ms = tag('Presiden Joko Widodo meresmikan bendungan baru di Kabupaten Lebak, Banten, pada Kamis.');
    expect(find(ms, 'Joko Widodo')?.type).toBe('PERSON');
    expect(ms.some((m) => m.type === 'LOCATION' && /Lebak|Banten/.test(m.text))).toBe(true);
    expect(ms.some((m) => m.text.startsWith('Presiden'))).toBe(false);
  });

  it('finds people, organisations and places in a news sentence', () => {
    const ms = tag('Menteri Luar Negeri Retno Marsudi bertemu Sekretaris Jenderal PBB Antonio Guterres di New York, Amerika Serikat.');
    expect(find(ms, 'Retno Marsudi')?.type).toBe('PERSON');
    expect(find(ms, 'Antonio Guterres')?.type).toBe('PERSON');
    expect(find(ms, 'PBB')?.type).toBe('ORGANIZATION');
    expect(find(ms, 'Amerika Serikat')?.type).toBe('LOCATION');
  });

  it('spans map back into the text', () => {
    const text = 'Gubernur Jawa Tengah Ganjar Pranowo meninjau banjir di Semarang.\nKPK memeriksa dua pejabat Kementerian Keuangan.';
    for (const m of tag(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('gives a short name the type of the full name printed earlier', () => {
    const ms = tag('Perdana Menteri Anwar Ibrahim tiba di Jakarta. Anwar kemudian bertemu wartawan.');
    expect(ms.filter((m) => m.text === 'Anwar').every((m) => m.type === 'PERSON')).toBe(true);
    expect(ms.some((m) => m.text === 'Anwar')).toBe(true);
  });

  it('does not tag lower-case words or all-capitals banner lines', () => {
    const ms = tag('ADVERTISEMENT\nPasukan itu bertahan di medan perang selama sebulan.');
    expect(ms.some((m) => m.text === 'ADVERTISEMENT' || m.text === 'medan')).toBe(false);
  });

  it('adds general-knowledge short forms the tagger might miss', () => {
    const ms = tag('Korut menuduh AS memprovokasi.');
    expect(find(ms, 'Korut')?.type).toBe('LOCATION');
    expect(find(ms, 'AS')?.type).toBe('LOCATION');
  });

  it('joins an organisation head to its parent acronym', () => {
    const ms = tag('Sidang Dewan Keamanan PBB digelar. Komisi Tinggi HAM PBB ikut hadir.');
    expect(find(ms, 'Dewan Keamanan PBB')?.type).toBe('ORGANIZATION');
    expect(find(ms, 'Komisi Tinggi HAM PBB')?.type).toBe('ORGANIZATION');
    expect(ms.some((m) => m.text === 'PBB')).toBe(false);
  });

  it('keeps weekdays and all-capitals names out of person names', () => {
    expect(find(tag('Ketua DPR Puan Maharani Senin mengatakan hal itu.'), 'Puan Maharani')?.type).toBe('PERSON');
    // `Un` (a name part) is not the organisation `UN`
    const ms = tag('Kim Jong Un met the envoy in Pyongyang.', 'en');
    expect(ms.some((m) => m.text === 'Un' && m.type === 'ORGANIZATION')).toBe(false);
  });
});

describe('entity tagger (English, Indonesian model + English lexicon)', () => {
  it('finds people and places', () => {
    const ms = tag('Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday.', 'en');
    expect(find(ms, 'Vladimir Putin')?.type).toBe('PERSON');
    expect(find(ms, 'Pyongyang')?.type).toBe('LOCATION');
    // the span is found; its type is not reliable in English (see the report)
    expect(find(ms, 'Kim Jong Un')).toBeDefined();
    expect(ms.some((m) => m.text === 'Wednesday' || m.text.startsWith('President'))).toBe(false);
  });
});

describe('conlleval scoring and model format', () => {
  it('reads chunks as conlleval does', () => {
    expect(chunks(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 5 },
      { type: 'ORG', start: 5, end: 6 },
    ]);
    const s = score([['B-PER', 'I-PER', 'O', 'B-LOC']], [['B-PER', 'I-PER', 'O', 'B-ORG']], ['PER', 'LOC', 'ORG']);
    expect(s.perType.PER.f1).toBe(1);
    expect(s.perType.LOC.f1).toBe(0);
    expect(s.micro.p).toBe(0.5);
    expect(s.macroF1).toBeCloseTo(1 / 3);
  });

  it('round-trips weights through the binary model file', () => {
    const rows = new Map([['w=putin', new Float32Array([0, 1.5, -0.25])], ['b', new Float32Array([2, 0, 0])]]);
    const m = decodeModel(encodeModel({ version: 1, tags: ['O', 'B-PERSON', 'I-PERSON'], gazetteer: [], districts: [], info: {} }, rows));
    const r = m.row('w=putin')!;
    const o = m.offset('w=putin');
    expect(r[o + 1]).toBeCloseTo(1.5, 3);
    expect(r[o + 2]).toBeCloseTo(-0.25, 3);
    expect(m.row('nope')).toBeUndefined();
  });

  it('has an NER lexicon for both languages', () => {
    expect(nerLexiconFor('id').acronyms.AS).toBe('Amerika Serikat');
    expect(nerLexiconFor('en').titles).toContain('president');
    expect(nerLexiconFor('ms').code).toBe('id');
  });
});

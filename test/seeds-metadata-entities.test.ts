/**
 * Entities named only in an article's metadata (the dateline's place, credited wires, photo
 * agencies): read after the annotators, kept apart from the body's spans (no offsets), linked to
 * canonical entities, stored, exported. Also the two readings of a seat of government. Sentences
 * written for these tests; the seeds (../shared/seeds, EXPECTED.md) are read at run time.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { metadataMentions } from '../src/annotate/entities/metadata.js';
import { annotateEntities } from '../src/annotate/entities/index.js';
import { packFor } from '../src/lang/index.js';
import { processDoc } from '../src/pipeline/process.js';
import { linkArticle } from '../src/link/index.js';
import { MemoryEntityIndex, resolveArticle, type MentionInput } from '../src/link/entities/index.js';
import { articleRecord } from '../src/publish/export/index.js';
import { SqliteStore } from '../src/store/index.js';
import { articleDetail } from '../src/server/views.js';
import type { Article, CleanArticle, Entity } from '../src/model/types.js';
import { ROOT, SEEDS, sharedMissing, tempDir, textDoc } from './support.js';

const BODY = `Jembatan Baru Kenjeran Diresmikan

Surabaya (ANTARA) - Pemerintah Kota Surabaya meresmikan jembatan baru di Kenjeran pada Senin (3/3/2025). Wali Kota Eri Cahyadi mengatakan jembatan sepanjang 800 meter itu menghubungkan dua kecamatan.

“Jembatan ini kami bangun untuk warga,” ujar Eri.

(Foto: Budi Santoso/AFP)

Sumber: Xinhua
`;

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'export.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true });
ajv.compile(schema);
const validArticle = ajv.getSchema(`${schema.$id}#/definitions/article`)!;

describe('metadata mentions', () => {
  it('the dateline places, wires (names, not descriptions), and photo or cited credits that are known agencies', () => {
    const ms = metadataMentions(
      {
        dateline: 'Surabaya, Indonesia',
        credits: [
          { name: 'Xinhua', role: 'wire' },
          { name: 'Budi Santoso', role: 'photo' },
          { name: 'AFP', role: 'photo' },
          { name: 'humas/pemkot', role: 'photo' },
          { name: 'Reuters', role: 'cited' },
          { name: 'Bernama', role: 'cited' },
          { name: 'xinhua', role: 'photo' },
          { name: 'News agencies', role: 'wire' },
          { name: 'Voice of America', role: 'wire' },
          { name: 'warta.co.id', role: 'wire' },
        ],
      },
      [{ text: 'Reuters' }],
    );
    expect(ms.map((m) => [m.text, m.type, m.source])).toEqual([
      ['Surabaya', 'LOCATION', 'dateline'],
      ['Indonesia', 'LOCATION', 'dateline'],
      ['Xinhua', 'ORGANIZATION', 'wire'],
      ['AFP', 'ORGANIZATION', 'photo'],
      ['Bernama', 'ORGANIZATION', 'cited'],
      ['Voice of America', 'ORGANIZATION', 'wire'],
      ['warta.co.id', 'ORGANIZATION', 'wire'],
    ]);
    expect(ms.every((m) => m.entity === null && !('start' in m))).toBe(true);
  });

  it('none without a dateline or credits (an article read without cleaning)', () => {
    expect(metadataMentions({ dateline: null, credits: [] })).toEqual([]);
  });

  it('processDoc adds them apart from the body spans, which keep their offsets', () => {
    const a = processDoc(textDoc('jembatan.txt', BODY));
    expect(a.metadataEntities?.map((m) => [m.text, m.source])).toEqual([
      ['Surabaya', 'dateline'],
      ['Xinhua', 'wire'],
      ['AFP', 'photo'],
    ]);
    expect(a.text).not.toContain('Xinhua');
    for (const kind of ['entities', 'times', 'quotes', 'claims'] as const) {
      for (const s of a[kind]) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('are linked to canonical entities, stored, read back and exported', () => {
    const store = new SqliteStore(join(tempDir(), 'm.db'));
    const a = linkArticle(processDoc(textDoc('jembatan.txt', BODY)), store);
    expect(store.putArticle(a)).toBe(true);
    const xinhua = store.listEntities().find((e) => e.name === 'Xinhua');
    expect(xinhua).toMatchObject({ type: 'ORGANIZATION', articles: [a.id] });
    const back = store.getArticle(a.id)!;
    expect(back.metadataEntities).toEqual(a.metadataEntities);
    expect(back.metadataEntities!.find((m) => m.text === 'Xinhua')!.entity).toBe(xinhua!.id);
    // the dateline's place is the body's Surabaya, one entity
    const surabaya = back.metadataEntities!.find((m) => m.source === 'dateline')!;
    expect(back.entities.filter((m) => m.text === 'Surabaya').every((m) => m.entity === surabaya.entity)).toBe(true);
    // an article is listed under an entity only its metadata names
    expect(store.pageArticles({ entity: xinhua!.id }).items.map((h) => h.id)).toEqual([a.id]);
    const rec = articleRecord(back);
    expect(validArticle(rec), JSON.stringify(validArticle.errors)).toBe(true);
    expect(rec.metadataEntities).toContainEqual({ entity: xinhua!.id, type: 'ORGANIZATION', text: 'Xinhua', source: 'wire' });
    // the API's article view (the web page's entity chips) lists them with the body's
    expect(articleDetail(store, a.id)!.entities.map((e) => e.name)).toContain('Xinhua');
  });

  it('an article stored without them reads back without them', () => {
    const store = new SqliteStore(join(tempDir(), 'o.db'));
    const { metadataEntities: _drop, ...plain } = processDoc(textDoc('jembatan.txt', BODY));
    store.putArticle(plain as Article);
    const back = store.getArticle(plain.id)!;
    expect(back.metadataEntities).toBeUndefined();
    expect(validArticle(articleRecord(back))).toBe(true);
  });
});

describe('seats of government and capitals in other spellings', () => {
  const resolve = (text: string, names: [string, MentionInput['type']][]) => {
    const index = new MemoryEntityIndex();
    let from = 0;
    const ms: MentionInput[] = names.map(([t, type]) => {
      const start = text.indexOf(t, from);
      from = start + t.length;
      return { start, end: start + t.length, text: t, type };
    });
    const r = resolveArticle({ id: 'x', text, language: 'id' }, ms, index);
    return { index, names: r.ids.map((id) => index.get(id!)!).map((e) => `${e.name}/${e.type}`) };
  };

  it('the tagger types a seat as the building after a locative marker, else as the institution', () => {
    const types = (text: string, language: 'id' | 'en') =>
      annotateEntities({ id: 'x', text, language } as unknown as CleanArticle, packFor(language)).filter((m) => m.text === 'Kremlin').map((m) => m.type);
    expect(types('Juru bicara Kremlin mengatakan tamu itu disambut di Kremlin. Kremlin menolak tuduhan itu.', 'id')).toEqual(['ORGANIZATION', 'LOCATION', 'ORGANIZATION']);
    expect(types('A Kremlin spokesman said the guests were received in the Kremlin.', 'en')).toEqual(['ORGANIZATION', 'LOCATION']);
  });

  it('a role before a seat names the office; after a locative, the building; as an actor, the state', () => {
    const t = 'Juru bicara Gedung Putih menyebut pertemuan di Gedung Putih berjalan baik. Gedung Putih menolak tuduhan itu.';
    const { names, index } = resolve(t, [['Gedung Putih', 'ORGANIZATION'], ['Gedung Putih', 'LOCATION'], ['Gedung Putih', 'ORGANIZATION']]);
    expect(names).toEqual(['Gedung Putih/ORGANIZATION', 'Gedung Putih/LOCATION', 'Amerika Serikat/LOCATION']);
    expect(index.all().filter((e) => e.name === 'Gedung Putih')).toHaveLength(2);
  });

  it('the office and the building stay apart across articles', () => {
    const index = new MemoryEntityIndex();
    const run = (id: string, text: string, type: MentionInput['type']) => {
      const start = text.indexOf('Kremlin');
      return index.get(resolveArticle({ id, text, language: 'id' }, [{ start, end: start + 7, text: 'Kremlin', type }], index).ids[0]!)!;
    };
    const office1 = run('a', 'Seorang juru bicara Kremlin menolak berkomentar.', 'ORGANIZATION');
    const place = run('b', 'Tamu itu disambut di Kremlin pada Senin.', 'LOCATION');
    const office2 = run('c', 'Ajudan itu berbicara dengan sekretaris pers Kremlin pada Senin.', 'ORGANIZATION');
    expect(office1.type).toBe('ORGANIZATION');
    expect(place.type).toBe('LOCATION');
    expect(place.id).not.toBe(office1.id);
    expect(office2.id).toBe(office1.id);
  });

  it('a capital printed in another language’s spelling stands for its state as an actor', () => {
    const { names } = resolve('Moscow menolak tuduhan itu, kata pejabat di Moscow.', [['Moscow', 'LOCATION'], ['Moscow', 'LOCATION']]);
    expect(names).toEqual(['Rusia/LOCATION', 'Moscow/LOCATION']);
  });
});

describe.skipIf(sharedMissing)('seed corpus: entities of EXPECTED.md named by the metadata', () => {
  const store = new SqliteStore(join(tempDir(), 'seeds.db'));
  const byPrefix = new Map<string, Article>();
  let entities: Entity[] = [];

  beforeAll(() => {
    for (const f of readdirSync(SEEDS).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort()) {
      const a = linkArticle(processDoc(textDoc(f, readFileSync(join(SEEDS, f), 'utf8'))), store);
      store.putArticle(a);
      byPrefix.set(f.slice(0, 3), a);
    }
    entities = store.listEntities();
  });

  const named = (article: string, name: string, type: Entity['type']) => {
    const id = byPrefix.get(article)!.id;
    const es = entities.filter((e) => (e.name === name || e.aliases.includes(name)) && e.type === type && e.articles.includes(id));
    expect(es, `${name} (${type}) in ${article}`).toHaveLength(1);
    return es[0];
  };

  it('000: Istanbul, its dateline, is a place; Anadolu, its wire, an organisation', () => {
    named('000', 'Istanbul', 'LOCATION');
    named('000', 'Anadolu', 'ORGANIZATION');
    expect(byPrefix.get('000')!.text).not.toMatch(/Sumber:\s*Anadolu/);
  });

  it('001: VoA, its credited source, is Voice of America', () => {
    expect(named('001', 'VoA', 'ORGANIZATION').name).toBe('Voice of America');
  });

  it('003: AFP, its photo agency, is an organisation; the photographer is not an entity', () => {
    named('003', 'AFP', 'ORGANIZATION');
    expect(entities.some((e) => e.name === 'Artem Geodakyan')).toBe(false);
  });

  it('every metadata mention is linked, and the body spans still match the text', () => {
    for (const a of byPrefix.values()) {
      for (const m of a.metadataEntities ?? []) expect(m.entity, m.text).not.toBeNull();
      for (const m of a.entities) expect(a.text.slice(m.start, m.end)).toBe(m.text);
      expect(validArticle(articleRecord(store.getArticle(a.id)!))).toBe(true);
    }
  });

  it('002: the Reuters claims carry their basis, Seoul and Kyiv', () => {
    const claims = byPrefix.get('002')!.claims.filter((c) => c.quantity === 10000 || c.quantity === 600);
    expect(claims).toHaveLength(2);
    for (const c of claims) expect(c).toMatchObject({ attributedTo: 'Reuters', basis: ['Seoul', 'Kyiv'] });
  });
});

import { describe, expect, it } from 'vitest';
import {
  MemoryEntityIndex,
  describeEntity,
  resolveArticle,
  roleBefore,
  skeleton,
  base,
  type CanonicalEntity,
  type EntityIndex,
  type MentionInput,
} from '../src/link/entities/index.js';
import { annotateEntities } from '../src/annotate/entities/index.js';
import { packFor } from '../src/lang/index.js';
import { nerLexiconFor } from '../src/lang/ner.js';
import type { CleanArticle, EntityType } from '../src/model/types.js';

/** Mentions from `[surface, type]` pairs, found left to right in `text` (independent of the tagger). */
function mentions(text: string, spec: [string, EntityType][]): MentionInput[] {
  let from = 0;
  return spec.map(([s, type]) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`"${s}" not in text after ${from}`);
    from = start + s.length;
    return { start, end: start + s.length, text: s, type };
  });
}

/** An index that counts look-ups, to show the resolver never scans the store. */
class CountingIndex extends MemoryEntityIndex {
  lookups = 0;
  override lookup(key: string): string[] {
    this.lookups++;
    return super.lookup(key);
  }
}

function entityOf(index: MemoryEntityIndex, alias: string, type?: EntityType): CanonicalEntity | undefined {
  return index.all().find((e) => e.aliases.includes(alias) && (!type || e.type === type));
}

const A1 = {
  id: 'a1',
  language: 'id',
  text:
    'Presiden Rusia Vladimir Putin menerima Menteri Luar Negeri Korea Utara Choe Son-hui di Moskow. ' +
    'Putin memuji Choe. Moskow menyatakan siap bekerja sama dengan Pyongyang. ' +
    'Amerika Serikat (AS) dan Perserikatan Bangsa-Bangsa (PBB) mengecam. Sergey Lavrov ikut hadir.',
};
const A1_MENTIONS = mentions(A1.text, [
  ['Rusia', 'LOCATION'],
  ['Vladimir Putin', 'PERSON'],
  ['Korea Utara', 'LOCATION'],
  ['Choe Son-hui', 'PERSON'],
  ['Moskow', 'LOCATION'],
  ['Putin', 'PERSON'],
  ['Choe', 'PERSON'],
  ['Moskow', 'LOCATION'],
  ['Pyongyang', 'LOCATION'],
  ['Amerika Serikat', 'LOCATION'],
  ['AS', 'LOCATION'],
  ['Perserikatan Bangsa-Bangsa', 'ORGANIZATION'],
  ['PBB', 'ORGANIZATION'],
  ['Sergey Lavrov', 'PERSON'],
]);

const A2 = {
  id: 'a2',
  language: 'id',
  text:
    'Menlu Korut Cho Son-hui tiba di Moscow. Sergei Lavrov menyambutnya. Pemimpin Korut Kim Jong-un ' +
    'mengirim salam. Ayahnya, Kim Jong Il, pernah bertemu Putin. Korea Utara dan AS berselisih di PBB. ' +
    'Menteri Luar Negeri Korea Utara itu juga bertemu Putin.',
};
const A2_MENTIONS = mentions(A2.text, [
  ['Korut', 'LOCATION'],
  ['Cho Son-hui', 'PERSON'],
  ['Moscow', 'LOCATION'],
  ['Sergei Lavrov', 'PERSON'],
  ['Korut', 'LOCATION'],
  ['Kim Jong-un', 'PERSON'],
  ['Kim Jong Il', 'PERSON'],
  ['Putin', 'PERSON'],
  ['Korea Utara', 'LOCATION'],
  ['AS', 'LOCATION'],
  ['PBB', 'ORGANIZATION'],
  ['Putin', 'PERSON'],
]);

const A3 = {
  id: 'a3',
  language: 'id',
  text: 'Kim Jong Un menerima Putin di Pyongyang. Kim menyebut Rusia sahabat.',
};
const A3_MENTIONS = mentions(A3.text, [
  ['Kim Jong Un', 'PERSON'],
  ['Putin', 'PERSON'],
  ['Pyongyang', 'LOCATION'],
  ['Kim', 'PERSON'],
  ['Rusia', 'LOCATION'],
]);

describe('name keys', () => {
  it('fold transliteration and hyphenation variants, but not different names', () => {
    const k = (s: string) => skeleton(base(s));
    expect(k('Choe Son-hui')).toBe(k('Cho Son-hui'));
    expect(k('Sergey Lavrov')).toBe(k('Sergei Lavrov'));
    expect(k('Kim Jong-un')).toBe(k('Kim Jong Un'));
    expect(k('Moskow')).toBe(k('Moscow'));
    expect(k('Kim Jong Il')).not.toBe(k('Kim Jong Un'));
  });

  it('reads roles before a person', () => {
    const lex = nerLexiconFor('id');
    const t = 'Kemarin juru bicara Kremlin Dmitry Peskov berkata.';
    expect(roleBefore(t, t.indexOf('Dmitry'), lex)).toBe('juru bicara Kremlin');
    const t2 = 'Ia bertemu Menlu Korut Choe.';
    expect(roleBefore(t2, t2.indexOf('Choe'), lex)).toBe('Menlu Korut');
    const t3 = 'Kemudian Putin berkata.';
    expect(roleBefore(t3, t3.indexOf('Putin'), lex)).toBeNull();
  });
});

describe('in-article grouping', () => {
  const index = new MemoryEntityIndex();
  const r = resolveArticle(A1, A1_MENTIONS, index);
  const idOf = (i: number) => r.ids[i];

  it('strips titles into roles and joins short names to the full name', () => {
    expect(idOf(1)).toBe(idOf(5)); // Vladimir Putin ~ Putin
    expect(idOf(3)).toBe(idOf(6)); // Choe Son-hui ~ Choe
    const putin = index.get(idOf(1)!)!;
    expect(putin.name).toBe('Vladimir Putin');
    expect(putin.roles).toContain('Presiden Rusia');
    const choe = index.get(idOf(3)!)!;
    expect(choe.roles).toContain('Menteri Luar Negeri Korea Utara');
    expect(choe.merges.some((m) => m.alias === 'Choe' && m.kind === 'short-name')).toBe(true);
  });

  it('expands acronyms defined in the text or known', () => {
    expect(idOf(9)).toBe(idOf(10)); // Amerika Serikat ~ AS
    expect(idOf(11)).toBe(idOf(12)); // Perserikatan Bangsa-Bangsa ~ PBB
  });

  it('tells a capital used as an actor (the state) from the city', () => {
    expect(idOf(4)).not.toBe(idOf(7)); // di Moskow (city) vs Moskow menyatakan (Russia)
    expect(idOf(7)).toBe(idOf(0)); // Moskow menyatakan ~ Rusia
    const russia = index.get(idOf(0)!)!;
    expect(russia.merges.some((m) => m.kind === 'state-metonym' && m.alias === 'Moskow')).toBe(true);
    expect(index.get(idOf(4)!)!.name).toBe('Moskow');
  });

  it('reads a capital after a feeling located in it as the government (`kekhawatiran di Washington`)', () => {
    const text = 'Latihan militer itu memicu kekhawatiran di Washington. Wisatawan memadati museum di Washington. Amerika Serikat belum berkomentar.';
    const idx = new MemoryEntityIndex();
    const r = resolveArticle({ id: 'w1', text, language: 'id' }, mentions(text, [['Washington', 'LOCATION'], ['Washington', 'LOCATION'], ['Amerika Serikat', 'LOCATION']]), idx);
    expect(r.ids[0]).toBe(r.ids[2]); // the government's concern
    expect(r.ids[1]).not.toBe(r.ids[2]); // a museum in the city
    const en = 'The launch caused alarm in Seoul. Tourists crowded a market in Seoul. South Korea said nothing.';
    const r2 = resolveArticle({ id: 'w2', text: en, language: 'en' }, mentions(en, [['Seoul', 'LOCATION'], ['Seoul', 'LOCATION'], ['South Korea', 'LOCATION']]), new MemoryEntityIndex());
    expect(r2.ids[0]).toBe(r2.ids[2]);
    expect(r2.ids[1]).not.toBe(r2.ids[2]);
  });
});

describe('cross-article linking', () => {
  const index = new CountingIndex();
  const r1 = resolveArticle(A1, A1_MENTIONS, index);
  const before = index.lookups;
  const r2 = resolveArticle(A2, A2_MENTIONS, index);
  const r3 = resolveArticle(A3, A3_MENTIONS, index);

  it('merges transliteration variants and short forms with what is stored', () => {
    expect(r2.ids[1]).toBe(r1.ids[3]); // Cho Son-hui ~ Choe Son-hui
    expect(r2.ids[2]).toBe(r1.ids[4]); // Moscow ~ Moskow (the city)
    expect(r2.ids[3]).toBe(r1.ids[13]); // Sergei ~ Sergey Lavrov
    expect(r2.ids[0]).toBe(r1.ids[2]); // Korut ~ Korea Utara
    expect(r2.ids[8]).toBe(r1.ids[2]); // Korea Utara
    expect(r2.ids[9]).toBe(r1.ids[9]); // AS ~ Amerika Serikat
    expect(r2.ids[10]).toBe(r1.ids[11]); // PBB ~ Perserikatan Bangsa-Bangsa
    expect(r2.ids[7]).toBe(r1.ids[1]); // a lone Putin ~ Vladimir Putin
    const choe = index.get(r1.ids[3]!)!;
    expect(choe.aliases).toEqual(expect.arrayContaining(['Choe Son-hui', 'Choe', 'Cho Son-hui']));
    expect(choe.articles).toEqual(['a1', 'a2']);
    const why = choe.merges.find((m) => m.alias === 'Cho Son-hui');
    expect(why?.kind).toBe('cross-article');
    expect(why?.why).toMatch(/transliteration/);
    const card = describeEntity(choe);
    expect(card).toMatch(/"Cho Son-hui" -> "Choe Son-hui" \[cross-article, a2\]/);
    expect(card).toMatch(/"Choe" -> "Choe Son-hui" \[short-name, a1\]/);
  });

  it('links a nationality adjective to its country, across languages, and says why', () => {
    const en = { id: 'a4', language: 'en', text: 'About 10,000 North Korean soldiers and several Russians were seen near the border.' };
    const r4 = resolveArticle(en, mentions(en.text, [['North Korean', 'LOCATION'], ['Russians', 'LOCATION']]), index);
    expect(r4.ids[0]).toBe(r1.ids[2]); // North Korean ~ Korea Utara
    expect(r4.ids[1]).toBe(r1.ids[0]); // Russians ~ Rusia
    const korut = index.get(r1.ids[2]!)!;
    expect(korut.name).toBe('Korea Utara');
    expect(korut.merges.find((m) => m.alias === 'North Korean')?.why).toMatch(/nationality adjective of North Korea/);
  });

  it('keeps Kim Jong Il apart from Kim Jong Un, and hyphenation does not matter', () => {
    expect(r3.ids[0]).toBe(r2.ids[5]); // Kim Jong Un ~ Kim Jong-un
    expect(r2.ids[6]).not.toBe(r2.ids[5]); // Kim Jong Il is his father
    expect(r3.ids[3]).toBe(r3.ids[0]); // Kim -> Kim Jong Un in the same article
    expect(index.get(r2.ids[6]!)!.name).toBe('Kim Jong Il');
  });

  it('gives a role printed alone to the person holding it', () => {
    const choe = index.get(r1.ids[3]!)!;
    expect(choe.roles.map((x) => x.toLowerCase())).toEqual(expect.arrayContaining(['menteri luar negeri korea utara']));
    expect(choe.roles.some((x) => /^Menlu Korut$/i.test(x))).toBe(false); // same role, normalized away
  });

  it('uses a bounded number of index look-ups per article', () => {
    const perArticle = (index.lookups - before) / 2;
    expect(perArticle).toBeLessThan(60);
  });

  it('an index interface is all the resolver needs', () => {
    const calls: string[] = [];
    const inner = new MemoryEntityIndex();
    const spy: EntityIndex = {
      lookup: (k) => (calls.push('lookup'), inner.lookup(k)),
      get: (id) => inner.get(id),
      add: (e, k) => (calls.push('add'), inner.add(e, k)),
      addAlias: (id, a, k, r) => (calls.push('addAlias'), inner.addAlias(id, a, k, r)),
      update: (e) => (calls.push('update'), inner.update(e)),
    };
    resolveArticle(A3, A3_MENTIONS, spy);
    expect(calls).toContain('lookup');
    expect(calls).toContain('add');
  });
});

describe('tagger + resolver on own sentences', () => {
  it('links an article end to end', () => {
    const text =
      'Menteri Luar Negeri Rusia Sergey Lavrov bertemu Menlu Korut Choe Son-hui di Moskow pada Senin. ' +
      'Lavrov mengatakan Rusia mendukung Korea Utara. Choe berterima kasih kepada Lavrov.';
    const art = { id: 'x1', text, language: 'id' } as unknown as CleanArticle;
    const ms = annotateEntities(art, packFor('id'));
    const index = new MemoryEntityIndex();
    const r = resolveArticle({ id: 'x1', text, language: 'id' }, ms, index);
    const ids = (s: string) => new Set(ms.map((m, i) => (m.text === s ? r.ids[i] : undefined)).filter(Boolean));
    expect(ids('Lavrov').size).toBe(1);
    expect([...ids('Lavrov')][0]).toBe([...ids('Sergey Lavrov')][0]);
    expect([...ids('Choe')][0]).toBe([...ids('Choe Son-hui')][0]);
    const lavrov = entityOf(index, 'Sergey Lavrov', 'PERSON')!;
    expect(lavrov.roles).toContain('Menteri Luar Negeri Rusia');
  });
});

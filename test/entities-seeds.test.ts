/**
 * The seed corpus (../shared/seeds, read at run time; no text is copied here): every entity and
 * alias group of EXPECTED.md, run through the tagger and the resolver on the raw seed files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateEntities } from '../src/annotate/entities/index.js';
import { MemoryEntityIndex, resolveArticle, normalizeRole, type CanonicalEntity } from '../src/link/entities/index.js';
import { packFor } from '../src/lang/index.js';
import { nerLexiconFor } from '../src/lang/ner.js';
import type { CleanArticle, EntityMention, EntityType } from '../src/model/types.js';

const seeds = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/seeds');
const present = existsSync(seeds) && readdirSync(seeds).some((f) => /^\d{3}_.*\.txt$/.test(f));
if (!present) console.warn(`SKIPPED entities-seeds: seed corpus not found at ${seeds}`);

describe.skipIf(!present)('seed corpus: entities and alias groups of EXPECTED.md', () => {
  const index = new MemoryEntityIndex();
  const linked: { article: string; m: EntityMention }[] = [];
  const texts = new Map<string, string>();

  beforeAll(() => {
    for (const f of readdirSync(seeds).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort()) {
      const text = readFileSync(join(seeds, f), 'utf8');
      const id = f.slice(0, 3);
      texts.set(id, text);
      const ms = annotateEntities({ id, text, language: 'id' } as unknown as CleanArticle, packFor('id'));
      const r = resolveArticle({ id, text, language: 'id' }, ms, index);
      ms.forEach((m, i) => linked.push({ article: id, m: { ...m, entity: r.ids[i] } }));
    }
  });

  const byName = (name: string, type?: EntityType): CanonicalEntity => {
    const es = index.all().filter((e) => e.name === name && (!type || e.type === type));
    expect(es, `an entity named ${name}`).toHaveLength(1);
    return es[0];
  };
  /** Every printed `alias` mention (optionally of one article) is linked to `e`. */
  const allLinked = (e: CanonicalEntity, alias: string) => {
    const ms = linked.filter((x) => x.m.text === alias);
    expect(ms.length, `mentions of ${alias}`).toBeGreaterThan(0);
    expect(e.aliases).toContain(alias);
  };

  it('Vladimir Putin <- Putin, Presiden Rusia Vladimir Putin', () => {
    const e = byName('Vladimir Putin', 'PERSON');
    allLinked(e, 'Putin');
    expect(linked.filter((x) => x.m.text === 'Putin' && x.m.type === 'PERSON').every((x) => x.m.entity === e.id)).toBe(true);
    expect(e.roles).toContain('Presiden Rusia');
  });

  it('Choe Son-hui <- Choe, Cho Son-hui, Menteri Luar Negeri Korea Utara, Menlu Choe', () => {
    const e = byName('Choe Son-hui', 'PERSON');
    allLinked(e, 'Choe');
    allLinked(e, 'Cho Son-hui');
    const lex = nerLexiconFor('id');
    expect(e.roles.map((r) => normalizeRole(r, lex))).toContain('menteri luar negeri korea utara');
    expect(e.merges.some((m) => m.alias === 'Cho Son-hui')).toBe(true);
    // `Menlu Choe`: the mention after the title is Choe
    const afterMenlu = linked.filter((x) => x.m.text === 'Choe' && texts.get(x.article)!.slice(x.m.start - 6, x.m.start) === 'Menlu ');
    expect(afterMenlu.length).toBeGreaterThan(0);
    expect(afterMenlu.every((x) => x.m.entity === e.id)).toBe(true);
  });

  it('Kim Jong Un <- Kim Jong-un, Kim; Kim Jong Il stays apart', () => {
    const e = byName('Kim Jong Un', 'PERSON');
    allLinked(e, 'Kim Jong-un');
    allLinked(e, 'Kim');
    const il = byName('Kim Jong Il', 'PERSON');
    expect(il.id).not.toBe(e.id);
    expect(il.aliases).not.toContain('Kim');
    expect(e.aliases).not.toContain('Kim Jong Il');
  });

  it('Sergey Lavrov <- Sergei Lavrov, Lavrov', () => {
    const e = byName('Sergey Lavrov', 'PERSON');
    allLinked(e, 'Sergei Lavrov');
    allLinked(e, 'Lavrov');
  });

  it('the other people are each one entity', () => {
    for (const n of ['Dmitry Peskov', 'Donald Trump', 'Boris Yeltsin', 'Kim Jong Il', 'Andrei Belousov', 'Denis Mantrurov']) {
      byName(n, 'PERSON');
    }
    allLinked(byName('Dmitry Peskov'), 'Peskov');
  });

  it('North Korea <- Korea Utara, Korut, Pyongyang (as the state)', () => {
    const e = byName('Korea Utara');
    allLinked(e, 'Korut');
    expect(e.aliases).toContain('Pyongyang');
    expect(e.merges.some((m) => m.alias === 'Pyongyang' && m.kind === 'state-metonym')).toBe(true);
  });

  it('Russia <- Rusia, Moskow and Kremlin (as the state)', () => {
    const e = byName('Rusia');
    expect(e.aliases).toEqual(expect.arrayContaining(['Moskow', 'Kremlin']));
  });

  it('the United States <- Amerika Serikat, AS, Washington (as the state)', () => {
    const e = byName('Amerika Serikat');
    allLinked(e, 'AS');
    expect(e.merges.some((m) => m.alias === 'Washington' && m.kind === 'state-metonym')).toBe(true);
  });

  it('Moskow the city is a place; Moscow as an actor (`Moscow berharap`) is the state', () => {
    byName('Moskow', 'LOCATION');
    expect(byName('Rusia').aliases).toContain('Moscow');
  });

  it('Kremlin is a place (`di Kremlin`), an organisation (`juru bicara Kremlin`) and the state as an actor', () => {
    const place = byName('Kremlin', 'LOCATION');
    const office = byName('Kremlin', 'ORGANIZATION');
    const state = byName('Rusia');
    const kremlin = linked.filter((x) => x.m.text === 'Kremlin');
    const before = (x: (typeof linked)[number], n: number) => texts.get(x.article)!.slice(x.m.start - n, x.m.start);
    expect(kremlin.filter((x) => before(x, 3) === 'di ').every((x) => x.m.entity === place.id && x.m.type === 'LOCATION')).toBe(true);
    const spokesman = kremlin.filter((x) => before(x, 12) === 'juru bicara ');
    expect(spokesman.length).toBeGreaterThan(0);
    expect(spokesman.every((x) => x.m.entity === office.id && x.m.type === 'ORGANIZATION')).toBe(true);
    expect(kremlin.filter((x) => before(x, 5) === 'oleh ').every((x) => x.m.entity === state.id && x.m.type === 'ORGANIZATION')).toBe(true);
    expect(state.type).toBe('LOCATION');
  });

  it('places are tagged', () => {
    for (const p of ['Moskow', 'Kremlin', 'Pyongyang', 'Beijing', 'Minsk', 'Belarus', 'Ukraina', 'Istanbul', 'Seoul', 'Kyiv', 'Eurasia']) {
      expect(linked.some((x) => x.m.text === p && x.m.type === 'LOCATION'), p).toBe(true);
    }
  });

  it('organisations are tagged', () => {
    for (const o of ['Dewan Keamanan PBB', 'KCNA', 'Reuters', 'BBC', 'Sputnik', 'Anadolu', 'VoA', 'AFP', 'NYTimes']) {
      expect(linked.some((x) => x.m.text === o && x.m.type === 'ORGANIZATION'), o).toBe(true);
    }
  });

  it('Uni Soviet and Tentara Merah are tagged', () => {
    for (const o of ['Uni Soviet', 'Tentara Merah']) expect(linked.some((x) => x.m.text === o), o).toBe(true);
  });

  it('every mention of a person name is linked to an entity of the right type', () => {
    for (const x of linked) expect(x.m.entity, x.m.text).not.toBeNull();
  });
});

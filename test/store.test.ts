import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../src/store/index.js';
import { migrations } from '../src/store/sqlite/migrations.js';
import type { Article } from '../src/model/types.js';
import { tempDir } from './support.js';

function sample(id: string, over: Partial<Article> = {}): Article {
  return {
    id, hash: id.repeat(8), origin: `${id}.txt`, url: null, title: `Judul ${id}`, titleSource: 'printed', outlet: 'Warta',
    publishedAt: '2025-10-28T16:40:00+07:00', publishedAtSource: 'printed', dateline: 'Jakarta', authors: ['Rina'], editors: ['Budi'],
    credits: [{ name: 'Antara', role: 'wire' }], language: 'id', text: 'Harga beras naik di pasar induk pada Senin.',
    removed: [{ text: 'ADVERTISEMENT', reason: 'advertisement' }],
    entities: [{ start: 24, end: 35, text: 'pasar induk', type: 'LOCATION', entity: null }],
    times: [{ start: 36, end: 42, text: 'Senin.', type: 'DATE', value: '2025-10-27' }],
    quotes: [], claims: [{ start: 0, end: 5, text: 'Harga', quantity: 5, unit: 'persen', attributedTo: null }],
    ...over,
  };
}

describe('SQLite store', () => {
  it('round-trips an article with its spans, and ignores a second copy of the same hash', () => {
    const s = new SqliteStore(join(tempDir(), 's.db'));
    const a = sample('a1');
    expect(s.putArticle(a)).toBe(true);
    expect(s.putArticle({ ...a, id: 'other' })).toBe(false);
    expect(s.countArticles()).toBe(1);
    expect(s.getArticle('a1')).toEqual(a);
    expect(s.hasHash(a.hash)).toBe(true);
    s.close();
  });

  it('finds articles by unique id prefix, filters and full-text search', () => {
    const s = new SqliteStore(join(tempDir(), 's.db'));
    s.putArticle(sample('abc111'));
    s.putArticle(sample('abc222', { outlet: 'Kabar', text: 'Gempa mengguncang pesisir pada Selasa pagi.', publishedAt: '2025-11-02' }));
    expect(s.getArticle('abc1')?.id).toBe('abc111');
    expect(s.getArticle('abc')).toBeNull(); // ambiguous
    expect(s.listArticles({ outlet: 'kabar' }).map((a) => a.id)).toEqual(['abc222']);
    expect(s.listArticles({ from: '2025-11-01' }).map((a) => a.id)).toEqual(['abc222']);
    expect(s.listArticles({ q: 'gempa' }).map((a) => a.id)).toEqual(['abc222']);
    expect(s.listArticles({ q: 'AS -- "x' })).toEqual([]); // user syntax never breaks the query
    s.close();
  });

  it('applies migrations once and refuses a newer schema', () => {
    const path = join(tempDir(), 'm.db');
    new SqliteStore(path).close();
    new SqliteStore(path).close();
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.close();
    expect(() => new SqliteStore(path)).toThrow(/newer than this program/);
  });

  it('rolls back everything in a failed transaction', () => {
    const s = new SqliteStore(join(tempDir(), 't.db'));
    expect(() =>
      s.transaction(() => {
        s.putArticle(sample('r1'));
        throw new Error('link failed');
      }),
    ).toThrow('link failed');
    expect(s.countArticles()).toBe(0);
    s.close();
  });

  it('keeps cross-document objects and stage state', () => {
    const s = new SqliteStore(join(tempDir(), 'x.db'));
    s.putEntity({ id: 'e1', name: 'Vladimir Putin', type: 'PERSON', aliases: ['Putin'], roles: ['Presiden Rusia'], articles: ['a1'] });
    s.putEvent({ id: 'v1', date: '2025-10-27', dateEnd: null, title: 'T', summary: 'S', articles: ['a1'], entities: ['e1'], place: 'Moskow' });
    s.putDuplicate({ a: 'b', b: 'a', kind: 'shares-passages', similarity: 0.4, origin: 'a' });
    s.putStoryline({ id: 's1', title: 'R', events: ['v1'], timeline: [] });
    s.setMeta('k', 'v');
    expect(s.getEntity('e1')?.aliases).toEqual(['Putin']);
    expect(s.listEvents()).toHaveLength(1);
    expect(s.listDuplicates()[0].kind).toBe('shares-passages');
    expect(s.getStoryline('s1')?.events).toEqual(['v1']);
    expect(s.getMeta('k')).toBe('v');
    s.deleteEvent('v1');
    expect(s.getEvent('v1')).toBeNull();
    s.close();
  });

  it('finds entities by any spelling through the name index, and keeps it in step with updates', () => {
    const s = new SqliteStore(join(tempDir(), 'n.db'));
    const e = { id: 'e1', name: 'Choe Son-hui', type: 'PERSON' as const, aliases: ['Choe'], roles: [], articles: ['a1'] };
    s.putEntity(e);
    s.putEntity({ id: 'e2', name: 'Kim Jong Il', type: 'PERSON', aliases: [], roles: [], articles: ['a2'] });
    const names = (q: string) => s.pageEntities({ q, limit: 10 }).items.map((x) => x.id);
    expect(names('choe')).toEqual(['e1']);
    expect(names('son hu')).toEqual(['e1']); // every word a prefix of a name word
    expect(names('cho son')).toEqual(['e1']);
    expect(names('kim')).toEqual(['e2']);
    s.putEntity({ ...e, aliases: ['Choe', 'Cho Son-hui', 'Menlu Korut'] });
    expect(names('korut')).toEqual(['e1']);
    expect(s.pageEntities({ q: 'choe', limit: 10 }).total).toBe(1); // updated, not duplicated
    s.close();
  });

  it('adds to the articles that mention an entity instead of rewriting a growing list', () => {
    const s = new SqliteStore(join(tempDir(), 'ea.db'));
    const e = { id: 'e1', name: 'Jakarta', type: 'LOCATION' as const, aliases: [], roles: [], articles: ['a1'] };
    s.putEntity(e);
    s.putEntity({ ...e, articles: ['a2'] });
    s.putEntity({ ...e, articles: ['a1'] }); // again: counted once
    s.putEntity({ id: 'e2', name: 'Bandung', type: 'LOCATION', aliases: [], roles: [], articles: ['a3'] });
    expect(s.getEntity('e1')?.articles).toEqual(['a1', 'a2']);
    expect(s.listEntities().map((x) => [x.id, x.articles])).toEqual([['e2', ['a3']], ['e1', ['a1', 'a2']]]);
    expect(s.getEntities(['e1']).map((x) => x.articles)).toEqual([['a1', 'a2']]);
    expect(s.pageEntities({ limit: 10 }).items.map((x) => x.id)).toEqual(['e1', 'e2']); // most articles first
    s.close();
  });

  it('moves entity article lists out of the JSON when opening a version-4 store', () => {
    const path = join(tempDir(), 'v4.db');
    const db = new Database(path);
    db.transaction(() => {
      for (const m of migrations.slice(0, 4)) db.exec(m);
    })();
    db.pragma('user_version = 4');
    const old = { id: 'e1', name: 'Jakarta', type: 'LOCATION', aliases: ['DKI'], roles: [], articles: ['a1', 'a2'], mentions: 3 };
    db.prepare('INSERT INTO entities (id, name, type, data) VALUES (?, ?, ?, ?)').run('e1', 'Jakarta', 'LOCATION', JSON.stringify(old));
    db.prepare("INSERT INTO link_state (kind, id, data) VALUES ('entity', 'e1', ?)").run(JSON.stringify(old));
    db.close();
    const s = new SqliteStore(path);
    expect(s.getEntity('e1')?.articles).toEqual(['a1', 'a2']);
    expect(JSON.parse(s.linkGet('entity', 'e1')!)).toMatchObject({ articles: [], articleCount: 2 });
    expect(s.pageEntities({ q: 'dki', limit: 10 }).items.map((x) => x.id)).toEqual(['e1']);
    s.close();
  });
});

/**
 * Editors are named apart from the writers: read from `Editor:`, `Penyunting:`, `Redaktur:`,
 * `Editing by` lines and sign-offs, never listed as authors; kept through the store (old stores
 * read as having none) and the export.
 */
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cleanDoc } from '../src/clean/index.js';
import { lexicon } from '../src/clean/lexicon.js';
import { bylinePeople, splitPeople } from '../src/clean/meta/bylines.js';
import { cutTrailing } from '../src/clean/meta/trailing.js';
import { SqliteStore } from '../src/store/index.js';
import { migrations } from '../src/store/sqlite/migrations.js';
import { articleRecord } from '../src/publish/export/index.js';
import type { Article } from '../src/model/types.js';
import { tempDir, textDoc } from './support.js';

const lex = lexicon();
const none = new Set<string>();
const P1 = 'Palu - Pemerintah kabupaten memperbaiki jembatan gantung di Desa Lembah Sari yang putus diterjang arus sungai pekan lalu.';
const P2 = 'Kepala dinas pekerjaan umum mengatakan perbaikan ditargetkan rampung sebelum musim hujan mencapai puncaknya.';

describe('editors: byline lines', () => {
  it('tells writers from editors by their label', () => {
    expect(bylinePeople('Penulis: Rina Kusuma | Editor: Budi Santoso', lex, none)).toEqual({ authors: ['Rina Kusuma'], editors: ['Budi Santoso'] });
    expect(bylinePeople('Editor : Dewi Anggraini', lex, none)).toEqual({ authors: [], editors: ['Dewi Anggraini'] });
    expect(bylinePeople('Penyunting: Made Wirawan', lex, none)).toEqual({ authors: [], editors: ['Made Wirawan'] });
    expect(bylinePeople('Redaktur: Siti Rahma dan Agus Salim', lex, none)).toEqual({ authors: [], editors: ['Siti Rahma', 'Agus Salim'] });
    expect(bylinePeople('Oleh Yohana Pasaribu', lex, none)).toEqual({ authors: ['Yohana Pasaribu'], editors: [] });
    expect(bylinePeople('Harga cabai naik lagi', lex, none)).toBeNull();
  });

  it('a label inside a list of names switches the role of the names after it', () => {
    expect(splitPeople('Jane Doe and Tom Roe in Manila; Editing by Mark Poe and Ann Loe', lex, none)).toEqual({
      authors: ['Jane Doe', 'Tom Roe'],
      editors: ['Mark Poe', 'Ann Loe'],
    });
  });

  it('bracketed sign-offs: an editor label is an editor, a desk code is no one', () => {
    expect(cutTrailing(`${P2} (Editor: Budi Santoso)`, lex).cuts[0]).toMatchObject({ reason: 'byline', editor: 'Budi Santoso' });
    expect(cutTrailing(`${P2} (Editor: Budi Santoso)`, lex).cuts[0].name).toBeUndefined();
    const code = cutTrailing(`${P2} (WIL)`, lex).cuts[0];
    expect(code).toMatchObject({ reason: 'trailing-marker' });
    expect(code.name ?? code.editor).toBeUndefined();
  });
});

describe('editors: whole articles', () => {
  it('a trailing Editor line is an editor, not an author', () => {
    const a = cleanDoc(textDoc('t1.txt', [P1, P2, 'Penulis: Rina Kusuma', 'Editor: Budi Santoso'].join('\n')));
    expect(a.authors).toEqual(['Rina Kusuma']);
    expect(a.editors).toEqual(['Budi Santoso']);
    expect(a.text.split('\n')).toEqual([P1.replace(/^Palu - /, ''), P2]);
  });

  it('an editor alone leaves the authors empty; a desk code names no editor', () => {
    const a = cleanDoc(textDoc('t2.txt', [P1, `${P2} (ant)`, 'Redaktur: Made Wirawan'].join('\n')));
    expect(a.authors).toEqual([]);
    expect(a.editors).toEqual(['Made Wirawan']);
    const b = cleanDoc(textDoc('t3.txt', [P1, `${P2} (WIL)`].join('\n')));
    expect(b.authors).toEqual([]);
    expect(b.editors).toEqual([]);
  });

  it('English wire sign-off: reporters are authors, the editor is not', () => {
    const a = cleanDoc(textDoc('t4.txt', [
      'MANILA (Reuters) - The city council approved a new flood pump station on Tuesday after two weeks of debate.',
      'Officials said construction would start next month and take about a year to finish.',
      '(Reporting by Jane Doe and Tom Roe; Editing by Mark Poe)',
    ].join('\n')));
    expect(a.authors).toEqual(['Jane Doe', 'Tom Roe']);
    expect(a.editors).toEqual(['Mark Poe']);
  });

  it('HTML byline blocks: the editor block is read apart from the writer block', () => {
    const html = `<html><head><title>Jembatan Gantung Lembah Sari Diperbaiki</title></head><body><article>
      <h1>Jembatan Gantung Lembah Sari Diperbaiki</h1><p class="author">Penulis: Rina Kusuma</p>
      <p>${P1}</p><p>${P2}</p><p class="editor">Editor: Budi Santoso</p></article></body></html>`;
    const a = cleanDoc({ ...textDoc('t5.html', html), format: 'html', container: 'html' });
    expect(a.authors).toEqual(['Rina Kusuma']);
    expect(a.editors).toEqual(['Budi Santoso']);
  });
});

function sample(over: Partial<Article> = {}): Article {
  return {
    id: 'a1', hash: 'h1'.repeat(8), origin: 'a1.txt', url: null, title: 'Judul', titleSource: 'printed', outlet: 'Warta',
    publishedAt: '2025-11-08', publishedAtSource: 'printed', dateline: 'Palu', authors: ['Rina Kusuma'], editors: ['Budi Santoso'],
    credits: [], language: 'id', text: P2, removed: [], entities: [], times: [], quotes: [], claims: [],
    ...over,
  };
}

describe('editors: store and export', () => {
  it('round-trips editors, in full articles and in article heads', () => {
    const s = new SqliteStore(join(tempDir(), 'e.db'));
    s.putArticle(sample());
    expect(s.getArticle('a1')?.editors).toEqual(['Budi Santoso']);
    expect(s.getArticleHeads(['a1'])[0].editors).toEqual(['Budi Santoso']);
    expect(s.pageArticles({ limit: 5 }).items[0].editors).toEqual(['Budi Santoso']);
    s.putArticle(sample({ id: 'a2', hash: 'h2'.repeat(8), origin: 'a2.txt', editors: undefined }));
    expect(s.getArticle('a2')?.editors).toEqual([]);
    s.close();
  });

  it('a store made before editors existed opens, and its articles read as having none', () => {
    const path = join(tempDir(), 'v5.db');
    const db = new Database(path);
    db.transaction(() => {
      for (const m of migrations.slice(0, 5)) db.exec(m);
    })();
    db.pragma('user_version = 5');
    db.prepare(`INSERT INTO articles (id, hash, origin, title, authors, credits, language, text, removed, ingested_at)
      VALUES ('a9', 'h9', 'a9.txt', 'Lama', '["Rina Kusuma"]', '[]', 'id', ?, '[]', '2025-11-08T00:00:00Z')`).run(P2);
    db.close();
    const s = new SqliteStore(path);
    const a = s.getArticle('a9')!;
    expect(a.authors).toEqual(['Rina Kusuma']);
    expect(a.editors).toEqual([]);
    expect(articleRecord(a).editors).toEqual([]);
    s.close();
  });

  it('the export lists editors right after the authors', () => {
    const rec = articleRecord(sample());
    const keys = Object.keys(rec);
    expect(keys.indexOf('editors')).toBe(keys.indexOf('authors') + 1);
    expect(rec.editors).toEqual(['Budi Santoso']);
    expect(articleRecord(sample({ editors: undefined })).editors).toEqual([]);
  });
});

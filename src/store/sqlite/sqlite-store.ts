import Database from 'better-sqlite3';
import type { Article, Duplicate, Entity, Event, Storyline } from '../../model/types.js';
import type { ArticleQuery, Failure, Store } from '../store.js';
import { migrations } from './migrations.js';

type Row = Record<string, any>;
const SPAN_KINDS = ['entities', 'times', 'quotes', 'claims'] as const;

/** The default store: one SQLite file, WAL mode, FTS5 for search. */
export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly stmts;

  constructor(readonly location: string) {
    this.db = new Database(location);
    this.db.pragma('journal_mode = WAL');
    // NORMAL is durable across process crashes in WAL mode; only power loss can drop the last commit.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    const db = this.db;
    this.stmts = {
      hasHash: db.prepare('SELECT 1 FROM articles WHERE hash = ?').pluck(),
      insertArticle: db.prepare(`INSERT INTO articles (id, hash, origin, url, title, title_source, outlet,
        published_at, published_at_source, published_date, dateline, authors, credits, language, text, removed, ingested_at)
        VALUES (@id, @hash, @origin, @url, @title, @titleSource, @outlet, @publishedAt, @publishedAtSource,
        @publishedDate, @dateline, @authors, @credits, @language, @text, @removed, @ingestedAt)
        ON CONFLICT DO NOTHING`),
      insertFts: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
      insertSpan: db.prepare(`INSERT INTO spans (article_id, kind, ord, start, end, text, label, value, data)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      articleById: db.prepare('SELECT rowid AS seq, * FROM articles WHERE id = ?'),
      articleByPrefix: db.prepare("SELECT rowid AS seq, * FROM articles WHERE id LIKE ? || '%' LIMIT 2"),
      spansOf: db.prepare('SELECT * FROM spans WHERE article_id = ? ORDER BY kind, ord'),
      count: db.prepare('SELECT count(*) FROM articles').pluck(),
      putEntity: db.prepare('INSERT OR REPLACE INTO entities (id, name, type, data) VALUES (?, ?, ?, ?)'),
      getEntity: db.prepare('SELECT data FROM entities WHERE id = ?').pluck(),
      listEntities: db.prepare('SELECT data FROM entities ORDER BY name').pluck(),
      putEvent: db.prepare('INSERT OR REPLACE INTO events (id, date, data) VALUES (?, ?, ?)'),
      getEvent: db.prepare('SELECT data FROM events WHERE id = ?').pluck(),
      deleteEvent: db.prepare('DELETE FROM events WHERE id = ?'),
      listEvents: db.prepare('SELECT data FROM events ORDER BY date, id').pluck(),
      putDuplicate: db.prepare('INSERT OR REPLACE INTO duplicates (a, b, data) VALUES (?, ?, ?)'),
      listDuplicates: db.prepare('SELECT data FROM duplicates ORDER BY a, b').pluck(),
      putStoryline: db.prepare('INSERT OR REPLACE INTO storylines (id, data) VALUES (?, ?)'),
      getStoryline: db.prepare('SELECT data FROM storylines WHERE id = ?').pluck(),
      listStorylines: db.prepare('SELECT data FROM storylines ORDER BY id').pluck(),
      putFailure: db.prepare('INSERT OR REPLACE INTO failures (origin, reason, at) VALUES (?, ?, ?)'),
      clearFailure: db.prepare('DELETE FROM failures WHERE origin = ?'),
      listFailures: db.prepare('SELECT origin, reason, at FROM failures ORDER BY origin'),
      getMeta: db.prepare('SELECT value FROM meta WHERE key = ?').pluck(),
      setMeta: db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)'),
    };
  }

  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    if (current > migrations.length) {
      throw new Error(`${this.location}: database schema version ${current} is newer than this program (${migrations.length}); upgrade Linimasa`);
    }
    for (let v = current; v < migrations.length; v++) {
      this.db.transaction(() => {
        this.db.exec(migrations[v]);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  hasHash(hash: string): boolean {
    return this.stmts.hasHash.get(hash) !== undefined;
  }

  putArticle(a: Article): boolean {
    return this.transaction(() => {
      const info = this.stmts.insertArticle.run({
        id: a.id,
        hash: a.hash,
        origin: a.origin,
        url: a.url,
        title: a.title,
        titleSource: a.titleSource,
        outlet: a.outlet,
        publishedAt: a.publishedAt,
        publishedAtSource: a.publishedAtSource,
        publishedDate: a.publishedAt ? a.publishedAt.slice(0, 10) : null,
        dateline: a.dateline,
        authors: JSON.stringify(a.authors),
        credits: JSON.stringify(a.credits),
        language: a.language,
        text: a.text,
        removed: JSON.stringify(a.removed),
        ingestedAt: new Date().toISOString(),
      });
      if (info.changes === 0) return false;
      this.stmts.insertFts.run(info.lastInsertRowid, a.title ?? '', a.text);
      for (const kind of SPAN_KINDS) {
        a[kind].forEach((s, i) => {
          const { start, end, text, ...rest } = s as unknown as Row;
          const label = rest.type ?? rest.speaker ?? rest.unit ?? null;
          const value = rest.entity ?? rest.value ?? (rest.quantity != null ? String(rest.quantity) : null);
          this.stmts.insertSpan.run(a.id, kind, i, start, end, text, label, value, JSON.stringify(rest));
        });
      }
      this.stmts.clearFailure.run(a.origin);
      return true;
    });
  }

  private hydrate(row: Row | undefined): Article | null {
    if (!row) return null;
    const article: Article = {
      id: row.id,
      hash: row.hash,
      origin: row.origin,
      url: row.url,
      title: row.title,
      titleSource: row.title_source,
      outlet: row.outlet,
      publishedAt: row.published_at,
      publishedAtSource: row.published_at_source,
      dateline: row.dateline,
      authors: JSON.parse(row.authors),
      credits: JSON.parse(row.credits),
      language: row.language,
      text: row.text,
      removed: JSON.parse(row.removed),
      entities: [],
      times: [],
      quotes: [],
      claims: [],
    };
    for (const s of this.stmts.spansOf.all(row.id) as Row[]) {
      (article[s.kind as (typeof SPAN_KINDS)[number]] as unknown[]).push({ start: s.start, end: s.end, text: s.text, ...JSON.parse(s.data) });
    }
    return article;
  }

  getArticle(idOrPrefix: string): Article | null {
    const exact = this.stmts.articleById.get(idOrPrefix) as Row | undefined;
    if (exact) return this.hydrate(exact);
    if (idOrPrefix.length < 4) return null;
    const rows = this.stmts.articleByPrefix.all(idOrPrefix) as Row[];
    return rows.length === 1 ? this.hydrate(rows[0]) : null;
  }

  listArticles(q: ArticleQuery = {}): Article[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.from) { where.push('a.published_date >= ?'); args.push(q.from.slice(0, 10)); }
    if (q.to) { where.push('a.published_date <= ?'); args.push(q.to.slice(0, 10)); }
    if (q.outlet) { where.push('a.outlet = ? COLLATE NOCASE'); args.push(q.outlet); }
    if (q.language) { where.push('a.language = ?'); args.push(q.language); }
    let from = 'articles a';
    if (q.q) {
      from = 'articles_fts f JOIN articles a ON a.rowid = f.rowid';
      where.push('articles_fts MATCH ?');
      args.push(ftsQuery(q.q));
    }
    const sql = `SELECT a.rowid AS seq, a.* FROM ${from} ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY ${q.q ? 'f.rank' : 'a.rowid'} LIMIT ? OFFSET ?`;
    args.push(q.limit ?? -1, q.offset ?? 0);
    return (this.db.prepare(sql).all(...args) as Row[]).map((r) => this.hydrate(r)!);
  }

  *iterateArticles(): IterableIterator<Article> {
    // Paged by rowid so a long export neither holds a cursor open across writes nor loads it all.
    let last = 0;
    const page = this.db.prepare('SELECT rowid AS seq, * FROM articles WHERE rowid > ? ORDER BY rowid LIMIT 200');
    for (;;) {
      const rows = page.all(last) as Row[];
      if (rows.length === 0) return;
      for (const r of rows) yield this.hydrate(r)!;
      last = rows[rows.length - 1].seq;
    }
  }

  countArticles(): number {
    return this.stmts.count.get() as number;
  }

  putEntity(e: Entity): void { this.stmts.putEntity.run(e.id, e.name, e.type, JSON.stringify(e)); }
  getEntity(id: string): Entity | null { return parse(this.stmts.getEntity.get(id)); }
  listEntities(): Entity[] { return (this.stmts.listEntities.all() as string[]).map((d) => JSON.parse(d)); }

  putEvent(e: Event): void { this.stmts.putEvent.run(e.id, e.date, JSON.stringify(e)); }
  getEvent(id: string): Event | null { return parse(this.stmts.getEvent.get(id)); }
  deleteEvent(id: string): void { this.stmts.deleteEvent.run(id); }
  listEvents(): Event[] { return (this.stmts.listEvents.all() as string[]).map((d) => JSON.parse(d)); }

  putDuplicate(d: Duplicate): void {
    const [a, b] = d.a < d.b ? [d.a, d.b] : [d.b, d.a];
    this.stmts.putDuplicate.run(a, b, JSON.stringify(d));
  }
  listDuplicates(): Duplicate[] { return (this.stmts.listDuplicates.all() as string[]).map((d) => JSON.parse(d)); }

  putStoryline(s: Storyline): void { this.stmts.putStoryline.run(s.id, JSON.stringify(s)); }
  getStoryline(id: string): Storyline | null { return parse(this.stmts.getStoryline.get(id)); }
  listStorylines(): Storyline[] { return (this.stmts.listStorylines.all() as string[]).map((d) => JSON.parse(d)); }

  recordFailure(origin: string, reason: string): void {
    this.stmts.putFailure.run(origin, reason, new Date().toISOString());
  }
  listFailures(): Failure[] { return this.stmts.listFailures.all() as Failure[]; }

  getMeta(key: string): string | null { return (this.stmts.getMeta.get(key) as string | undefined) ?? null; }
  setMeta(key: string, value: string): void { this.stmts.setMeta.run(key, value); }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function parse<T>(data: unknown): T | null {
  return typeof data === 'string' ? (JSON.parse(data) as T) : null;
}

/** User words -> an FTS5 query of quoted terms (so `AS` or `-` in a name is not FTS syntax). */
export function ftsQuery(q: string): string {
  const terms = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  return terms.length ? terms.map((t) => `"${t}"`).join(' ') : '""';
}

import Database from 'better-sqlite3';
import type { Article, Duplicate, Entity, Event, Storyline } from '../../model/types.js';
import type { ArticleQuery, Failure, Store } from '../store.js';
import type { ArticleHead, Cooccurrence, EntityFilter, ListFilter, Page, StoredQuote } from '../store.js';
import type { LinkLookup, LinkPosting } from '../store.js';
import { migrations } from './migrations.js';

type Row = Record<string, any>;
const SPAN_KINDS = ['entities', 'times', 'quotes', 'claims'] as const;
/**
 * Metadata mentions share the spans table (so an article is found by the entities its dateline and
 * credits name) with -1 for the offsets they do not have; articles stored before have none.
 */
const META_KIND = 'metadataEntities';

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
    // Linking writes a few hundred small rows per article all over the link tables. With the
    // defaults (2 MB page cache, a checkpoint every 1000 WAL pages) most of that became page
    // reads and checkpoint syncs; a larger cache and rarer checkpoints halved the time per
    // article in `npm run bench:link` (scripts/bench-link.ts, 2,000 articles: 194 s -> 101 s).
    this.db.pragma('cache_size = -65536');
    this.db.pragma('wal_autocheckpoint = 10000');
    this.migrate();
    const db = this.db;
    this.stmts = {
      hasHash: db.prepare('SELECT 1 FROM articles WHERE hash = ?').pluck(),
      insertArticle: db.prepare(`INSERT INTO articles (id, hash, origin, url, title, title_source, outlet,
        published_at, published_at_source, published_date, dateline, authors, editors, credits, language, text, removed, ingested_at)
        VALUES (@id, @hash, @origin, @url, @title, @titleSource, @outlet, @publishedAt, @publishedAtSource,
        @publishedDate, @dateline, @authors, @editors, @credits, @language, @text, @removed, @ingestedAt)
        ON CONFLICT DO NOTHING`),
      insertFts: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
      insertSpan: db.prepare(`INSERT INTO spans (article_id, kind, ord, start, end, text, label, value, data)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      articleById: db.prepare('SELECT rowid AS seq, * FROM articles WHERE id = ?'),
      articleByPrefix: db.prepare("SELECT rowid AS seq, * FROM articles WHERE id LIKE ? || '%' LIMIT 2"),
      spansOf: db.prepare('SELECT * FROM spans WHERE article_id = ? ORDER BY kind, ord'),
      count: db.prepare('SELECT count(*) FROM articles').pluck(),
      // An upsert, not REPLACE: the row keeps its rowid, and the name index's update trigger fires.
      putEntity: db.prepare(`INSERT INTO entities (id, name, type, data, n_articles) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, data = excluded.data,
        n_articles = n_articles + excluded.n_articles`),
      addEntityArticle: db.prepare('INSERT OR IGNORE INTO entity_articles (entity_id, article_id) VALUES (?, ?)'),
      entityArticles: db.prepare('SELECT article_id FROM entity_articles WHERE entity_id = ? ORDER BY rowid').pluck(),
      entitiesArticles: db.prepare(`SELECT entity_id, article_id FROM entity_articles
        WHERE entity_id IN (SELECT value FROM json_each(?)) ORDER BY rowid`),
      allEntityArticles: db.prepare('SELECT entity_id, article_id FROM entity_articles ORDER BY rowid'),
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
        editors: JSON.stringify(a.editors ?? []),
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
      (a.metadataEntities ?? []).forEach(({ text, type, entity, source }, i) => {
        this.stmts.insertSpan.run(a.id, META_KIND, i, -1, -1, text, type, entity, JSON.stringify({ type, entity, source }));
      });
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
      editors: JSON.parse(row.editors ?? '[]'),
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
      if (s.kind === META_KIND) (article.metadataEntities ??= []).push({ text: s.text, ...JSON.parse(s.data) });
      else (article[s.kind as (typeof SPAN_KINDS)[number]] as unknown[]).push({ start: s.start, end: s.end, text: s.text, ...JSON.parse(s.data) });
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

  /**
   * Writes an entity's fields and adds `e.articles` to the articles that mention it (membership
   * only grows: the list is never replaced, so the link step passes just the article it links).
   */
  putEntity(e: Entity): void {
    let added = 0;
    for (const a of new Set(e.articles)) added += this.stmts.addEntityArticle.run(e.id, a).changes;
    this.stmts.putEntity.run(e.id, e.name, e.type, JSON.stringify({ ...e, articles: [] }), added);
  }
  getEntity(id: string): Entity | null {
    const e = parse<Entity>(this.stmts.getEntity.get(id));
    if (e) e.articles = this.stmts.entityArticles.all(id) as string[];
    return e;
  }
  listEntities(): Entity[] {
    return this.withArticles((this.stmts.listEntities.all() as string[]).map((d) => JSON.parse(d) as Entity), true);
  }

  /** Fills `articles` from entity_articles, in the order the articles were linked. */
  private withArticles(entities: Entity[], all = false): Entity[] {
    if (entities.length === 0) return entities;
    const byId = new Map(entities.map((e) => [e.id, e]));
    for (const e of entities) e.articles = [];
    const rows = (all ? this.stmts.allEntityArticles.all() : this.stmts.entitiesArticles.all(JSON.stringify([...byId.keys()]))) as { entity_id: string; article_id: string }[];
    for (const r of rows) byId.get(r.entity_id)?.articles.push(r.article_id);
    return entities;
  }

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

  // --- serve
  private serveStmts?: ReturnType<typeof prepareServe>;
  private get sv() {
    return (this.serveStmts ??= prepareServe(this.db));
  }

  pageArticles(f: ListFilter): Page<ArticleHead> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (f.from) { where.push('a.published_date >= ?'); args.push(f.from); }
    if (f.to) { where.push('a.published_date <= ?'); args.push(upperBound(f.to)); }
    if (f.outlet) { where.push('a.outlet = ? COLLATE NOCASE'); args.push(f.outlet); }
    if (f.language) { where.push('a.language = ?'); args.push(f.language); }
    if (f.entity) { where.push(`a.id IN (SELECT article_id FROM spans WHERE kind IN ('entities', '${META_KIND}') AND value = ?)`); args.push(f.entity); }
    let from = 'articles a';
    const terms = f.q ? searchTerms(f.q) : [];
    if (f.q) {
      from = 'articles_fts f JOIN articles a ON a.rowid = f.rowid';
      where.push('articles_fts MATCH ?');
      args.push(searchQuery(f.q));
    }
    const w = where.length ? 'WHERE ' + where.join(' AND ') : '';
    const total = this.db.prepare(`SELECT count(*) FROM ${from} ${w}`).pluck().get(...args) as number;
    const cols = `a.id, a.hash, a.origin, a.url, a.title, a.title_source, a.outlet, a.published_at, a.published_at_source,
      a.dateline, a.authors, a.editors, a.credits, a.language${f.q ? ', a.text' : ''}`;
    const order = f.q ? 'f.rank' : 'a.published_date IS NULL, a.published_date DESC, a.rowid DESC';
    const rows = this.db.prepare(`SELECT ${cols} FROM ${from} ${w} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...args, f.limit ?? 50, f.offset ?? 0) as Row[];
    return { total, items: rows.map((r) => articleHead(r, terms)) };
  }

  getArticleHeads(ids: string[]): ArticleHead[] {
    if (ids.length === 0) return [];
    const rows = this.sv.headsByIds.all(JSON.stringify(ids)) as Row[];
    const byId = new Map(rows.map((r) => [r.id as string, articleHead(r, [])]));
    return ids.map((id) => byId.get(id)).filter((a): a is ArticleHead => a !== undefined);
  }

  pageEvents(f: ListFilter): Page<Event> {
    const where: string[] = [];
    const args: unknown[] = [];
    // The indexed start date decides most rows; only events starting before `from` read their end.
    if (f.from) { where.push("(e.date >= ? OR coalesce(json_extract(e.data, '$.dateEnd'), e.date) || char(65535) >= ?)"); args.push(f.from, f.from); }
    if (f.to) { where.push('e.date <= ?'); args.push(upperBound(f.to)); }
    if (f.entity) { where.push('e.id IN (SELECT event_id FROM serve_event_entities WHERE entity_id = ?)'); args.push(f.entity); }
    const byArticles = eventsWithArticles(f, args);
    if (byArticles) where.push(byArticles);
    if (f.q) {
      // An event's title and summary are its articles' words, so the articles' full-text index
      // finds it: an index look-up, where matching the events' own JSON would scan them all.
      where.push(`e.id IN (SELECT x.event_id FROM serve_event_articles x WHERE x.article_id IN
          (SELECT a.id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ?))`);
      args.push(searchQuery(f.q));
    }
    if (where.length === 0) {
      const total = this.db.prepare('SELECT count(*) FROM events').pluck().get() as number;
      const items = (this.db.prepare('SELECT e.data FROM events e ORDER BY e.date IS NULL, e.date, e.id LIMIT ? OFFSET ?')
        .pluck().all(f.limit ?? 50, f.offset ?? 0) as string[]).map((d) => JSON.parse(d) as Event);
      return { total, items };
    }
    // Filtered: one pass for the matching ids (the total), then the page's rows.
    const ids = this.db.prepare(`SELECT e.id FROM events e WHERE ${where.join(' AND ')} ORDER BY e.date IS NULL, e.date, e.id`)
      .pluck().all(...args) as string[];
    const offset = f.offset ?? 0;
    return { total: ids.length, items: this.getEvents(ids.slice(offset, offset + (f.limit ?? 50))) };
  }

  getEvents(ids: string[]): Event[] {
    if (ids.length === 0) return [];
    const byId = new Map((this.sv.eventsByIds.all(JSON.stringify(ids)) as string[]).map((d) => {
      const e = JSON.parse(d) as Event;
      return [e.id, e] as const;
    }));
    return ids.map((id) => byId.get(id)).filter((e): e is Event => e !== undefined);
  }

  eventsOf(ref: { article?: string; entity?: string }, limit = 200): Event[] {
    const stmt = ref.article ? this.sv.eventsOfArticle : this.sv.eventsOfEntity;
    return (stmt.all(ref.article ?? ref.entity, limit) as string[]).map((d) => JSON.parse(d) as Event);
  }

  pageStorylines(f: ListFilter): Page<Storyline> {
    const where: string[] = [];
    const args: unknown[] = [];
    const ev: string[] = [];
    if (f.from) { ev.push("coalesce(json_extract(e.data, '$.dateEnd'), e.date) || char(65535) >= ?"); args.push(f.from); }
    if (f.to) { ev.push('e.date <= ?'); args.push(upperBound(f.to)); }
    if (f.entity) { ev.push('e.id IN (SELECT event_id FROM serve_event_entities WHERE entity_id = ?)'); args.push(f.entity); }
    const byArticles = eventsWithArticles(f, args);
    if (byArticles) ev.push(byArticles);
    if (ev.length) {
      where.push(`EXISTS (SELECT 1 FROM json_each(s.data, '$.events') j JOIN events e ON e.id = j.value WHERE ${ev.join(' AND ')})`);
    }
    if (f.q) { where.push("json_extract(s.data, '$.title') LIKE ? ESCAPE '\\'"); args.push(likeAny(f.q)); }
    const w = where.length ? 'WHERE ' + where.join(' AND ') : '';
    const total = this.db.prepare(`SELECT count(*) FROM storylines s ${w}`).pluck().get(...args) as number;
    const items = (this.db.prepare(`SELECT s.data FROM storylines s ${w}
      ORDER BY json_array_length(s.data, '$.events') DESC, s.id LIMIT ? OFFSET ?`)
      .pluck().all(...args, f.limit ?? 50, f.offset ?? 0) as string[]).map((d) => JSON.parse(d) as Storyline);
    return { total, items };
  }

  storylinesOfEvent(eventId: string): Storyline[] {
    return (this.sv.storylinesOfEvent.all(eventId) as string[]).map((d) => JSON.parse(d) as Storyline);
  }

  pageEntities(f: EntityFilter): Page<Entity> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (f.type) { where.push('n.type = ?'); args.push(f.type); }
    if (f.q) {
      where.push('n.rowid IN (SELECT rowid FROM entities_fts WHERE entities_fts MATCH ?)');
      args.push(namePrefixQuery(f.q));
    }
    const art: string[] = [];
    if (f.from) { art.push('a.published_date >= ?'); args.push(f.from); }
    if (f.to) { art.push('a.published_date <= ?'); args.push(upperBound(f.to)); }
    if (f.outlet) { art.push('a.outlet = ? COLLATE NOCASE'); args.push(f.outlet); }
    if (f.language) { art.push('a.language = ?'); args.push(f.language); }
    if (art.length) {
      where.push(`n.id IN (SELECT s.value FROM spans s JOIN articles a ON a.id = s.article_id WHERE s.kind = 'entities' AND ${art.join(' AND ')})`);
    }
    if (f.entity) {
      where.push(`n.id IN (SELECT s2.value FROM spans s1 JOIN spans s2 ON s2.article_id = s1.article_id AND s2.kind = 'entities'
        WHERE s1.kind = 'entities' AND s1.value = ? AND s2.value != s1.value)`);
      args.push(f.entity);
    }
    const w = where.length ? 'WHERE ' + where.join(' AND ') : '';
    const total = this.db.prepare(`SELECT count(*) FROM entities n ${w}`).pluck().get(...args) as number;
    const rank = f.q ? 'CASE WHEN n.name LIKE ? ESCAPE \'\\\' THEN 0 ELSE 1 END, ' : '';
    const rankArgs = f.q ? [likePrefix(f.q)] : [];
    const items = (this.db.prepare(`SELECT n.data FROM entities n ${w}
      ORDER BY ${rank}n.n_articles DESC, n.name, n.id LIMIT ? OFFSET ?`)
      .pluck().all(...args, ...rankArgs, f.limit ?? 50, f.offset ?? 0) as string[]).map((d) => JSON.parse(d) as Entity);
    return { total, items: this.withArticles(items) };
  }

  getEntities(ids: string[]): Entity[] {
    if (ids.length === 0) return [];
    const byId = new Map((this.sv.entitiesByIds.all(JSON.stringify(ids)) as string[]).map((d) => {
      const e = JSON.parse(d) as Entity;
      return [e.id, e] as const;
    }));
    return this.withArticles(ids.map((id) => byId.get(id)).filter((e): e is Entity => e !== undefined));
  }

  duplicatesAmong(articleIds: string[]): Duplicate[] {
    if (articleIds.length === 0) return [];
    const ids = JSON.stringify(articleIds);
    return (this.sv.duplicatesAmong.all(ids, ids) as string[]).map((d) => JSON.parse(d) as Duplicate);
  }

  quotesBySpeaker(entityId: string, limit = 200): StoredQuote[] {
    return (this.sv.quotesBySpeaker.all(entityId, limit) as Row[]).map((r) => ({
      article: r.article_id, start: r.start, end: r.end, text: r.text, ...JSON.parse(r.data),
    }));
  }

  cooccurring(entityId: string, limit = 30): Cooccurrence[] {
    return this.sv.cooccurring.all(entityId, limit) as Cooccurrence[];
  }

  // --- link stage
  private linkStmts?: ReturnType<typeof prepareLink>;
  private get lk() {
    return (this.linkStmts ??= prepareLink(this.db));
  }

  linkPost(space: string, keys: string[], ref: string, day: number | null): void {
    for (const k of new Set(keys)) this.lk.post.run(space, k, ref, day);
  }

  linkLookup(space: string, keys: string[], opts: LinkLookup = {}): LinkPosting[] {
    const limit = opts.limit ?? 50;
    const out: LinkPosting[] = [];
    for (const key of new Set(keys)) {
      const rows = (opts.fromDay != null && opts.toDay != null
        ? [
            ...(this.lk.lookupWindow.all(space, key, opts.fromDay, opts.toDay, limit) as Row[]),
            ...(this.lk.lookupUndated.all(space, key, Math.max(1, limit >> 1)) as Row[]),
          ]
        : (this.lk.lookupAll.all(space, key, limit) as Row[]));
      for (const r of rows) out.push({ key, ref: r.ref, day: r.day });
    }
    return out;
  }

  linkUnpost(space: string, ref: string): void {
    this.lk.unpost.run(space, ref);
  }

  linkGet(kind: string, id: string): string | null {
    return (this.lk.get.get(kind, id) as string | undefined) ?? null;
  }

  linkGetMany(kind: string, ids: string[]): Map<string, string> {
    const m = new Map<string, string>();
    for (const id of new Set(ids)) {
      const d = this.lk.get.get(kind, id) as string | undefined;
      if (d !== undefined) m.set(id, d);
    }
    return m;
  }

  linkPut(kind: string, id: string, data: string): void {
    this.lk.put.run(kind, id, data);
  }

  linkDelete(kind: string, id: string): void {
    this.lk.del.run(kind, id);
  }

  linkCountAdd(keys: string[]): void {
    for (const k of new Set(keys)) this.lk.countAdd.run(k);
  }

  linkCounts(keys: string[]): Map<string, number> {
    const m = new Map<string, number>();
    for (const k of new Set(keys)) {
      const n = this.lk.count.get(k) as number | undefined;
      if (n !== undefined) m.set(k, n);
    }
    return m;
  }

  setArticleDate(id: string, publishedAt: string, source: 'printed' | 'inferred'): void {
    this.lk.setDate.run(publishedAt, source, publishedAt.slice(0, 10), id);
  }
}

// --- serve (helpers)
function prepareServe(db: Database.Database) {
  return {
    headsByIds: db.prepare(`SELECT id, hash, origin, url, title, title_source, outlet, published_at, published_at_source,
      dateline, authors, editors, credits, language FROM articles WHERE id IN (SELECT value FROM json_each(?))`),
    eventsByIds: db.prepare('SELECT data FROM events WHERE id IN (SELECT value FROM json_each(?))').pluck(),
    entitiesByIds: db.prepare('SELECT data FROM entities WHERE id IN (SELECT value FROM json_each(?))').pluck(),
    eventsOfArticle: db.prepare(`SELECT e.data FROM serve_event_articles x JOIN events e ON e.id = x.event_id WHERE x.article_id = ?
      ORDER BY e.date IS NULL, e.date, e.id LIMIT ?`).pluck(),
    eventsOfEntity: db.prepare(`SELECT e.data FROM serve_event_entities x JOIN events e ON e.id = x.event_id WHERE x.entity_id = ?
      ORDER BY e.date IS NULL, e.date, e.id LIMIT ?`).pluck(),
    storylinesOfEvent: db.prepare(`SELECT s.data FROM storylines s WHERE EXISTS (SELECT 1 FROM json_each(s.data, '$.events') j WHERE j.value = ?)
      ORDER BY s.id`).pluck(),
    duplicatesAmong: db.prepare(`SELECT data FROM duplicates WHERE a IN (SELECT value FROM json_each(?)) OR b IN (SELECT value FROM json_each(?))
      ORDER BY a, b`).pluck(),
    quotesBySpeaker: db.prepare(`SELECT s.article_id, s.start, s.end, s.text, s.data FROM spans s JOIN articles a ON a.id = s.article_id
      WHERE s.kind = 'quotes' AND s.label = ? ORDER BY a.published_date, s.article_id, s.ord LIMIT ?`),
    cooccurring: db.prepare(`SELECT s2.value AS entity, count(DISTINCT s2.article_id) AS articles
      FROM spans s1 JOIN spans s2 ON s2.article_id = s1.article_id AND s2.kind = 'entities'
      WHERE s1.kind = 'entities' AND s1.value = ? AND s2.value IS NOT NULL AND s2.value != s1.value
      GROUP BY s2.value ORDER BY articles DESC, s2.value LIMIT ?`),
  };
}

function articleHead(r: Row, terms: string[]): ArticleHead {
  const head: ArticleHead = {
    id: r.id,
    hash: r.hash,
    origin: r.origin,
    url: r.url,
    title: r.title,
    titleSource: r.title_source,
    outlet: r.outlet,
    publishedAt: r.published_at,
    publishedAtSource: r.published_at_source,
    dateline: r.dateline,
    authors: JSON.parse(r.authors),
    editors: JSON.parse(r.editors ?? '[]'),
    credits: JSON.parse(r.credits),
    language: r.language,
  };
  if (typeof r.text === 'string') head.snippet = snippet(r.text, terms);
  return head;
}

/**
 * The condition "the event has an article of this outlet / language" (null when the filter names
 * neither), pushing its arguments onto `args` in order.
 */
function eventsWithArticles(f: ListFilter, args: unknown[]): string | null {
  const art: string[] = [];
  if (f.outlet) { art.push('a.outlet = ? COLLATE NOCASE'); args.push(f.outlet); }
  if (f.language) { art.push('a.language = ?'); args.push(f.language); }
  if (!art.length) return null;
  return `e.id IN (SELECT x.event_id FROM serve_event_articles x JOIN articles a ON a.id = x.article_id WHERE ${art.join(' AND ')})`;
}

/** Upper bound that makes a partial date inclusive: `2025-10` covers every day of October. */
function upperBound(to: string): string {
  return to + '\uffff';
}

function likeEscape(q: string): string {
  return q.trim().replace(/[\\%_]/g, (c) => '\\' + c);
}
function likeAny(q: string): string {
  return `%${likeEscape(q)}%`;
}
function likePrefix(q: string): string {
  return `${likeEscape(q)}%`;
}

/** Particles and possessive clitics Indonesian glues to a word: `kunjungannya` -> `kunjungan`. */
const ID_SUFFIXES = ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'];

/** The words of a query, lower-cased, as FTS5 tokenizes them. */
export function searchTerms(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 16);
}

/**
 * User words -> an FTS5 query, Indonesian-aware: every term is quoted (so `AS` or `-` is not FTS
 * syntax), matched as a prefix (`Putin` finds `Putinnya`), and a term carrying a particle or
 * possessive clitic also matches its stem (`kunjungannya` finds `kunjungan`). Terms are ANDed.
 */
export function searchQuery(q: string): string {
  const terms = searchTerms(q);
  if (terms.length === 0) return '""';
  return terms
    .map((t) => {
      const alts = [t.length >= 3 ? `"${t}"*` : `"${t}"`];
      for (const suf of ID_SUFFIXES) {
        if (t.endsWith(suf) && t.length - suf.length >= 4) {
          alts.push(`"${t.slice(0, -suf.length)}"*`);
          break;
        }
      }
      return alts.length > 1 ? `(${alts.join(' OR ')})` : alts[0];
    })
    .join(' AND ');
}

/** About 200 characters of the text around the first query term, on word boundaries. */
function snippet(text: string, terms: string[], width = 200): string {
  const lower = text.toLowerCase();
  let at = -1;
  for (const t of terms) {
    const i = lower.indexOf(t);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) at = 0;
  let start = Math.max(0, at - 60);
  if (start > 0) {
    const sp = text.indexOf(' ', start);
    start = sp >= 0 && sp < at ? sp + 1 : start;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const sp = text.lastIndexOf(' ', end);
    if (sp > at) end = sp;
  }
  return (start > 0 ? '…' : '') + text.slice(start, end).replace(/\s+/g, ' ').trim() + (end < text.length ? '…' : '');
}

function parse<T>(data: unknown): T | null {
  return typeof data === 'string' ? (JSON.parse(data) as T) : null;
}

/** User words -> an FTS5 query of quoted terms (so `AS` or `-` in a name is not FTS syntax). */
export function ftsQuery(q: string): string {
  const terms = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  return terms.length ? terms.map((t) => `"${t}"`).join(' ') : '""';
}

// --- link stage (helpers)
function prepareLink(db: Database.Database) {
  return {
    post: db.prepare(`INSERT INTO link_postings (space, key, ref, day) VALUES (?, ?, ?, ?)
      ON CONFLICT (space, key, ref) DO UPDATE SET day = excluded.day`),
    lookupWindow: db.prepare('SELECT ref, day FROM link_postings WHERE space = ? AND key = ? AND day BETWEEN ? AND ? ORDER BY day DESC LIMIT ?'),
    lookupUndated: db.prepare('SELECT ref, day FROM link_postings WHERE space = ? AND key = ? AND day IS NULL ORDER BY rowid DESC LIMIT ?'),
    lookupAll: db.prepare('SELECT ref, day FROM link_postings WHERE space = ? AND key = ? ORDER BY rowid DESC LIMIT ?'),
    unpost: db.prepare('DELETE FROM link_postings WHERE space = ? AND ref = ?'),
    get: db.prepare('SELECT data FROM link_state WHERE kind = ? AND id = ?').pluck(),
    put: db.prepare('INSERT OR REPLACE INTO link_state (kind, id, data) VALUES (?, ?, ?)'),
    del: db.prepare('DELETE FROM link_state WHERE kind = ? AND id = ?'),
    countAdd: db.prepare('INSERT INTO link_counts (key, n) VALUES (?, 1) ON CONFLICT (key) DO UPDATE SET n = n + 1'),
    count: db.prepare('SELECT n FROM link_counts WHERE key = ?').pluck(),
    setDate: db.prepare('UPDATE articles SET published_at = ?, published_at_source = ?, published_date = ? WHERE id = ?'),
  };
}

/** Words of a name search as an FTS5 query: every word must start a word of a name or alias. */
function namePrefixQuery(q: string): string {
  const terms = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  return terms.length ? terms.map((t) => `"${t}"*`).join(' ') : '""';
}

/**
 * Schema migrations, applied in order inside one transaction each; `PRAGMA user_version` holds
 * the number applied. Never edit a shipped migration: add a new one.
 */
export const migrations: string[] = [
  // 1: articles, their spans, removed lines, failures, cross-document objects, full-text search.
  `
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,
    url TEXT,
    title TEXT,
    title_source TEXT,
    outlet TEXT,
    published_at TEXT,
    published_at_source TEXT,
    published_date TEXT,
    dateline TEXT,
    authors TEXT NOT NULL,
    credits TEXT NOT NULL,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    removed TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_published ON articles(published_date);
  CREATE INDEX articles_outlet ON articles(outlet);

  CREATE TABLE spans (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    ord INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    label TEXT,
    value TEXT,
    data TEXT,
    PRIMARY KEY (article_id, kind, ord)
  );
  CREATE INDEX spans_value ON spans(kind, value);

  CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL);
  CREATE INDEX entities_name ON entities(name);
  CREATE TABLE events (id TEXT PRIMARY KEY, date TEXT, data TEXT NOT NULL);
  CREATE INDEX events_date ON events(date);
  CREATE TABLE duplicates (a TEXT NOT NULL, b TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (a, b));
  CREATE TABLE storylines (id TEXT PRIMARY KEY, data TEXT NOT NULL);
  CREATE TABLE failures (origin TEXT PRIMARY KEY, reason TEXT NOT NULL, at TEXT NOT NULL);
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
  `,
];

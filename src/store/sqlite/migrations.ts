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
  // link stage: inverted indexes (events, storylines, passages) with a day for date windows,
  // link-stage state documents (cluster profiles, signatures, dated facts), term counters.
  `
  CREATE TABLE link_postings (space TEXT NOT NULL, key TEXT NOT NULL, ref TEXT NOT NULL, day INTEGER, UNIQUE (space, key, ref));
  CREATE INDEX link_postings_key ON link_postings(space, key);
  CREATE INDEX link_postings_day ON link_postings(space, key, day);
  CREATE INDEX link_postings_ref ON link_postings(space, ref);
  CREATE TABLE link_state (kind TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID;
  CREATE TABLE link_counts (key TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
  `,
  // serve: which events hold an article or name an entity, kept by triggers from events.data,
  // so the API's filters (entity, outlet, language, words) and look-ups go through indexes.
  `
  CREATE TABLE serve_event_articles (article_id TEXT NOT NULL, event_id TEXT NOT NULL, PRIMARY KEY (article_id, event_id)) WITHOUT ROWID;
  CREATE INDEX serve_event_articles_event ON serve_event_articles(event_id);
  CREATE TABLE serve_event_entities (entity_id TEXT NOT NULL, event_id TEXT NOT NULL, PRIMARY KEY (entity_id, event_id)) WITHOUT ROWID;
  CREATE INDEX serve_event_entities_event ON serve_event_entities(event_id);
  CREATE TRIGGER serve_events_ai AFTER INSERT ON events BEGIN
    DELETE FROM serve_event_articles WHERE event_id = new.id;
    DELETE FROM serve_event_entities WHERE event_id = new.id;
    INSERT OR IGNORE INTO serve_event_articles SELECT value, new.id FROM json_each(new.data, '$.articles') WHERE type = 'text';
    INSERT OR IGNORE INTO serve_event_entities SELECT value, new.id FROM json_each(new.data, '$.entities') WHERE type = 'text';
  END;
  CREATE TRIGGER serve_events_au AFTER UPDATE ON events BEGIN
    DELETE FROM serve_event_articles WHERE event_id = old.id OR event_id = new.id;
    DELETE FROM serve_event_entities WHERE event_id = old.id OR event_id = new.id;
    INSERT OR IGNORE INTO serve_event_articles SELECT value, new.id FROM json_each(new.data, '$.articles') WHERE type = 'text';
    INSERT OR IGNORE INTO serve_event_entities SELECT value, new.id FROM json_each(new.data, '$.entities') WHERE type = 'text';
  END;
  CREATE TRIGGER serve_events_ad AFTER DELETE ON events BEGIN
    DELETE FROM serve_event_articles WHERE event_id = old.id;
    DELETE FROM serve_event_entities WHERE event_id = old.id;
  END;
  INSERT OR IGNORE INTO serve_event_articles SELECT j.value, e.id FROM events e, json_each(e.data, '$.articles') j WHERE j.type = 'text';
  INSERT OR IGNORE INTO serve_event_entities SELECT j.value, e.id FROM events e, json_each(e.data, '$.entities') j WHERE j.type = 'text';
  `,
  // 4: entity names and aliases in a full-text index, so finding an entity by any of its
  // spellings is an index look-up rather than a scan of every entity's JSON. Entities are written
  // with an upsert (the row keeps its rowid), and the triggers keep the index in step.
  `
  CREATE VIRTUAL TABLE entities_fts USING fts5(names, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
  CREATE TRIGGER entities_fts_ai AFTER INSERT ON entities BEGIN
    INSERT INTO entities_fts (rowid, names) VALUES (new.rowid, new.name || ' ' || ifnull((SELECT group_concat(value, ' ') FROM json_each(new.data, '$.aliases')), ''));
  END;
  CREATE TRIGGER entities_fts_au AFTER UPDATE ON entities BEGIN
    DELETE FROM entities_fts WHERE rowid = old.rowid;
    INSERT INTO entities_fts (rowid, names) VALUES (new.rowid, new.name || ' ' || ifnull((SELECT group_concat(value, ' ') FROM json_each(new.data, '$.aliases')), ''));
  END;
  CREATE TRIGGER entities_fts_ad AFTER DELETE ON entities BEGIN
    DELETE FROM entities_fts WHERE rowid = old.rowid;
  END;
  INSERT INTO entities_fts (rowid, names)
    SELECT rowid, name || ' ' || ifnull((SELECT group_concat(value, ' ') FROM json_each(data, '$.aliases')), '') FROM entities;
  `,
  // 5: which articles mention an entity, as rows rather than a JSON list inside the entity. The
  // list grows with the store ("Indonesia" is in most articles), and rewriting it with every
  // article made linking one article cost more as the store grew. `n_articles` keeps the count
  // that entity listings sort by.
  `
  CREATE TABLE entity_articles (entity_id TEXT NOT NULL, article_id TEXT NOT NULL, UNIQUE (entity_id, article_id));
  CREATE INDEX entity_articles_article ON entity_articles(article_id);
  ALTER TABLE entities ADD COLUMN n_articles INTEGER NOT NULL DEFAULT 0;
  INSERT OR IGNORE INTO entity_articles (entity_id, article_id)
    SELECT e.id, j.value FROM entities e, json_each(e.data, '$.articles') j WHERE j.type = 'text';
  UPDATE entities SET n_articles = (SELECT count(*) FROM entity_articles x WHERE x.entity_id = entities.id),
    data = json_set(data, '$.articles', json('[]'));
  UPDATE link_state SET data = json_set(data, '$.articleCount', json_array_length(data, '$.articles'), '$.articles', json('[]'))
    WHERE kind = 'entity';
  DROP TRIGGER entities_fts_au;
  CREATE TRIGGER entities_fts_au AFTER UPDATE ON entities
    WHEN old.name IS NOT new.name OR json_extract(old.data, '$.aliases') IS NOT json_extract(new.data, '$.aliases') BEGIN
    DELETE FROM entities_fts WHERE rowid = old.rowid;
    INSERT INTO entities_fts (rowid, names) VALUES (new.rowid, new.name || ' ' || ifnull((SELECT group_concat(value, ' ') FROM json_each(new.data, '$.aliases')), ''));
  END;
  `,
  // 6: editors, listed apart from authors. Articles stored before had their editors among the
  // authors; they keep them there (the text is not re-read) and read as having none.
  `
  ALTER TABLE articles ADD COLUMN editors TEXT NOT NULL DEFAULT '[]';
  `,
];

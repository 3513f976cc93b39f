import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { z } from 'zod';
import { SqliteStore } from '../src/store/index.js';
import { createApp } from '../src/server/app.js';
import { startServer, writeToken, type RunningServer } from '../src/server/index.js';
import * as S from '../src/server/schemas.js';
import { seedFixtures, FIXTURE_IDS as I, XSS } from '../src/server/fixtures.js';
import { tempDir } from './support.js';

let store: SqliteStore;
let app: ReturnType<typeof createApp>;

beforeAll(() => {
  store = new SqliteStore(join(tempDir('linimasa-api-'), 'api.db'));
  seedFixtures(store);
  app = createApp({ store, webRoot: null, ratePerMinute: 0, writesPerMinute: 0 });
});
afterAll(() => store.close());

async function call(path: string, init?: RequestInit, a = app) {
  const res = await a.request(path, init);
  const type = res.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await res.json() : await res.text();
  return { status: res.status, body, headers: res.headers };
}

/** A 2xx body must match the route's response schema; a 4xx body the error schema. */
async function ok<T extends z.ZodType>(schema: T, path: string, init?: RequestInit): Promise<z.infer<T>> {
  const r = await call(path, init);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return schema.parse(r.body);
}
async function bad(status: number, path: string, init?: RequestInit, a = app): Promise<string> {
  const r = await call(path, init, a);
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  const e = S.ErrorBody.parse(r.body);
  expect(e.error.status).toBe(status);
  expect(e.error.message.length).toBeGreaterThan(5);
  return e.error.message;
}

describe('info and openapi', () => {
  it('GET /api/info counts what is stored', async () => {
    const info = await ok(S.Info, '/api/info');
    expect(info.counts).toEqual({ articles: 5, events: 3, entities: 4, storylines: 2 });
    expect(info.writeTokenRequired).toBe(false);
  });
  it('GET /openapi.json documents every route with the same schemas', async () => {
    const r = await call('/openapi.json');
    expect(r.status).toBe(200);
    const doc = r.body as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    for (const p of ['/api/info', '/api/articles', '/api/articles/{id}', '/api/events', '/api/events/{id}', '/api/storylines', '/api/storylines/{id}',
      '/api/storylines/{id}/timeline', '/api/entities', '/api/entities/{id}', '/api/search', '/api/ingest']) {
      expect(Object.keys(doc.paths), p).toContain(p);
    }
    expect(Object.keys(doc.paths['/api/ingest'])).toEqual(['post']);
    for (const name of ['Event', 'EventDetail', 'Entity', 'ArticleHead', 'Error', 'IngestResult', 'TimelineView']) expect(doc.components.schemas).toHaveProperty(name);
    const params = (doc.paths['/api/events'].get as { parameters: { name: string }[] }).parameters.map((p) => p.name);
    expect(params).toEqual(expect.arrayContaining(['limit', 'offset', 'from', 'to', 'entity', 'outlet', 'language', 'q']));
  });
  it('sends security headers', async () => {
    const r = await call('/api/info');
    expect(r.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });
  it('unknown routes are 404 JSON', async () => {
    expect(await bad(404, '/api/nope')).toContain('/api/nope');
  });
});

describe('articles', () => {
  it('lists newest first with total, limit and offset', async () => {
    const p = await ok(S.ArticlePage, '/api/articles?limit=2');
    expect(p.total).toBe(5);
    expect(p.items.map((a) => a.id)).toEqual([I.ax, I.a4]);
    const p2 = await ok(S.ArticlePage, '/api/articles?limit=2&offset=2');
    expect(p2.items.map((a) => a.id)).toEqual([I.a3, I.a2]);
    expect(p2).toMatchObject({ limit: 2, offset: 2 });
  });
  it('filters by date range, outlet, language and entity', async () => {
    expect((await ok(S.ArticlePage, '/api/articles?from=2025-02-04&to=2025-02')).items.map((a) => a.id).sort()).toEqual([I.a3, I.a4]);
    expect((await ok(S.ArticlePage, '/api/articles?outlet=kabar%20kota')).items.map((a) => a.id).sort()).toEqual([I.a1, I.a4]);
    expect((await ok(S.ArticlePage, '/api/articles?language=en')).items.map((a) => a.id)).toEqual([I.a3]);
    expect((await ok(S.ArticlePage, `/api/articles?entity=${I.bpbd}`)).total).toBe(3);
    expect((await ok(S.ArticlePage, '/api/articles?from=2025')).total).toBe(5);
    expect((await ok(S.ArticlePage, '/api/articles?to=2024')).total).toBe(0);
  });
  it('full text with q, with a snippet', async () => {
    const p = await ok(S.ArticlePage, '/api/articles?q=tanggul%20sentiong');
    expect(p.items.map((a) => a.id).sort()).toEqual([I.a1, I.a2, I.a4]);
    expect(p.items[0].snippet).toMatch(/tanggul/i);
  });
  it('one article by id or unique prefix, with events, copies and entities', async () => {
    const d = await ok(S.ArticleDetail, `/api/articles/${I.a1}`);
    expect(d.article.quotes[0].speaker).toBe(I.rahmat);
    expect(d.events.map((e) => e.id)).toEqual([I.ev1]);
    expect(d.duplicates).toHaveLength(1);
    expect(d.entities.map((e) => e.id).sort()).toEqual([I.bpbd, I.jakarta, I.rahmat]);
    expect((await ok(S.ArticleDetail, '/api/articles/a00000000ax')).article.id).toBe(I.ax);
    expect(await bad(404, '/api/articles/a00000000a00')).toContain('no article');
  });
  it('bad input: unknown id, wrong types, unknown parameters', async () => {
    expect(await bad(404, '/api/articles/nope')).toContain('no article');
    expect(await bad(400, '/api/articles?limit=abc')).toMatch(/limit/);
    expect(await bad(400, '/api/articles?limit=0')).toMatch(/limit/);
    expect(await bad(400, '/api/articles?limit=5000')).toMatch(/limit.*200/);
    expect(await bad(400, '/api/articles?offset=-1')).toMatch(/offset/);
    expect(await bad(400, '/api/articles?from=yesterday')).toMatch(/from.*ISO date/);
    expect(await bad(400, '/api/articles?to=2025-13-01')).toMatch(/to/);
    expect(await bad(400, '/api/articles?language=fr')).toMatch(/language/);
    expect(await bad(400, '/api/articles?limt=5')).toMatch(/limt/);
    expect(await bad(400, `/api/articles?q=${'x'.repeat(600)}`)).toMatch(/q/);
    expect(await bad(400, '/api/articles/%01')).toMatch(/id/);
  });
});

describe('events', () => {
  it('lists by date and filters', async () => {
    const p = await ok(S.EventPage, '/api/events');
    expect(p.items.map((e) => e.id)).toEqual([I.ev1, I.ev2, I.evx]);
    expect((await ok(S.EventPage, '/api/events?from=2025-02-10&to=2025-02-28')).items.map((e) => e.id)).toEqual([I.ev2]);
    expect((await ok(S.EventPage, `/api/events?entity=${I.bpbd}`)).items.map((e) => e.id)).toEqual([I.ev1]);
    expect((await ok(S.EventPage, '/api/events?language=en')).items.map((e) => e.id)).toEqual([I.ev1]);
    expect((await ok(S.EventPage, '/api/events?outlet=Kabar%20Kota')).items.map((e) => e.id)).toEqual([I.ev1, I.ev2]);
    expect((await ok(S.EventPage, '/api/events?q=rampung')).items.map((e) => e.id)).toEqual([I.ev2]);
    expect((await ok(S.EventPage, '/api/events?q=miliar')).items.map((e) => e.id)).toEqual([I.ev2]);
    expect((await ok(S.EventPage, '/api/events?limit=1&offset=1')).items.map((e) => e.id)).toEqual([I.ev2]);
  });
  it('one event: articles, copies, quotes by speaker, entities, claims, storylines', async () => {
    const d = await ok(S.EventDetail, `/api/events/${I.ev1}`);
    expect(d.articles.map((a) => a.outlet)).toEqual(['Kabar Kota', 'Warta Pagi', 'Harbor Times']);
    expect(d.duplicates).toEqual([{ a: I.a1, b: I.a2, kind: 'near-copy', similarity: 0.82, origin: I.a1 }]);
    expect(d.quotes).toHaveLength(3);
    expect(d.quotes.every((q) => q.speakerName === 'Rahmat Santoso')).toBe(true);
    expect(d.entities.map((e) => e.name)).toEqual(['Rahmat Santoso', 'BPBD Jakarta', 'Jakarta']);
    expect(d.claims.map((c) => c.quantity)).toEqual([1200, 1350, 1200]);
    expect(d.storylines).toEqual([{ id: I.story, title: 'Banjir dan tanggul Kali Sentiong' }]);
  });
  it('the event indexes follow every write of an event (replace, delete)', () => {
    const s2 = new SqliteStore(join(tempDir('linimasa-idx-'), 'idx.db'));
    try {
      seedFixtures(s2);
      const ev = s2.getEvent(I.ev2)!;
      s2.putEvent({ ...ev, articles: [I.a3], entities: [I.bpbd] });
      expect(s2.eventsOf({ article: I.a4 }).map((e) => e.id)).toEqual([]);
      expect(s2.eventsOf({ article: I.a3 }).map((e) => e.id)).toEqual([I.ev1, I.ev2]);
      expect(s2.pageEvents({ entity: I.bpbd }).items.map((e) => e.id)).toEqual([I.ev1, I.ev2]);
      s2.deleteEvent(I.ev2);
      expect(s2.pageEvents({ entity: I.bpbd }).items.map((e) => e.id)).toEqual([I.ev1]);
      expect(s2.eventsOf({ article: I.a3 }).map((e) => e.id)).toEqual([I.ev1]);
    } finally {
      s2.close();
    }
  });
  it('bad input', async () => {
    expect(await bad(404, '/api/events/ev-none')).toContain('ev-none');
    expect(await bad(400, '/api/events?from=2025-02-30x')).toMatch(/from/);
    expect(await bad(400, '/api/events?limit=1.5')).toMatch(/limit/);
  });
});

describe('storylines and timelines', () => {
  it('lists and filters', async () => {
    const p = await ok(S.StorylinePage, '/api/storylines');
    expect(p.items.map((s) => s.id)).toEqual([I.story, I.storyx]);
    expect((await ok(S.StorylinePage, `/api/storylines?entity=${I.bpbd}`)).items.map((s) => s.id)).toEqual([I.story]);
    expect((await ok(S.StorylinePage, '/api/storylines?from=2025-03')).items.map((s) => s.id)).toEqual([I.storyx]);
    expect((await ok(S.StorylinePage, '/api/storylines?q=sentiong')).items.map((s) => s.id)).toEqual([I.story]);
    expect((await ok(S.StorylinePage, '/api/storylines?language=en')).items.map((s) => s.id)).toEqual([I.story]);
  });
  it('one storyline with its events', async () => {
    const d = await ok(S.StorylineDetail, `/api/storylines/${I.story}`);
    expect(d.events.map((e) => e.id)).toEqual([I.ev1, I.ev2]);
  });
  it('the timeline resolves sources to their words', async () => {
    const t = await ok(S.TimelineView, `/api/storylines/${I.story}/timeline`);
    const e = t.items.find((i) => i.event?.id === I.ev1)!;
    expect(e.event!.title).toBe('Gubernur meninjau tanggul Kali Sentiong');
    expect(e.sources.map((s) => [s.outlet, s.text])).toEqual([
      ['Kabar Kota', 'Gubernur Rahmat Santoso meninjau tanggul'],
      ['Harbor Times', 'Jakarta governor Rahmat Santoso'],
    ]);
  });
  it('bad input', async () => {
    expect(await bad(404, '/api/storylines/nope')).toContain('no storyline');
    expect(await bad(404, '/api/storylines/nope/timeline')).toContain('no storyline');
    expect(await bad(400, '/api/storylines?offset=x')).toMatch(/offset/);
  });
});

describe('entities', () => {
  it('lists most mentioned first, matches names and aliases, filters', async () => {
    const p = await ok(S.EntityPage, '/api/entities');
    expect(p.items[0].id).toBe(I.rahmat);
    expect((await ok(S.EntityPage, '/api/entities?q=rachmat')).items.map((e) => e.id)).toEqual([I.rahmat]);
    expect((await ok(S.EntityPage, '/api/entities?type=ORGANIZATION')).items.map((e) => e.id)).toEqual([I.bpbd]);
    expect((await ok(S.EntityPage, '/api/entities?language=en')).items.map((e) => e.id).sort()).toEqual([I.bpbd, I.jakarta, I.rahmat]);
    expect((await ok(S.EntityPage, `/api/entities?entity=${I.jakarta}`)).items.map((e) => e.id).sort()).toEqual([I.bpbd, I.rahmat]);
    expect((await ok(S.EntityPage, '/api/entities?q=100%25_')).total).toBe(0);
  });
  it('one entity: events, quotes, co-occurrence, articles', async () => {
    const d = await ok(S.EntityDetail, `/api/entities/${I.rahmat}`);
    expect(d.entity.aliases).toContain('Rachmat Santoso');
    expect(d.events.map((e) => e.id)).toEqual([I.ev1, I.ev2]);
    expect(d.quotes).toHaveLength(4);
    expect(d.cooccurring.map((c) => [c.entity.id, c.articles])).toEqual([[I.bpbd, 3], [I.jakarta, 2]]);
    expect(d.articles).toHaveLength(4);
  });
  it('bad input', async () => {
    expect(await bad(404, '/api/entities/nobody')).toContain('no entity');
    expect(await bad(400, '/api/entities?type=ALIEN')).toMatch(/type/);
  });
});

describe('search', () => {
  it('finds articles, entities and events at once (Indonesian-aware)', async () => {
    const r = await ok(S.SearchResult, '/api/search?q=Rahmat');
    expect(r.entities.map((e) => e.id)).toEqual([I.rahmat]);
    expect(r.articles.total).toBe(4);
    expect(r.events.map((e) => e.id)).toEqual([I.ev1, I.ev2]);
    // A clitic on the query word still finds the stem; a prefix finds longer words.
    expect((await ok(S.SearchResult, '/api/search?q=tanggulnya')).articles.total).toBe(3);
    expect((await ok(S.SearchResult, '/api/search?q=mengung')).articles.total).toBe(2);
    // Filters apply to the article hits.
    expect((await ok(S.SearchResult, '/api/search?q=Rahmat&language=en')).articles.items.map((a) => a.id)).toEqual([I.a3]);
    // Operators and quotes in user input are words, not FTS syntax.
    expect((await ok(S.SearchResult, '/api/search?q=%22AND%20OR%20-%20*')).articles.total).toBe(0);
  });
  it('bad input', async () => {
    expect(await bad(400, '/api/search')).toMatch(/q/);
    expect(await bad(400, '/api/search?q=%20%20')).toMatch(/q.*empty/);
    expect(await bad(400, '/api/search?q=x&limit=-3')).toMatch(/limit/);
  });
});

describe('ingest', () => {
  const post = (body: BodyInit, type?: string, extra: Record<string, string> = {}) => ({
    method: 'POST',
    body,
    headers: { ...(type ? { 'content-type': type } : {}), ...extra },
  });

  it('JSON articles are cleaned, annotated and stored; the same again stores nothing', async () => {
    const body = JSON.stringify({ articles: [{ title: 'Uji unggah', text: 'Warga Depok menanam 500 pohon pada Sabtu (1/3/2025) di tepi Sungai Ciliwung.', outlet: 'Uji Pos' }] });
    const r = await ok(S.IngestResult, '/api/ingest', post(body, 'application/json'));
    expect(r).toMatchObject({ documents: 1, stored: 1, alreadyStored: 0, failed: [] });
    const a = await ok(S.ArticleDetail, `/api/articles/${r.articles[0]}`);
    expect(a.article.origin).toBe('upload/request.json#1');
    expect(a.article.outlet).toBe('Uji Pos');
    const again = await ok(S.IngestResult, '/api/ingest', post(body, 'application/json'));
    expect(again).toMatchObject({ stored: 0, alreadyStored: 1 });
  });
  it('multipart files, gzip and raw bodies use the CLI reader', async () => {
    const form = new FormData();
    form.append('file', new File(['<html><body><article><h1>Judul Unggahan</h1><p>Petani di Garut memanen padi lebih awal tahun ini karena hujan turun sejak Oktober.</p></article></body></html>'], 'page.html'));
    form.append('file', new File([gzipSync('Nelayan di Cirebon kembali melaut setelah gelombang tinggi mereda pada Kamis.')], 'note.txt.gz'));
    const r = await ok(S.IngestResult, '/api/ingest', { method: 'POST', body: form });
    expect(r).toMatchObject({ files: 2, documents: 2, stored: 2 });
    const raw = await ok(S.IngestResult, '/api/ingest?name=raw.txt', post('Pedagang pasar Bogor mengeluhkan harga cabai yang naik menjelang Lebaran.', 'text/plain'));
    expect(raw.stored).toBe(1);
    expect((await ok(S.ArticleDetail, `/api/articles/${raw.articles[0]}`)).article.origin).toBe('upload/raw.txt');
  });
  it('a file that cannot be read is reported with its reason; others still go in', async () => {
    const form = new FormData();
    form.append('file', new File([new Uint8Array([0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 7])], '../../etc/bin.dat'));
    form.append('file', new File(['Relawan di Bandung membagikan 300 paket makanan kepada korban longsor pada Jumat.'], 'ok.txt'));
    const r = await ok(S.IngestResult, '/api/ingest', { method: 'POST', body: form });
    expect(r.stored).toBe(1);
    expect(r.failed).toHaveLength(1);
    expect(r.failed[0].origin).toBe('upload/bin.dat');
    expect(r.failed[0].reason).toMatch(/binary/);
  });
  it('bad input: wrong shapes, wrong types, malformed JSON, no body, huge bodies', async () => {
    expect(await bad(400, '/api/ingest', post('{"articles": [{"title": "no text"}]}', 'application/json'))).toMatch(/text.*html/);
    expect(await bad(400, '/api/ingest', post('{"articles": [{"text": 42}]}', 'application/json'))).toMatch(/articles\.0\.text/);
    expect(await bad(400, '/api/ingest', post('{"articles": []}', 'application/json'))).toMatch(/empty/);
    expect(await bad(400, '/api/ingest', post('{"articles": [{"text": "x", "evil": 1}]}', 'application/json'))).toMatch(/evil/);
    expect(await bad(400, '/api/ingest', post('[1,2', 'application/json'))).toMatch(/malformed JSON/);
    expect(await bad(400, '/api/ingest', post('', 'text/plain'))).toMatch(/empty/);
    const form = new FormData();
    form.append('notes', 'hello');
    expect(await bad(400, '/api/ingest', { method: 'POST', body: form })).toMatch(/notes/);
    const textOnly = new FormData();
    textOnly.append('file', 'just a string');
    expect(await bad(400, '/api/ingest', { method: 'POST', body: textOnly })).toMatch(/files/);
    expect(await bad(422, '/api/ingest?name=x.txt', post('   \n  ', 'text/plain'))).toMatch(/empty/);
    const small = createApp({ store, webRoot: null, maxUploadBytes: 1024, ratePerMinute: 0, writesPerMinute: 0 });
    expect(await bad(413, '/api/ingest', post('x'.repeat(5000), 'text/plain'), small)).toMatch(/too large.*limit/);
    expect(await bad(415, '/api/ingest', post('x', 'image/png'))).toBeTruthy();
    expect((await call('/api/ingest')).status).toBe(404);
  });
});

describe('guards', () => {
  it('write requests need the token when the server has one', async () => {
    const guarded = createApp({ store, webRoot: null, token: 's3cret', ratePerMinute: 0, writesPerMinute: 0 });
    const body = JSON.stringify({ articles: [{ text: 'Sebuah teks uji yang cukup panjang untuk disimpan di basis data.' }] });
    const init = (auth?: string) => ({ method: 'POST', body, headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) } });
    expect(await bad(401, '/api/ingest', init(), guarded)).toMatch(/token/);
    expect(await bad(403, '/api/ingest', init('Bearer wrong'), guarded)).toMatch(/wrong token/);
    expect((await call('/api/ingest', init('Bearer s3cret'), guarded)).status).toBe(200);
    expect((await call('/api/info', undefined, guarded)).body.writeTokenRequired).toBe(true);
    // Reads need no token.
    expect((await call('/api/events', undefined, guarded)).status).toBe(200);
  });
  it('bound beyond loopback, writes always need a token', () => {
    expect(writeToken('127.0.0.1')).toBeNull();
    expect(writeToken('localhost')).toBeNull();
    expect(writeToken('::1')).toBeNull();
    expect(writeToken('0.0.0.0')).toMatch(/^[\w-]{32}$/);
    expect(writeToken('192.168.1.10')).not.toBe(writeToken('192.168.1.10'));
    expect(writeToken('0.0.0.0', 'given')).toBe('given');
  });
  it('writes from another web site are refused', async () => {
    const init = { method: 'POST', body: 'Teks', headers: { 'content-type': 'text/plain', origin: 'https://evil.example', host: '127.0.0.1:8080' } };
    expect(await bad(403, '/api/ingest', init)).toMatch(/another web site/);
    expect(await bad(403, '/api/ingest', { ...init, headers: { 'content-type': 'text/plain', 'sec-fetch-site': 'cross-site' } })).toMatch(/another/);
  });
  it('a loopback server answers only loopback Host names', async () => {
    const local = createApp({ store, webRoot: null, loopbackOnly: true, ratePerMinute: 0 });
    expect(await bad(421, '/api/info', { headers: { host: 'evil.example:8080' } }, local)).toMatch(/localhost/);
    expect((await call('/api/info', { headers: { host: 'localhost:8080' } }, local)).status).toBe(200);
    expect((await call('/api/info', { headers: { host: '127.0.0.1:8080' } }, local)).status).toBe(200);
  });
  it('rate limits answer 429 with Retry-After', async () => {
    const limited = createApp({ store, webRoot: null, ratePerMinute: 3, writesPerMinute: 0 });
    for (let i = 0; i < 3; i++) expect((await call('/api/info', undefined, limited)).status).toBe(200);
    const r = await call('/api/info', undefined, limited);
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toMatch(/^\d+$/);
    const writes = createApp({ store, webRoot: null, ratePerMinute: 0, writesPerMinute: 1 });
    const w = { method: 'POST', body: 'Teks unggahan pertama yang cukup panjang.', headers: { 'content-type': 'text/plain' } };
    expect((await call('/api/ingest', w, writes)).status).toBe(200);
    expect(await bad(429, '/api/ingest', { ...w, body: 'Teks kedua' }, writes)).toMatch(/write/);
    expect((await call('/api/info', undefined, writes)).status).toBe(200);
  });
});

describe('over HTTP on 127.0.0.1', () => {
  let srv: RunningServer;
  beforeAll(async () => {
    srv = await startServer(store, { port: 0, webRoot: join(tempDir('linimasa-noweb-'), 'none') });
  });
  afterAll(() => srv.close());
  it('binds loopback without a token, serves the API, says when the UI is not built', async () => {
    expect(srv.host).toBe('127.0.0.1');
    expect(srv.token).toBeNull();
    const r = await fetch(`${srv.url}/api/events?limit=1`);
    expect(r.status).toBe(200);
    expect(S.EventPage.parse(await r.json()).items).toHaveLength(1);
    const ui = await fetch(`${srv.url}/`);
    expect(ui.status).toBe(503);
    expect(await ui.text()).toContain('build:web');
    expect((await fetch(`${srv.url}/assets/..%2f..%2fpackage.json`)).status).toBe(404);
  });
  it('markup in stored text comes back as JSON strings, never as HTML', async () => {
    const r = await fetch(`${srv.url}/api/articles/${I.ax}`);
    expect(r.headers.get('content-type')).toContain('application/json');
    const d = S.ArticleDetail.parse(await r.json());
    expect(d.article.text).toContain(XSS.script);
  });
});

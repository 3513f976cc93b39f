/**
 * The HTTP API and the web UI's host. Every route is declared with zod schemas
 * (`createRoute`), which validate the request, type the handler, and make `/openapi.json`.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import type { Context } from 'hono';
import type { Store } from '../store/store.js';
import * as S from './schemas.js';
import { articleDetail, entityDetail, eventDetail, timelineView } from './views.js';
import { ingestUploads, type Upload } from './ingest.js';
import { workerProcessor, type Processor } from '../pipeline/pool.js';
import { errorJson, hostCheck, rateLimit, securityHeaders, writeGuard } from './security.js';
import { serveWeb } from './static.js';

export interface AppOptions {
  store: Store;
  /** Token write requests must carry; null: no token (only sensible on loopback). */
  token?: string | null;
  /** Answer only loopback Host names (set when bound to loopback). */
  loopbackOnly?: boolean;
  /** Largest request body of an upload, in bytes. */
  maxUploadBytes?: number;
  /** Requests per minute per client address (0: no limit). */
  ratePerMinute?: number;
  /** Write requests per minute per client address (0: no limit). */
  writesPerMinute?: number;
  /** Folder of the built web UI (`dist-web`); null: API only. */
  webRoot?: string | null;
  version?: string;
  /**
   * Cleans and annotates uploaded articles. Default: one worker thread, started on the first
   * upload, so that annotating a long article never holds up other requests.
   */
  processor?: Processor;
}

export const DEFAULTS = { maxUploadBytes: 8 * 1024 * 1024, ratePerMinute: 1200, writesPerMinute: 30 };

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});
const errors = {
  400: json(S.ErrorBody, 'invalid request: the message says which parameter and why'),
  404: json(S.ErrorBody, 'no such id'),
  429: json(S.ErrorBody, 'too many requests'),
};

function flattenIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
}

export function createApp(opts: AppOptions): OpenAPIHono {
  const store = opts.store;
  const maxUploadBytes = opts.maxUploadBytes ?? DEFAULTS.maxUploadBytes;
  const ratePerMinute = opts.ratePerMinute ?? DEFAULTS.ratePerMinute;
  const writesPerMinute = opts.writesPerMinute ?? DEFAULTS.writesPerMinute;
  const token = opts.token ?? null;
  let processor = opts.processor ?? null;
  const uploadProcessor = () => (processor ??= workerProcessor(1));

  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = flattenIssues(result.error);
        const where = result.target === 'query' ? 'query parameter' : result.target === 'param' ? 'path parameter' : 'body';
        const first = issues[0];
        const message = `invalid ${where}${first ? ` ${first.path}: ${first.message}` : ''}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`;
        return errorJson(c, 400, message, issues);
      }
    },
  });

  app.onError((err, c) => {
    if (err instanceof HTTPException) {
      const msg = err.message || (err.status === 413 ? 'request body too large' : 'bad request');
      return errorJson(c, err.status, err.status === 400 && /JSON/i.test(msg) ? `malformed JSON in request body` : msg);
    }
    console.error('linimasa serve:', err);
    return errorJson(c, 500, 'internal error');
  });
  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? errorJson(c, 404, `no such route: ${c.req.method} ${c.req.path}`) : errorJson(c, 404, 'not found'),
  );

  app.use('*', securityHeaders);
  app.use('*', hostCheck(opts.loopbackOnly ?? false));
  app.use('/api/*', rateLimit(ratePerMinute, 'all'));
  app.use('/api/*', rateLimit(writesPerMinute, 'write'));
  app.use('/api/*', writeGuard(token));
  app.use('/api/*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });

  const notFound = (c: Context, what: string, id: string) => errorJson(c, 404, `no ${what} with id "${id.slice(0, 100)}"`);
  const pageOf = <T>(p: { items: T[]; total: number }, q: { limit: number; offset: number }) => ({ ...p, limit: q.limit, offset: q.offset });

  // --- info
  app.openapi(
    createRoute({ method: 'get', path: '/api/info', summary: 'Counts, limits and whether writes need a token', responses: { 200: json(S.Info, 'about this server') } }),
    (c) =>
      c.json(
        {
          name: 'linimasa' as const,
          version: opts.version ?? '0.1.0',
          counts: {
            articles: store.countArticles(),
            events: store.pageEvents({ limit: 1 }).total,
            entities: store.pageEntities({ limit: 1 }).total,
            storylines: store.pageStorylines({ limit: 1 }).total,
          },
          writeTokenRequired: token !== null,
          limits: { maxUploadBytes, ratePerMinute, writesPerMinute },
        },
        200,
      ),
  );

  // --- articles
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/articles',
      summary: 'Articles, newest first (full-text with q), filtered by date, entity, outlet, language',
      request: { query: S.ListQuery },
      responses: { 200: json(S.ArticlePage, 'a page of articles'), ...errors },
    }),
    (c) => {
      const q = c.req.valid('query');
      return c.json(pageOf(store.pageArticles(q), q), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/articles/{id}',
      summary: 'One article with its text, spans, events, copies and entities (a unique id prefix is enough)',
      request: { params: S.IdParam },
      responses: { 200: json(S.ArticleDetail, 'the article'), ...errors },
    }),
    (c) => {
      const { id } = c.req.valid('param');
      const d = articleDetail(store, id);
      return d ? c.json(d, 200) : notFound(c, 'article', id);
    },
  );

  // --- events
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/events',
      summary: 'Events by date, filtered by date range, entity, outlet and language of their articles, words',
      request: { query: S.ListQuery },
      responses: { 200: json(S.EventPage, 'a page of events'), ...errors },
    }),
    (c) => {
      const q = c.req.valid('query');
      return c.json(pageOf(store.pageEvents(q), q), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/events/{id}',
      summary: 'One event: its articles, which are copies of which, quotes, entities, claims, storylines',
      request: { params: S.IdParam },
      responses: { 200: json(S.EventDetail, 'the event'), ...errors },
    }),
    (c) => {
      const { id } = c.req.valid('param');
      const d = eventDetail(store, id);
      return d ? c.json(d, 200) : notFound(c, 'event', id);
    },
  );

  // --- storylines and timelines
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/storylines',
      summary: 'Storylines, largest first, filtered through their events',
      request: { query: S.ListQuery },
      responses: { 200: json(S.StorylinePage, 'a page of storylines'), ...errors },
    }),
    (c) => {
      const q = c.req.valid('query');
      return c.json(pageOf(store.pageStorylines(q), q), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/storylines/{id}',
      summary: 'One storyline with its events',
      request: { params: S.IdParam },
      responses: { 200: json(S.StorylineDetail, 'the storyline'), ...errors },
    }),
    (c) => {
      const { id } = c.req.valid('param');
      const s = store.getStoryline(id);
      return s ? c.json({ storyline: s, events: store.getEvents(s.events) }, 200) : notFound(c, 'storyline', id);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/storylines/{id}/timeline',
      summary: "A storyline's dated timeline, each entry with the words of its sources",
      request: { params: S.IdParam },
      responses: { 200: json(S.TimelineView, 'the timeline'), ...errors },
    }),
    (c) => {
      const { id } = c.req.valid('param');
      const t = timelineView(store, id);
      return t ? c.json(t, 200) : notFound(c, 'storyline', id);
    },
  );

  // --- entities
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/entities',
      summary: 'Canonical entities, most mentioned first; q matches names and aliases; entity= lists who appears with it',
      request: { query: S.EntityListQuery },
      responses: { 200: json(S.EntityPage, 'a page of entities'), ...errors },
    }),
    (c) => {
      const q = c.req.valid('query');
      return c.json(pageOf(store.pageEntities(q), q), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/entities/{id}',
      summary: 'One entity: aliases, roles, events, quotes, and who it appears with',
      request: { params: S.IdParam },
      responses: { 200: json(S.EntityDetail, 'the entity'), ...errors },
    }),
    (c) => {
      const { id } = c.req.valid('param');
      const d = entityDetail(store, id);
      return d ? c.json(d, 200) : notFound(c, 'entity', id);
    },
  );

  // --- search
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/search',
      summary: 'Search articles (FTS5, Indonesian-aware), entities (names and aliases) and events at once',
      request: { query: S.SearchQuery },
      responses: { 200: json(S.SearchResult, 'what matched'), ...errors },
    }),
    (c) => {
      const q = c.req.valid('query');
      const filter = { ...q };
      return c.json(
        {
          q: q.q,
          articles: pageOf(store.pageArticles(filter), q),
          entities: store.pageEntities({ q: q.q, limit: 10, from: q.from, to: q.to, outlet: q.outlet, language: q.language }).items,
          events: store.pageEvents({ ...filter, limit: 10, offset: 0 }).items,
        },
        200,
      );
    },
  );

  // --- ingest
  app.use(
    '/api/ingest',
    bodyLimit({
      maxSize: maxUploadBytes,
      onError: (c) => errorJson(c, 413, `request body too large: the limit is ${(maxUploadBytes / 1024 / 1024).toFixed(1)} MB`),
    }),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/ingest',
      summary: 'Ingest articles: JSON {articles:[…]}, multipart files (field "file"), or one raw file body (name=…)',
      security: token ? [{ bearer: [] }] : [],
      request: {
        query: z.object({ name: z.string().min(1).max(200).optional().openapi({ description: 'file name of a raw body (its extension tells the format)' }) }).strict(),
        body: {
          // Not `required`: with several media types that would run every validator on every body.
          content: {
            'application/json': { schema: S.IngestJsonBody },
            'multipart/form-data': { schema: S.IngestMultipartBody },
            'text/plain': { schema: z.string() },
            'text/html': { schema: z.string() },
            'application/xml': { schema: z.string() },
            'application/rss+xml': { schema: z.string() },
            'application/atom+xml': { schema: z.string() },
            'application/x-ndjson': { schema: z.string() },
            'application/gzip': { schema: z.string().openapi({ format: 'binary' }) },
            'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) },
          },
        },
      },
      responses: {
        200: json(S.IngestResult, 'what was read and stored; failed inputs are listed with reasons'),
        ...errors,
        401: json(S.ErrorBody, 'token missing'),
        403: json(S.ErrorBody, 'wrong token or another web site'),
        413: json(S.ErrorBody, 'body too large'),
        415: json(S.ErrorBody, 'unsupported content type'),
        422: json(S.ErrorBody, 'nothing in the request could be read'),
      },
    }),
    async (c) => {
      const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      const uploads: Upload[] = [];
      if (type === 'application/json') {
        const body = c.req.valid('json');
        uploads.push({ name: 'request.json', bytes: Buffer.from(JSON.stringify(body)) });
      } else if (type === 'multipart/form-data') {
        const form = await c.req.parseBody({ all: true });
        const unknown = Object.keys(form).filter((k) => k !== 'file');
        if (unknown.length) return errorJson(c, 400, `unknown form field "${unknown[0]}": send files in the field "file"`);
        const files = ([] as unknown[]).concat(form.file ?? []);
        for (const f of files) {
          if (!(f instanceof File)) return errorJson(c, 400, 'the field "file" must hold files, not text');
          uploads.push({ name: f.name || 'upload', bytes: new Uint8Array(await f.arrayBuffer()) });
        }
        if (uploads.length === 0) return errorJson(c, 400, 'no file in the form: send one or more files in the field "file"');
        if (uploads.length > 100) return errorJson(c, 400, 'at most 100 files per request');
      } else if (type) {
        const { name } = c.req.valid('query');
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        if (bytes.length === 0) return errorJson(c, 400, 'empty request body');
        const ext = type === 'text/html' ? '.html' : type.includes('xml') ? '.xml' : type.includes('ndjson') || type.includes('jsonl') ? '.jsonl' : type.includes('gzip') ? '.gz' : '.txt';
        uploads.push({ name: name ?? `request${ext}`, bytes });
      } else {
        return errorJson(c, 415, 'missing Content-Type: send application/json, multipart/form-data or a file type such as text/html');
      }
      const result = await ingestUploads(store, uploads, maxUploadBytes, uploadProcessor());
      if (result.documents === 0 && result.failed.length > 0) {
        return errorJson(c, 422, `nothing could be read: ${result.failed[0].origin}: ${result.failed[0].reason}`, result.failed.map((f) => ({ path: f.origin, message: f.reason })));
      }
      return c.json(result, 200);
    },
  );

  // --- the OpenAPI document
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Linimasa API',
      version: opts.version ?? '0.1.0',
      description:
        'News articles (Indonesian first, English second) as clean articles, entities, events, storylines and timelines. ' +
        'Errors are {"error": {"status", "message", "issues"?}}. Lists take limit/offset and the filters from, to, entity, outlet, language, q.',
    },
  });

  // --- the web UI
  if (opts.webRoot !== null) serveWeb(app, opts.webRoot);
  return app;
}

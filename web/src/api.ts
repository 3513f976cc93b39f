/** Calls to the JSON API, typed by the server's own zod schemas. */
import { useEffect, useState } from 'preact/hooks';
import type {
  ArticleDetailT,
  EntityDetailT,
  EntityT,
  EventDetailT,
  EventT,
  InfoT,
  IngestResultT,
  PageT,
  SearchResultT,
  StorylineT,
  TimelineViewT,
} from '../../src/server/schemas.js';

export type {
  ArticleDetailT,
  ArticleHeadT,
  ClaimViewT,
  DuplicateT,
  EntityDetailT,
  EntityT,
  EventDetailT,
  EventT,
  InfoT,
  IngestResultT,
  PageT,
  QuoteViewT,
  SearchResultT,
  SourceViewT,
  StorylineT,
  TimelineItemT,
  TimelineViewT,
} from '../../src/server/schemas.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init?.headers ?? {}) } });
  const type = res.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const msg = typeof body === 'object' && body?.error?.message ? body.error.message : `HTTP ${res.status}`;
    throw new ApiError(res.status, msg);
  }
  return body as T;
}

const enc = encodeURIComponent;
export const qs = (params: Record<string, string | number | undefined | null>) => {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${enc(k)}=${enc(String(v))}`);
  return parts.length ? `?${parts.join('&')}` : '';
};

export const api = {
  info: () => request<InfoT>('/api/info'),
  storylines: (p: Record<string, string | number | undefined> = {}) => request<PageT<StorylineT>>(`/api/storylines${qs(p)}`),
  timeline: (id: string) => request<TimelineViewT>(`/api/storylines/${enc(id)}/timeline`),
  events: (p: Record<string, string | number | undefined> = {}) => request<PageT<EventT>>(`/api/events${qs(p)}`),
  event: (id: string) => request<EventDetailT>(`/api/events/${enc(id)}`),
  entity: (id: string) => request<EntityDetailT>(`/api/entities/${enc(id)}`),
  entities: (p: Record<string, string | number | undefined> = {}) => request<PageT<EntityT>>(`/api/entities${qs(p)}`),
  article: (id: string) => request<ArticleDetailT>(`/api/articles/${enc(id)}`),
  search: (p: Record<string, string | number | undefined>) => request<SearchResultT>(`/api/search${qs(p)}`),
  ingest: (files: File[], token: string) => {
    const form = new FormData();
    for (const f of files) form.append('file', f, f.name);
    return request<IngestResultT>('/api/ingest', { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  },
};

export type Loaded<T> = { state: 'loading' } | { state: 'error'; error: ApiError | Error } | { state: 'ok'; data: T };

/** Loads when the key changes; stale answers for an old key are dropped. */
export function useLoad<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [s, set] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    set({ state: 'loading' });
    load().then(
      (data) => live && set({ state: 'ok', data }),
      (error: Error) => live && set({ state: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return s;
}

/** Only http(s) links are ever made clickable: `javascript:` and friends stay text. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export const href = {
  home: () => '#/',
  storyline: (id: string) => `#/storyline/${enc(id)}`,
  event: (id: string) => `#/event/${enc(id)}`,
  entity: (id: string) => `#/entity/${enc(id)}`,
  article: (id: string) => `#/article/${enc(id)}`,
  search: (p: Record<string, string | undefined> = {}) => `#/search${qs(p)}`,
  upload: () => '#/upload',
};

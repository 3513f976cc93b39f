import type { CleanArticle, RawDoc } from '../model/types.js';
import { extractHtml } from './html/extract.js';

/** STUB (owned by the text-cleaning work): RawDoc -> CleanArticle. */
export function cleanDoc(raw: RawDoc, opts: { noClean?: boolean; lang?: string } = {}): CleanArticle {
  const text = raw.format === 'html' ? extractHtml(raw.body, { url: raw.hints.url }).text : raw.body;
  return {
    id: articleIdFromHash(raw.hash),
    hash: raw.hash,
    origin: raw.origin,
    url: raw.hints.url ?? null,
    title: raw.hints.title ?? null,
    titleSource: raw.hints.title ? 'printed' : null,
    outlet: raw.hints.outlet ?? null,
    publishedAt: raw.hints.publishedAt ?? null,
    publishedAtSource: raw.hints.publishedAt ? 'printed' : null,
    dateline: null,
    authors: raw.hints.author ? [raw.hints.author] : [],
    credits: [],
    language: (opts.lang as CleanArticle['language']) ?? 'id',
    text: opts.noClean ? raw.body : text.trim(),
    removed: [],
  };
}

/** Article ids are short, stable and content-derived, so a rerun assigns the same ids. */
export function articleIdFromHash(hash: string): string {
  return 'a' + hash.slice(0, 12);
}

import type { SourceHints } from '../../model/types.js';
import { InputError } from '../errors.js';

/** One article object from JSON / JSON Lines, before it becomes a RawDoc. */
export interface JsonArticle {
  body: string;
  format: 'text' | 'html';
  hints: SourceHints;
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined;

/** Authors come as a string, a list of strings, or objects with a `name`. */
function authorOf(o: Record<string, unknown>): string | undefined {
  const a = o.author ?? o.authors ?? o.byline;
  if (Array.isArray(a)) {
    const names = a.map((x) => (typeof x === 'string' ? x : str((x as Record<string, unknown>)?.name))).filter(Boolean);
    return names.length ? names.join(', ') : undefined;
  }
  if (a && typeof a === 'object') return str((a as Record<string, unknown>).name);
  return str(a);
}

/**
 * Maps one JSON object onto an article. The documented fields are `text` or `html`, `title`,
 * `url`, `outlet`, `publishedAt`, `author`; common spellings from scrapers are accepted too.
 */
export function articleFromJson(value: unknown, origin: string): JsonArticle {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(origin, 'expected a JSON object with a "text" or "html" field');
  }
  const o = value as Record<string, unknown>;
  const html = str(o.html) ?? str(o.content_html) ?? str(o.rawHtml);
  const text = str(o.text) ?? str(o.body) ?? str(o.content) ?? str(o.articleBody);
  if (!html && !text) throw new InputError(origin, 'no "text" or "html" field in the JSON object');
  const hints: SourceHints = {
    title: str(o.title) ?? str(o.headline),
    url: str(o.url) ?? str(o.link) ?? str(o.source_url),
    outlet: str(o.outlet) ?? str(o.source) ?? str(o.site) ?? str(o.siteName),
    publishedAt: str(o.publishedAt) ?? str(o.published_at) ?? str(o.datePublished) ?? str(o.date),
    author: authorOf(o),
  };
  for (const k of Object.keys(hints) as (keyof SourceHints)[]) if (hints[k] === undefined) delete hints[k];
  return text && !html ? { body: text, format: 'text', hints } : { body: html!, format: 'html', hints };
}

/** A JSON file: one article object, or an array of them. */
export function parseJsonFile(text: string, origin: string): { items: unknown[]; single: boolean } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError(origin, `malformed JSON: ${(e as Error).message}`);
  }
  if (Array.isArray(value)) return { items: value, single: false };
  const o = value as Record<string, unknown>;
  // A wrapper such as {"articles": [...]} is common in exports.
  for (const key of ['articles', 'items', 'data', 'documents']) {
    if (o && Array.isArray(o[key])) return { items: o[key] as unknown[], single: false };
  }
  return { items: [value], single: true };
}

import { Readability } from '@mozilla/readability';
import type { RemovedLine } from '../../model/types.js';
import { type DDocument, type DNode, normText, parseDocument } from './dom.js';
import { extractMeta, type PageMeta } from './meta.js';
import { postclean } from './postclean.js';
import { dropStandfirst, preclean } from './preclean.js';
import { densityExtract } from './density.js';
import { decodeEntities } from './meta.js';
import { type Block, blocksOf } from './text.js';

/** Below this many characters, Readability's answer is treated as a miss. */
const MIN_BODY_CHARS = 400;

/** JSON-LD articleBody as blocks; it may carry markup or be one long line. */
function jsonLdBlocks(body: string): Block[] {
  let src = body;
  if (/<\/?(p|br|div|h\d|li)\b/i.test(src)) {
    const doc = parseDocument(src);
    if (doc?.body) return blocksOf(doc.body);
    src = src.replace(/<[^>]*>/g, '\n');
  }
  return decodeEntities(src)
    .split(/\n+/)
    .map((l) => normText(l))
    .filter(Boolean)
    .map((text) => ({ text, tag: 'p', linkShare: 0 }));
}

/** What the HTML extractor gets out of a page: the article body as text, and page metadata. */
export interface HtmlExtraction {
  title: string | null;
  /** Body text, one paragraph (or heading, list item) per line. */
  text: string;
  meta: {
    title?: string;
    author?: string;
    publishedAt?: string;
    siteName?: string;
    lang?: string;
    url?: string;
    description?: string;
  };
  /** Blocks dropped from the page that a user may want to audit (captions, related links …). */
  removed: RemovedLine[];
  /** Which path produced the body: Readability, JSON-LD articleBody, or the density fallback. */
  method?: 'readability' | 'json-ld' | 'density' | 'none';
}

function runReadability(doc: DDocument): DNode | null {
  try {
    const r = new Readability<DNode>(doc as never, {
      serializer: (n: unknown) => n as DNode,
      charThreshold: 300,
      maxElemsToParse: 0,
    }).parse();
    return r?.content ?? null;
  } catch {
    return null;
  }
}

/** Readability on a linkedom DOM, improved: pre-cleaning, JSON-LD body, density fallback. */
export function extractHtml(html: string, opts: { url?: string } = {}): HtmlExtraction {
  const removed: RemovedLine[] = [];
  const doc = parseDocument(html);
  if (!doc) {
    const text = fallbackStrip(html);
    return { title: null, text, meta: {}, removed, method: text ? 'density' : 'none' };
  }
  let meta: PageMeta = {};
  try {
    meta = extractMeta(doc, opts.url);
  } catch {
    meta = {};
  }
  const { jsonLdBody, ...pageMeta } = meta;
  try {
    preclean(doc, removed);
    if (doc.body) dropStandfirst(doc.body, meta.description, removed);
  } catch {
    /* keep going with what is there */
  }
  const content = runReadability(doc);
  let blocks: Block[] = content ? blocksOf(content) : [];
  let method: HtmlExtraction['method'] = blocks.length ? 'readability' : 'none';
  const chars = (bs: Block[]) => bs.reduce((n, b) => n + b.text.length, 0);
  // Too little text: try the density extractor on a fresh, pre-cleaned copy of the page.
  if (chars(blocks) < MIN_BODY_CHARS) {
    const fresh = parseDocument(html);
    if (fresh) {
      try {
        preclean(fresh, []);
        const alt = densityExtract(fresh);
        if (chars(alt) > chars(blocks) * 1.5) {
          blocks = alt;
          method = 'density';
        }
      } catch {
        /* keep Readability's answer */
      }
    }
  }
  // JSON-LD articleBody, when the page has one and it is much longer than what we found.
  if (jsonLdBody) {
    const ld = jsonLdBlocks(jsonLdBody);
    if (chars(ld) > Math.max(MIN_BODY_CHARS, chars(blocks) * 2)) {
      blocks = ld;
      method = 'json-ld';
    }
  }
  blocks = dropTitle(blocks, pageMeta.title);
  blocks = postclean(blocks, removed, { title: pageMeta.title, author: pageMeta.author, url: pageMeta.url ?? opts.url });
  const text = blocks.map((b) => b.text).join('\n');
  return { title: pageMeta.title ?? null, text, meta: pageMeta, removed, method };
}

function dropTitle(blocks: Block[], title?: string): Block[] {
  if (!title || !blocks.length) return blocks;
  const t = normText(title).toLowerCase();
  const first = blocks[0].text.toLowerCase();
  if (/^h[1-3]$/.test(blocks[0].tag) || first === t) {
    if (first === t || t.startsWith(first) || first.startsWith(t)) return blocks.slice(1);
  }
  return blocks;
}

/** Last resort for markup no parser accepts: strip tags and keep the text lines. */
function fallbackStrip(html: string): string {
  return String(html ?? '')
    .slice(0, 2_000_000)
    .replace(/<(script|style|noscript)[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, '\n')
    .split('\n')
    .map((l) => normText(l))
    .filter(Boolean)
    .join('\n');
}

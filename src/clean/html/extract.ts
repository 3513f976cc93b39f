import { Readability } from '@mozilla/readability';
import type { RemovedLine } from '../../model/types.js';
import { type DDocument, type DNode, normText, parseDocument, shapeOf } from './dom.js';
import { densityExtract } from './density.js';
import { decodeEntities, extractMeta, type PageMeta } from './meta.js';
import { postclean } from './postclean.js';
import { dropStandfirst, preclean } from './preclean.js';
import { type Block, blocksOf } from './text.js';

/** Below this many characters, Readability's answer is treated as a miss. */
const MIN_BODY_CHARS = 400;
/** Above these, Readability is not run (its cost is superlinear in both). */
const MAX_READABILITY_ELEMENTS = 20_000;
const MAX_READABILITY_DEPTH = 100;

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
  /** What the page says about itself (its JSON-LD body, if any, is already the `text` or not wanted). */
  meta: Omit<PageMeta, 'jsonLdBody'>;
  /** Blocks dropped from the page that a user may want to audit (captions, related links …). */
  removed: RemovedLine[];
  /** Which path produced the body: Readability, JSON-LD articleBody, or the density fallback. */
  method?: 'readability' | 'json-ld' | 'density' | 'none';
}

function runReadability(doc: DDocument): DNode | null {
  try {
    const r = new Readability<DNode>(doc as never, {
      serializer: (n: unknown) => n as DNode,
      charThreshold: 500,
      maxElemsToParse: 0,
    }).parse();
    return r?.content ?? null;
  } catch {
    return null;
  }
}

/**
 * Readability on a linkedom DOM, improved: the page is pre-cleaned of chrome (navigation, share
 * widgets, captions, related lists, ads), Readability picks the body, a density extractor and the
 * JSON-LD articleBody stand in when it finds too little, and the body's blocks are post-cleaned
 * (date stamps, bylines, ad labels, read-also lines, trailing furniture). Never throws.
 */
export function extractHtml(html: string, opts: { url?: string } = {}): HtmlExtraction {
  try {
    return extract(typeof html === 'string' ? html : String(html ?? ''), opts);
  } catch {
    const text = fallbackStrip(html);
    return { title: null, text, meta: {}, removed: [], method: text ? 'density' : 'none' };
  }
}

function extract(html: string, opts: { url?: string }): HtmlExtraction {
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
  // Readability's cost grows steeply with nesting depth and element count: skip it on pathological
  // pages and let the (linear) density extractor answer.
  const shape = doc.body ? shapeOf(doc.body, MAX_READABILITY_ELEMENTS + 1) : { elements: 0, depth: 0 };
  const content = shape.elements <= MAX_READABILITY_ELEMENTS && shape.depth <= MAX_READABILITY_DEPTH ? runReadability(doc) : null;
  let blocks: Block[] = content ? blocksOf(content) : [];
  let method: HtmlExtraction['method'] = blocks.length ? 'readability' : 'none';

  // Readability changed `doc`; the fallbacks get a fresh, pre-cleaned copy, parsed on demand.
  let fresh: DDocument | null | undefined;
  const freshDoc = (): DDocument | null => {
    if (fresh === undefined) {
      fresh = parseDocument(html);
      if (fresh) {
        try {
          preclean(fresh, []);
        } catch {
          /* use it as it is */
        }
      }
    }
    return fresh;
  };
  // Too little text: try the density extractor.
  if (chars(blocks) < MIN_BODY_CHARS) {
    const d = freshDoc();
    const alt = d ? densityExtract(d) : [];
    if (chars(alt) > chars(blocks) * 1.5) {
      blocks = alt;
      method = 'density';
    }
  }
  // Nothing article-like anywhere (a fragment, a bare text page): keep the page's own prose blocks.
  if (!blocks.length) {
    const d = freshDoc();
    blocks = d?.body ? blocksOf(d.body).filter((b) => b.linkShare < 0.5) : [];
    if (blocks.length) method = 'density';
  }
  // JSON-LD articleBody, when the page has one and it is much longer than what we found.
  if (jsonLdBody) {
    const ld = jsonLdBlocks(jsonLdBody);
    if (chars(ld) > Math.max(MIN_BODY_CHARS, chars(blocks) * 2)) {
      blocks = ld;
      method = 'json-ld';
    }
  }
  const ctx = { title: pageMeta.title, author: pageMeta.author, url: pageMeta.url ?? opts.url };
  const finish = (bs: Block[], rm: RemovedLine[]) => postclean(dropTitle(bs, pageMeta.title, rm), rm, ctx);
  const kept: RemovedLine[] = [];
  let final = finish(blocks, kept);
  // Post-cleaning left too little (Readability chose a list of links, say): try the density
  // extractor's answer, and keep whichever has more text.
  if (chars(final) < MIN_BODY_CHARS && method !== 'density') {
    const d = freshDoc();
    const alt = d ? densityExtract(d) : [];
    const altRemoved: RemovedLine[] = [];
    const altFinal = alt.length ? finish(alt, altRemoved) : [];
    if (chars(altFinal) > chars(final) * 1.5) {
      final = altFinal;
      kept.length = 0;
      kept.push(...altRemoved);
      method = 'density';
    }
  }
  removed.push(...kept);
  blocks = final;
  const text = blocks.map((b) => b.text).join('\n');
  const title = pageMeta.title ?? null;
  return { title, text, meta: pageMeta, removed, method: blocks.length ? method : 'none' };
}

const chars = (bs: Block[]) => bs.reduce((n, b) => n + b.text.length, 0);

/** The headline at the top of the body repeats the title. */
function dropTitle(blocks: Block[], title: string | undefined, removed: RemovedLine[]): Block[] {
  if (!title || !blocks.length) return blocks;
  const t = normText(title).toLowerCase();
  const first = blocks[0].text.toLowerCase();
  const same = first === t || (/^h[1-3]$/.test(blocks[0].tag) && (t.startsWith(first) || first.startsWith(t)));
  if (!same) return blocks;
  removed.push({ text: blocks[0].text, reason: 'title' });
  return blocks.slice(1);
}

/** Last resort for markup no parser accepts: strip tags and keep the text lines. */
function fallbackStrip(html: unknown): string {
  return String(html ?? '')
    .slice(0, 2_000_000)
    .replace(/<(script|style|noscript)[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, '\n')
    .split('\n')
    .map((l) => normText(l))
    .filter(Boolean)
    .join('\n');
}

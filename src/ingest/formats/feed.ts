import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { SourceHints } from '../../model/types.js';
import { InputError } from '../errors.js';

export interface FeedItem {
  /** `file#n`: the n-th item of the feed. */
  origin: string;
  body: string;
  format: 'text' | 'html';
  hints: SourceHints;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: true,
  cdataPropName: false,
  processEntities: true,
  htmlEntities: true,
});

/** Text of an element that may be a string, `{#text}` or a list of either. */
function textOf(v: unknown): string | undefined {
  if (v == null) return undefined;
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'object') return textOf((v as Record<string, unknown>)['#text']);
  return undefined;
}

const list = <T>(v: T | T[] | undefined): T[] => (v == null ? [] : Array.isArray(v) ? v : [v]);

function hasMarkup(s: string): boolean {
  return /<\/?(p|div|br|span|a|img|h\d|ul|li|figure|strong|em)\b/i.test(s);
}

function item(body: string | undefined, hints: SourceHints, origin: string): FeedItem {
  if (!body) throw new InputError(origin, 'feed item has no content or description');
  for (const k of Object.keys(hints) as (keyof SourceHints)[]) if (!hints[k]) delete hints[k];
  return { origin, body, format: hasMarkup(body) ? 'html' : 'text', hints };
}

/**
 * RSS 2.0 / RDF and Atom feed files: one article per item or entry. A malformed feed is one
 * error for the file; an item without content is an error for that item only.
 */
export function parseFeed(xml: string, origin: string): { items: (FeedItem | InputError)[] } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const e = valid.err;
    throw new InputError(origin, `malformed XML at line ${e.line}, column ${e.col}: ${e.msg}`);
  }
  const doc = parser.parse(xml) as Record<string, any>;
  const out: (FeedItem | InputError)[] = [];
  if (doc.rss || doc['rdf:RDF']) {
    const channel = doc.rss?.channel ?? doc['rdf:RDF']?.channel ?? {};
    const outlet = textOf(channel.title);
    const rawItems = list(doc.rss?.channel?.item ?? doc['rdf:RDF']?.item);
    rawItems.forEach((it: Record<string, any>, i: number) => {
      const o = `${origin}#${i + 1}`;
      try {
        out.push(
          item(textOf(it['content:encoded']) ?? textOf(it.description), {
            title: textOf(it.title),
            url: textOf(it.link) ?? textOf(it.guid),
            outlet,
            publishedAt: textOf(it.pubDate) ?? textOf(it['dc:date']),
            author: textOf(it['dc:creator']) ?? textOf(it.author),
          }, o),
        );
      } catch (e) {
        out.push(e instanceof InputError ? e : new InputError(o, String(e)));
      }
    });
  } else if (doc.feed) {
    const outlet = textOf(doc.feed.title);
    list(doc.feed.entry).forEach((en: Record<string, any>, i: number) => {
      const o = `${origin}#${i + 1}`;
      const links = list(en.link) as Record<string, string>[];
      const alt = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
      const authors = list(en.author).map((a: any) => textOf(a?.name)).filter(Boolean);
      try {
        out.push(
          item(textOf(en.content) ?? textOf(en.summary), {
            title: textOf(en.title),
            url: alt?.['@href'],
            outlet,
            publishedAt: textOf(en.published) ?? textOf(en.updated),
            author: authors.join(', ') || undefined,
          }, o),
        );
      } catch (e) {
        out.push(e instanceof InputError ? e : new InputError(o, String(e)));
      }
    });
  } else {
    throw new InputError(origin, 'XML file is neither an RSS nor an Atom feed');
  }
  if (out.length === 0) throw new InputError(origin, 'feed holds no items');
  return { items: out };
}

/** What a page says about itself: <meta> tags, JSON-LD, <time>, <html lang>, rel=canonical. */
import { type DDocument, normText, safeQuery, safeQueryAll, toArray } from './dom.js';

export interface PageMeta {
  title?: string;
  author?: string;
  publishedAt?: string;
  siteName?: string;
  lang?: string;
  url?: string;
  /** The page's own summary (meta description / og:description). */
  description?: string;
  /** JSON-LD `articleBody` of the page's article object, when it has one. */
  jsonLdBody?: string;
}

type Json = unknown;
const ARTICLE_TYPES = /(Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|WebPage|Posting)$/i;

/** Parses every JSON-LD block; a malformed block is skipped (after one lenient retry). */
export function jsonLdObjects(doc: DDocument): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const visit = (v: Json, depth: number) => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 50)) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, Json>;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o.mainEntity && typeof o.mainEntity === 'object') visit(o.mainEntity, depth + 1);
  };
  for (const s of safeQueryAll(doc, 'script[type="application/ld+json"]').slice(0, 30)) {
    const raw = (s.textContent ?? '').trim();
    if (!raw || raw.length > 2_000_000) continue;
    let parsed: Json;
    try {
      parsed = JSON.parse(raw);
    } catch {
      try {
        // Common breakage: raw control characters inside strings, trailing commas, HTML comments.
        parsed = JSON.parse(
          raw
            .replace(/^\s*<!--|-->\s*$/g, '')
            .replace(/[\u0000-\u001f]+/g, ' ')
            .replace(/,\s*([}\]])/g, '$1'),
        );
      } catch {
        continue;
      }
    }
    visit(parsed, 0);
  }
  return out;
}

const typesOf = (o: Record<string, Json>): string[] => {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
};

const str = (v: Json): string | undefined => {
  if (typeof v === 'string') return normText(decodeEntities(v)) || undefined;
  if (typeof v === 'number') return String(v);
  return undefined;
};

function nameOf(v: Json): string | undefined {
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? [...new Set(names)].join(', ') : undefined;
  }
  if (v && typeof v === 'object') return str((v as Record<string, Json>).name);
  return undefined;
}

/** Decodes the HTML entities that JSON-LD strings sometimes carry. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, g: string) => {
    if (g[0] === '#') {
      const cp = g[1] === 'x' || g[1] === 'X' ? parseInt(g.slice(2), 16) : parseInt(g.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : m;
    }
    return named[g.toLowerCase()] ?? m;
  });
}

/** <meta> tags by lower-cased property / name / itemprop / http-equiv; first value wins. */
type MetaIndex = Map<string, string>;
function indexMeta(doc: DDocument): MetaIndex {
  const idx: MetaIndex = new Map();
  for (const el of toArray(doc.getElementsByTagName('meta')).slice(0, 2000)) {
    const v = normText(el.getAttribute('content'));
    if (!v) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const k = (el.getAttribute(attr) ?? '').trim().toLowerCase();
      if (k && !idx.has(k)) idx.set(k, v);
    }
  }
  return idx;
}
function metaContent(idx: MetaIndex, keys: string[]): string | undefined {
  for (const k of keys) {
    const v = idx.get(k.toLowerCase());
    if (v) return v;
  }
  return undefined;
}

/** Drops a trailing " | Site" / " - Site" from a <title>, when a separator is there. */
export function stripSiteSuffix(title: string, siteName?: string): string {
  let t = normText(title);
  if (siteName) {
    const esc = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    t = t.replace(new RegExp(`\\s*[|\\-–—:·•»]\\s*${esc}\\s*$`, 'i'), '').replace(new RegExp(`^${esc}\\s*[|\\-–—:·•»]\\s*`, 'i'), '');
  }
  const m = t.match(/^(.{15,}?)\s+[|–—·•»]\s+[^|–—·•»]{2,40}$/) ?? t.match(/^(.{15,}?)\s+-\s+[^-]{2,30}$/);
  return normText(m ? m[1] : t);
}

const plausibleDate = (s: string | undefined): string | undefined =>
  s && /\d{4}/.test(s) && s.length < 60 ? s : undefined;

export function extractMeta(doc: DDocument, url?: string): PageMeta {
  const meta: PageMeta = {};
  const idx = indexMeta(doc);
  const objs = jsonLdObjects(doc);
  const article =
    objs.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t) && !/^WebPage$/i.test(t)) && o.articleBody) ??
    objs.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t) && !/^WebPage$/i.test(t))) ??
    objs.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));

  const siteName =
    metaContent(idx, ['og:site_name', 'application-name']) ??
    (article ? nameOf(article.publisher) : undefined) ??
    metaContent(idx, ['twitter:site']) ??
    nameOf(objs.find((o) => typesOf(o).some((t) => /^(Organization|NewsMediaOrganization|WebSite)$/i.test(t)))?.name);
  if (siteName) meta.siteName = siteName.replace(/^@/, '');

  const docTitle = doc.title ? normText(doc.title) : '';
  const ldHeadline = article ? str(article.headline) ?? str(article.name) : undefined;
  const h1s = safeQueryAll(doc, 'h1')
    .slice(0, 10)
    .map((e) => normText(e.textContent))
    .filter((t) => t.length > 5 && t.length < 300 && t !== meta.siteName);
  // An <h1> that the <title> or JSON-LD headline echoes is the headline (not a logo or a section name).
  const echoes = (h: string) => {
    const a = h.toLowerCase();
    return [docTitle, ldHeadline ?? ''].some((t) => t && (t.toLowerCase().includes(a) || a.includes(t.toLowerCase())));
  };
  const h1 = h1s.find(echoes) ?? (docTitle || ldHeadline ? undefined : h1s[0]);
  const title = metaContent(idx, ['og:title', 'twitter:title']) ?? h1 ?? ldHeadline ?? (docTitle || undefined);
  if (title) meta.title = stripSiteSuffix(title, meta.siteName);

  let author =
    metaContent(idx, ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl']) ??
    (article ? nameOf(article.author) ?? nameOf(article.creator) : undefined);
  if (!author) {
    const a = safeQuery(doc, '[rel="author"], [itemprop="author"], .byline, .author');
    const t = a && normText(a.textContent);
    if (t && t.length < 100) author = t;
  }
  if (author && /^https?:\/\//i.test(author)) author = undefined; // facebook profile links etc.
  if (author) meta.author = author.replace(/^(by|oleh)\s+/i, '');

  const time = safeQuery(doc, 'time[datetime]');
  const publishedAt = plausibleDate(
    metaContent(idx, ['article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date']) ??
      (article ? str(article.datePublished) ?? str(article.dateCreated) : undefined) ??
      (time ? normText(time.getAttribute('datetime')) : undefined),
  );
  if (publishedAt) meta.publishedAt = publishedAt;

  const lang = normText(doc.documentElement.getAttribute('lang') ?? doc.documentElement.getAttribute('xml:lang')) || metaContent(idx, ['og:locale', 'content-language', 'language']);
  if (lang) meta.lang = lang;

  const canonical = safeQuery(doc, 'link[rel="canonical" i]');
  const canon = (canonical && normText(canonical.getAttribute('href'))) || metaContent(idx, ['og:url']) || url;
  if (canon) meta.url = resolveUrl(canon, url);

  const desc = metaContent(idx, ['description', 'og:description']);
  if (desc) meta.description = desc;

  const body = article && typeof article.articleBody === 'string' ? article.articleBody : undefined;
  if (body) meta.jsonLdBody = body;
  return meta;
}

function resolveUrl(href: string, base?: string): string {
  try {
    return new URL(href, base).toString();
  } catch {
    return href;
  }
}


/**
 * Pre-cleaning: removes page chrome before Readability scores the DOM, so that navigation,
 * share widgets, captions, related-article lists and ads can neither win the content vote nor
 * ride along inside the winning container. Blocks a user may want to audit are recorded.
 */
import type { RemovedLine, RemovalReason } from '../../model/types.js';
import { type DDocument, type DElement, linkDensity, normText, safeQueryAll, tagOf } from './dom.js';
import { blocksOf } from './text.js';

/** Upper bound on audit entries from pre-cleaning one page. */
const MAX_RECORDED = 2000;

/** Elements that are never article text. */
const ALWAYS = 'script, style, noscript, template, iframe, svg, canvas, object, embed, link, input, select, textarea, button, dialog';

/** Structural chrome, by tag. */
const BY_TAG: [string, RemovalReason][] = [
  ['nav', 'navigation'],
  ['form', 'boilerplate'],
  ['footer', 'boilerplate'],
  ['aside', 'related'],
  ['figcaption', 'caption'],
];

/** Chrome recognised by class / id / role words. Order matters: first match names the reason. */
const BY_NAME: [RegExp, RemovalReason][] = [
  [/(?:^|[^a-z])(?:share|sharing|sosmed|follow-us|followus|social-?(?:share|links?|icons?|bar|buttons?|media-(?:links|icons|share)|follow|nav))/, 'social'],
  [/(?:^|[^a-z])(?:related|recommend|more-stories|morestories|read-more|readmore|also-read|alsoread|baca-?juga|terkait|popular|trending|most-read|mostread|outbrain|taboola|further-reading|next-article|more-from)/, 'related'],
  [/(?:^|[^a-z])(?:ads?|adv|advert\w*|advertisement|dfp|gpt-ad|sponsor\w*|promo\w*|banner|iklan)(?:[^a-z]|$)/, 'advertisement'],
  [/caption|(?:^|[^a-z])credits?(?:[^a-z]|$)/, 'caption'],
  [/(?:^|[^a-z])(?:breadcrumbs?|menu|navbar|nav|pagination|pager|skip-link)(?:[^a-z]|$)/, 'navigation'],
  [/(?:^|[^a-z])(?:newsletter|subscri\w*|signup|sign-up|paywall|register|cookie\w*|consent|gdpr|modal|popup|comments?|disqus|respond)(?:[^a-z]|$)/, 'boilerplate'],
  // The pop-up half of a tooltip / hover card (the trigger word stays in the sentence).
  [/(?:tooltip|popover|hover-?card|rollover)[\w-]*?[-_]?(?:block|content|body|box|card|popup|inner|text|wrap)/, 'boilerplate'],
  [/(?:^|[^a-z])(?:tags?|tag-list|taglist|topics?|keywords?)(?:[^a-z]|$)/, 'section'],
];

/**
 * Taxonomy classes that CMSs put on the article wrapper itself (WordPress: `tag-politics`,
 * `category-ads`, `post-123`): they describe the post, not a widget, so they are not read.
 */
const TAXONOMY = /^(tag|tags|category|categories|post|format|status|type|author|postid|page-id|topic|section)[-_]/;

/** Drops taxonomy tokens from the class list, so Readability does not read them either. */
function stripTaxonomy(el: DElement): void {
  const cls = el.getAttribute('class');
  if (!cls || !/(^|\s)(tag|tags|category|categories|topic|section)[-_]/i.test(cls)) return;
  el.setAttribute('class', cls.split(/\s+/).filter((t) => !TAXONOMY.test(t.toLowerCase())).join(' '));
}

/** The chrome kind an element's class / id names, if any. */
function chromeName(el: DElement): RemovalReason | null {
  const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t && !TAXONOMY.test(t));
  for (const [re, reason] of BY_NAME) if (tokens.some((t) => re.test(t))) return reason;
  return null;
}

const ROLE: Record<string, RemovalReason> = {
  navigation: 'navigation',
  banner: 'banner',
  contentinfo: 'boilerplate',
  complementary: 'related',
  search: 'navigation',
  dialog: 'boilerplate',
  alertdialog: 'boilerplate',
};

const HIDDEN_CLASS = /\s(hidden|hide|d-none|is-hidden|visually-?hidden|sr-only|screen-reader-text|screenreader-only|invisible|offscreen)\s/i;

const PROTECTED = new Set(['html', 'body', 'main', 'article']);

/** Still inside the body (an ancestor may have been removed already)? */
function attached(el: DElement, body: DElement): boolean {
  let n: DElement | null = el;
  for (let i = 0; n && i < 500; i++) {
    if (n === body) return true;
    n = n.parentNode as DElement | null;
  }
  return false;
}

function isHidden(el: DElement): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase();
  return /display\s*:\s*none|visibility\s*:\s*hidden/.test(style);
}

/**
 * Embedded posts (tweets, Instagram, Facebook quotes) are part of the story, but their wrappers
 * are often called "social-…", a word Readability discards containers for. Strip such words from
 * the wrappers of quoted posts so the quotes survive.
 */
function protectEmbeds(body: DElement): void {
  for (const q of safeQueryAll(body, 'blockquote')) {
    let el: DElement | null = q;
    for (let up = 0; el && el !== body && up < 4; up++, el = el.parentElement) {
      for (const attr of ['class', 'id']) {
        const v = el.getAttribute(attr);
        if (v && /social|share|embed|sidebar|extra|remark/i.test(v)) el.setAttribute(attr, v.replace(/[\w-]*(social|share|embed|sidebar|extra|remark)[\w-]*/gi, 'quoted-post'));
      }
    }
  }
}

const canonText = (s: string | null | undefined) =>
  (s ?? '').toLowerCase().match(/[\p{L}\p{N}_]+/gu)?.join(' ') ?? '';

/**
 * The standfirst (summary under the headline) repeats the page's description and is not body
 * text. An element whose text is the description is taken out, unless it is a paragraph among
 * the article's paragraphs (many sites use their first paragraph as the description).
 */
export function dropStandfirst(body: DElement, description: string | undefined, removed: RemovedLine[]): void {
  const d = canonText(description);
  if (d.length < 30) return;
  let checked = 0;
  for (const el of safeQueryAll(body, 'p, h2, h3, h4, div, span, strong, em').slice(0, 5000)) {
    const text = normText(el.textContent);
    if (text.length < 30 || text.length > 1000) continue;
    const c = canonText(text);
    if (!(c === d || (d.startsWith(c) && c.length > 0.8 * d.length) || (c.startsWith(d) && d.length > 0.8 * c.length))) continue;
    // Only the innermost element holding the text.
    if (Array.from(el.children).some((k) => canonText(k.textContent) === c)) continue;
    if (tagOf(el) !== 'p' && safeQueryAll(el, 'p').length > 1) continue; // a run of paragraphs
    if (++checked > 3) break;
    const parent = el.parentElement;
    if (!parent) continue;
    const tag = tagOf(el);
    const longParas = (root: DElement) => safeQueryAll(root, 'p').filter((p) => p !== el && normText(p.textContent).length > 80).length;
    if (tag === 'p' && longParas(parent) >= 2) continue; // first paragraph of the body
    const next = parent.nextElementSibling;
    if (tag === 'p' && next && tagOf(next) === tagOf(parent) && next.className === parent.className && longParas(next) >= 1) continue;
    removed.push({ text, reason: 'title' });
    el.remove();
  }
}

export interface PrecleanOptions {
  /** Skip the class/id heuristics (keep only tag-level cleaning). */
  tagsOnly?: boolean;
}

/**
 * A dateline printed in its own small element before the lead (`<div>Makassar, NIAGAHARIAN.ID —</div><p>…`,
 * `<span>JAKARTA (ANTARA) -</span>`): a place, then an outlet or agency, then a dash or colon.
 * Extractors drop such a short block as chrome; it belongs to the lead, where the text cleaner
 * reads the dateline and outlet from it.
 */
const DATELINE_BLOCK = /^\p{Lu}[\p{L}.' -]{1,40}(?:,\s*[\p{L}\d.-]{2,40}|\s*\([^()]{2,40}\))\s*[-–—:]$/u;

function joinDatelines(body: DElement): void {
  for (const el of safeQueryAll(body, 'div, span, strong, b, small, p')) {
    const text = normText(el.textContent);
    if (text.length > 70 || !DATELINE_BLOCK.test(text) || el.children.length > 1) continue;
    const next = el.nextElementSibling;
    if (!next || tagOf(next) !== 'p' || normText(next.textContent).length < 80) continue;
    next.prepend(text + ' ');
    el.remove();
  }
}

export function preclean(doc: DDocument, removed: RemovedLine[], opts: PrecleanOptions = {}): void {
  const body = doc.body;
  if (!body) return;
  joinDatelines(body);
  for (const el of safeQueryAll(body, ALWAYS)) el.remove();
  for (const el of safeQueryAll(body, '[hidden], [style*="none" i], [style*="hidden" i]')) {
    if (isHidden(el) && !PROTECTED.has(tagOf(el))) el.remove();
  }
  const bodyLen = normText(body.textContent).length || 1;
  const record = (el: DElement, reason: RemovalReason) => {
    // One audit entry per block of the removed element (bounded: a page's menu can be huge).
    if (removed.length < MAX_RECORDED) {
      for (const b of blocksOf(el).slice(0, 40)) removed.push({ text: b.text, reason });
    }
    el.remove();
  };
  /** A container holding a large share of the page's prose is not chrome, whatever it is called. */
  const tooBig = (el: DElement) => {
    const len = normText(el.textContent).length;
    return len > 0.25 * bodyLen && len > 400 && linkDensity(el) < 0.5;
  };

  for (const [tag, reason] of BY_TAG) {
    for (const el of safeQueryAll(body, tag)) {
      if (!attached(el, body)) continue;
      if (tag !== 'figcaption' && tooBig(el)) continue;
      record(el, reason);
    }
  }
  for (const el of safeQueryAll(body, '[role]')) {
    const reason = ROLE[(el.getAttribute('role') ?? '').toLowerCase()];
    if (reason && attached(el, body) && !PROTECTED.has(tagOf(el)) && !tooBig(el)) record(el, reason);
  }
  protectEmbeds(body);
  if (opts.tagsOnly) return;
  for (const el of safeQueryAll(body, '[class], [id]')) {
    stripTaxonomy(el);
    if (PROTECTED.has(tagOf(el)) || !attached(el, body)) continue;
    // Hidden by class (schema.org leftovers, screen-reader hints); not when it holds the story,
    // as "read more" expanders hide the rest of the article the same way.
    if (HIDDEN_CLASS.test(` ${el.getAttribute('class') ?? ''} `) && !tooBig(el)) {
      el.remove();
      continue;
    }
    const reason = chromeName(el);
    if (reason && !tooBig(el)) record(el, reason);
  }
}

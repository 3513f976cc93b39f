/**
 * Block-level cleaning of the extracted body: drops date stamps, bylines, repeated titles, ad
 * labels, share prompts, related-article lists and trailing chrome, recording each drop.
 */
import type { RemovedLine, RemovalReason } from '../../model/types.js';
import { AD_LABEL, AUTHOR_BOX, BANNER_LINE, BYLINE_LEAD, CLICK_PROMPT, CREDIT_LINE, FILING_LINE, DATE_WORDS, MONTH_WORD, RELATED_LEAD, SOCIAL_LINE, TRAILING, WEEKDAY_WORD } from './chrome.js';
import { tokenize } from './metric.js';
import type { Block } from './text.js';

const urlKey = (u: string) => u.replace(/^https?:\/\/(www\.)?/i, '').replace(/[#?].*$/, '').replace(/\/+$/, '').toLowerCase();
const words = (s: string) => tokenize(s).length;
const canon = (s: string) => tokenize(s).join(' ').toLowerCase();

/** Written in capitals (ignoring digits and punctuation), and long enough for that to mean something. */
function isShouting(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 12 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** A line that is a date/time stamp with a few words around it ("Updated Nov 19, 9:41 AM"). */
export function isDateStamp(line: string): boolean {
  if (words(line) > 16) return false;
  if (/^[—–-]/.test(line)) return false; // "— Name (@handle) November 18, 2019": a quoted post's signature
  const hasDate = /\b\d{1,2}:\d{2}\b|\b\d{1,2}\.\d{2}\s*(am|pm|a\.m|p\.m|wib|wita|wit)\b|\b\d{1,4}[/-]\d{1,2}[/-]\d{2,4}\b|\b(19|20)\d{2}\b|\b\d+ (minutes?|hours?|days?|menit|jam|hari) (ago|lalu|yang lalu)\b/i.test(line) || (MONTH_WORD.test(line) && /\d/.test(line));
  MONTH_WORD.lastIndex = 0;
  if (!hasDate) return false;
  const rest = line
    .replace(MONTH_WORD, ' ')
    .replace(WEEKDAY_WORD, ' ')
    .replace(DATE_WORDS, ' ')
    .replace(BYLINE_LEAD, ' ')
    .replace(/\d+(st|nd|rd|th)?/gi, ' ');
  return words(rest) <= 3;
}

export interface PostcleanContext {
  title?: string;
  author?: string;
  url?: string;
}

export function postclean(blocks: Block[], removed: RemovedLine[], ctx: PostcleanContext = {}): Block[] {
  const drop = new Map<number, RemovalReason>();
  const n = blocks.length;
  const title = ctx.title ? canon(ctx.title) : '';
  const author = ctx.author ? canon(ctx.author) : '';
  const pageUrl = ctx.url ? urlKey(ctx.url) : '';

  for (let i = 0; i < n; i++) {
    const b = blocks[i];
    const line = b.text;
    const c = canon(line);
    const w = words(line);
    if (!c) {
      drop.set(i, 'markup'); // punctuation only ("/*", "|", "•")
      continue;
    }
    if (/^(https?:\/\/|www\.)\S+$/i.test(line) && (i < 3 || (pageUrl && urlKey(line) === pageUrl))) {
      drop.set(i, 'url-slug');
      continue;
    }
    if (w <= 8 && AD_LABEL.test(line)) {
      drop.set(i, 'advertisement');
      continue;
    }
    if (w <= 6 && BANNER_LINE.test(line)) {
      drop.set(i, 'banner');
      continue;
    }
    if (w <= 12 && FILING_LINE.test(line)) {
      drop.set(i, 'section');
      continue;
    }
    if (w <= 14 && SOCIAL_LINE.test(line)) {
      drop.set(i, 'social');
      continue;
    }
    if (i < 6 && title && c === title) {
      drop.set(i, 'title');
      continue;
    }
    const edge = i < 5 || i >= n - 3;
    if (edge && isDateStamp(line)) {
      drop.set(i, 'site-date');
      continue;
    }
    if (edge && w <= 10 && (BYLINE_LEAD.test(line) || (author && c === author))) {
      drop.set(i, 'byline');
      continue;
    }
    if (w <= 14 && CREDIT_LINE.test(line) && !/[.!?]["”’]?$/.test(line)) {
      drop.set(i, 'credit');
      continue;
    }
    // Related-article leads, and the run of link lines that follows them.
    if (w <= 14 && RELATED_LEAD.test(line) && (b.linkShare > 0.3 || /[:…]$|\.\.\.$/.test(line) || /^h\d$/.test(b.tag) || w <= 4 || (blocks[i + 1]?.linkShare ?? 0) > 0.6)) {
      drop.set(i, 'related');
      for (let j = i + 1; j < n && blocks[j].linkShare > 0.6 && words(blocks[j].text) <= 25; j++) drop.set(j, 'related');
      continue;
    }
    if (w <= 16 && CLICK_PROMPT.test(line) && (b.linkShare > 0.3 || isShouting(line))) {
      drop.set(i, 'boilerplate');
      continue;
    }
    // An all-capitals link line is a teaser for another story.
    if (w <= 20 && b.linkShare >= 0.9 && isShouting(line) && !/^h\d$/.test(b.tag)) {
      drop.set(i, 'related');
      continue;
    }
    // A short block that is nothing but a link is a teaser for another page.
    const linkOnly = (k: number) => !!blocks[k] && blocks[k].linkShare >= 0.9 && words(blocks[k].text) <= 20 && !/^h\d$/.test(blocks[k].tag);
    if (linkOnly(i) && (linkOnly(i - 1) || linkOnly(i + 1))) {
      drop.set(i, 'related');
      continue;
    }
  }
  // The author box ("About the author" …) runs to the end, when it starts in the last third.
  const total = blocks.reduce((k, b) => k + b.text.length, 0);
  for (let i = 0, seen = 0; i < n; seen += blocks[i].text.length, i++) {
    if (seen < total * 0.66 || words(blocks[i].text) > 8 || !AUTHOR_BOX.test(blocks[i].text)) continue;
    const tail = blocks.slice(i).reduce((k, b) => k + b.text.length, 0);
    if (tail > 1500) break;
    for (let j = i; j < n; j++) if (!drop.has(j)) drop.set(j, 'byline');
    break;
  }
  // Trailing chrome: walk back from the end while lines look like site furniture.
  for (let i = n - 1, seen = 0; i >= 0 && seen < 8; i--) {
    if (drop.has(i)) continue;
    seen++;
    const line = blocks[i].text;
    const w = words(line);
    if (w <= 60 && TRAILING.test(line)) drop.set(i, 'trailing-marker');
    else if (w <= 40 && /\S+@\S+\.\w+/.test(line)) drop.set(i, 'trailing-marker');
    else break;
  }
  const out: Block[] = [];
  for (let i = 0; i < n; i++) {
    const reason = drop.get(i);
    if (reason) removed.push({ text: blocks[i].text, reason });
    else out.push(blocks[i]);
  }
  return out;
}

/**
 * Embedded social-media posts as pages print them once the embed is flattened to text: the post's
 * words in a paragraph of their own, then an attribution line `— Name (@handle) Month D, YYYY`.
 * The post is its author's direct speech, with no quote marks and no verb.
 */
import type { QuoteHit } from './index.js';

export interface EmbeddedPost {
  start: number;
  end: number;
  /** The author's display name (symbols dropped), or the handle when the name has no letters. */
  speakerText: string;
  speakerStart: number;
  speakerEnd: number;
}

const LINK = /(?:https?:\/\/\S+|pic\.twitter\.com\/\S+)$/u;

/** The body's end: trailing links, then trailing symbols, spaces and colons (`…: https://t.co/x`) dropped. */
function bodyEnd(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    const s = text.slice(start, e);
    const link = s.match(LINK);
    if (link) e -= link[0].length;
    else if (/[\s:\p{S}\u200d\ufe0f]$/u.test(s)) e--;
    else return e;
  }
}

/**
 * Posts in `text` whose attribution line has a date with a month of `months` (lower-case names);
 * `titles` are dropped from the front of the author's name.
 */
export function embeddedPosts(text: string, months: string[], titles: string[]): EmbeddedPost[] {
  const month = months.filter((m) => m.length > 3).join('|');
  const date = `(?:(?:${month})\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(?:${month})\\s+\\d{4})`;
  const line = new RegExp(`^[—–]\\s*([^\\n(]*?)\\s*\\((@\\w{1,30})\\)\\s+${date}\\s*$`, 'gimu');
  const escaped = titles.map((t) => t.replace(/\./g, '').replace(/[*+?^$()|[\]\\]/g, '\\$&'));
  const titleRun = new RegExp(`^(?:(?:${escaped.join('|')})\\.?\\s+)+(?=\\p{Lu})`, 'u');
  const posts: EmbeddedPost[] = [];
  for (const m of text.matchAll(line)) {
    const at = m.index!;
    // The body is the paragraph before the attribution line (a blank line between).
    const before = text.slice(0, at).replace(/\s+$/u, '');
    if (!/\n\s*\n\s*$/u.test(text.slice(0, at))) continue;
    const paraStart = Math.max(before.lastIndexOf('\n\n') + 2, 0);
    const lead = text.slice(paraStart, before.length).match(/^\s*/u)![0].length;
    const start = paraStart + lead;
    const end = bodyEnd(text, start, before.length);
    // A post of words, not a bare link or picture.
    if (end <= start || !/\p{L}{2}/u.test(text.slice(start, end))) continue;
    const nameAt0 = at + m[0].indexOf(m[1]);
    // Display names often carry emoji; they are no part of the name.
    // Nor are titles before it (`Rep. Ann Lee`), when a name follows them.
    const titled = m[1].match(titleRun);
    const skip = titled ? titled[0].length : 0;
    const raw = m[1].slice(skip).replace(/[^\p{L}\p{N}.]+$/u, '');
    const name = raw.replace(/[^\p{L}\p{N}\s.'’-]/gu, '').replace(/\s+/gu, ' ').trim();
    const hasName = /\p{L}/u.test(name);
    const nameAt = nameAt0 + skip;
    const handleAt = at + m[0].indexOf(m[2]);
    posts.push({
      start,
      end,
      speakerText: hasName ? name : m[2],
      speakerStart: hasName ? nameAt : handleAt,
      speakerEnd: hasName ? nameAt + raw.length : handleAt + m[2].length,
    });
  }
  return posts;
}

/**
 * Add the embedded posts to the quotes found: a post's author replaces whatever the quote reader
 * made of its words (a post has no cue), and a post no quote covered is added.
 */
export function withPosts(text: string, hits: QuoteHit[], months: string[], titles: string[]): QuoteHit[] {
  const posts = embeddedPosts(text, months, titles);
  if (!posts.length) return hits;
  const kept = hits.filter((h) => !posts.some((p) => h.start < p.end && p.start < h.end));
  const added: QuoteHit[] = posts.map((p) => ({
    start: p.start,
    end: p.end,
    text: text.slice(p.start, p.end),
    direct: true,
    cue: 'after',
    speakerText: p.speakerText,
    speakerStart: p.speakerStart,
    speakerEnd: p.speakerEnd,
    speakerMention: null,
    via: 'name',
  }));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

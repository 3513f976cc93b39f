/**
 * Extractive summaries: LexRank centrality over the sentences of an event's articles (cosine of
 * idf-weighted term vectors, edges above 0.1, PageRank with damping 0.85), then MMR picks
 * central sentences that do not repeat each other. Each picked sentence cites its article; the
 * picks are printed in the order the story was told (article time, then position).
 *
 * A sentence is never cut out of a quotation: one that begins inside a quote that spans sentences
 * is widened to the sentence the quote opens in (and one that ends inside a quote, to the sentence
 * it closes in). A sentence that points at its actor only by a pronoun (`ujarnya`, `Ia menyebut`,
 * `he said`) and names no person or organisation weighs less than one that names its actors.
 */
import type { Article } from '../model/types.js';
import { speechFor } from '../lang/speech.js';
import { contentTerms, cosine, norm, sentences, tokens } from './text.js';

export { cosine };

export interface Candidate {
  article: string;
  start: number;
  end: number;
  text: string;
  vec: Map<string, number>;
  /** Publication instant of its article (ms), or null: what the summary is ordered by. */
  at: number | null;
  /** Points at its actor only by a pronoun, naming none. */
  vague: boolean;
}

export interface TextSpan {
  start: number;
  end: number;
}

/** How much a sentence that names no actor but a pronoun weighs against one that names them. */
const VAGUE_WEIGHT = 0.6;
/** The longest a sentence may grow to when widened to a whole quotation, in words. */
export const MAX_QUOTE_WORDS = 80;

/** The opening quote mark still open at `pos` in its paragraph (its offset), or -1. */
export function openQuoteAt(text: string, pos: number): number {
  let open = -1;
  for (let i = text.lastIndexOf('\n', pos - 1) + 1; i < pos; i++) open = quoteStep(text[i], i, open);
  return open;
}

/** Where the quote opened at `open` closes within its paragraph, or -1. */
function closeOfQuote(text: string, open: number): number {
  let state = open;
  for (let i = open + 1; i < text.length && text[i] !== '\n'; i++) {
    state = quoteStep(text[i], i, state);
    if (state === -1) return i;
  }
  return -1;
}

/** Curly marks open and close; a straight `"` closes what is open, else opens. */
function quoteStep(c: string, i: number, open: number): number {
  if (c === '“' || c === '«') return i;
  if (c === '”' || c === '»') return -1;
  if (c === '"') return open === -1 ? i : -1;
  return open;
}

/**
 * The span of sentence `i` of `sents` widened to whole quotations: back to the sentence its open
 * quote starts in, forward to the sentence that closes a quote it leaves open. Null when that
 * grows past `maxWords`.
 */
export function wholeQuoteSpan(text: string, sents: readonly TextSpan[], i: number, maxWords = MAX_QUOTE_WORDS): TextSpan | null {
  let a = i;
  let b = i;
  for (let guard = 0; guard < 8; guard++) {
    const open = openQuoteAt(text, sents[a].start);
    if (open >= 0) {
      while (a > 0 && sents[a].start > open) a--;
      continue;
    }
    const left = openQuoteAt(text, sents[b].end);
    const close = left >= 0 ? closeOfQuote(text, left) : -1;
    if (close >= 0) {
      while (b < sents.length - 1 && sents[b].end <= close) b++;
      continue;
    }
    break;
  }
  const span = { start: sents[a].start, end: sents[b].end };
  return tokens(text, span.start, span.end).length > maxWords ? null : span;
}

/**
 * Does the span point at its actor only by a pronoun (`Ia menyebut …`, `…,” ujarnya.`, `he
 * said`) while naming no person or organisation? Such a sentence means little away from the one
 * before it.
 */
export function namesNoActor(article: Article, start: number, end: number): boolean {
  if (article.entities.some((m) => m.start >= start && m.end <= end && (m.type === 'PERSON' || m.type === 'ORGANIZATION'))) return false;
  const sp = speechFor(article.language === 'und' ? null : article.language);
  const pronouns = new Set(sp.pronouns.map(norm));
  const verbs = new Set([...sp.cueVerbs, ...sp.reportingVerbs, ...sp.accordingTo].map(norm));
  const clitics = sp.clitics.map(norm);
  return tokens(article.text, start, end).some(
    (t) => pronouns.has(t.w) || clitics.some((c) => t.w.length > c.length && t.w.endsWith(c) && verbs.has(t.w.slice(0, -c.length))),
  );
}

function instant(iso: string | null): number | null {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(t) ? t : null;
}

function vecOf(terms: string[], idf: (t: string) => number): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  for (const [t, n] of m) m.set(t, (1 + Math.log(n)) * idf(t));
  return m;
}


/**
 * The first `perArticle` sentences of 6+ words of each article, each widened to whole
 * quotations, as summary candidates.
 */
export function candidates(articles: Article[], idf: (t: string) => number, perArticle = 10): Candidate[] {
  const out: Candidate[] = [];
  for (const a of articles) {
    let k = 0;
    const sents = sentences(a.text);
    const seen = new Set<string>();
    for (let i = 0; i < sents.length && k < perArticle; i++) {
      const s = wholeQuoteSpan(a.text, sents, i);
      if (!s || seen.has(`${s.start}:${s.end}`)) continue;
      seen.add(`${s.start}:${s.end}`);
      const n = tokens(a.text, s.start, s.end).length;
      if (n < 6) continue;
      const text = a.text.slice(s.start, s.end);
      // skip lines that are not prose (no final punctuation and no verb-like length)
      if (!/[.!?"”’)]$/.test(text)) continue;
      const vague = namesNoActor(a, s.start, s.end);
      out.push({ article: a.id, start: s.start, end: s.end, text, vec: vecOf(contentTerms(text, a.language), idf), at: instant(a.publishedAt), vague });
      k++;
    }
  }
  return out;
}

/** LexRank scores of the candidates. */
export function lexrank(c: Candidate[], threshold = 0.1, damping = 0.85, iterations = 30): number[] {
  const n = c.length;
  if (!n) return [];
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      if (cosine(c[i].vec, c[j].vec) >= threshold) {
        adj[i].push(j);
        adj[j].push(i);
      }
    }
  let r = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    for (let i = 0; i < n; i++) {
      if (!adj[i].length) {
        for (let j = 0; j < n; j++) next[j] += (damping * r[i]) / n;
        continue;
      }
      const share = (damping * r[i]) / adj[i].length;
      for (const j of adj[i]) next[j] += share;
    }
    r = next;
  }
  // ties (e.g. a single article) go to earlier sentences; a pronoun naming no one weighs less
  return r.map((v, i) => (v + 1e-9 * (n - i)) * (c[i].vague ? VAGUE_WEIGHT : 1));
}

/** MMR selection: relevance (LexRank) against redundancy with what is already picked. */
export function mmr(c: Candidate[], scores: number[], k = 3, lambda = 0.7): Candidate[] {
  const max = Math.max(...scores, 1e-12);
  const picked: number[] = [];
  while (picked.length < Math.min(k, c.length)) {
    let best = -1;
    let bestVal = -Infinity;
    for (let i = 0; i < c.length; i++) {
      if (picked.includes(i)) continue;
      const red = picked.length ? Math.max(...picked.map((j) => cosine(c[i].vec, c[j].vec))) : 0;
      if (red > 0.6) continue;
      const val = lambda * (scores[i] / max) - (1 - lambda) * red;
      if (val > bestVal) {
        bestVal = val;
        best = i;
      }
    }
    if (best < 0) break;
    picked.push(best);
  }
  return picked.map((i) => c[i]);
}

/** How alike two sentences of different articles must be to count as the same statement. */
const SAME_STATEMENT = 0.5;

/**
 * The articles that state `p`: its own, then every other article with a candidate sentence alike
 * enough to be the same statement (a wire copy's sentence, a close rewording), in candidate order.
 */
export function sourcesOf(p: Candidate, all: Candidate[]): string[] {
  const out = [p.article];
  for (const x of all) if (!out.includes(x.article) && cosine(p.vec, x.vec) >= SAME_STATEMENT) out.push(x.article);
  return out;
}

/**
 * A short summary citing its sources: `sentence [article-id] sentence [article-id] [article-id] …`;
 * a sentence that several articles state cites each of them.
 */
export function summarize(articles: Article[], idf: (t: string) => number, k = 3): { text: string; picked: Candidate[]; central: Candidate | null } {
  const c = candidates(articles, idf);
  const scores = lexrank(c);
  const picked = mmr(c, scores, k);
  let central: Candidate | null = null;
  scores.forEach((s, i) => {
    if (!central || s > scores[c.indexOf(central)]) central = c[i];
  });
  const cite = (p: Candidate) => sourcesOf(p, c).map((id) => `[${id}]`).join(' ');
  return { text: storyOrder(picked, c).map((p) => `${p.text} ${cite(p)}`).join(' '), picked, central };
}

/**
 * Picks in the order the story was told: earlier articles first (undated ones last), and within
 * an article, by position. `all` gives the order of articles that share an instant.
 */
export function storyOrder(picked: Candidate[], all: Candidate[]): Candidate[] {
  const rank = new Map<string, number>();
  for (const x of all) if (!rank.has(x.article)) rank.set(x.article, rank.size);
  const at = (x: Candidate) => x.at ?? Infinity;
  return [...picked].sort((p, q) => at(p) - at(q) || rank.get(p.article)! - rank.get(q.article)! || p.start - q.start);
}

/**
 * Extractive summaries: LexRank centrality over the sentences of an event's articles (cosine of
 * idf-weighted term vectors, edges above 0.1, PageRank with damping 0.85), then MMR picks
 * central sentences that do not repeat each other. Each picked sentence cites its article.
 */
import type { Article } from '../model/types.js';
import { contentTerms, cosine, sentences, tokens } from './text.js';

export { cosine };

export interface Candidate {
  article: string;
  start: number;
  end: number;
  text: string;
  vec: Map<string, number>;
}

function vecOf(terms: string[], idf: (t: string) => number): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  for (const [t, n] of m) m.set(t, (1 + Math.log(n)) * idf(t));
  return m;
}


/** The first `perArticle` sentences of 6+ words of each article, as summary candidates. */
export function candidates(articles: Article[], idf: (t: string) => number, perArticle = 10): Candidate[] {
  const out: Candidate[] = [];
  for (const a of articles) {
    let k = 0;
    for (const s of sentences(a.text)) {
      if (k >= perArticle) break;
      const n = tokens(a.text, s.start, s.end).length;
      if (n < 6 || n > 80) continue;
      const text = a.text.slice(s.start, s.end);
      // skip lines that are not prose (no final punctuation and no verb-like length)
      if (!/[.!?"”’)]$/.test(text)) continue;
      out.push({ article: a.id, start: s.start, end: s.end, text, vec: vecOf(contentTerms(text, a.language), idf) });
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
  // ties (e.g. a single article) go to earlier sentences
  return r.map((v, i) => v + 1e-9 * (n - i));
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

/** A short summary citing its sources: `sentence [article-id] sentence [article-id] …`. */
export function summarize(articles: Article[], idf: (t: string) => number, k = 3): { text: string; picked: Candidate[]; central: Candidate | null } {
  const c = candidates(articles, idf);
  const scores = lexrank(c);
  const picked = mmr(c, scores, k);
  let central: Candidate | null = null;
  scores.forEach((s, i) => {
    if (!central || s > scores[c.indexOf(central)]) central = c[i];
  });
  return { text: picked.map((p) => `${p.text} [${p.article}]`).join(' '), picked, central };
}

/**
 * Copies and syndication. Two MinHash indexes, both kept in the store's link postings:
 *
 * - documents: MinHash (64 permutations) of word 5-gram shingles of the whole text, LSH in
 *   16 bands of 4 rows (pairs above ~0.5 Jaccard meet in some band) -> `copy` / `near-copy`;
 * - passages: one MinHash (20 permutations) per sentence of 8+ words over word 3-grams, LSH in
 *   5 bands of 4 rows -> sentences shared by two articles -> `shares-passages` (wire copy
 *   rewritten around the same quotes and paragraphs).
 *
 * Every look-up is a bounded read of a few buckets, so the cost per article does not grow with
 * the store. The likely origin of the shared text is the earlier article, or on a tie the one
 * that credits a wire.
 */
import type { Article, Duplicate, DuplicateKind } from '../model/types.js';
import type { Store } from '../store/store.js';
import { bandKeys, minhash, shingles, sigSimilarity } from './hash.js';
import { sentences, tokens } from './text.js';

const DOC_K = 64;
const DOC_BANDS = 16;
const PSG_K = 20;
const PSG_BANDS = 5;
const PSG_MIN_WORDS = 8;
/** Estimated Jaccard above which two passages are the same passage. */
const PSG_SAME = 0.6;
const COPY = 0.9;
const NEAR_COPY = 0.5;
const BUCKET_LIMIT = 40;

interface PassageSig {
  start: number;
  end: number;
  words: number;
  sig: number[];
}

export interface Fingerprint {
  doc: number[];
  passages: PassageSig[];
  chars: number;
}

/** Doc and passage signatures of an article (pure). */
export function fingerprint(text: string): Fingerprint {
  const words = tokens(text).map((t) => t.w);
  const doc = minhash(shingles(words, 5), DOC_K);
  const passages: PassageSig[] = [];
  let chars = 0;
  for (const s of sentences(text)) {
    const w = tokens(text, s.start, s.end).map((t) => t.w);
    if (w.length < PSG_MIN_WORDS) continue;
    chars += s.end - s.start;
    passages.push({ start: s.start, end: s.end, words: w.length, sig: minhash(shingles(w, 3), PSG_K) });
  }
  return { doc, passages, chars };
}

interface StoredFp {
  doc: number[];
  p: [number, number, number, number[]][];
  chars: number;
  publishedAt: string | null;
  wire: boolean;
}

export interface DuplicateMatch extends Duplicate {
  /** Passages of the new article found in the other one: `[newStart, newEnd, otherStart, otherEnd]`. */
  shared: [number, number, number, number][];
}

/** Finds the stored articles the new one copies or shares passages with, and files its signatures. */
export function linkDuplicates(article: Article, store: Store): DuplicateMatch[] {
  const fp = fingerprint(article.text);
  const docKeys = bandKeys(fp.doc, DOC_BANDS, DOC_K / DOC_BANDS, 'd');
  const candidates = new Set<string>();
  for (const p of store.linkLookup('dup', docKeys, { limit: BUCKET_LIMIT })) candidates.add(p.ref.split('#')[0]);
  const psgKeys = fp.passages.map((p) => bandKeys(p.sig, PSG_BANDS, PSG_K / PSG_BANDS, 'p'));
  const psgHits = new Map<string, number>();
  for (const p of store.linkLookup('dup', psgKeys.flat(), { limit: BUCKET_LIMIT })) {
    const id = p.ref.split('#')[0];
    psgHits.set(id, (psgHits.get(id) ?? 0) + 1);
  }
  // the articles sharing the most passage buckets, bounded
  for (const [id] of [...psgHits].sort((a, b) => b[1] - a[1]).slice(0, 30)) candidates.add(id);
  candidates.delete(article.id);

  const out: DuplicateMatch[] = [];
  const stored = store.linkGetMany('fp', [...candidates]);
  const wire = article.credits.some((c) => c.role === 'wire');
  for (const [id, json] of stored) {
    const other = JSON.parse(json) as StoredFp;
    const docSim = sigSimilarity(fp.doc, other.doc);
    const shared: [number, number, number, number][] = [];
    let sharedChars = 0;
    let otherChars = 0;
    const usedOther = new Set<number>();
    for (const p of fp.passages) {
      let best = -1;
      let bestSim = PSG_SAME;
      other.p.forEach((q, i) => {
        const s = sigSimilarity(p.sig, q[3]);
        if (s >= bestSim) {
          bestSim = s;
          best = i;
        }
      });
      if (best < 0) continue;
      const q = other.p[best];
      shared.push([p.start, p.end, q[0], q[1]]);
      sharedChars += p.end - p.start;
      if (!usedOther.has(best)) otherChars += q[1] - q[0];
      usedOther.add(best);
    }
    let kind: DuplicateKind | null = null;
    let similarity = docSim;
    if (docSim >= COPY) kind = 'copy';
    else if (docSim >= NEAR_COPY) kind = 'near-copy';
    else if (shared.length >= 2 || shared.some((s) => s[1] - s[0] >= 150)) {
      kind = 'shares-passages';
      similarity = Math.max(fp.chars ? sharedChars / fp.chars : 0, other.chars ? otherChars / other.chars : 0);
    }
    if (!kind) continue;
    out.push({
      a: article.id,
      b: id,
      kind,
      similarity: Math.round(similarity * 1000) / 1000,
      origin: likelyOrigin(article.id, article.publishedAt, wire, id, other.publishedAt, other.wire),
      shared,
    });
  }

  const fileAs = article.id;
  store.linkPost('dup', docKeys, fileAs, null);
  fp.passages.forEach((_, i) => store.linkPost('dup', psgKeys[i], `${fileAs}#${i}`, null));
  const s: StoredFp = {
    doc: fp.doc,
    p: fp.passages.map((p) => [p.start, p.end, p.words, p.sig]),
    chars: fp.chars,
    publishedAt: article.publishedAt,
    wire,
  };
  store.linkPut('fp', article.id, JSON.stringify(s));
  return out;
}

/** The earlier article; on a tie (or unknown dates) the one crediting a wire; else unknown. */
export function likelyOrigin(a: string, aDate: string | null, aWire: boolean, b: string, bDate: string | null, bWire: boolean): string | null {
  const da = aDate ? Date.parse(aDate.length === 10 ? aDate + 'T00:00:00Z' : aDate) : NaN;
  const db = bDate ? Date.parse(bDate.length === 10 ? bDate + 'T00:00:00Z' : bDate) : NaN;
  const dayA = aDate?.slice(0, 10);
  const dayB = bDate?.slice(0, 10);
  if (Number.isFinite(da) && Number.isFinite(db) && dayA !== dayB) return da < db ? a : b;
  if (aWire !== bWire) return aWire ? a : b;
  if (Number.isFinite(da) && Number.isFinite(db) && da !== db) return da < db ? a : b;
  return null;
}

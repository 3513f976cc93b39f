/**
 * Word-shingle matching as used by the scrapinghub article-extraction-benchmark: texts are
 * tokenized into runs of word characters, turned into overlapping 4-token shingles (multisets),
 * and compared per page; per-page counts are normalized so that long pages do not weigh more, and
 * precision / recall are averaged over pages (F1 from the averages).
 */

/** Python's `\w` on str: letters, digits/numerics and underscore (combining marks are not). */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return (text || '').match(TOKEN_RE) ?? [];
}

/** Multiset of n-token shingles; a text shorter than n tokens yields one shingle of all tokens. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const part = tokens.slice(i, i + n);
    if (part.length === 0) continue;
    const key = part.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** TP/FP/FN over shingles of one page, normalized to sum to 1 (when non-zero). */
export function shingleMatch(truth: string, pred: string, n = 4): PageCounts {
  const t = shingles(truth, n);
  const p = shingles(pred, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const keys = new Set<string>([...t.keys(), ...p.keys()]);
  for (const k of keys) {
    const tc = t.get(k) ?? 0;
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

export function precisionScore({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/**
 * Averages over pages. As in the reference, pages with no predicted shingles are left out of the
 * precision mean and pages with no true shingles out of the recall mean.
 */
export function aggregate(pages: PageCounts[]): Scores {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(precisionScore));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(recallScore));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

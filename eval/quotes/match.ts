/**
 * How a predicted quote is matched to a gold one (used by scripts/eval-quotes.ts and the seeds
 * test): spans overlap by at least half of the shorter one; speaker names match after
 * normalization (lower case, accents and hyphens dropped, titles dropped) when the token set of
 * one is contained in the other (`Ali` ~ `Ali Mundakir`); gold may list alternatives (`A|B`).
 */
import { speechFor } from '../../src/lang/speech.js';

const titles = new Set([...speechFor('id').titles, ...speechFor('en').titles].map((t) => t.toLowerCase()));

export function nameTokens(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-‐–—'’.]/g, ' ')
    .split(/\s+/)
    .filter((t) => t && !titles.has(t));
}

export function speakerMatches(gold: string | null, pred: string | null): boolean {
  if (gold === null || pred === null) return gold === pred;
  const p = nameTokens(pred);
  if (!p.length) return false;
  return gold.split('|').some((alt) => {
    const g = nameTokens(alt);
    if (!g.length) return false;
    return g.every((t) => p.includes(t)) || p.every((t) => g.includes(t));
  });
}

/** Overlap of two spans as a share of the shorter one (0 when disjoint). */
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const ov = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (ov <= 0) return 0;
  return ov / Math.min(a.end - a.start, b.end - b.start);
}

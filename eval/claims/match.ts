/**
 * How a predicted claim is matched to a gold one (used by scripts/eval-claims.ts): spans overlap
 * (one-to-one, largest overlap first); quantities agree on magnitude within 0.01 %; units agree
 * leniently (same head word after normalisation: `dolar AS per barel` ~ `dolar AS` ~ `dollar`,
 * `%` ~ `persen`, `bloknya` ~ `blok`); sources agree as quote speakers do (eval/quotes/match.ts:
 * token containment, titles dropped), gold may list alternatives (`A|B`), and null only matches null.
 */
import { speakerMatches } from '../quotes/match.js';

export { speakerMatches as sourceMatches };

/** Characters two spans share (0 when disjoint). */
export function sharedChars(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function quantityMatches(gold: number, pred: number): boolean {
  const g = Math.abs(gold);
  const p = Math.abs(pred);
  return Math.abs(g - p) <= Math.max(1e-9, g * 1e-4);
}

const SYNONYMS: Record<string, string> = { dollar: 'dolar', barrel: 'barel', '%': 'persen', prosen: 'persen', 'us$': 'dolar', usd: 'dolar', rp: 'rupiah', kilogram: 'kg' };

/** The head word of a unit: first token, lower case, synonyms folded, a possessive `-nya` dropped. */
export function unitHead(unit: string): string {
  const t = unit.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim().split(/\s+/)[0] ?? '';
  const w = SYNONYMS[t] ?? t;
  return w.length > 4 && w.endsWith('nya') ? w.slice(0, -3) : w;
}

export function unitMatches(gold: string | null, pred: string | null): boolean {
  if (gold === null || pred === null) return gold === pred;
  return gold.split('|').some((g) => unitHead(g) === unitHead(pred));
}

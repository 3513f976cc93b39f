/**
 * Fallback extractor for pages where Readability finds nothing (or too little): picks the
 * container whose direct paragraphs hold the most non-link text, then keeps its prose blocks.
 */
import { type DDocument, type DElement, linkDensity, normText, safeQueryAll, tagOf } from './dom.js';
import { type Block, blocksOf } from './text.js';

const MAX_CANDIDATES = 20_000;
const INLINE = new Set(['a', 'b', 'i', 'em', 'strong', 'span', 'br', 'font', 'img', 'sup', 'sub', 'small', 'u', 'mark', 'q', 'cite', 'abbr', 'time']);

export function densityExtract(doc: DDocument): Block[] {
  const body = doc.body;
  if (!body) return [];
  const score = new Map<DElement, number>();
  let count = 0;
  for (const p of safeQueryAll(body, 'p, pre, td, div')) {
    if (++count > MAX_CANDIDATES) break;
    const tag = tagOf(p);
    // A <div> counts as a paragraph only when it holds text directly (no block children).
    if (tag === 'div' && Array.from(p.children).some((c) => !INLINE.has(tagOf(c)))) continue;
    const len = normText(p.textContent).length;
    if (len < 25) continue;
    const ld = linkDensity(p);
    if (ld > 0.5) continue;
    const s = len * (1 - ld) + (/[.!?。]["”’]?\s/.test(p.textContent ?? '') ? 30 : 0);
    const parent = p.parentElement;
    if (parent) score.set(parent, (score.get(parent) ?? 0) + s);
    const grand = parent?.parentElement;
    if (grand) score.set(grand, (score.get(grand) ?? 0) + s / 3);
  }
  let best: DElement | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) return [];
  return blocksOf(best).filter((b) => b.linkShare < 0.6 || b.text.length > 200);
}

/**
 * Which entity mentions overlap a span, without reading every mention for every span: a long
 * article has thousands of mentions and as many speakers and sources to map onto them.
 */
import type { EntityMention } from '../../model/types.js';

interface MentionIndex {
  /** Mention indices by start offset. */
  order: number[];
  starts: number[];
  /** The longest mention: one starting further back than this ends before any later span. */
  longest: number;
}

const indexes = new WeakMap<readonly EntityMention[], MentionIndex>();

function indexOf(entities: readonly EntityMention[]): MentionIndex {
  let ix = indexes.get(entities);
  if (ix && ix.order.length === entities.length) return ix;
  const order = entities.map((_, i) => i).sort((a, b) => entities[a].start - entities[b].start || a - b);
  ix = { order, starts: order.map((i) => entities[i].start), longest: entities.reduce((n, m) => Math.max(n, m.end - m.start), 0) };
  indexes.set(entities, ix);
  return ix;
}

/** Indices, ascending, of the mentions sharing at least one character with `[start, end)`. */
export function overlapping(entities: readonly EntityMention[], start: number, end: number): number[] {
  const ix = indexOf(entities);
  // The first mention that may still reach `start`.
  const from = start - ix.longest;
  let lo = 0;
  let hi = ix.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.starts[mid] <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let k = lo; k < ix.order.length && ix.starts[k] < end; k++) {
    const m = entities[ix.order[k]];
    if (Math.min(m.end, end) - Math.max(m.start, start) > 0) out.push(ix.order[k]);
  }
  return out.sort((a, b) => a - b);
}

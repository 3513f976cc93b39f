/** Clustering scores: BCubed and pairwise precision/recall/F1 of a clustering against gold. */

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

/** `system` and `gold` map each item to its cluster label; items missing from either are skipped. */
export function bcubed(system: Map<string, string>, gold: Map<string, string>): Scores {
  const items = [...system.keys()].filter((k) => gold.has(k));
  const sys = groups(items, system);
  const gld = groups(items, gold);
  let p = 0;
  let r = 0;
  for (const it of items) {
    const s = sys.get(system.get(it)!)!;
    const g = gld.get(gold.get(it)!)!;
    let both = 0;
    for (const x of s) if (g.has(x)) both++;
    p += both / s.size;
    r += both / g.size;
  }
  const n = items.length || 1;
  return { precision: p / n, recall: r / n, f1: f1(p / n, r / n) };
}

export function pairwise(system: Map<string, string>, gold: Map<string, string>): Scores {
  const items = [...system.keys()].filter((k) => gold.has(k));
  let tp = 0;
  let sysPairs = 0;
  let goldPairs = 0;
  const sys = groups(items, system);
  for (const s of sys.values()) {
    const arr = [...s];
    sysPairs += (arr.length * (arr.length - 1)) / 2;
    for (let i = 0; i < arr.length; i++) for (let j = i + 1; j < arr.length; j++) if (gold.get(arr[i]) === gold.get(arr[j])) tp++;
  }
  for (const g of groups(items, gold).values()) goldPairs += (g.size * (g.size - 1)) / 2;
  const p = sysPairs ? tp / sysPairs : 1;
  const r = goldPairs ? tp / goldPairs : 1;
  return { precision: p, recall: r, f1: f1(p, r) };
}

function groups(items: string[], label: Map<string, string>): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const it of items) {
    const l = label.get(it)!;
    let s = m.get(l);
    if (!s) m.set(l, (s = new Set()));
    s.add(it);
  }
  return m;
}

/** A deterministic shuffle (mulberry32) so runs are repeatable. */
export function shuffle<T>(xs: T[], seed = 1): T[] {
  const a = [...xs];
  let t = seed >>> 0;
  const rnd = () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

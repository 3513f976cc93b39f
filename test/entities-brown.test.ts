import { describe, expect, it } from 'vitest';
import { brownClusters } from '../src/annotate/entities/brown.js';

/** A toy corpus: names and cities in fixed frames, drawn by a seeded generator. */
function corpus(): string[][] {
  const names = ['budi', 'ani', 'joko', 'siti'];
  const cities = ['jakarta', 'bandung', 'surabaya', 'medan'];
  const verbs = ['pergi', 'datang', 'pulang'];
  let seed = 7;
  const pick = <T>(xs: T[]): T => xs[Math.floor((seed = (seed * 1103515245 + 12345) % 2147483648) / 65536) % xs.length];
  const out: string[][] = [];
  for (let i = 0; i < 2000; i++) out.push([pick(names), pick(verbs), 'ke', pick(cities), '.']);
  return out;
}

describe('Brown clusters', () => {
  it('puts words of the same distribution under one prefix', () => {
    const m = brownClusters(corpus(), { clusters: 6, minCount: 1 });
    expect(m.size).toBe(13);
    const prefix = (ws: string[]) => {
      const bs = ws.map((w) => m.get(w)!);
      let p = bs[0];
      for (const b of bs) while (!b.startsWith(p)) p = p.slice(0, -1);
      return p;
    };
    const cities = prefix(['jakarta', 'bandung', 'surabaya', 'medan']);
    const names = prefix(['budi', 'ani', 'joko', 'siti']);
    expect(cities.length).toBeGreaterThan(0);
    expect(names.length).toBeGreaterThan(0);
    expect(m.get('budi')!.startsWith(cities)).toBe(false);
    expect(m.get('jakarta')!.startsWith(names)).toBe(false);
  });

  it('is deterministic and skips rare words', () => {
    const c = corpus();
    c.push(['langka', '.']);
    const a = brownClusters(c, { clusters: 4, minCount: 2 });
    const b = brownClusters(c, { clusters: 4, minCount: 2 });
    expect([...a]).toEqual([...b]);
    expect(a.has('langka')).toBe(false);
  });
});

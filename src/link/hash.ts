/** Fast hashing for shingles and MinHash signatures (xxHash32 from `@node-rs/xxhash`). */
import { xxh32 } from '@node-rs/xxhash';

export function h32(s: string, seed = 0): number {
  return xxh32(s, seed) >>> 0;
}

/** Coefficients of `k` universal hash permutations over 32-bit shingle hashes (fixed seed). */
function coefficients(k: number): { a: Uint32Array; b: Uint32Array } {
  const a = new Uint32Array(k);
  const b = new Uint32Array(k);
  let x = 0x9e3779b9;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  for (let i = 0; i < k; i++) {
    a[i] = next() | 1;
    b[i] = next();
  }
  return { a, b };
}

const coef = new Map<number, { a: Uint32Array; b: Uint32Array }>();

/** MinHash signature of a set of 32-bit shingle hashes under `k` permutations. */
export function minhash(shingles: Iterable<number>, k: number): number[] {
  let c = coef.get(k);
  if (!c) coef.set(k, (c = coefficients(k)));
  const sig = new Array<number>(k).fill(0xffffffff);
  for (const h of shingles) {
    // xor-shift mix after the multiply so low bits of h spread
    for (let i = 0; i < k; i++) {
      let v = (Math.imul(c.a[i], h) + c.b[i]) >>> 0;
      v = (v ^ (v >>> 15)) >>> 0;
      v = Math.imul(v, 0x2c1b3c6d) >>> 0;
      v = (v ^ (v >>> 12)) >>> 0;
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures. */
export function sigSimilarity(a: number[], b: number[]): number {
  let eq = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) eq++;
  return eq / a.length;
}

/** LSH band keys of a signature: `bands` bands of `rows` values each. */
export function bandKeys(sig: number[], bands: number, rows: number, prefix: string): string[] {
  const out: string[] = [];
  for (let b = 0; b < bands; b++) out.push(`${prefix}${b}:${h32(sig.slice(b * rows, (b + 1) * rows).join(','), b).toString(36)}`);
  return out;
}

/** 32-bit hashes of word n-grams. */
export function shingles(words: string[], n: number): Set<number> {
  const out = new Set<number>();
  if (words.length < n) {
    if (words.length) out.add(h32(words.join(' ')));
    return out;
  }
  for (let i = 0; i + n <= words.length; i++) out.add(h32(words.slice(i, i + n).join(' ')));
  return out;
}

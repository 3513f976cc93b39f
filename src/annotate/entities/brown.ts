/**
 * Brown clustering (Brown et al. 1992) with Liang's (2005) window of C active clusters: words are
 * taken in frequency order, each joins as a cluster of its own, and the pair of clusters whose
 * merge loses the least average mutual information between neighbouring clusters is merged. After
 * the last word the C clusters are merged down to one; the merge tree gives every word a bit
 * string whose prefixes are clusters at every granularity (the tagger uses prefixes 4/6/10/20).
 *
 * Cost O(V·C²): the loss of every pair is updated in O(1) per merge (only the terms of the merged
 * clusters change) and cluster marginals are the words' unigram counts, fixed from the start, so
 * adding a word does not change the other terms. Deterministic (ties go to the first pair).
 */

export interface BrownOptions {
  /** Active clusters (the window). */
  clusters: number;
  /** Words seen fewer times are not clustered. */
  minCount: number;
  /** Progress callback every 1,000 words. */
  progress?: (done: number, total: number) => void;
}

/** Word -> bit string, for every word of the vocabulary (count >= minCount). */
export function brownClusters(sentences: string[][], opts: BrownOptions): Map<string, string> {
  // vocabulary in frequency order (ties alphabetical, for determinism)
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const vocab = [...freq].filter(([, n]) => n >= opts.minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const V = vocab.length;
  const wid = new Map(vocab.map((w, i) => [w, i]));
  const unigram = Float64Array.from(vocab, (w) => freq.get(w)!);
  // bigram lists per word: right neighbours and left neighbours (word ids), with counts
  const right: Map<number, number>[] = vocab.map(() => new Map());
  const left: Map<number, number>[] = vocab.map(() => new Map());
  let N = 0;
  for (const s of sentences) {
    for (let i = 0; i + 1 < s.length; i++) {
      const a = wid.get(s[i]);
      const b = wid.get(s[i + 1]);
      if (a === undefined || b === undefined) continue;
      right[a].set(b, (right[a].get(b) ?? 0) + 1);
      left[b].set(a, (left[b].get(a) ?? 0) + 1);
      N++;
    }
  }
  const C = Math.min(opts.clusters, V);
  const K = C + 1; // slots
  const cnt = new Float64Array(K * K); // bigram counts between the clusters in two slots
  const q = new Float64Array(K * K); // their mutual-information terms
  const n1 = new Float64Array(K); // unigram counts of the slots' clusters
  const L = new Float64Array(K * K); // merge loss of slots (i, j), i < j
  const used = new Uint8Array(K);
  const node = new Int32Array(K); // tree node held by each slot (final phase)
  const members: number[][] = Array.from({ length: K }, () => []);
  const slotOf = new Int32Array(V).fill(-1);
  // merge tree over the final C clusters: leaves are slots 0..K-1, inner nodes K.. ; children in kids
  const kids: number[] = [];

  const qf = (c: number, na: number, nb: number): number => (c > 0 ? c * Math.log((c * N) / (na * nb)) : 0);
  const setQ = (a: number, b: number) => { q[a * K + b] = qf(cnt[a * K + b], n1[a], n1[b]); };

  /** Change of the loss of merging (i, j) due to cluster x (x not i or j). */
  const d = (i: number, j: number, x: number): number => {
    const nm = n1[i] + n1[j];
    const cix = cnt[i * K + x] + cnt[j * K + x];
    const cxi = cnt[x * K + i] + cnt[x * K + j];
    return q[i * K + x] + q[x * K + i] + q[j * K + x] + q[x * K + j] - qf(cix, nm, n1[x]) - qf(cxi, n1[x], nm);
  };

  /** Whether cluster x neighbours i or j at all (else its term in the loss of (i, j) is 0). */
  const touches = (i: number, j: number, x: number): boolean =>
    cnt[i * K + x] !== 0 || cnt[x * K + i] !== 0 || cnt[j * K + x] !== 0 || cnt[x * K + j] !== 0;

  /** The loss of merging (i, j), from scratch: O(K). */
  const fresh = (i: number, j: number): number => {
    let s = 0;
    for (let x = 0; x < K; x++) if (used[x] && x !== i && x !== j) s += d(i, j, x);
    const nm = n1[i] + n1[j];
    const self = cnt[i * K + i] + cnt[i * K + j] + cnt[j * K + i] + cnt[j * K + j];
    return s + q[i * K + i] + q[i * K + j] + q[j * K + i] + q[j * K + j] - qf(self, nm, nm);
  };
  const key = (i: number, j: number) => (i < j ? i * K + j : j * K + i);

  /** Puts word w into the free slot z and updates every loss. */
  const addWord = (w: number, z: number) => {
    used[z] = 1;
    n1[z] = unigram[w];
    members[z] = [w];
    slotOf[w] = z;
    for (let x = 0; x < K; x++) { cnt[z * K + x] = 0; cnt[x * K + z] = 0; }
    for (const [v, c] of right[w]) { const sv = slotOf[v]; if (sv >= 0) cnt[z * K + sv] += c; }
    for (const [v, c] of left[w]) { const sv = slotOf[v]; if (sv >= 0 && v !== w) cnt[sv * K + z] += c; }
    for (let x = 0; x < K; x++) if (used[x]) { setQ(z, x); setQ(x, z); }
    for (let i = 0; i < K; i++) {
      if (!used[i] || i === z) continue;
      for (let j = i + 1; j < K; j++) {
        if (!used[j] || j === z) continue;
        // only pairs next to the new word change
        if (touches(i, j, z)) L[i * K + j] += d(i, j, z);
      }
    }
    for (let x = 0; x < K; x++) if (used[x] && x !== z) L[key(x, z)] = fresh(x, z);
  };

  /** The used pair with the smallest loss. */
  const best = (): [number, number] => {
    let bi = -1;
    let bj = -1;
    let bl = Infinity;
    for (let i = 0; i < K; i++) {
      if (!used[i]) continue;
      for (let j = i + 1; j < K; j++) {
        if (!used[j]) continue;
        const l = L[i * K + j];
        if (l < bl) { bl = l; bi = i; bj = j; }
      }
    }
    return [bi, bj];
  };

  /** Merges slot t into slot s (s < t); t becomes free. */
  const merge = (s: number, t: number) => {
    // losses of the other pairs: take out the terms of s and t, put in those of the merged cluster
    const others: number[] = [];
    for (let x = 0; x < K; x++) if (used[x] && x !== s && x !== t) others.push(x);
    for (let a = 0; a < others.length; a++) {
      const i = others[a];
      for (let b = a + 1; b < others.length; b++) {
        const j = others[b];
        if (touches(i, j, s)) L[i * K + j] -= d(i, j, s);
        if (touches(i, j, t)) L[i * K + j] -= d(i, j, t);
      }
    }
    for (let x = 0; x < K; x++) {
      if (!used[x]) continue;
      if (x !== s && x !== t) {
        cnt[s * K + x] += cnt[t * K + x];
        cnt[x * K + s] += cnt[x * K + t];
      }
    }
    cnt[s * K + s] += cnt[s * K + t] + cnt[t * K + s] + cnt[t * K + t];
    n1[s] += n1[t];
    used[t] = 0;
    for (let x = 0; x < K; x++) { cnt[t * K + x] = 0; cnt[x * K + t] = 0; q[t * K + x] = 0; q[x * K + t] = 0; }
    for (let x = 0; x < K; x++) if (used[x]) { setQ(s, x); setQ(x, s); }
    for (let a = 0; a < others.length; a++) {
      const i = others[a];
      for (let b = a + 1; b < others.length; b++) {
        const j = others[b];
        if (touches(i, j, s)) L[i * K + j] += d(i, j, s);
      }
    }
    for (const x of others) L[key(x, s)] = fresh(x, s);
    if (phase2) {
      kids.push(node[s], node[t]);
      node[s] = K + kids.length / 2 - 1;
    }
    for (const w of members[t]) { slotOf[w] = s; members[s].push(w); }
    members[t] = [];
  };

  let phase2 = false;
  for (let w = 0; w < C; w++) addWord(w, w);
  for (let w = C; w < V; w++) {
    addWord(w, used.indexOf(0));
    const [s, t] = best();
    merge(s, t);
    if (opts.progress && (w + 1) % 1000 === 0) opts.progress(w + 1, V);
  }
  // the C clusters are the leaves of the tree (a word's path is its cluster's: the order in which
  // words joined a cluster is no hierarchy); merge them down to one
  const finalSlot = Int32Array.from(slotOf);
  phase2 = true;
  for (let z = 0; z < K; z++) if (used[z]) node[z] = z;
  const firstInner = K;
  for (let left = C - 1; left > 0; left--) {
    const [s, t] = best();
    merge(s, t);
  }
  const out = new Map<string, string>();
  if (!V) return out;
  const paths = new Map<number, string>();
  const stack: [number, string][] = [[kids.length ? firstInner + kids.length / 2 - 1 : used.indexOf(1), '']];
  while (stack.length) {
    const [nd, path] = stack.pop()!;
    if (nd < firstInner) { paths.set(nd, path || '0'); continue; }
    const k = (nd - firstInner) * 2;
    stack.push([kids[k], path + '0'], [kids[k + 1], path + '1']);
  }
  for (let w = 0; w < V; w++) out.set(vocab[w], paths.get(finalSlot[w])!);
  return out;
}

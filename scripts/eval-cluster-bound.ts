/**
 * `npm run eval:cluster-bound`: how far could better clustering go with the link model's current
 * evidence? Offline agglomerative clustering of ECB+ over the fitted model's article-to-article
 * probabilities (each article scored against the other as a one-article event, both ways,
 * averaged), run inside each gold topic, so it is told which topic every document belongs to, and
 * sees every pair at once in any order: two advantages the online link stage never has. Printed
 * per linkage and cut-off, BCubed F1 on all topics, the training (odd) and the held-out (even)
 * ones. When the best cut-off here is not far above `npm run eval:cluster`, the order and the
 * online procedure are not what holds the score down: the evidence (the features) is.
 *
 * Then, per topic, how far apart the model holds its two occasions: the mean probability of each
 * gold event's documents against the other's profile (`crossProbability`, as the split check
 * scores two halves; the online stage joins at the model's threshold), and how the split check's
 * own 2-means would cut the topic (its agreement with the gold halves, and its halves' cross
 * probability). A topic whose gold halves score above the join threshold cannot be kept apart by
 * any arrival order: that is the evidence, not the procedure.
 *
 * Options: --cache FILE (the per-article pipeline output eval:cluster keeps; annotates when missing)
 */
import { existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ecbDir, loadEcb, rawDocOf } from '../eval/cluster/ecbplus.js';
import { isTrainTopic } from '../eval/cluster/split.js';
import { articleCache } from '../eval/cluster/cache.js';
import { articleFeatures, datedSentences } from '../src/link/features.js';
import { addToProfile, articleNorm, emptyProfile, loadModel, pairFeatures, probability } from '../src/link/score.js';
import { bcubed } from '../src/link/metrics.js';
import { crossProbability, twoMeans } from '../src/link/split.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--cache');
const cache = articleCache(at > 0 ? process.argv[at + 1] : null);
const dir = ecbDir(ROOT);
if (!existsSync(dir)) {
  console.error(`eval:cluster-bound: skipped, ECB+ is missing (expected at ${dir})`);
  process.exit(0);
}
const docs = loadEcb(dir, (t) => t >= 1 && t <= 35);
const fs = docs.map((d) => {
  const a = cache.processed(rawDocOf(d), { noClean: true, lang: 'en' });
  return articleFeatures(a, datedSentences(a));
});
cache.save();

// idf over the whole collection (the online stage has only the articles before; a bound may see all)
const df = new Map<string, number>();
for (const f of fs) for (const t of Object.keys(f.terms)) df.set(t, (df.get(t) ?? 0) + 1);
const idf = (t: string) => Math.log((fs.length + 1) / ((df.get(t) ?? 0) + 1)) + 1;
const model = loadModel();
const profiles = fs.map((f) => addToProfile(emptyProfile(), f, idf));
const norms = fs.map((f) => articleNorm(f, idf));
const n = fs.length;
const pair = new Float64Array(n * n);
for (let i = 0; i < n; i++)
  for (let j = i + 1; j < n; j++) {
    if (docs[i].topic !== docs[j].topic) continue;
    const p = (probability(pairFeatures(fs[i], norms[i], profiles[j], idf), model) + probability(pairFeatures(fs[j], norms[j], profiles[i], idf), model)) / 2;
    pair[i * n + j] = pair[j * n + i] = p;
  }

type Linkage = 'average' | 'single' | 'complete';

/** Agglomerative clustering of `ids` until no two clusters link at `cut` or above; cluster index per id. */
function agglomerate(ids: number[], cut: number, linkage: Linkage): Map<number, number> {
  const clusters = ids.map((i) => [i]);
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let a = 0; a < clusters.length; a++)
      for (let b = a + 1; b < clusters.length; b++) {
        let sum = 0;
        let lo = 1;
        let hi = 0;
        for (const x of clusters[a])
          for (const y of clusters[b]) {
            const v = pair[x * n + y];
            sum += v;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
          }
        const v = linkage === 'average' ? sum / (clusters[a].length * clusters[b].length) : linkage === 'single' ? hi : lo;
        if (v > best) [best, bi, bj] = [v, a, b];
      }
    if (bi < 0 || best < cut) break;
    clusters[bi] = clusters[bi].concat(clusters[bj]);
    clusters.splice(bj, 1);
  }
  return new Map(clusters.flatMap((c, k) => c.map((i) => [i, k] as [number, number])));
}

const topics = [...new Set(docs.map((d) => d.topic))];
const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
console.log(`ECB+ topics 1-35: ${n} documents; offline clustering inside each gold topic (BCubed F1)`);
console.log('linkage   cut-off    all    odd (train)  even (held-out)');
for (const linkage of ['average', 'single', 'complete'] as const)
  for (const cut of [0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9]) {
    const system = new Map<string, string>();
    const gold = new Map<string, string>();
    for (const t of topics) {
      const ids = docs.flatMap((d, i) => (d.topic === t ? [i] : []));
      const m = agglomerate(ids, cut, linkage);
      for (const i of ids) {
        system.set(String(i), `${t}/${m.get(i)}`);
        gold.set(String(i), docs[i].gold);
      }
    }
    const f1 = (keep: (i: number) => boolean) => {
      const pick = (m: Map<string, string>) => new Map([...m].filter(([k]) => keep(Number(k))));
      return pct(bcubed(pick(system), pick(gold)).f1);
    };
    console.log(`${linkage.padEnd(9)} ${cut.toFixed(2).padStart(7)} ${f1(() => true)}   ${f1((i) => isTrainTopic(docs[i].topic))}       ${f1((i) => !isTrainTopic(docs[i].topic))}`);
  }

console.log(`\nper topic: the two gold occasions under the model (join threshold ${model.threshold}, split threshold ${model.splitThreshold ?? 'none'})`);
console.log('topic  docs  gold halves cross-p   2-means agreement  2-means cross-p');
for (const t of topics) {
  const ids = docs.flatMap((d, i) => (d.topic === t ? [i] : []));
  const sub = ids.map((i) => fs[i]);
  const plus = ids.map((i) => (docs[i].gold.endsWith('plus') ? 1 : 0));
  const side = twoMeans(sub, idf);
  const halves = (xs: number[]) => [0, 1].map((v) => xs.flatMap((x, k) => (x === v ? [k] : [])));
  const [g0, g1] = halves(plus);
  const [s0, s1] = halves(side);
  const agree = side.filter((x, k) => x === plus[k]).length;
  const cross = (a: number[], b: number[]) => (a.length && b.length ? crossProbability(sub, a, b, idf, model).toFixed(3) : '  -  ');
  console.log(`${String(t).padStart(5)} ${String(ids.length).padStart(5)}  ${cross(g0, g1).padStart(19)}   ${(Math.max(agree, ids.length - agree) / ids.length).toFixed(2).padStart(17)}  ${cross(s0, s1).padStart(15)}`);
}

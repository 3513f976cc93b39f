/**
 * `npm run fit:cluster`: fits the event-clustering weights (models/cluster.json) on data.
 *
 * Data, two streams, each replayed on its own:
 * - the ECB+ topics of the training split (odd-numbered topics, eval/cluster/split.ts; the
 *   even-numbered ones are held out and reported separately by eval:cluster), English, where
 *   every gold event has about ten documents;
 * - the Indonesian training stream (eval/cluster/id-train.json, disjoint from the Indonesian
 *   check): IndoSum articles, mostly singletons, as real Indonesian news is. ECB+ alone taught
 *   thresholds that join too eagerly for such a stream (`--no-id` fits on ECB+ alone).
 * Documents go through the real per-article pipeline and the canonical-entity step, and arrive
 * in a fixed shuffled order. Examples of both streams train one logistic regression; each
 * setting below is chosen by the mean of the two streams' F1.
 *
 * 1. Examples: replaying the arrivals with the gold clusters, each document is compared with
 *    every gold event formed so far (features of `src/link/score.ts`, idf from the documents
 *    seen so far, as at run time); label 1 for its own event. Every pair by default;
 *    `--hard K` keeps as negatives only the K events closest in text (cosTerms), the
 *    competitors the online decision faces (tried with K=3: better training F1 but not better
 *    held-out, so not the default).
 * 2. Logistic regression (full-batch gradient descent, L2). `--learner boost`: boosted trees
 *    (scripts/lib/boost-train.ts, 100 depth-3 trees) on the same examples instead, which can weigh
 *    one feature by another. Tried on 2026-11-22 and not the default: its cross-validated F1 was
 *    higher (93.84), but on the held-out ECB+ topics it scored 94.33 against the logistic model's
 *    94.60 (BCubed F1, mean of 3 arrival orders) and on the Indonesian check 88.72 against 90.20
 *    (it chained more of the Kompas oil-price series): the trees fit the training topics, the
 *    evidence did not get better.
 * 3. Threshold: replaying the arrivals again, now clustering online with fitted weights (join the
 *    best event when p >= threshold), the threshold with the best BCubed F1 wins, from
 *    `--min-threshold` (default 0.7: a product decision, see `MIN_THRESHOLD`) up. Every setting of
 *    steps 3-4d is scored out of sample: the topics are dealt into `--folds K` folds (default 3),
 *    each fold is clustered with weights fitted on the others, in `--orders N` arrival orders
 *    (default 3), and the mean F1 decides (`--folds 1`: in-sample, on weights fitted on all).
 *    The shipped weights are fitted on all training topics.
 * 4. Split threshold: the same replay with the split check of src/link/split.ts after each join;
 *    the threshold (or none) with the best mean BCubed F1 wins.
 * 4b. Event merge threshold: the same replay with the event-to-event check of src/link/events.ts
 *    after each join that did not split (the article's next-best candidate events); the
 *    threshold (or none) with the best mean BCubed F1 wins.
 * 4c. Two-event merge threshold: the same replay; an article matching two events at least this
 *    well merges them (src/link/events.ts); tried from never (above 1) down to 0.9.
 * 4d. Event span limit: the most days an event's dates may cover (src/link/events.ts), from a
 *    grid (7 to 60 days, or none) capped by `--max-span-days` (default 14); the default (14) stays
 *    unless another allowed span does better. The cap is a product decision, not a fitted value:
 *    an event is one occasion, and reports weeks apart belong to its storyline. ECB+ gold events
 *    do include follow-ups weeks or years later (sentencing, trials), so without the cap this fit
 *    picks no limit, and recurring news (a price series reported week after week) then chains
 *    into one event. `--max-span-days none` lifts the cap.
 * (Coordinate ascent of the weights on that F1 was tried and dropped: on 387 documents it chased
 * noise, flipping the signs of the place and shared-text weights.)
 *
 * `--cache FILE`: keep the per-article pipeline's output in FILE (JSON) and reuse it on the next
 * run, so trying features does not re-annotate; the same file as eval:cluster's `--cache` (a run
 * of eval:cluster over all topics fills it for both). `--out FILE`: write the model there instead
 * of models/cluster.json (experiments).
 */
import { writeFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve, dirname, join } from 'node:path';
import { SqliteStore } from '../src/store/index.js';
import { entityLinker } from '../src/link/entity-step.js';
import { linkDuplicates } from '../src/link/duplicates.js';
import { fileURLToPath } from 'node:url';
import { articleCache } from '../eval/cluster/cache.js';
import { articleFeatures, type ArticleFeatures } from '../src/link/features.js';
import { FEATURES, addToProfile, articleNorm, emptyProfile, pairFeatures, probability, type ClusterModel, type Profile } from '../src/link/score.js';
import { bcubed, shuffle } from '../src/link/metrics.js';
import { ecbDir, loadEcb, rawDocOf } from '../eval/cluster/ecbplus.js';
import { loadIndonesianTrain } from '../eval/cluster/indonesian.js';
import type { RawDoc } from '../src/model/types.js';
import type { ProcessOptions } from '../src/pipeline/process.js';
import { isTrainTopic } from '../eval/cluster/split.js';
import { trainBoosted } from './lib/boost-train.js';
import { EVENT_SPAN_DAYS, MERGE_CHECK, WINDOW_DAYS, asMember, refersBack, spanDaysOf, spansFit, withinSpan } from '../src/link/events.js';
import { SPLIT_CAP, eventAffinity, splitCheck } from '../src/link/split.js';
import { mergeProfiles, profileDay, removeFromProfile } from '../src/link/score.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = ecbDir(ROOT);
if (!existsSync(dir)) {
  console.error(`fit:cluster: ECB+ is missing (expected at ${dir})`);
  process.exit(1);
}
/**
 * The training streams, each replayed on its own (its own idf, its own scratch store):
 * - `ecb`: the ECB+ training topics (odd-numbered), English, every gold event ~10 documents;
 * - `id`: the Indonesian training stream (eval/cluster/id-train.json: IndoSum articles disjoint
 *   from the Indonesian check; most are singletons, as in real Indonesian news). `--no-id` leaves
 *   it out (ECB+ only, as before).
 * A document's fold (step 3) keeps gold events whole: an ECB+ topic, an Indonesian gold event.
 */
interface StreamDoc {
  raw: RawDoc;
  opts: ProcessOptions;
  gold: string;
  foldKey: string;
}
const ecbDocs = shuffle(loadEcb(dir, isTrainTopic), 1).map((d): StreamDoc => ({ raw: rawDocOf(d), opts: { noClean: true, lang: 'en' }, gold: `ecb:${d.gold}`, foldKey: `ecb:${d.topic}` }));
const idDocs = process.argv.includes('--no-id')
  ? []
  : shuffle(loadIndonesianTrain(ROOT), 1).map((d): StreamDoc => ({ raw: d.raw, opts: d.opts, gold: `id:${d.gold}`, foldKey: `id:${d.gold}` }));
const streams = [
  { name: 'ECB+ odd topics', docs: ecbDocs },
  { name: 'Indonesian training stream', docs: idDocs },
].filter((st) => st.docs.length);
for (const st of streams) console.log(`fitting on ${st.name}: ${st.docs.length} documents, ${new Set(st.docs.map((d) => d.gold)).size} gold events`);
// canonical entities as at run time: the entity step against a scratch store per stream, in
// arrival order (the per-article stages come from the `--cache` file when it has them: see
// eval/cluster/cache.ts)
const ci = process.argv.indexOf('--cache');
const cache = articleCache(ci >= 0 ? process.argv[ci + 1] : null);
const processed = streams.flatMap((st, si) => {
  const scratch = mkdtempSync(join(tmpdir(), 'linimasa-fit-'));
  const store = new SqliteStore(join(scratch, 'fit.db'));
  const out = st.docs.map((d) =>
    store.transaction(() => {
      const x = entityLinker.link(cache.processed(d.raw, d.opts), store);
      const dups = linkDuplicates(x, store);
      store.putArticle(x);
      return { a: x, gold: d.gold, foldKey: d.foldKey, stream: si, dups: dups.map((m) => m.b) };
    }),
  );
  store.close();
  rmSync(scratch, { recursive: true, force: true });
  return out;
});
cache.save();
const indexOf = new Map(processed.map((p, i) => [`${p.stream}:${p.a.id}`, i]));
const feats: { f: ArticleFeatures; gold: string; stream: number; dupOf: number[] }[] = processed.map((p, i) => ({
  f: articleFeatures(p.a),
  gold: p.gold,
  stream: p.stream,
  dupOf: p.dups.map((b) => indexOf.get(`${p.stream}:${b}`)).filter((j): j is number => j !== undefined && j < i),
}));

class Idf {
  df = new Map<string, number>();
  n = 0;
  fn = (t: string) => Math.log((this.n + 1) / ((this.df.get(t) ?? 0) + 1)) + 1;
  add(f: ArticleFeatures) {
    for (const t of Object.keys(f.terms)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.n++;
  }
}

/**
 * Would run time consider this event? The event-span rule of src/link/events.ts (`span` days,
 * null: any), and its candidate look-up, which finds an event only within `WINDOW_DAYS` of its
 * main day (binding only for spans above `WINDOW_DAYS`); either way an article naming the event's
 * day or month (`refersBack`), which the look-up also finds by it.
 */
function inWindow(f: ArticleFeatures, p: Profile, span: number | null): boolean {
  const d = profileDay(p);
  return refersBack(f, p) || (withinSpan(f.day, p, span) && (f.day == null || d == null || Math.abs(f.day - d) <= WINDOW_DAYS));
}

/**
 * The lowest join threshold step 3 may choose (`--min-threshold`). Neither training stream holds a
 * series of recurring reports (a price reported day after day, each day its own event), and lower
 * thresholds chain such series: with the `dateMissing` feature the cross-validated choice was 0.6
 * (93.14, against 92.99 at 0.7), which chained the Kompas oil-price reports of the Indonesian check
 * (BCubed F1 90.86 -> 89.87, mean of 3 arrival orders).
 */
const MIN_THRESHOLD = 0.7;

/** The longest event span step 4d may choose (see the header): a product decision. */
const mi = process.argv.indexOf('--max-span-days');
const maxSpan = mi < 0 ? EVENT_SPAN_DAYS : process.argv[mi + 1] === 'none' ? Infinity : Number(process.argv[mi + 1]);
/** The lowest join threshold step 3 may choose (see the header): a product decision. */
const ti = process.argv.indexOf('--min-threshold');
const minThreshold = ti < 0 ? MIN_THRESHOLD : Number(process.argv[ti + 1]);
const hi = process.argv.indexOf('--hard');
const HARD = hi >= 0 ? Number(process.argv[hi + 1]) : 0;
/** `--learner boost`: boosted trees (src/link/boost.ts) instead of the logistic regression. */
const li = process.argv.indexOf('--learner');
const LEARNER = li >= 0 ? process.argv[li + 1] : 'logistic';
if (LEARNER !== 'logistic' && LEARNER !== 'boost') {
  console.error(`fit:cluster: --learner ${LEARNER}: expected logistic or boost`);
  process.exit(1);
}
const LEARNER_NAME = LEARNER === 'boost' ? 'boosted trees' : 'logistic regression';

/** 1. Examples from the documents `use` (indices into feats, in arrival order). */
function examples(use: number[]): { X: number[][]; Y: number[] } {
  const X: number[][] = [];
  const Y: number[] = [];
  const idf = new Idf();
  const profiles = new Map<string, Profile>();
  const goldOf = new Map(use.map((i) => [i, feats[i].gold]));
  for (const i of use) {
    const { f, gold, dupOf } = feats[i];
    const norm = articleNorm(f, idf.fn);
    const sharing = new Set(dupOf.filter((j) => goldOf.has(j)).map((j) => feats[j].gold));
    const rows: { x: number[]; y: number }[] = [];
    for (const [g, p] of profiles) {
      if (!inWindow(f, p, EVENT_SPAN_DAYS) && !sharing.has(g)) continue;
      rows.push({ x: pairFeatures(asMember(f, p, EVENT_SPAN_DAYS), norm, p, idf.fn, sharing.has(g)), y: g === gold ? 1 : 0 });
    }
    // hard negatives: the HARD events closest in text (cosTerms is feature 0); positives always
    if (HARD > 0) rows.sort((a, b) => b.x[0] - a.x[0]);
    rows.forEach((r, i) => {
      if (HARD > 0 && i >= HARD && !r.y) return;
      X.push(r.x);
      Y.push(r.y);
    });
    if (!profiles.has(gold)) profiles.set(gold, emptyProfile());
    addToProfile(profiles.get(gold)!, f, idf.fn);
    idf.add(f);
  }
  return { X, Y };
}

/** 2. Logistic regression (full-batch gradient descent, L2, classes balanced). */
function logistic({ X, Y }: { X: number[][]; Y: number[] }): { weights: number[]; bias: number } {
  const k = FEATURES.length;
  const w = new Array<number>(k).fill(0);
  let b = 0;
  const lambda = 1e-3;
  const pos = Y.filter((y) => y).length;
  const wPos = (X.length - pos) / Math.max(1, pos);
  for (let epoch = 0; epoch < 3000; epoch++) {
    const g = new Array<number>(k).fill(0);
    let gb = 0;
    let wsum = 0;
    for (let i = 0; i < X.length; i++) {
      let z = b;
      for (let j = 0; j < k; j++) z += w[j] * X[i][j];
      const p = 1 / (1 + Math.exp(-z));
      const cw = Y[i] ? wPos : 1;
      const e = (p - Y[i]) * cw;
      for (let j = 0; j < k; j++) g[j] += e * X[i][j];
      gb += e;
      wsum += cw;
    }
    const lr = 2;
    for (let j = 0; j < k; j++) w[j] -= lr * (g[j] / wsum + lambda * w[j]);
    b -= lr * (gb / wsum);
  }
  return { weights: w.map((x) => Math.round(x * 1e4) / 1e4), bias: Math.round(b * 1e4) / 1e4 };
}

const all = feats.map((_, i) => i);
/** Examples of several streams: each replayed on its own, then pooled. */
function pooledExamples(use: number[]): { X: number[][]; Y: number[] } {
  const parts = streams.map((_, si) => examples(use.filter((i) => feats[i].stream === si)));
  return { X: parts.flatMap((p) => p.X), Y: parts.flatMap((p) => p.Y) };
}
/** What scores an article against an event: logistic weights, or boosted trees (weights unused). */
type Scorer = Pick<ClusterModel, 'weights' | 'bias' | 'boost'>;
function fit(ex: { X: number[][]; Y: number[] }): Scorer {
  if (LEARNER !== 'boost') return logistic(ex);
  const pos = ex.Y.filter((y) => y).length;
  // classes balanced as in the logistic fit, so the join threshold means the same kind of odds
  return { weights: FEATURES.map(() => 0), bias: 0, boost: trainBoosted(ex.X, ex.Y, { positiveWeight: (ex.Y.length - pos) / Math.max(1, pos) }) };
}
const ex = pooledExamples(all);
console.log(`${ex.X.length} article-event pairs, ${ex.Y.filter((y) => y).length} positive`);
const fitted = fit(ex);
/** The fitted scorer in one line: the trees' training, or the weights. */
const describe = (s: Scorer) => (s.boost ? `${LEARNER_NAME}: ${s.boost.note}` : `weights: ${FEATURES.map((n, j) => `${n}=${s.weights[j].toFixed(3)}`).join(' ')} bias=${s.bias.toFixed(3)}`);
console.log(describe(fitted));

// 3. threshold by online clustering, each setting scored out of sample: the training topics are
// dealt into `--folds K` folds (default 3; 1: in-sample, as before); each fold's documents are
// clustered with the weights fitted on the other folds, and the mean BCubed F1 over folds decides.
// With 32 gold events, thresholds chosen in-sample moved a lot when the features changed a little
// (join 0.80 -> 0.85, split 0.65 -> none), and held-out F1 with them; scoring each setting on topics
// the weights never saw is what held-out topics face.
// Online clustering depends on the arrival order (an early wrong join or split changes what
// follows), so each fold is also replayed in several orders (`--orders N`, default 3: the fixed
// one and N-1 reshuffles).
const oi = process.argv.indexOf('--orders');
const nOrders = oi >= 0 ? Number(process.argv[oi + 1]) : 3;
const fi = process.argv.indexOf('--folds');
const nFolds = fi >= 0 ? Number(process.argv[fi + 1]) : 3;
const foldKeys = [...new Set(processed.map((p) => p.foldKey))];
const foldOf = (i: number) => foldKeys.indexOf(processed[i].foldKey) % nFolds;
/** Per fold: the weights fitted without it, and per stream its own documents in several orders. */
const folds = Array.from({ length: nFolds }, (_, k) => {
  const scorer = nFolds === 1 ? fitted : fit(pooledExamples(all.filter((i) => foldOf(i) !== k)));
  const perStream = streams.map((_, si) => {
    const own = all.filter((i) => foldOf(i) === k && feats[i].stream === si);
    return Array.from({ length: nOrders }, (_, o) => (o === 0 ? own : shuffle(own, o + 1)));
  });
  return { scorer, perStream };
});
if (nFolds > 1) console.log(`settings chosen by ${nFolds}-fold cross-validation (folds keep ECB+ topics and Indonesian events whole)`);
/** What the printed F1 is: on the folds' own documents (cross-validated) or in-sample. */
const SCORE = nFolds > 1 ? 'cross-validated BCubed F1' : 'training BCubed F1';
/**
 * The score a setting is chosen by: the mean over streams (each: mean over folds and orders) of
 * BCubed F1, so the Indonesian stream, mostly singletons, weighs as much as ECB+.
 */
function simulate(m: ClusterModel): number {
  let total = 0;
  streams.forEach((_, si) => {
    let s = 0;
    let n = 0;
    for (const fo of folds) {
      for (const o of fo.perStream[si]) {
        if (!o.length) continue;
        s += simulateOrder({ ...m, ...fo.scorer }, o);
        n++;
      }
    }
    total += s / Math.max(1, n);
  });
  return total / streams.length;
}
function simulateOrder(m: ClusterModel, order: number[]): number {
  const idf = new Idf();
  const clusters: Profile[] = [];
  const members: number[][] = [];
  const clusterOf: number[] = [];
  const merge = (a: number, c: number) => {
    clusters[a] = mergeProfiles(clusters[a], clusters[c], idf.fn);
    for (const j of members[c]) clusterOf[j] = a;
    members[a] = members[a].concat(members[c]);
    members[c] = [];
    clusters[c] = emptyProfile();
  };
  const create = (p: Profile, ms: number[]) => {
    clusters.push(p);
    members.push(ms);
    for (const j of ms) clusterOf[j] = clusters.length - 1;
    return clusters.length - 1;
  };
  for (const i of order) {
    const { f, dupOf } = feats[i];
    const norm = articleNorm(f, idf.fn);
    const sharing = new Set(dupOf.map((j) => clusterOf[j]).filter((c) => c !== undefined));
    const scored: { c: number; p: number }[] = [];
    clusters.forEach((p, c) => {
      if (!members[c].length || (!inWindow(f, p, spanDaysOf(m)) && !sharing.has(c))) return; // empty: merged away
      scored.push({ c, p: probability(pairFeatures(asMember(f, p, spanDaysOf(m)), norm, p, idf.fn, sharing.has(c)), m) });
    });
    scored.sort((x, y) => y.p - x.p || x.c - y.c);
    const joined = scored.length > 0 && scored[0].p >= m.threshold;
    let best: number;
    if (joined) {
      best = scored[0].c;
      // the article matches two events very well: they merge (src/link/events.ts)
      for (const o of scored.slice(1)) {
        if (scored[0].p < m.mergeThreshold || o.p < m.mergeThreshold) break;
        merge(best, o.c);
      }
    } else best = create(emptyProfile(), []);
    addToProfile(clusters[best], asMember(f, clusters[best], spanDaysOf(m)), idf.fn);
    members[best].push(i);
    clusterOf[i] = best;
    if (joined) {
      const ids = members[best].slice(-SPLIT_CAP);
      const fs = ids.map((j) => feats[j].f);
      const d = splitCheck(fs, idf.fn, m);
      if (d) {
        const moved = d.move.map((k) => ids[k]);
        const p = emptyProfile();
        for (const j of moved) {
          addToProfile(p, feats[j].f, idf.fn);
          removeFromProfile(clusters[best], feats[j].f, idf.fn);
        }
        members[best] = members[best].filter((j) => !moved.includes(j));
        create(p, moved);
      } else if (m.eventMergeThreshold != null) {
        // the event-to-event check of src/link/events.ts: the article's next-best events
        const others = scored.slice(1).filter((o) => members[o.c].length && o.c !== best).slice(0, MERGE_CHECK);
        for (const { c } of others) {
          if (!members[c].length || !spansFit(clusters[best], clusters[c], spanDaysOf(m))) continue;
          const a = eventAffinity(members[best].map((j) => feats[j].f), members[c].map((j) => feats[j].f), idf.fn, m);
          if (a >= m.eventMergeThreshold) merge(best, c);
        }
      }
    }
    idf.add(f);
  }
  const sys = new Map(order.map((i) => [String(i), String(clusterOf[i])]));
  const gold = new Map(order.map((i) => [String(i), feats[i].gold]));
  return bcubed(sys, gold).f1;
}
const model: ClusterModel = {
  version: 1,
  features: [...FEATURES],
  ...fitted,
  threshold: 0.5,
  mergeThreshold: 0.995,
  trainedOn: `${streams.map((st) => `${st.name} (${st.docs.length} docs)`).join(' and ')}; ${LEARNER === 'boost' ? 'boosted trees; ' : ''}${HARD > 0 ? `negatives: the ${HARD} closest events per article; ` : ''}threshold (at least ${minThreshold}), then split threshold, then event merge threshold, then two-event merge threshold, then event span limit (at most ${Number.isFinite(maxSpan) ? `${maxSpan} days` : 'any'}), by the mean BCubed F1 of online clustering ${nFolds > 1 ? `on held-out folds (${nFolds}-fold cross-validation)` : 'on the same documents'}, averaged over the streams, in ${nOrders} arrival orders`,
};
let bestT = 0.5;
let bestF = -1;
for (let t = 0.05; t <= 0.99; t += 0.05) {
  if (t < minThreshold - 1e-9) continue;
  const f = simulate({ ...model, threshold: t });
  console.log(`  threshold ${t.toFixed(2)}: ${SCORE} ${(100 * f).toFixed(2)}`);
  if (f > bestF + 1e-9) {
    bestF = f;
    bestT = t;
  }
}
model.threshold = Math.round(bestT * 1000) / 1000;
console.log(`${LEARNER_NAME}, threshold ${model.threshold}: ${SCORE} ${(100 * bestF).toFixed(2)}`);

// 4. split threshold (none unless splitting helps), the join threshold staying as fitted. (Fitting
// the join threshold again with the split on lowered it to 0.4: better on these topics, whose
// events all have many articles, but worse on the held-out topics and the Indonesian check,
// where most events are single articles.)
if (!process.argv.includes('--no-split')) {
  for (let t = 0.3; t <= 0.91; t += 0.05) {
    const f = simulate({ ...model, splitThreshold: t });
    console.log(`  split threshold ${t.toFixed(2)}: ${SCORE} ${(100 * f).toFixed(2)}`);
    if (f > bestF + 1e-4) {
      bestF = f;
      model.splitThreshold = Math.round(t * 1000) / 1000;
    }
  }
}
console.log(`split threshold ${model.splitThreshold ?? 'none'}, threshold ${model.threshold}: ${SCORE} ${(100 * bestF).toFixed(2)}`);

// 4b. event-to-event merge threshold (none unless merging helps), the thresholds above staying:
// after a join, the article's next-best events merge with its event when their members score at
// least this against each other (src/link/events.ts). Ties go to the higher (safer) threshold.
if (!process.argv.includes('--no-event-merge')) {
  for (let t = 0.95; t >= 0.5; t -= 0.05) {
    const f = simulate({ ...model, eventMergeThreshold: t });
    console.log(`  event merge threshold ${t.toFixed(2)}: ${SCORE} ${(100 * f).toFixed(2)}`);
    if (f > bestF + 1e-4) {
      bestF = f;
      model.eventMergeThreshold = Math.round(t * 1000) / 1000;
    }
  }
}
console.log(`event merge threshold ${model.eventMergeThreshold ?? 'none'}: ${SCORE} ${(100 * bestF).toFixed(2)}`);

// 4c. the two-event rule (an article matching two events at least this well merges them), the
// settings above staying; ties go to the higher (safer) threshold, above 1 is never.
for (const t of [1.01, 0.999, 0.995, 0.99, 0.98, 0.95, 0.9]) {
  const f = simulate({ ...model, mergeThreshold: t });
  console.log(`  two-event merge threshold ${t}: ${SCORE} ${(100 * f).toFixed(2)}`);
  if (f > bestF + 1e-4 || (t === 1.01 && f >= bestF - 1e-4)) {
    bestF = f;
    model.mergeThreshold = t;
  }
}
console.log(`two-event merge threshold ${model.mergeThreshold}: ${SCORE} ${(100 * bestF).toFixed(2)}`);

// 4d. the event span limit (src/link/events.ts), the settings above staying (they were fitted with
// the default, EVENT_SPAN_DAYS, as were the examples of step 1); it changes only when another
// span does better (bestF is the default's score already), null is no limit.
console.log(`  event span ${EVENT_SPAN_DAYS} days: ${SCORE} ${(100 * bestF).toFixed(2)}`);
for (const d of [7, 21, 30, 60, null].filter((x) => (x ?? Infinity) <= maxSpan)) {
  const f = simulate({ ...model, eventSpanDays: d });
  console.log(`  event span ${d ?? 'none'} days: ${SCORE} ${(100 * f).toFixed(2)}`);
  if (f > bestF + 1e-4) {
    bestF = f;
    model.eventSpanDays = d;
  }
}
model.eventSpanDays = spanDaysOf(model);
console.log(`event span ${model.eventSpanDays ?? 'none'} days: ${SCORE} ${(100 * bestF).toFixed(2)}`);


console.log(`final: ${describe(model)} threshold=${model.threshold}`);
const oi2 = process.argv.indexOf('--out');
const out = oi2 >= 0 ? resolve(process.argv[oi2 + 1]) : resolve(ROOT, 'models', 'cluster.json');
writeFileSync(out, JSON.stringify(model, null, 2) + '\n');
console.log(`wrote ${out}`);

/**
 * Trains the Indonesian entity taggers from ../shared/data/ner (read at run time, never copied).
 *
 *   npm run train:ner     one model per corpus, each in its own tag set, written to models/:
 *                           ner-id.bin.gz      IDNer-news-2k (PER/ORG/LOC): the pipeline's model,
 *                                              the best on news (see npm run eval:ner)
 *                           ner-nergrit.bin.gz NERGrit (PERSON/PLACE/ORGANISATION)
 *                           ner-nerp.bin.gz    NERP (PPL/PLC/IND/EVT/FNB)
 *   npm run train:ner -- --joint   also the joint model (all corpora mapped onto PERSON/ORGANIZATION/
 *                                  LOCATION/EVENT/FNB, with per-corpus feature copies), for comparison;
 *                                  written to $TMPDIR/linimasa-ner/ner-joint.bin.gz, not committed
 *   options: --epochs N or idner=10,nergrit=8,… (default idner=10,nergrit=10,nerp=8)  --min-count N (default 2)
 *            --data DIR  --only idner,nergrit,nerp
 *            --viterbi idner,nergrit,nerp (default; corpora trained as structured perceptrons with Viterbi
 *              decoding, the rest greedy; `none` for all greedy)
 *            --holdout K [--fold F]  train on train minus every K-th sentence (from F) and print held-out F1 (for tuning
 *              without touching the validation splits); writes no model.  --eval-every N
 *            --fine-clusters nergrit,nerp  models with the finest (1024) word-cluster level
 *            --wide nergrit  models with wider context features (word bigrams, clusters at ±2)
 *            --entity-lex nergrit,nerp  models with the jackknifed lexicon of training entity names
 *            (these defaults were chosen on held-out slices of train, never on the validation splits)
 *            --brown FILE|none (default models/word-clusters-id.tsv.gz, from scripts/train-word-clusters.ts)
 *            --brown-for idner,nergrit,nerp  models with the Brown-cluster features (default)
 *            --other-lex idner,nergrit  models that also carry the other corpora's entity names (default)
 *            --bags N or nergrit=3,…  perceptrons on different sentence orders averaged into one
 *              (default idner=3,nergrit=3,nerp=3)
 *            --learner crf or nergrit=crf,…  a linear-chain CRF (src/annotate/entities/crf.ts: same features,
 *              transitions and BIO constraints, conditional log-likelihood, L-BFGS) instead of the
 *              averaged perceptron (default); same model format and decoder.  With it: --l2 X or per corpus
 *              (default 1; penalty λ/2·|w|² on the summed log-likelihood), --iterations N (default 300; it
 *              stops earlier once converged), --crf-eval-every N (held-out scoring, default 25 iterations)
 *            --min-weight X or per corpus  rows whose largest |w| is at most X are left out of the model
 *              (default 0.05 for perceptrons, 0.01 for CRFs)
 *            --dump-errors FILE  (with --holdout) the held-out sentences tagged wrong, gold and predicted
 *            --stats-cache FILE  reuse the IndoSum statistics/clusters between experiment runs
 *            --out-dir DIR (default models; for experiments)
 *            --joint-corpora nergrit,nerp,idner  --oversample idner=2  --no-domain  --no-capstats  --no-clusters
 *
 * Every model carries the gazetteer (idn-area-data), the capitalization statistics, the k-means
 * word clusters (all from the unlabelled IndoSum corpus and the train splits' tokens), so run time
 * needs none of the data. The NERGrit and NERP models also use Brown clusters and are each the
 * average of 3 perceptrons trained on different sentence orders; the NERGrit model also carries
 * the entity names of the other corpora's train splits (a lexicon feature of its own). The
 * pipeline's IDNer model keeps its earlier features: with the Brown clusters it gained on held-out
 * folds of train (and as a Viterbi model +2.4 more) but lost names the seed checks need. The NERGrit and NERP models
 * are structured perceptrons decoded with Viterbi and also carry the entity names of their train
 * split (a lexicon feature, jackknifed over 5 folds while training). The pipeline's IDNer model stays greedy: on held-out slices of its train split Viterbi
 * did not help it.
 */
import { existsSync, mkdirSync, writeFileSync, statSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { readConll, mapTags, bioTags, chunks, score, DATASETS, type DatasetName } from '../src/annotate/entities/conll.js';
import { buildPhraseLexicon } from '../src/annotate/entities/features.js';
import { PerceptronTrainer, decode, type TrainSentence, type WeightSource } from '../src/annotate/entities/perceptron.js';
import { encodeModel, parseWordTable, parseClusters } from '../src/annotate/entities/model.js';
import { nerLexiconFor } from '../src/lang/ner.js';
import { indosumSentences } from './lib/ner-unlabelled.js';
import { gunzipSync } from 'node:zlib';
import { CrfTrainer } from '../src/annotate/entities/crf.js';
import { root, args, opt, dataDir, perCorpus, perCorpusWord } from './lib/ner-cli.js';

/** `--epochs N` for every corpus, or per corpus `idner=10,nergrit=8`; defaults chosen on held-out slices of train. */
const epochsFor = perCorpus('epochs', 'idner=10,nergrit=10,nerp=8,joint=10', 10);
const minCount = Number(opt('min-count', '2'));
/** `--bags K` or per corpus `nergrit=3,…`: perceptrons (different sentence orders) averaged into one model. */
const bagsFor = perCorpus('bags', 'idner=3,nergrit=3,nerp=3', 1);
/**
 * `--learner crf` or per corpus `nergrit=crf,…`: `perceptron` (averaged, bagged) or `crf`
 * (linear-chain CRF on the conditional log-likelihood, L-BFGS; Viterbi corpora only). Both write
 * the same model format, decoded the same way.
 */
const learnerFor = perCorpusWord('learner', 'perceptron', 'perceptron');
/** `--l2 X` or per corpus: the CRF's penalty λ/2·|w|² (on the summed log-likelihood). */
const l2For = perCorpus('l2', '1', 1);
/** `--iterations N` or per corpus: the CRF's L-BFGS iterations at most. */
const iterationsFor = perCorpus('iterations', '300', 300);
/** The CRF's held-out scoring (with --holdout) every N L-BFGS iterations. */
const crfEvalEvery = Number(opt('crf-eval-every', '25'));
/**
 * `--min-weight X` or per corpus: rows whose largest |w| is at most X are left out of the model
 * (default 0.05 for perceptrons, 0.01 for CRFs, whose weights are on a smaller scale).
 */
const minWeightGiven = perCorpus('min-weight', '', NaN);
const minWeightFor = (c: string): number => {
  const v = minWeightGiven(c);
  return Number.isNaN(v) ? (learnerFor(c) === 'crf' ? 0.01 : 0.05) : v;
};
const jointWanted = args.includes('--joint');
const only = opt('only', 'idner,nergrit,nerp').split(',');
const outDir = resolve(root, opt('out-dir', 'models'));
const outFor = (n: string): string => join(outDir, n === 'idner' ? 'ner-id.bin.gz' : `ner-${n}.bin.gz`);
const expDir = join(tmpdir(), 'linimasa-ner');
/** Corpora whose model decodes with first-order Viterbi (structured perceptron); the others greedily. */
const viterbiFor = new Set(opt('viterbi', 'idner,nergrit,nerp').split(',').filter((x) => x && x !== 'none'));
/** `--holdout K`: train on the train split minus every K-th sentence, report F1 on those; writes no model. */
const holdout = Number(opt('holdout', '0'));
/** `--fold F` (with --holdout K): hold out the sentences i with i % K == F instead (cross-validation). */
const fold = Number(opt('fold', '0'));
/** Corpora whose model carries the (jackknifed) lexicon of entity names seen in training. */
const entityLexFor = new Set(opt('entity-lex', 'nergrit,nerp').split(',').filter((x) => x && x !== 'none'));
const evalEvery = Number(opt('eval-every', '1'));

if (!existsSync(join(dataDir, 'ner'))) {
  console.error(`NER data not found at ${join(dataDir, 'ner')} (expected ../shared/data from the repo root)`);
  process.exit(1);
}

/** Indonesian place names from idn-area-data (provinces, regencies/cities; districts apart). */
async function gazetteer(): Promise<{ gaz: string[]; districts: string[] }> {
  try {
    const m = await import('idn-area-data');
    const clean = (s: string) =>
      s.replace(/^(kabupaten|kota|kota administrasi|kab\.?|provinsi)\s+/i, '').replace(/\s+/g, ' ').trim().toLowerCase();
    const gaz = new Set<string>();
    for (const p of await m.getProvinces()) gaz.add(clean(p.name));
    for (const r of await m.getRegencies()) gaz.add(clean(r.name));
    const districts = new Set<string>();
    for (const d of await m.getDistricts()) {
      const n = clean(d.name);
      if (n.length >= 4 && !gaz.has(n)) districts.add(n);
    }
    return { gaz: [...gaz].sort(), districts: [...districts].sort() };
  } catch (e) {
    console.warn('idn-area-data did not load; training without the gazetteer:', (e as Error).message);
    return { gaz: [], districts: [] };
  }
}

/**
 * How often each word is printed capitalized inside a sentence in unlabelled news, bucketed;
 * only words seen 3+ times.
 */
function capStats(sents: string[][]): string {
  const total = new Map<string, number>();
  const caps = new Map<string, number>();
  for (const sent of sents) {
    for (let i = 1; i < sent.length; i++) {
      const w = sent[i];
      if (!/\p{L}/u.test(w)) continue;
      if (/^["“'‘(:]$/.test(sent[i - 1])) continue;
      const lw = w.toLowerCase();
      total.set(lw, (total.get(lw) ?? 0) + 1);
      if (/^\p{Lu}/u.test(w)) caps.set(lw, (caps.get(lw) ?? 0) + 1);
    }
  }
  const lines: string[] = [];
  for (const [w, n] of total) {
    if (n < 3 || w.includes('\n') || w.includes('\t')) continue;
    const r = (caps.get(w) ?? 0) / n;
    const b = r < 0.05 ? '0' : r < 0.3 ? '1' : r < 0.7 ? '2' : r < 0.95 ? '3' : '4';
    lines.push(w + '\t' + b);
  }
  console.log(`capitalization statistics: ${lines.length} words`);
  return lines.sort().join('\n');
}

/**
 * Distributional word clusters: each word's left/right neighbour counts over the 2,000 most
 * frequent words (sqrt-scaled), randomly projected to 128 dimensions, then spherical k-means at
 * three granularities (coarse 64, fine 384, finest 1024; the finest only in the models listed by
 * --fine-clusters). Deterministic.
 */
function wordClusters(sents: string[][], extra: string[][]): { two: string; three: string } {
  const all = sents.concat(extra);
  const freq = new Map<string, number>();
  for (const s of all) for (const w of s) { const l = w.toLowerCase(); freq.set(l, (freq.get(l) ?? 0) + 1); }
  const byFreq = [...freq].sort((a, b) => b[1] - a[1]);
  const ctx = new Map(byFreq.slice(0, 2000).map(([w], i) => [w, i]));
  const vocab = byFreq.filter(([w, n]) => n >= 3 && !w.includes('\t') && !w.includes('\n')).map(([w]) => w);
  const vid = new Map(vocab.map((w, i) => [w, i]));
  const C = ctx.size * 2;
  const counts: Map<number, number>[] = vocab.map(() => new Map());
  for (const s of all) {
    const l = s.map((w) => w.toLowerCase());
    for (let i = 0; i < l.length; i++) {
      const v = vid.get(l[i]);
      if (v === undefined) continue;
      const left = i > 0 ? ctx.get(l[i - 1]) : undefined;
      const right = i + 1 < l.length ? ctx.get(l[i + 1]) : undefined;
      if (left !== undefined) counts[v].set(left, (counts[v].get(left) ?? 0) + 1);
      if (right !== undefined) counts[v].set(ctx.size + right, (counts[v].get(ctx.size + right) ?? 0) + 1);
    }
  }
  const D = 128;
  let seed = 12345;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const proj = new Float32Array(C * D);
  for (let i = 0; i < proj.length; i++) proj[i] = rnd() < 0.5 ? -1 : 1;
  const X = new Float32Array(vocab.length * D);
  for (let v = 0; v < vocab.length; v++) {
    const o = v * D;
    for (const [c, n] of counts[v]) {
      const wgt = Math.sqrt(n);
      for (let d = 0; d < D; d++) X[o + d] += wgt * proj[c * D + d];
    }
    let norm = 0;
    for (let d = 0; d < D; d++) norm += X[o + d] * X[o + d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < D; d++) X[o + d] /= norm;
  }
  const kmeans = (K: number): Int32Array => {
    const N = vocab.length;
    const cent = new Float32Array(K * D);
    // init: K words spread over the frequency ranking
    for (let k = 0; k < K; k++) {
      const v = Math.floor(rnd() * N);
      cent.set(X.subarray(v * D, v * D + D), k * D);
    }
    const assign = new Int32Array(N);
    for (let it = 0; it < 12; it++) {
      for (let v = 0; v < N; v++) {
        let best = 0;
        let bs = -Infinity;
        const o = v * D;
        for (let k = 0; k < K; k++) {
          let dot = 0;
          const ko = k * D;
          for (let d = 0; d < D; d++) dot += X[o + d] * cent[ko + d];
          if (dot > bs) { bs = dot; best = k; }
        }
        assign[v] = best;
      }
      cent.fill(0);
      for (let v = 0; v < N; v++) {
        const ko = assign[v] * D;
        const o = v * D;
        for (let d = 0; d < D; d++) cent[ko + d] += X[o + d];
      }
      for (let k = 0; k < K; k++) {
        let norm = 0;
        for (let d = 0; d < D; d++) norm += cent[k * D + d] ** 2;
        norm = Math.sqrt(norm);
        if (!norm) { const v = Math.floor(rnd() * N); cent.set(X.subarray(v * D, v * D + D), k * D); continue; }
        for (let d = 0; d < D; d++) cent[k * D + d] /= norm;
      }
    }
    return assign;
  };
  const t0 = Date.now();
  const coarse = kmeans(64);
  const fine = kmeans(384);
  const finest = kmeans(1024);
  console.log(`word clusters: ${vocab.length} words, ${((Date.now() - t0) / 1000).toFixed(0)}s`);
  return {
    two: vocab.map((w, i) => `${w}\t${coarse[i]}\t${fine[i]}`).join('\n'),
    three: vocab.map((w, i) => `${w}\t${coarse[i]}\t${fine[i]}\t${finest[i]}`).join('\n'),
  };
}

/** Deterministic shuffle (mulberry32). */
function shuffle<T>(xs: T[], seed: number): T[] {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** `TYPE<TAB>phrase` for every entity name (lower case) of `sents`, under its most frequent type. */
function entityLines(sents: TrainSentence[]): string[] {
  const seen = new Map<string, Map<string, number>>();
  for (const s of sents) {
    for (const c of chunks(s.tags)) {
      const ph = s.words.slice(c.start, c.end).join(' ').toLowerCase();
      if (ph.length < 2 || ph.includes('\t') || ph.includes('\n') || !/\p{L}/u.test(ph)) continue;
      const m = seen.get(ph) ?? new Map<string, number>();
      m.set(c.type, (m.get(c.type) ?? 0) + 1);
      seen.set(ph, m);
    }
  }
  const out: string[] = [];
  for (const [ph, m] of seen) out.push([...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0] + '\t' + ph);
  return out.sort();
}

/** Entity-level macro/micro F1 of `m` on `sents` (held-out slice of train). */
function heldOutScore(m: WeightSource, sents: TrainSentence[], types: string[], lexicon: ReturnType<typeof buildPhraseLexicon>): string {
  const pred = sents.map((s) => decode(m, s.words, lexicon, s.domain));
  const sc = score(sents.map((s) => s.tags), pred, types);
  const dump = opt('dump-errors', '');
  if (dump) {
    // `--dump-errors FILE`: the held-out sentences whose chunks differ, gold and predicted (for error analysis)
    const lines: string[] = [];
    sents.forEach((s, k) => {
      const show = (tags: string[]) => chunks(tags).map((c) => `[${s.words.slice(c.start, c.end).join(' ')}]${c.type}`).join(' ');
      const g = show(s.tags);
      const p = show(pred[k]);
      if (g !== p) lines.push(s.words.join(' '), '  gold: ' + g, '  pred: ' + p);
    });
    writeFileSync(dump, lines.join('\n') + '\n');
  }
  const per = Object.entries(sc.perType).map(([t, v]) => `${t} ${(v.f1 * 100).toFixed(1)}`).join(' ');
  return `held-out macro ${(sc.macroF1 * 100).toFixed(2)} micro ${(sc.micro.f1 * 100).toFixed(2)} | ${per}`;
}

function trainOne(
  sents: TrainSentence[],
  tags: string[],
  lexicon: ReturnType<typeof buildPhraseLexicon>,
  label: string,
  viterbi: boolean,
  seed: number,
  heldOut?: { sents: TrainSentence[]; types: string[] },
): PerceptronTrainer {
  const t0 = Date.now();
  const p = new PerceptronTrainer(tags);
  const epochs = epochsFor(label);
  p.viterbi = viterbi;
  p.prune(sents, lexicon, minCount);
  const cache = new Map<TrainSentence, string[][]>();
  const idCache = new Map<TrainSentence, Int32Array[]>();
  for (let e = 0; e < epochs; e++) {
    const order = shuffle(sents, seed + e);
    const acc = viterbi ? p.epochViterbi(order, lexicon, idCache) : p.epoch(order, lexicon, cache);
    let ho = '';
    if (heldOut && ((e + 1) % evalEvery === 0 || e === epochs - 1)) ho = '  ' + heldOutScore(p.averagedSource(), heldOut.sents, heldOut.types, lexicon);
    console.log(`  [${label}] epoch ${e + 1}/${epochs} token acc ${(acc * 100).toFixed(2)}%  ${((Date.now() - t0) / 1000).toFixed(0)}s${ho}`);
  }
  return p;
}

/**
 * Trains `bagsFor(label)` perceptrons on different sentence orders and averages their averaged
 * weights (one linear model, so decoding costs the same); returns the rows with |w| above 0.05.
 */
function train(
  sents: TrainSentence[],
  tags: string[],
  lexicon: ReturnType<typeof buildPhraseLexicon>,
  label: string,
  viterbi: boolean,
  heldOut?: { sents: TrainSentence[]; types: string[] },
): Map<string, Float32Array> {
  const learner = learnerFor(label);
  if (learner !== 'crf' && learner !== 'perceptron') throw new Error(`--learner: unknown learner ${learner} (perceptron or crf)`);
  if (learner === 'crf') {
    if (!viterbi) throw new Error(`--learner crf needs Viterbi decoding (--viterbi ${label})`);
    return trainCrf(sents, tags, lexicon, label, heldOut);
  }
  const K = bagsFor(label);
  const sum = new Map<string, Float32Array>();
  for (let b = 0; b < K; b++) {
    const p = trainOne(sents, tags, lexicon, label, viterbi, 17 + 1000 * b, heldOut);
    for (const [f, row] of p.averaged(0)) {
      const acc = sum.get(f);
      if (!acc) sum.set(f, row.map((v) => v / K));
      else for (let t = 0; t < row.length; t++) acc[t] += row[t] / K;
    }
  }
  const minWeight = minWeightFor(label);
  const rows = new Map([...sum].filter(([, r]) => r.some((v) => Math.abs(v) > minWeight)));
  if (heldOut && K > 1) {
    const src: WeightSource = { tags, viterbi, row: (f) => rows.get(f), offset: () => 0 };
    console.log(`  [${label}] ${K} bagged: ${heldOutScore(src, heldOut.sents, heldOut.types, lexicon)}`);
  }
  return rows;
}

/**
 * A linear-chain CRF on the same features (one model: the objective is convex, so sentence orders
 * and bags do not matter); returns the rows with |w| above --min-weight.
 */
function trainCrf(
  sents: TrainSentence[],
  tags: string[],
  lexicon: ReturnType<typeof buildPhraseLexicon>,
  label: string,
  heldOut?: { sents: TrainSentence[]; types: string[] },
): Map<string, Float32Array> {
  const t0 = Date.now();
  const crf = new CrfTrainer(tags);
  crf.prune(sents, lexicon, minCount);
  const iterations = iterationsFor(label);
  const l2 = l2For(label);
  console.log(`  [${label}] CRF: ${crf.size} features, λ ${l2}, up to ${iterations} iterations`);
  crf.train(sents, lexicon, {
    l2,
    iterations,
    onIteration: (it, fx) => {
      const ho = heldOut && it % crfEvalEvery === 0 ? '  ' + heldOutScore(crf, heldOut.sents, heldOut.types, lexicon) : '';
      if (ho || it % 10 === 0) console.log(`  [${label}] iteration ${it} objective ${fx.toFixed(1)}  ${((Date.now() - t0) / 1000).toFixed(0)}s${ho}`);
    },
  });
  const rows = crf.rows(minWeightFor(label));
  console.log(`  [${label}] CRF done in ${((Date.now() - t0) / 1000).toFixed(0)}s: ${rows.size} rows kept`);
  if (heldOut) {
    const src: WeightSource = { tags, viterbi: true, row: (f) => rows.get(f), offset: () => 0 };
    console.log(`  [${label}] CRF final: ${heldOutScore(src, heldOut.sents, heldOut.types, lexicon)}`);
  }
  return rows;
}

const { gaz, districts } = await gazetteer();
console.log(`gazetteer: ${gaz.length} provinces/regencies, ${districts.length} districts`);
/** `--stats-cache FILE` (experiments): reuse the capitalization statistics and clusters computed by an earlier run. */
const statsCache = opt('stats-cache', '');
let stats = '';
let clusters = '';
let clusters3 = '';
if (statsCache && existsSync(statsCache)) {
  ({ stats, clusters, clusters3 } = JSON.parse(readFileSync(statsCache, 'utf8')) as { stats: string; clusters: string; clusters3: string });
  console.log(`word statistics from ${statsCache}`);
} else {
  const unlabelled = args.includes('--no-capstats') ? [] : indosumSentences(dataDir);
  stats = unlabelled.length ? capStats(unlabelled) : '';
  const trainWords = (Object.keys(DATASETS) as DatasetName[]).flatMap((n) => readConll(join(dataDir, DATASETS[n].train)).map((s) => s.words));
  const cl = unlabelled.length && !args.includes('--no-clusters') ? wordClusters(unlabelled, trainWords) : { two: '', three: '' };
  clusters = cl.two;
  clusters3 = cl.three;
  if (statsCache) writeFileSync(statsCache, JSON.stringify({ stats, clusters, clusters3 }));
}
/** Corpora whose model uses the wider context features (word bigrams, cluster ids at ±2). */
const wideFor = new Set(opt('wide', 'nergrit').split(',').filter((x) => x && x !== 'none'));
/** Corpora whose model also gets the finest (1024) cluster level. */
const fineClustersFor = new Set(opt('fine-clusters', 'nergrit,nerp').split(',').filter((x) => x && x !== 'none'));
/**
 * Brown clusters (scripts/train-word-clusters.ts), for the corpora in --brown-for; `--brown none`
 * trains without them.
 */
const brownFile = resolve(root, opt('brown', 'models/word-clusters-id.tsv.gz'));
const brownFor = new Set(opt('brown-for', 'idner,nergrit,nerp').split(',').filter((x) => x && x !== 'none'));
const brown = opt('brown', '') !== 'none' && existsSync(brownFile) ? gunzipSync(readFileSync(brownFile)).toString('utf8').trim() : '';
if (brown) console.log(`Brown clusters from ${brownFile}: ${brown.split('\n').length} words`);
/** Corpora whose model also carries the entity names of the other corpora's train splits. */
const otherLexFor = new Set(opt('other-lex', 'idner,nergrit').split(',').filter((x) => x && x !== 'none'));

/**
 * `xTYPE<TAB>phrase` for the entity names of every other corpus's train split (types mapped onto
 * the common set), leaving out sentences that are also in `own` or in n's dev split: the corpora
 * share some sentences, and names learnt from a copy of a dev sentence would inflate the dev score.
 */
function otherEntityLines(n: DatasetName, own: { words: string[] }[]): string[] {
  const dev = readConll(join(dataDir, DATASETS[n].dev));
  const seen = new Set(own.concat(dev).map((s) => s.words.join(' ').toLowerCase()));
  const sents: TrainSentence[] = [];
  for (const m of names.filter((x) => x !== n)) {
    for (const s of readConll(join(dataDir, DATASETS[m].train))) {
      if (!seen.has(s.words.join(' ').toLowerCase())) sents.push({ words: s.words, tags: mapTags(s.tags, DATASETS[m].toCommon) });
    }
  }
  return entityLines(sents).map((l) => 'x' + l);
}
const lexicon = buildPhraseLexicon(nerLexiconFor('id'), gaz, districts, parseWordTable(stats), parseClusters(clusters));
const lexicon3 = buildPhraseLexicon(nerLexiconFor('id'), gaz, districts, parseWordTable(stats), parseClusters(clusters3));
const names = Object.keys(DATASETS) as DatasetName[];

for (const n of names.filter((x) => only.includes(x))) {
  const t0 = Date.now();
  const d = DATASETS[n];
  const all = readConll(join(dataDir, d.train));
  const sents: TrainSentence[] = holdout ? all.filter((_, i) => i % holdout !== fold) : all;
  const fine = fineClustersFor.has(n) && clusters3 !== '';
  const wide = wideFor.has(n);
  const base = (fine ? lexicon3 : lexicon).clone();
  base.wideContext = wide;
  const useBrown = brown !== '' && brownFor.has(n);
  if (useBrown) base.brown = parseWordTable(brown);
  // entity names of the other corpora's train splits, as categories of their own (`ex<COMMON TYPE>`)
  const others = otherLexFor.has(n) ? otherEntityLines(n, all) : [];
  if (others.length) {
    base.addEntities(others);
    console.log(`  [${n}] other corpora's entity names: ${others.length}`);
  }
  let lex = base;
  let entities: string[] = [];
  if (entityLexFor.has(n)) {
    // Entity names of the training data as lexicon features, jackknifed: a sentence of fold k sees
    // only the names of the other folds, as an unseen sentence will at run time.
    entities = entityLines(sents);
    lex = base.clone();
    lex.addEntities(entities);
    const K = 5;
    for (let k = 0; k < K; k++) {
      const fold = base.clone();
      fold.addEntities(entityLines(sents.filter((_, i) => i % K !== k)));
      sents.forEach((s, i) => { if (i % K === k) s.lexicon = fold; });
    }
    console.log(`  [${n}] training-entity lexicon: ${entities.length} names`);
  }
  const heldOut = holdout ? { sents: all.filter((_, i) => i % holdout === fold), types: [...d.types] } : undefined;
  const tags = bioTags([...d.types]);
  const decoder = viterbiFor.has(n) ? 'viterbi' : 'greedy';
  const r = train(sents, tags, lex, n, viterbiFor.has(n), heldOut);
  if (holdout) continue;
  const file = outFor(n);
  mkdirSync(dirname(file), { recursive: true });
  const learner = learnerFor(n) === 'crf' ? { learner: 'crf', l2: l2For(n), iterations: iterationsFor(n) } : { epochs: epochsFor(n), bags: bagsFor(n) };
  const info = { dataset: n, trainedOn: [d.train], decoder, ...learner, minCount, features: r.size, seconds: Math.round((Date.now() - t0) / 1000) };
  writeFileSync(file, encodeModel({ version: 1, tags, decoder, gazetteer: gaz, districts, capStats: stats, clusters: fine ? clusters3 : clusters, wideContext: wide || undefined, brown: useBrown ? brown : undefined, entities: others.concat(entities).join('\n') || undefined, info }, r));
  console.log(`wrote ${file}: ${r.size} features, ${(statSync(file).size / 1e6).toFixed(2)} MB`);
}

if (jointWanted) {
  // Joint model: every corpus mapped onto the common types, with domain-specific feature copies.
  const COMMON = ['PERSON', 'ORGANIZATION', 'LOCATION', 'EVENT', 'FNB'];
  const jointNames = opt('joint-corpora', names.join(',')).split(',') as DatasetName[];
  const noDomain = args.includes('--no-domain');
  const oversample = new Map(
    opt('oversample', '').split(',').filter(Boolean).map((x) => x.split('=') as [string, string]).map(([k, v]) => [k, Number(v)]),
  );
  const joint: TrainSentence[] = [];
  for (const n of jointNames) {
    for (const s of readConll(join(dataDir, DATASETS[n].train))) {
      const ts: TrainSentence = { words: s.words, tags: mapTags(s.tags, DATASETS[n].toCommon), domain: noDomain ? undefined : n };
      for (let k = 0; k < (oversample.get(n) ?? 1); k++) joint.push(ts);
    }
  }
  console.log(`joint: ${joint.length} sentences, ${joint.reduce((a, s) => a + s.words.length, 0)} tokens`);
  const t0 = Date.now();
  const rows = train(joint, bioTags(COMMON), lexicon, 'joint', viterbiFor.has('joint'));
  const buf = encodeModel(
    {
      version: 1,
      tags: bioTags(COMMON),
      decoder: viterbiFor.has('joint') ? 'viterbi' : 'greedy',
      domain: noDomain ? undefined : 'idner',
      gazetteer: gaz,
      districts,
      capStats: stats,
      clusters,
      info: {
        trainedOn: jointNames.map((n) => DATASETS[n].train),
        oversample: Object.fromEntries(oversample),
        epochs: epochsFor('joint'),
        minCount,
        features: rows.size,
        trainedAt: new Date().toISOString(),
        seconds: Math.round((Date.now() - t0) / 1000),
      },
    },
    rows,
  );
  mkdirSync(expDir, { recursive: true });
  const out = join(expDir, 'ner-joint.bin.gz');
  writeFileSync(out, buf);
  console.log(`wrote ${out}: ${rows.size} features, ${(statSync(out).size / 1e6).toFixed(2)} MB`);
}


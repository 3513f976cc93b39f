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
 *   options: --epochs N (default 10)  --min-count N (default 2)  --data DIR  --only idner,nergrit,nerp
 *            --out-dir DIR (default models; for experiments)
 *            --joint-corpora nergrit,nerp,idner  --oversample idner=2  --no-domain  --no-capstats  --no-clusters
 *
 * Every model carries the gazetteer (idn-area-data), the capitalization statistics and the word
 * clusters (both from the unlabelled IndoSum corpus and the train splits), so run time needs none
 * of the data.
 */
import { existsSync, mkdirSync, writeFileSync, statSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { readConll, mapTags, bioTags, DATASETS, type DatasetName } from '../src/annotate/entities/conll.js';
import { buildPhraseLexicon } from '../src/annotate/entities/features.js';
import { PerceptronTrainer, type TrainSentence } from '../src/annotate/entities/perceptron.js';
import { encodeModel, parseCapStats, parseClusters } from '../src/annotate/entities/model.js';
import { nerLexiconFor } from '../src/lang/ner.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, def: string): string => {
  const i = args.indexOf('--' + name);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
};
const dataDir = resolve(root, opt('data', '../shared/data'));
const epochs = Number(opt('epochs', '10'));
const minCount = Number(opt('min-count', '2'));
const jointWanted = args.includes('--joint');
const only = opt('only', 'idner,nergrit,nerp').split(',');
const outDir = resolve(root, opt('out-dir', 'models'));
const outFor = (n: string): string => join(outDir, n === 'idner' ? 'ner-id.bin.gz' : `ner-${n}.bin.gz`);
const expDir = join(tmpdir(), 'linimasa-ner');

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

/** Sentences (token lists) of the unlabelled IndoSum news corpus, each article once. */
function indosum(): string[][] {
  const dir = join(dataDir, 'corpus/indosum');
  if (!existsSync(dir)) {
    console.warn('indosum not found; training without word statistics');
    return [];
  }
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as { id: string; paragraphs: string[][][] };
      if (seen.has(doc.id)) continue;
      seen.add(doc.id);
      for (const para of doc.paragraphs) for (const sent of para) out.push(sent);
    }
  }
  console.log(`indosum: ${seen.size} articles, ${out.length} sentences`);
  return out;
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
 * frequent words (sqrt-scaled), randomly projected to 128 dimensions, then spherical k-means at two
 * granularities (coarse 64, fine 384). Deterministic.
 */
function wordClusters(sents: string[][], extra: string[][]): string {
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
  console.log(`word clusters: ${vocab.length} words, ${((Date.now() - t0) / 1000).toFixed(0)}s`);
  return vocab.map((w, i) => `${w}\t${coarse[i]}\t${fine[i]}`).join('\n');
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

function train(sents: TrainSentence[], tags: string[], lexicon: ReturnType<typeof buildPhraseLexicon>, label: string): PerceptronTrainer {
  const t0 = Date.now();
  const p = new PerceptronTrainer(tags);
  p.prune(sents, lexicon, minCount);
  const cache = new Map<TrainSentence, string[][]>();
  for (let e = 0; e < epochs; e++) {
    const acc = p.epoch(shuffle(sents, 17 + e), lexicon, cache);
    console.log(`  [${label}] epoch ${e + 1}/${epochs} token acc ${(acc * 100).toFixed(2)}%  ${((Date.now() - t0) / 1000).toFixed(0)}s`);
  }
  return p;
}

const { gaz, districts } = await gazetteer();
console.log(`gazetteer: ${gaz.length} provinces/regencies, ${districts.length} districts`);
const unlabelled = args.includes('--no-capstats') ? [] : indosum();
const stats = unlabelled.length ? capStats(unlabelled) : '';
const trainWords = (Object.keys(DATASETS) as DatasetName[]).flatMap((n) => readConll(join(dataDir, DATASETS[n].train)).map((s) => s.words));
const clusters = unlabelled.length && !args.includes('--no-clusters') ? wordClusters(unlabelled, trainWords) : '';
const lexicon = buildPhraseLexicon(nerLexiconFor('id'), gaz, districts, parseCapStats(stats), parseClusters(clusters));
const names = Object.keys(DATASETS) as DatasetName[];

for (const n of names.filter((x) => only.includes(x))) {
  const t0 = Date.now();
  const d = DATASETS[n];
  const sents = readConll(join(dataDir, d.train));
  const p = train(sents, bioTags([...d.types]), lexicon, n);
  const r = p.averaged(0.05);
  const file = outFor(n);
  mkdirSync(dirname(file), { recursive: true });
  const info = { dataset: n, trainedOn: [d.train], epochs, minCount, features: r.size, seconds: Math.round((Date.now() - t0) / 1000) };
  writeFileSync(file, encodeModel({ version: 1, tags: p.tags, gazetteer: gaz, districts, capStats: stats, clusters, info }, r));
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
  const pj = train(joint, bioTags(COMMON), lexicon, 'joint');
  const rows = pj.averaged(0.05);
  const buf = encodeModel(
    {
      version: 1,
      tags: pj.tags,
      domain: noDomain ? undefined : 'idner',
      gazetteer: gaz,
      districts,
      capStats: stats,
      clusters,
      info: {
        trainedOn: jointNames.map((n) => DATASETS[n].train),
        oversample: Object.fromEntries(oversample),
        epochs,
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


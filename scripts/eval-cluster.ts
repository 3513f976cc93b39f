/**
 * `npm run eval:cluster`: ingests ECB+ topics 1–35 (English, tokenized; ../shared/data/cluster)
 * into a fresh temporary store through the real pipeline (no cleaning: the text is already
 * clean; language `en`), in a fixed shuffled order, then scores the events the link stage made
 * against the gold (topic + ecb/ecbplus) with BCubed and pairwise precision/recall/F1.
 *
 * `--id`: the Indonesian check instead (IndoSum + Kompas oil-price articles + seeds, gold in
 * eval/cluster/id-gold.json). `--id --train`: the Indonesian training stream fit:cluster fits on
 * (eval/cluster/id-train.json), run through the real link stage, as `--split train` runs the ECB+
 * training topics: the two runs to choose a setting by that fit:cluster does not replay.
 *
 * Options: --topics 1-35 | --split train|heldout (only the topics fit-cluster trains on, or only
 * the others: a run on the training topics alone is the one to choose settings by) | --seed N
 * (arrival order) | --limit N | --cache FILE (keep the per-article pipeline's output in FILE and
 * reuse it, so trying link-stage changes does not re-annotate; delete it when annotators change;
 * fit:cluster reads the same file) | --model FILE (a model other than models/cluster.json) |
 * --errors (ECB+: list the wrongly merged and split events; the Indonesian check always does)
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../src/store/index.js';
import { linkArticle } from '../src/link/index.js';
import { bcubed, pairwise, shuffle, type Scores } from '../src/link/metrics.js';
import { loadModel, setModel } from '../src/link/score.js';
import { getEventState } from '../src/link/events.js';
import { ecbDir, loadEcb, rawDocOf } from '../eval/cluster/ecbplus.js';
import { isTrainTopic } from '../eval/cluster/split.js';
import { loadIndonesian, loadIndonesianTrain } from '../eval/cluster/indonesian.js';
import { articleCache } from '../eval/cluster/cache.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const cache = articleCache(arg('--cache'));
const processed = cache.processed;
const saveCache = cache.save;
// `--model FILE`: score another fitted model (experiments) instead of models/cluster.json
const modelFile = arg('--model');
if (modelFile) setModel(loadModel(resolve(modelFile)));

if (process.argv.includes('--id')) {
  await evalIndonesian();
  saveCache();
  process.exit(0);
}

const dir = ecbDir(ROOT);
if (!existsSync(dir)) {
  console.error(`eval:cluster: skipped, ECB+ is missing (expected at ${dir})`);
  process.exit(0);
}
const [lo, hi] = (arg('--topics') ?? '1-35').split('-').map(Number);
const split = arg('--split');
const inSplit = (t: number) => split == null || (split === 'train') === isTrainTopic(t);
const docs = shuffle(loadEcb(dir, (t) => t >= lo && t <= (hi ?? lo) && inSplit(t)), Number(arg('--seed') ?? 1)).slice(0, Number(arg('--limit') ?? Infinity));
const model = loadModel();
console.log(`ECB+ topics ${lo}-${hi ?? lo}: ${docs.length} documents, ${new Set(docs.map((d) => d.gold)).size} gold events; model v${model.version} (${model.trainedOn ?? model.note ?? ''})`);

const tmp = mkdtempSync(join(tmpdir(), 'linimasa-ecb-'));
const store = new SqliteStore(join(tmp, 'ecb.db'));
const gold = new Map<string, string>();
const topicOf = new Map<string, number>();
const names = new Map<string, string>();
const t0 = performance.now();
let linkMs = 0;
for (const d of docs) {
  const article = processed(rawDocOf(d), { noClean: true, lang: 'en' });
  const t1 = performance.now();
  store.transaction(() => store.putArticle(linkArticle(article, store)));
  linkMs += performance.now() - t1;
  gold.set(article.id, d.gold);
  topicOf.set(article.id, d.topic);
  names.set(article.id, d.name.replace(/\.xml$/, ''));
}
const system = new Map<string, string>();
const events = store.listEvents();
for (const e of events) for (const a of e.articles) system.set(a, e.id);
const dups = store.listDuplicates();
const logs = events.map((e) => getEventState(store, e.id)?.log ?? []);
const logOf = new Map(events.map((e, i) => [e.id, logs[i]]));
const splits = logs.filter((l) => l.some((x) => x.kind === 'split')).length;
const merges = logs.filter((l) => l.some((x) => x.kind === 'merge')).length;
store.close();
rmSync(tmp, { recursive: true, force: true });
saveCache();

const pct = (x: number) => (100 * x).toFixed(2);
const line = (name: string, s: Scores) => `${name.padEnd(9)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`;
const report = (label: string, keep: (id: string) => boolean) => {
  const sys = new Map([...system].filter(([k]) => keep(k)));
  const gld = new Map([...gold].filter(([k]) => keep(k)));
  if (!gld.size) return;
  console.log(`\n${label}: ${gld.size} documents, ${new Set(gld.values()).size} gold events, ${new Set(sys.values()).size} system events`);
  console.log(line('BCubed', bcubed(sys, gld)));
  console.log(line('pairwise', pairwise(sys, gld)));
};
report('all topics', () => true);
if (process.argv.includes('--errors')) printErrors(system, gold, (id) => names.get(id) ?? id, logOf);
report('held-out topics (not used by fit-cluster)', (id) => !isTrainTopic(topicOf.get(id)!));
report('training topics', (id) => isTrainTopic(topicOf.get(id)!));
const ms = performance.now() - t0;
console.log(`\n${docs.length} documents in ${(ms / 1000).toFixed(1)} s (link stage ${(linkMs / docs.length).toFixed(1)} ms/article); ${dups.length} duplicate pairs found; events with a split in their log: ${splits}, with a merge: ${merges}`);

async function evalIndonesian(): Promise<void> {
  if (!existsSync(join(ROOT, '..', 'shared', 'data', 'corpus', 'indosum'))) {
    console.error('eval:cluster --id: skipped, ../shared/data is missing');
    return;
  }
  const train = process.argv.includes('--train');
  const docs = shuffle(train ? loadIndonesianTrain(ROOT) : loadIndonesian(ROOT), Number(arg('--seed') ?? 1));
  console.log(`Indonesian ${train ? 'training stream' : 'check'}: ${docs.length} documents (${docs.filter((d) => d.key.startsWith('indosum:')).length} IndoSum, ${docs.filter((d) => d.key.startsWith('kompas:')).length} Kompas, ${docs.filter((d) => d.key.startsWith('seed:')).length} seeds), ${new Set(docs.map((d) => d.gold)).size} gold events`);
  const tmp = mkdtempSync(join(tmpdir(), 'linimasa-idcheck-'));
  const store = new SqliteStore(join(tmp, 'id.db'));
  const gold = new Map<string, string>();
  const keyOf = new Map<string, string>();
  for (const d of docs) {
    const article = processed(d.raw, d.opts);
    store.transaction(() => store.putArticle(linkArticle(article, store)));
    gold.set(article.id, d.gold);
    keyOf.set(article.id, d.key);
  }
  const system = new Map<string, string>();
  for (const e of store.listEvents()) for (const a of e.articles) system.set(a, e.id);
  store.close();
  rmSync(tmp, { recursive: true, force: true });
  const pct = (x: number) => (100 * x).toFixed(2);
  const b = bcubed(system, gold);
  const p = pairwise(system, gold);
  console.log(`${new Set(system.values()).size} system events`);
  console.log(`BCubed    P ${pct(b.precision)}  R ${pct(b.recall)}  F1 ${pct(b.f1)}`);
  console.log(`pairwise  P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}`);
  printErrors(system, gold, (id) => keyOf.get(id) ?? id);
}

/**
 * The errors, by document name, so they can be read: system events mixing gold events (with the
 * merges in their log, which say why), gold events split.
 */
function printErrors(system: Map<string, string>, gold: Map<string, string>, name: (id: string) => string, logOf?: Map<string, { kind: string; reason: string }[]>): void {
  const groups = new Map<string, string[]>();
  for (const [id, e] of system) groups.set(e, [...(groups.get(e) ?? []), id]);
  const named = (text: string) => text.replace(/\b[0-9a-f]{12,}\b/g, (id) => (system.has(id) ? name(id) : id));
  for (const [e, ids] of groups) {
    const golds = new Set(ids.map((i) => gold.get(i)));
    if (golds.size < 2) continue;
    console.log(`  merged: ${ids.map(name).join(' + ')}`);
    for (const l of logOf?.get(e) ?? []) if (l.kind === 'merge') console.log(`    ${named(l.reason)}`);
  }
  const byGold = new Map<string, Set<string>>();
  for (const [id, g] of gold) byGold.set(g, (byGold.get(g) ?? new Set()).add(system.get(id)!));
  for (const [g, evs] of byGold) {
    if (evs.size < 2) continue;
    const parts = [...evs].map((e) => [...gold].filter(([i, x]) => x === g && system.get(i) === e).map(([i]) => name(i)).join(' '));
    console.log(`  split ${g}: ${parts.join(' / ')}`);
  }
}

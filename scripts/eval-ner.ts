/**
 * Entity-level F1 (conlleval exact spans) on NERGrit valid, NERP valid and IDNer-news-2k dev, each
 * scored in its own tag set: per type, macro over the corpus's types (as IndoNLU reports) and
 * micro; plus tagging speed and model load times.
 *
 *   - the pipeline's model (models/ner-id.bin.gz) on all three corpora (its types mapped onto each
 *     corpus's tags; types a model does not have score 0);
 *   - the per-corpus models (models/ner-nergrit.bin.gz, models/ner-nerp.bin.gz) on their corpus;
 *   - the joint model, if `npm run train:ner -- --joint` left it in $TMPDIR/linimasa-ner.
 *
 * Then English (eval/ner-en: 21 TempEval-3 news documents judged by hand), dev, heldout and heldout2, the
 * way the pipeline tags English: the pipeline model with the English lexicon and the clean-up rules.
 *
 *   npm run eval:ner [-- --data DIR] [--models DIR] [--en-only] [--en-errors[=dev|heldout|heldout2]]
 *     --en-only skips the (slow) Indonesian corpora; --en-errors lists English misses and false
 *     alarms of one split (dev unless named).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { readConll, mapTags, score, fromCommon, DATASETS, type DatasetName, type Scores } from '../src/annotate/entities/conll.js';
import { decode } from '../src/annotate/entities/perceptron.js';
import { decodeModel, lexiconForModel, type TaggerModel } from '../src/annotate/entities/model.js';
import { nerLexiconFor } from '../src/lang/ner.js';
import { root, opt, dataDir, args } from './lib/ner-cli.js';
import { scoreEnglish } from '../eval/ner-en/score.js';
import { CORPUS as EN_CORPUS } from '../eval/ner-en/load.js';

const modelDir = resolve(root, opt('models', 'models'));
const enOnly = args.includes('--en-only');
const enErrors = args.find((a) => a === '--en-errors' || a.startsWith('--en-errors='));
const names = Object.keys(DATASETS) as DatasetName[];

/** Any corpus's type (or a common type) -> the common type. */
const TO_COMMON: Record<string, string> = {};
for (const n of names) for (const [k, v] of Object.entries(DATASETS[n].toCommon)) if (v) { TO_COMMON[k] = v; TO_COMMON[v] = v; }

function load(path: string): { model: TaggerModel; ms: number; mb: number } {
  const t0 = performance.now();
  const model = decodeModel(readFileSync(path));
  const ms = performance.now() - t0;
  return { model, ms, mb: statSync(path).size / 1e6 };
}

const pct = (x: number) => (x * 100).toFixed(2).padStart(6);

function report(label: string, s: Scores): void {
  const parts = Object.entries(s.perType).map(([t, v]) => `${t} ${pct(v.f1).trim()}`);
  console.log(`  ${label.padEnd(26)} macro-F1 ${pct(s.macroF1)}  micro-F1 ${pct(s.micro.f1)} (P ${pct(s.micro.p).trim()} R ${pct(s.micro.r).trim()})  | ${parts.join('  ')}`);
}

interface Result { s: Scores; tokens: number; ms: number }

/** Scores `model` on one corpus's dev split, in that corpus's tag set. */
function evaluate(model: TaggerModel, name: DatasetName, domain?: string): Result {
  const d = DATASETS[name];
  const lexicon = lexiconForModel(model.header, nerLexiconFor('id'));
  const sents = readConll(join(dataDir, d.dev));
  const toCorpus = fromCommon(name);
  const back: Record<string, string | null> = {};
  for (const t of model.tags) if (t !== 'O') back[t.slice(2)] = toCorpus[TO_COMMON[t.slice(2)]] ?? null;
  const gold: string[][] = [];
  const pred: string[][] = [];
  let tokens = 0;
  const t0 = performance.now();
  for (const s of sents) {
    pred.push(mapTags(decode(model, s.words, lexicon, domain), back));
    gold.push(s.tags);
    tokens += s.words.length;
  }
  return { s: score(gold, pred, [...d.types]), tokens, ms: performance.now() - t0 };
}

function indonesian(): void {
  const best = new Map<DatasetName, { label: string; s: Scores }>();
  const keep = (n: DatasetName, label: string, s: Scores) => {
    const b = best.get(n);
    if (!b || s.macroF1 > b.s.macroF1) best.set(n, { label, s });
  };

  const pipePath = join(modelDir, 'ner-id.bin.gz');
  const pipe = load(pipePath);
  const info = pipe.model.header.info as { trainedOn?: string[] };
  console.log(`pipeline model models/ner-id.bin.gz (trained on ${(info.trainedOn ?? []).join(', ')})`);
  console.log(`  ${pipe.mb.toFixed(2)} MB, ${pipe.model.size} features, ${pipe.model.tags.length} tags, load ${pipe.ms.toFixed(0)} ms`);
  let tokens = 0;
  let ms = 0;
  for (const n of names) {
    const r = evaluate(pipe.model, n, pipe.model.header.domain);
    report(`${n} ${DATASETS[n].dev.split('/').pop()}`, r.s);
    keep(n, 'pipeline (IDNer-news model)', r.s);
    tokens += r.tokens;
    ms += r.ms;
  }
  console.log(`  tagging speed: ${Math.round(tokens / (ms / 1000))} tokens/s (${tokens} tokens, features + ${pipe.model.viterbi ? 'Viterbi' : 'greedy'} decoding, one thread)`);

  console.log('\nper-corpus models, each on its own corpus:');
  for (const n of names) {
    const path = join(modelDir, `ner-${n}.bin.gz`);
    if (n === 'idner' || !existsSync(path)) continue;
    const m = load(path);
    const r = evaluate(m.model, n);
    report(`${n} (ner-${n}.bin.gz)`, r.s);
    console.log(`  ${''.padEnd(26)} ${m.mb.toFixed(2)} MB, ${m.model.size} features, load ${m.ms.toFixed(0)} ms, ${m.model.viterbi ? 'Viterbi' : 'greedy'} decoding ${Math.round(r.tokens / (r.ms / 1000))} tokens/s`);
    keep(n, `per-corpus ner-${n}`, r.s);
  }

  const jointPath = join(tmpdir(), 'linimasa-ner', 'ner-joint.bin.gz');
  if (existsSync(jointPath)) {
    const j = load(jointPath);
    console.log(`\njoint model (${jointPath}; all corpora, common types, per-corpus feature copies):`);
    for (const n of names) {
      const r = evaluate(j.model, n, n);
      report(`${n} (own domain)`, r.s);
      keep(n, 'joint', r.s);
    }
    report('idner (news domain)', evaluate(j.model, 'idner', j.model.header.domain).s);
  }

  console.log('\nbest per corpus:');
  for (const n of names) {
    const b = best.get(n)!;
    console.log(`  ${n.padEnd(8)} macro-F1 ${pct(b.s.macroF1)}  micro-F1 ${pct(b.s.micro.f1)}  (${b.label})`);
  }
}

function english(): void {
  const shared = resolve(dataDir, '..');
  if (!existsSync(join(shared, EN_CORPUS))) {
    console.log(`\nEnglish: SKIPPED, ${join(shared, EN_CORPUS)} not found`);
    return;
  }
  console.log('\nEnglish (eval/ner-en, TempEval-3 news judged by hand; pipeline model + English lexicon + clean-up):');
  for (const split of ['dev', 'heldout', 'heldout2']) {
    const r = scoreEnglish(shared, split);
    report(`en ${split} (${r.docs} docs)`, r.s);
    const t = Object.entries(r.s.perType).map(([k, v]) => `${k} P ${pct(v.p).trim()} R ${pct(v.r).trim()}`);
    console.log(`  ${''.padEnd(26)} ${t.join('  ')}`);
    if (enErrors && split === (enErrors.split('=')[1] ?? 'dev')) {
      for (const e of r.errors) console.log(`    ${e.kind === 'miss' ? 'MISS ' : 'FALSE'} ${e.type.padEnd(12)} ${e.file.split('/').pop()}  ${e.context}`);
    }
  }
}

if (!enOnly) {
  if (!existsSync(join(dataDir, 'ner'))) {
    console.error(`NER data not found at ${join(dataDir, 'ner')}; nothing to evaluate`);
    process.exit(1);
  }
  indonesian();
}
english();

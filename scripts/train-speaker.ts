/**
 * Trains the quote-speaker ranker (src/annotate/quotes/rank/) from the quote gold
 * (eval/quotes/gold.json, texts read from ../shared at run time) and writes
 * models/speaker-rank.json: feature names and weights only.
 *
 *   npm run train:speaker              cross-validation by split, then the model on all splits
 *   npm run train:speaker -- --cv-only cross-validation only (writes nothing)
 *   npm run train:speaker -- --folds 5
 *   npm run train:speaker -- --margin cv  the margin chosen by nested cross-validation (see below)
 *   npm run train:speaker -- --exclude heldout27,en-heldout17   leave splits out (kept for a later honest score)
 *
 * Each found quote (the rules' spans) matched to a gold quote gets its candidates labelled by
 * eval/quotes/match.ts (`speakerMatches`); quotes no gold quote matches, or whose speaker no
 * candidate names, teach nothing and are left out of training. Candidates are built twice, as
 * the pipeline runs (with the entity tagger's mentions) and standalone, and each kind trains its own
 * weights (one model over both lost pairs in cross-validation). Cross-validation never splits a gold split: whole splits are assigned to folds.
 *
 * The margin by which a candidate must beat the rules' choice is 0 (the best candidate wins) unless
 * `--margin N` fixes another, or `--margin cv` chooses it by a cross-validation nested inside each
 * training set. Nested cross-validation picks large margins (1–3 in most folds: rarely override the
 * rules) because the rules were tuned on every gold split, so in training their choice is right far
 * more often than on new text;
 * on four blind batches scored before the model saw them (heldout24/25, en-heldout14/15, see
 * eval/quotes/README.md) margin 0 gained pairs in every batch and lost none.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quoteCandidates, type QuoteHit } from '../src/annotate/quotes/index.js';
import type { SpeakerCandidate } from '../src/annotate/quotes/rank/candidates.js';
import { best, trainRanker, withMentions, type RankInstance, type SpeakerModel, type TrainOptions } from '../src/annotate/quotes/rank/model.js';
import type { EntityMention } from '../src/model/types.js';
import { packFor } from '../src/lang/index.js';
import { evalLanguage, evalTextExists, loadEvalText } from '../eval/quotes/load.js';
import { overlap, speakerMatches } from '../eval/quotes/match.js';
import { readQuoteGold, type QuoteGoldItem as GoldItem } from '../eval/quotes/gold.js';
import { greedyMatch } from './lib/greedy-match.js';


/** One file in one mode: the gold, the rules' hits, their candidates and labels. */
interface FileCase {
  file: string;
  /** Built with the entity tagger's mentions (scored by the model's entityWeights). */
  entities: boolean;
  split: string;
  language: string;
  gold: GoldItem[];
  hits: QuoteHit[];
  cands: SpeakerCandidate[][];
  labels: boolean[][];
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.LINIMASA_SHARED ?? resolve(root, '../shared');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const cvOnly = process.argv.includes('--cv-only');
const FOLDS = Number(arg('--folds') ?? 5);
const MARGIN = arg('--margin') ?? '0';
if (MARGIN !== 'cv' && !Number.isFinite(Number(MARGIN))) throw new Error(`--margin takes a number or 'cv', not '${MARGIN}'`);
/** The splits tuned least by the rules (annotated and scored last): the decision weighs these. */
const LEAST_TUNED = ['heldout20', 'heldout21', 'heldout22', 'heldout23', 'heldout24', 'heldout25', 'en-heldout10', 'en-heldout11', 'en-heldout12', 'en-heldout13', 'en-heldout14', 'en-heldout15'];
const RULE = (f: string) => f.startsWith('rule') || f === 'src=rule';
/** Splits kept out of training and cross-validation, to be scored later as unseen text. */
const EXCLUDE = new Set((arg('--exclude') ?? '').split(',').filter(Boolean));

const label = (g: GoldItem | null, cands: SpeakerCandidate[]): boolean[] => cands.map((c) => !!g && speakerMatches(g.speaker, c.who?.text ?? null));

async function load(withEntities: boolean): Promise<FileCase[]> {
  const gold = readQuoteGold();
  const byFile = new Map<string, { split: string; items: GoldItem[] }>();
  for (const g of [...gold.items, ...(gold.empty ?? [])]) {
    if (EXCLUDE.has(g.split ?? 'dev')) continue;
    const e = byFile.get(g.file) ?? { split: g.split ?? 'dev', items: [] };
    if ('start' in g) e.items.push(g);
    byFile.set(g.file, e);
  }
  const tagger = withEntities ? (await import('../src/annotate/entities/index.js')).annotateEntities : null;
  const out: FileCase[] = [];
  for (const [file, { split, items }] of byFile) {
    if (!evalTextExists(shared, file)) continue;
    const text = loadEvalText(shared, file);
    const language = evalLanguage(file);
    const pack = packFor(language);
    const mentions: EntityMention[] = tagger ? tagger({ text, language } as Parameters<typeof tagger>[0], pack) : [];
    const { hits, cands } = quoteCandidates(text, pack, mentions);
    const used = greedyMatch(items, hits, overlap, { accept: (ov) => ov >= 0.5, rank: (g, p) => (speakerMatches(g.speaker, p.speakerText) ? 1 : 0) });
    const goldOf = new Map([...used].map(([g, p]) => [p, items[g]]));
    out.push({ file, entities: withEntities, split, language, gold: items, hits, cands, labels: hits.map((_, k) => label(goldOf.get(k) ?? null, cands[k])) });
  }
  return out;
}

const instances = (cases: FileCase[]): RankInstance[] => cases.flatMap((c) => c.cands.map((cs, k) => ({ cands: cs.map((x) => x.feats), gold: c.labels[k] })));

interface Tally {
  gold: number;
  pred: number;
  hit: number;
}

/** Pair P/R of the hits with the speakers `choose` gives (null: the rules' own), matched as eval-quotes does. */
function score(cases: FileCase[], choose: ((c: FileCase, k: number) => SpeakerCandidate) | null): Tally {
  const t: Tally = { gold: 0, pred: 0, hit: 0 };
  for (const c of cases) {
    const preds = c.hits.map((h, k) => (choose ? { start: h.start, end: h.end, speakerText: choose(c, k).who?.text ?? null } : h));
    const used = greedyMatch(c.gold, preds, overlap, { accept: (ov) => ov >= 0.5, rank: (g, p) => (speakerMatches(g.speaker, p.speakerText) ? 1 : 0) });
    t.gold += c.gold.length;
    t.pred += preds.length;
    for (const [g, p] of used) if (speakerMatches(c.gold[g].speaker, preds[p].speakerText)) t.hit++;
  }
  return t;
}

const byModel = (m: SpeakerModel, drop?: (f: string) => boolean, margin = m.margin) => (c: FileCase, k: number) => {
  const feats = c.cands[k].map((x) => (drop ? x.feats.filter((f) => !drop(f)) : x.feats));
  return c.cands[k][best(c.entities ? withMentions(m) : m, feats, margin).index];
};
/** One model per kind of candidate: standalone weights, and entityWeights from the tagger's candidates alone. */
const trainBoth = (cases: FileCase[], opts: TrainOptions = {}): SpeakerModel => ({
  ...trainRanker(instances(cases.filter((c) => !c.entities)), opts),
  entityWeights: trainRanker(instances(cases.filter((c) => c.entities)), opts).weights,
});
const MARGINS = [0, 0.25, 0.5, 1, 1.5, 2, 3];
const f1 = (t: Tally) => (2 * t.hit) / (t.pred + t.gold || 1);

/**
 * The model trained on `cases`, its margin chosen by cross-validation inside them (whole splits per
 * fold): the margin whose held-out pair F1 is best, the larger one on a tie.
 */
function fit(cases: FileCase[], opts: TrainOptions, folds: number): SpeakerModel {
  const splits = [...new Set(cases.map((c) => c.split))].sort();
  const foldOf = new Map(splits.map((s, i) => [s, i % folds]));
  const sums = MARGINS.map(() => ({ gold: 0, pred: 0, hit: 0 }));
  for (let f = 0; f < folds; f++) {
    const m = trainBoth(cases.filter((c) => foldOf.get(c.split) !== f), opts);
    const test = cases.filter((c) => foldOf.get(c.split) === f);
    MARGINS.forEach((mg, i) => (sums[i] = add(sums[i], score(test, byModel(m, opts.drop, mg)))));
  }
  let bi = 0;
  sums.forEach((t, i) => {
    if (f1(t) >= f1(sums[bi])) bi = i;
  });
  const model = trainBoth(cases, opts);
  model.margin = MARGINS[bi];
  return model;
}
const fmt = (t: Tally) => `P ${(t.hit / (t.pred || 1)).toFixed(3)} R ${(t.hit / (t.gold || 1)).toFixed(3)} (${t.hit}/${t.pred}/${t.gold})`;
const add = (a: Tally, b: Tally): Tally => ({ gold: a.gold + b.gold, pred: a.pred + b.pred, hit: a.hit + b.hit });

async function main(): Promise<void> {
  if (!existsSync(shared)) {
    console.log(`train:speaker SKIPPED: shared data folder not found at ${shared}`);
    return;
  }
  const t0 = performance.now();
  const modes = { standalone: await load(false), entities: await load(true) };
  console.log(`candidates built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const all = [...modes.standalone, ...modes.entities];
  const reach = (cs: FileCase[]) => {
    const n = cs.flatMap((c) => c.labels);
    return `${n.filter((l) => l.some(Boolean)).length}/${n.length} quotes have a right candidate, ${(n.reduce((a, l) => a + l.length, 0) / n.length).toFixed(1)} candidates each`;
  };
  console.log(`standalone: ${reach(modes.standalone)}; entities: ${reach(modes.entities)}`);

  // Folds of whole splits, dealt in name order.
  const splits = [...new Set(all.map((c) => c.split))].sort();
  const foldOf = new Map(splits.map((s, i) => [s, i % FOLDS]));
  const groups: Record<string, (c: FileCase) => boolean> = {
    pooled: () => true,
    'least-tuned': (c) => LEAST_TUNED.includes(c.split),
    'least-tuned id': (c) => LEAST_TUNED.includes(c.split) && c.language === 'id',
    'least-tuned en': (c) => LEAST_TUNED.includes(c.split) && c.language === 'en',
    indonesian: (c) => c.language === 'id',
    english: (c) => c.language === 'en',
  };
  // `ranker`: as shipped (margin chosen inside the training splits); `margin 0`: the same weights,
  // the best candidate always wins; `w/o rule`: trained and run without the rules' choice.
  const variants = ['rules', 'ranker', 'ranker margin 0', 'ranker w/o rule'];
  const rows = new Map<string, Tally>();
  const bump = (key: string, t: Tally) => rows.set(key, add(rows.get(key) ?? { gold: 0, pred: 0, hit: 0 }, t));
  for (let f = 0; f < FOLDS; f++) {
    const train = all.filter((c) => foldOf.get(c.split) !== f);
    const m = fit(train, {}, FOLDS - 1);
    const bare = trainBoth(train, { drop: RULE });
    console.log(`fold ${f}: margin ${m.margin} (chosen inside the training splits)`);
    const choosers = [null, byModel(m), byModel(m, undefined, 0), byModel(bare, RULE)];
    for (const [mode, cases] of Object.entries(modes)) {
      const test = cases.filter((c) => foldOf.get(c.split) === f);
      for (const [g, pick] of Object.entries(groups)) {
        const sel = test.filter(pick);
        variants.forEach((v, i) => bump(`${mode}|${g}|${v}`, score(sel, choosers[i])));
      }
    }
  }
  console.log(`\ncross-validation, ${FOLDS} folds of whole splits (pair P / R, hits/pred/gold):`);
  for (const mode of Object.keys(modes))
    for (const g of Object.keys(groups))
      for (const v of variants) console.log(`${mode.padEnd(10)} ${g.padEnd(15)} ${v.padEnd(16)} ${fmt(rows.get(`${mode}|${g}|${v}`)!)}`);
  if (cvOnly) return;
  const t1 = performance.now();
  const model = MARGIN === 'cv' ? fit(all, {}, FOLDS) : { ...trainBoth(all), margin: Number(MARGIN) };
  model.note = `trained by scripts/train-speaker.ts on ${splits.length} gold splits${EXCLUDE.size ? ` (left out: ${[...EXCLUDE].join(", ")})` : ""} (weights: standalone candidates; entityWeights: entity-tagger candidates)`;
  writeFileSync(resolve(root, 'models/speaker-rank.json'), `${JSON.stringify(model, null, 1)}\n`);
  console.log(`\nmodel: ${Object.keys(model.weights).length} + ${Object.keys(model.entityWeights ?? {}).length} weights, margin ${model.margin}, trained in ${((performance.now() - t1) / 1000).toFixed(1)} s -> models/speaker-rank.json`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

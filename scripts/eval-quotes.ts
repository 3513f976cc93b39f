/**
 * Quote-attribution evaluation: precision and recall of (quote, speaker) pairs on the hand-built
 * gold set in eval/quotes/gold.json (offsets and speaker names only; the texts are read from
 * ../shared at run time). See the `note` in the gold file for how offsets are defined.
 *
 *   npm run eval:quotes            # scores
 *   npm run eval:quotes -- -v      # also lists every miss and false alarm
 *   npm run eval:quotes -- --entities   # speakers through the entity tagger's mentions
 *   npm run eval:quotes -- --errors     # misses and false alarms with the text around them
 *   npm run eval:quotes -- --split heldout3   # only the files of these splits (comma-separated)
 *   npm run eval:quotes -- --no-rank    # the rules' speakers, without the trained ranker (--rank: with it)
 *   npm run eval:quotes -- --rank --margin 0   # the ranker's best candidate always wins over the rules' choice
 *
 * Gold files are paths under ../shared, `indosum:<id>` for an IndoSum article, or `tbaq:<path>` for an
 * English TempEval-3 document, run with the English pack (see eval/quotes/load.ts).
 * Files listed under `empty` were judged to hold no quote: every prediction in them is a false alarm.
 *
 * A predicted quote matches a gold one when their spans overlap by at least half of the shorter
 * span (one-to-one, best overlap first). The pair matches when, in addition, the speaker names
 * match after normalization: lower case, hyphens as spaces, titles dropped, and the token set of
 * one name contained in the other (`Ali` ~ `Ali Mundakir`); gold may list alternatives (`A|B`).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQuotes, type QuoteHit } from '../src/annotate/quotes/index.js';
import { packFor } from '../src/lang/index.js';
import { evalLanguage, evalTextExists, loadEvalText } from '../eval/quotes/load.js';
import { overlap, speakerMatches } from '../eval/quotes/match.js';
import { readQuoteGold, type QuoteGoldItem as GoldItem } from '../eval/quotes/gold.js';
import { greedyMatch } from './lib/greedy-match.js';


const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.LINIMASA_SHARED ?? resolve(root, '../shared');
const showErrors = process.argv.includes('--errors');
const verbose = showErrors || process.argv.includes('-v') || process.argv.includes('--verbose');
const splitArg = process.argv.indexOf('--split');
const onlySplits = splitArg > 0 ? process.argv[splitArg + 1].split(',') : null;
/** With --errors: the span and a little text on each side, on one line. */
const context = (text: string, s: number, e: number): string =>
  showErrors
    ? `\n        ${JSON.stringify(text.slice(Math.max(0, s - 90), s))} [[${JSON.stringify(text.slice(s, e))}]] ${JSON.stringify(text.slice(e, e + 60))}`
    : '';
const withEntities = process.argv.includes('--entities');
/** Unset: findQuotes' default (the pipeline's). */
const rank = process.argv.includes('--no-rank') ? false : process.argv.includes('--rank') ? true : undefined;
const marginArg = process.argv.indexOf('--margin');
const margin = marginArg > 0 ? Number(process.argv[marginArg + 1]) : undefined;

/** Gold-side hits count toward recall; prediction-side hits (by the predicted kind) toward precision. */
interface Tally {
  gold: number;
  pred: number;
  spanHits: number;
  pairHits: number;
  predSpanHits: number;
  predPairHits: number;
}
const blank = (): Tally => ({ gold: 0, pred: 0, spanHits: 0, pairHits: 0, predSpanHits: 0, predPairHits: 0 });

async function main(): Promise<void> {
  const gold = readQuoteGold();
  if (!existsSync(shared)) {
    console.log(`eval:quotes SKIPPED: shared data folder not found at ${shared} (set LINIMASA_SHARED)`);
    return;
  }
  const byFile = new Map<string, GoldItem[]>();
  const splitOf = new Map<string, string>();
  for (const g of [...gold.items, ...(gold.empty ?? [])]) {
    const split = g.split ?? 'dev';
    if (onlySplits && !onlySplits.includes(split)) continue;
    splitOf.set(g.file, split);
    if (!byFile.has(g.file)) byFile.set(g.file, []);
    if ('start' in g) byFile.get(g.file)!.push(g);
  }
  const tallies: Record<string, Tally> = {
    all: blank(),
    direct: blank(),
    indirect: blank(),
    seeds: blank(),
    indotimex: blank(),
    indosum: blank(),
    english: blank(),
    dev: blank(),
    heldout: blank(),
    heldout2: blank(),
  };
  for (const split of splitOf.values()) if (!tallies[split]) tallies[split] = blank();
  let directAgree = 0;
  let skipped = 0;
  // Optional: run the entity tagger first so speakers come from its mentions (as in the pipeline).
  const tagger = withEntities ? (await import('../src/annotate/entities/index.js')).annotateEntities : null;
  const t0 = performance.now();
  let chars = 0;
  for (const [file, items] of byFile) {
    if (!evalTextExists(shared, file)) {
      skipped++;
      console.log(`  missing ${file}: skipped`);
      continue;
    }
    const text = loadEvalText(shared, file);
    chars += text.length;
    const language = evalLanguage(file);
    const pack = packFor(language);
    const mentions = tagger ? tagger({ text, language } as Parameters<typeof tagger>[0], pack) : [];
    const preds = findQuotes(text, pack, mentions, { rank, margin }).map((p) =>
      p.speakerMention !== null ? { ...p, speakerText: mentions[p.speakerMention].text } : p,
    );
    const group = file.startsWith('seeds/') ? 'seeds' : file.startsWith('indosum:') ? 'indosum' : language === 'en' ? 'english' : 'indotimex';
    const split = splitOf.get(file)!;
    // One-to-one matching: pairs whose speakers agree first, then larger overlap.
    const gUsed = greedyMatch(items, preds, overlap, {
      accept: (ov) => ov >= 0.5,
      rank: (g, p) => (speakerMatches(g.speaker, p.speakerText) ? 1 : 0),
    });
    const bump = (keys: string[], f: (t: Tally) => void) => keys.forEach((k) => f(tallies[k]));
    items.forEach((g, gi) => {
      const keys = ['all', g.direct ? 'direct' : 'indirect', group, split];
      bump(keys, (t) => t.gold++);
      const pi = gUsed.get(gi);
      if (pi === undefined) {
        if (verbose) console.log(`  MISS  ${file} [${g.start},${g.end}] ${g.direct ? 'D' : 'I'} ${g.speaker}${context(text, g.start, g.end)}`);
        return;
      }
      const p = preds[pi];
      bump(keys, (t) => t.spanHits++);
      if (p.direct === g.direct) directAgree++;
      if (speakerMatches(g.speaker, p.speakerText)) bump(keys, (t) => t.pairHits++);
      else if (verbose) console.log(`  WHO   ${file} [${g.start},${g.end}] gold=${g.speaker} pred=${p.speakerText} (${p.cue}/${p.via})${context(text, g.start, g.end)}`);
    });
    const goldOf = new Map<number, number>([...gUsed].map(([g, p]) => [p, g]));
    preds.forEach((p: QuoteHit, pi) => {
      const keys = ['all', p.direct ? 'direct' : 'indirect', group, split];
      bump(keys, (t) => t.pred++);
      const gi = goldOf.get(pi);
      if (gi !== undefined) {
        bump(keys, (t) => t.predSpanHits++);
        if (speakerMatches(items[gi].speaker, p.speakerText)) bump(keys, (t) => t.predPairHits++);
      }
      if (gi === undefined && verbose)
        console.log(`  FALSE ${file} [${p.start},${p.end}] ${p.direct ? 'D' : 'I'} ${p.speakerText} (${p.cue}) ${showErrors ? context(text, p.start, p.end) : JSON.stringify(p.text.slice(0, 60))}`);
    });
  }
  const ms = performance.now() - t0;
  const f = (x: number) => x.toFixed(3);
  console.log(
    `eval:quotes — ${[...byFile.values()].reduce((n, a) => n + a.length, 0)} gold quotes in ${byFile.size - skipped} files (${skipped} skipped); speakers ${tagger ? 'from entity-tagger mentions' : 'standalone (no entity mentions)'}${rank === false ? ', rules only (--no-rank)' : rank ? `, ranker on (--rank${margin !== undefined ? `, margin ${margin}` : ''})` : ''}`,
  );
  console.log('subset        gold  pred  span-P  span-R  pair-P  pair-R  pair-F1');
  for (const [k, t] of Object.entries(tallies)) {
    // Rows by kind: recall over gold quotes of that kind, precision over predictions of that kind.
    const sp = t.pred ? t.predSpanHits / t.pred : 0;
    const sr = t.gold ? t.spanHits / t.gold : 0;
    const pp = t.pred ? t.predPairHits / t.pred : 0;
    const pr = t.gold ? t.pairHits / t.gold : 0;
    const f1 = pp + pr ? (2 * pp * pr) / (pp + pr) : 0;
    console.log(
      `${k.padEnd(12)} ${String(t.gold).padStart(5)} ${String(t.pred).padStart(5)}  ${f(sp)}   ${f(sr)}   ${f(pp)}   ${f(pr)}   ${f(f1)}`,
    );
  }
  const a = tallies.all;
  console.log(`direct/indirect flag agrees on ${directAgree}/${a.spanHits} matched quotes`);
  console.log(`speed: ${((chars / ms) * 1000 / 1e6).toFixed(2)} M chars/s (${ms.toFixed(0)} ms)`);
  console.log(`(quote, speaker) precision ${f(a.pred ? a.predPairHits / a.pred : 0)}  recall ${f(a.gold ? a.pairHits / a.gold : 0)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

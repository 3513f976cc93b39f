/**
 * Numeric-claims evaluation on the hand-built gold set in eval/claims/gold.json (offsets,
 * quantities, units and source names only; the texts are read from ../shared at run time through
 * eval/quotes/load.ts). See eval/claims/README.md for what counts as a claim.
 *
 *   npm run eval:claims                  # scores per split
 *   npm run eval:claims -- --split dev   # only these splits (comma-separated)
 *   npm run eval:claims -- --errors      # misses, false alarms and wrong fields with their context
 *
 * Spans: precision and recall of claim spans, a prediction matching a gold claim when the spans
 * overlap (one-to-one, largest overlap first). Fields: among matched claims, the share whose
 * quantity, unit and attribution agree (eval/claims/match.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findClaims, type ClaimHit } from '../src/annotate/claims/index.js';
import { packFor } from '../src/lang/index.js';
import { evalTextExists, loadEvalText } from '../eval/quotes/load.js';
import { quantityMatches, sharedChars, sourceMatches, unitMatches } from '../eval/claims/match.js';
import { greedyMatch } from './lib/greedy-match.js';

interface GoldClaim {
  file: string;
  start: number;
  end: number;
  quantity: number;
  unit: string | null;
  attributedTo: string | null;
  split: string;
}

interface Tally {
  gold: number;
  pred: number;
  hits: number;
  quantity: number;
  unit: number;
  source: number;
  /** All three fields right. */
  exact: number;
}
const blank = (): Tally => ({ gold: 0, pred: 0, hits: 0, quantity: 0, unit: 0, source: 0, exact: 0 });

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.LINIMASA_SHARED ?? resolve(root, '../shared');
const showErrors = process.argv.includes('--errors');
const splitArg = process.argv.indexOf('--split');
const onlySplits = splitArg > 0 ? process.argv[splitArg + 1].split(',') : null;
const context = (text: string, s: number, e: number): string =>
  `\n        ${JSON.stringify(text.slice(Math.max(0, s - 80), s))} [[${JSON.stringify(text.slice(s, e))}]] ${JSON.stringify(text.slice(e, e + 50))}`;

function main(): void {
  const { files, items: gold } = JSON.parse(readFileSync(resolve(root, 'eval/claims/gold.json'), 'utf8')) as {
    files: Array<{ file: string; split: string }>;
    items: GoldClaim[];
  };
  if (!existsSync(shared)) {
    console.log(`eval:claims SKIPPED: shared data folder not found at ${shared} (set LINIMASA_SHARED)`);
    return;
  }
  // Every annotated file, those without claims too (their predictions are false alarms).
  const byFile = new Map<string, { split: string; items: GoldClaim[] }>();
  for (const f of files) if (!onlySplits || onlySplits.includes(f.split)) byFile.set(f.file, { split: f.split, items: [] });
  for (const g of gold) byFile.get(g.file)?.items.push(g);
  const tallies: Record<string, Tally> = { all: blank() };
  const pack = packFor('id');
  let skipped = 0;
  for (const [file, { split, items }] of byFile) {
    if (!evalTextExists(shared, file)) {
      skipped++;
      console.log(`  missing ${file}: skipped`);
      continue;
    }
    const text = loadEvalText(shared, file);
    const preds: ClaimHit[] = findClaims(text, pack);
    const t = (tallies[split] ??= blank());
    const both = [tallies.all, t];
    // One-to-one matching, largest overlap first.
    const gUsed = greedyMatch(items, preds, sharedChars, { accept: (ov) => ov > 0 });
    const pUsed = new Set(gUsed.values());
    both.forEach((x) => { x.gold += items.length; x.pred += preds.length; x.hits += gUsed.size; });
    items.forEach((g, gi) => {
      const pi = gUsed.get(gi);
      if (pi === undefined) {
        if (showErrors) console.log(`  MISS  ${file} [${g.start},${g.end}] ${g.quantity} ${g.unit} @${g.attributedTo}${context(text, g.start, g.end)}`);
        return;
      }
      const p = preds[pi];
      const q = quantityMatches(g.quantity, p.quantity);
      const u = unitMatches(g.unit, p.unit);
      const s = sourceMatches(g.attributedTo, p.sourceText);
      both.forEach((x) => { x.quantity += +q; x.unit += +u; x.source += +s; x.exact += +(q && u && s); });
      if (showErrors && !(q && u && s)) {
        const what = [
          q ? '' : `quantity gold=${g.quantity} pred=${p.quantity}`,
          u ? '' : `unit gold=${g.unit} pred=${p.unit}`,
          s ? '' : `source gold=${g.attributedTo} pred=${p.sourceText} (${p.via})`,
        ].filter(Boolean).join('; ');
        console.log(`  FIELD ${file} [${g.start},${g.end}] ${what}${context(text, g.start, g.end)}`);
      }
    });
    if (showErrors) preds.forEach((p, pi) => {
      if (!pUsed.has(pi)) console.log(`  FALSE ${file} [${p.start},${p.end}] ${p.quantity} ${p.unit} @${p.sourceText}${context(text, p.start, p.end)}`);
    });
  }
  const f = (x: number) => x.toFixed(3);
  const n = [...byFile.values()].reduce((k, a) => k + a.items.length, 0);
  console.log(`eval:claims — ${n} gold claims in ${byFile.size - skipped} files (${skipped} skipped); fields are shares of matched claims`);
  console.log('split        gold  pred  span-P  span-R  span-F1  quantity  unit    source  all-3');
  for (const [k, t] of Object.entries(tallies)) {
    const p = t.pred ? t.hits / t.pred : 0;
    const r = t.gold ? t.hits / t.gold : 0;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    const share = (x: number) => f(t.hits ? x / t.hits : 0);
    console.log(
      `${k.padEnd(11)} ${String(t.gold).padStart(5)} ${String(t.pred).padStart(5)}  ${f(p)}   ${f(r)}   ${f(f1)}    ${share(t.quantity)}     ${share(t.unit)}   ${share(t.source)}   ${share(t.exact)}`,
    );
  }
}

main();

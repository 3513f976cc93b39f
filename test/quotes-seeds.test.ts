/**
 * The quotes of ../shared/seeds/EXPECTED.md with their speakers. Reads the seeds at run time and
 * skips with a message when ../shared is missing. Which quote is which comes from the gold file
 * eval/quotes/gold.json (offsets into the raw seed files and speaker names; no text in the repo).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { textDoc } from './support.js';
import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../src/clean/index.js';
import { packFor } from '../src/lang/index.js';
import { annotateQuotes, findQuotes } from '../src/annotate/quotes/index.js';
import { overlap, speakerMatches } from '../eval/quotes/match.js';
import { readQuoteGold, type QuoteGoldItem as GoldItem } from '../eval/quotes/gold.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedDir = resolve(root, '../shared/seeds');
const have = existsSync(seedDir);
if (!have) console.warn(`quotes-seeds: SKIPPED, ${seedDir} not found (the seeds live outside the repo)`);

const gold = readQuoteGold().items.filter((g) =>
  g.file.startsWith('seeds/'),
);
const seedFile = (prefix: string) => readdirSync(seedDir).find((f) => f.startsWith(prefix))!;
const pack = packFor('id');

/** EXPECTED.md: speaker -> the seed files quoting them (direct), and the indirect ones it names. */
const expectedDirect: Array<[string, string[]]> = [
  ['Vladimir Putin', ['000', '002']],
  ['Sergey Lavrov', ['000', '002']],
  ['Choe Son-hui', ['002', '003']],
  ['Dmitry Peskov', ['003']],
  ['Kim Jong Un', ['002']],
  ['Donald Trump', ['002']],
];
const expectedIndirect: Array<[string, string]> = [
  ['Sergei Lavrov', '001'],
  ['Dmitry Peskov', '001'],
];

describe.skipIf(!have)('seed quotes (EXPECTED.md)', () => {
  const preds = new Map<string, ReturnType<typeof findQuotes>>();
  const predsFor = (prefix: string) => {
    if (!preds.has(prefix)) preds.set(prefix, findQuotes(readFileSync(join(seedDir, seedFile(prefix)), 'utf8'), pack, []));
    return preds.get(prefix)!;
  };
  const found = (g: GoldItem) =>
    predsFor(g.file.slice(6, 9)).some((p) => overlap(g, p) >= 0.5 && speakerMatches(g.speaker, p.speakerText) && p.direct === g.direct);

  for (const [speaker, files] of expectedDirect) {
    for (const f of files) {
      it(`${speaker} is quoted directly in ${f}`, () => {
        const items = gold.filter((g) => g.file.startsWith(`seeds/${f}`) && g.direct && speakerMatches(g.speaker, speaker));
        expect(items.length).toBeGreaterThan(0);
        for (const g of items) expect(found(g), `${speaker} [${g.start},${g.end}]`).toBe(true);
      });
    }
  }
  for (const [speaker, f] of expectedIndirect) {
    it(`indirect speech of ${speaker} in ${f}`, () => {
      const items = gold.filter((g) => g.file.startsWith(`seeds/${f}`) && !g.direct && speakerMatches(g.speaker, speaker));
      expect(items.length).toBeGreaterThan(0);
      for (const g of items) expect(found(g), `${speaker} [${g.start},${g.end}]`).toBe(true);
    });
  }

  it('finds at least 90% of all hand-marked seed quotes with the right speaker, and nothing unmarked', () => {
    const hits = gold.filter(found).length;
    expect(hits / gold.length).toBeGreaterThanOrEqual(0.9);
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const g = gold.filter((x) => x.file.startsWith(`seeds/${prefix}`));
      for (const p of predsFor(prefix)) expect(g.some((x) => overlap(x, p) >= 0.5), `unmarked quote in ${prefix}: [${p.start},${p.end}]`).toBe(true);
    }
  });

  it('004: every quote starts where the hand-marked one does, never inside its cue (`menegaskan kembali …`)', () => {
    const items = gold.filter((g) => g.file.startsWith('seeds/004'));
    expect(items.length).toBeGreaterThan(0);
    for (const g of items) {
      const p = predsFor('004').find((x) => overlap(g, x) >= 0.5);
      expect(p?.start, `[${g.start},${g.end}]`).toBe(g.start);
    }
  });

  it('works on the cleaned article text too (speakers of the direct quotes)', () => {
    for (const [speaker, files] of expectedDirect) {
      for (const f of files) {
        const body = readFileSync(join(seedDir, seedFile(f)), 'utf8');
        const raw = textDoc(f, body);
        const clean = cleanDoc(raw, { lang: 'id' });
        const quotes = annotateQuotes(clean, pack, []);
        expect(
          quotes.some((q) => q.direct && speakerMatches(speaker, q.speaker)),
          `${speaker} in ${f}`,
        ).toBe(true);
      }
    }
  });
});

/**
 * The fixed choice of blind batches (see README.md), so that a new batch is picked before anyone
 * looks at how the annotator does on it:
 * - IndoSum (`heldout6`–`heldout10`): articles of 1,200–3,000 characters with a quote mark, not
 *   already in the gold, in the order of `sha1("<split>:" + id)`, at most 3 per category and 2 per outlet.
 * - English (`en-heldout`, `en-heldout2`, `en-heldout3`): TempEval-3 TimeBank/AQUAINT files in the order of
 *   `sha1("<split>:" + path)` whose plain text (eval/ner-en/load.ts) has 1,000–4,000 characters and a
 *   reported-speech cue (`said`, `told`, `according to`, `added`), not in the English NER gold (every
 *   document of its `docs` list, whatever its split), not already in this gold. Since `en-heldout10`
 *   that pool is used up (it held 5 files more).
 * - English web news (`en-heldout11` on): ScrapingHub pages (`sh:<id>`, eval/quotes/load.ts) in the
 *   order of `sha1("<split>:" + id)` whose gold article body has 1,000–8,000 characters, reads as
 *   English to the product's language id and has a cue (`said`, `says`, `told`, `according to`,
 *   `added`), not already in this gold.
 *
 * - English news from ECB+ (`en-heldout17` on): documents (`ecb:<topic>/<file>`, eval/quotes/load.ts)
 *   in the order of `sha1("<split>:" + file)` whose text has 1,000–5,000 characters and a cue (as for
 *   web news), at most one per topic, not already in this gold.
 *
 *   npx tsx eval/quotes/pick.ts heldout9 [n]         # IndoSum batch
 *   npx tsx eval/quotes/pick.ts en-heldout [n] en    # English TempEval-3 batch
 *   npx tsx eval/quotes/pick.ts en-heldout11 [n] sh  # English web-news batch
 *   npx tsx eval/quotes/pick.ts en-heldout17 [n] ecb # English ECB+ news batch
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadIndoSum } from '../../scripts/lib/indosum.js';
import { detectLanguage } from '../../src/clean/language.js';
import { loadEvalText, scrapingHubBodies } from './load.js';

const CORPUS = 'data/time/tempeval3-tbaq';

const sha = (s: string): string => createHash('sha1').update(s).digest('hex');

export function pickIndoSum(sharedDir: string, split: string, exclude: Set<string>, n = 12): string[] {
  const pool = loadIndoSum(join(sharedDir, 'data', 'corpus', 'indosum'))
    .filter((a) => a.text.length >= 1200 && a.text.length <= 3000 && a.text.includes('"'))
    .filter((a) => !exclude.has(`indosum:${a.id}`))
    .sort((a, b) => sha(`${split}:${a.id}`).localeCompare(sha(`${split}:${b.id}`)));
  const perCat = new Map<string, number>();
  const perSource = new Map<string, number>();
  const out: string[] = [];
  for (const a of pool) {
    if (out.length >= n) break;
    if ((perCat.get(a.category) ?? 0) >= 3 || (perSource.get(a.source) ?? 0) >= 2) continue;
    perCat.set(a.category, (perCat.get(a.category) ?? 0) + 1);
    perSource.set(a.source, (perSource.get(a.source) ?? 0) + 1);
    out.push(`indosum:${a.id}`);
  }
  return out;
}

const EN_CUE = /\b(said|told|according to|added)\b/;

export function pickTbaq(sharedDir: string, split: string, exclude: Set<string>, n = 10): string[] {
  const files = ['TimeBank', 'AQUAINT'].flatMap((part) =>
    readdirSync(join(sharedDir, CORPUS, part)).filter((f) => f.endsWith('.tml')).map((f) => `${part}/${f}`));
  return files
    .filter((f) => !exclude.has(`tbaq:${f}`) && !exclude.has(`${CORPUS}/${f}`))
    .sort((a, b) => sha(`${split}:${a}`).localeCompare(sha(`${split}:${b}`)))
    .filter((f) => {
      const t = loadEvalText(sharedDir, `tbaq:${f}`);
      return t.length >= 1000 && t.length <= 4000 && EN_CUE.test(t);
    })
    .slice(0, n)
    .map((f) => `tbaq:${f}`);
}

const WEB_CUE = /\b(said|says|told|according to|added)\b/;

export function pickScrapingHub(sharedDir: string, split: string, exclude: Set<string>, n = 10): string[] {
  return [...scrapingHubBodies(sharedDir)]
    .filter(([id, body]) => !exclude.has(`sh:${id}`) && body.length >= 1000 && body.length <= 8000 && WEB_CUE.test(body))
    .filter(([, body]) => detectLanguage(body) === 'en')
    .sort(([a], [b]) => sha(`${split}:${a}`).localeCompare(sha(`${split}:${b}`)))
    .slice(0, n)
    .map(([id]) => `sh:${id}`);
}

export function pickEcb(sharedDir: string, split: string, exclude: Set<string>, n = 10): string[] {
  const dir = join(sharedDir, 'data', 'cluster', 'ecbplus');
  const files = readdirSync(dir)
    .filter((d) => /^\d+$/.test(d))
    .flatMap((t) => readdirSync(join(dir, t)).filter((f) => f.endsWith('.xml')).map((f) => `ecb:${t}/${f}`))
    .filter((f) => !exclude.has(f))
    .sort((a, b) => sha(`${split}:${a}`).localeCompare(sha(`${split}:${b}`)));
  const topics = new Set<string>();
  const out: string[] = [];
  for (const f of files) {
    if (out.length >= n) break;
    const topic = f.slice(4, f.indexOf('/'));
    if (topics.has(topic)) continue;
    const t = loadEvalText(sharedDir, f);
    if (t.length < 1000 || t.length > 5000 || !WEB_CUE.test(t)) continue;
    topics.add(topic);
    out.push(f);
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const shared = process.env.LINIMASA_SHARED ?? resolve(root, '../shared');
  const [split, nArg, lang] = process.argv.slice(2);
  const gold = JSON.parse(readFileSync(join(root, 'eval/quotes/gold.json'), 'utf8')) as {
    items: Array<{ file: string; split?: string }>;
    empty?: Array<{ file: string; split: string }>;
  };
  // Files of this split itself stay eligible, so the choice can be re-run and checked.
  const exclude = new Set([...gold.items, ...(gold.empty ?? [])].filter((g) => g.split !== split).map((g) => g.file));
  if (lang === 'en') {
    const ner = JSON.parse(readFileSync(join(root, 'eval/ner-en/gold.json'), 'utf8')) as { docs?: Array<{ file: string }> };
    for (const d of ner.docs ?? []) exclude.add(d.file);
  }
  const picked =
    lang === 'en'
      ? pickTbaq(shared, split, exclude, Number(nArg) || 10)
      : lang === 'sh'
        ? pickScrapingHub(shared, split, exclude, Number(nArg) || 10)
        : lang === 'ecb'
          ? pickEcb(shared, split, exclude, Number(nArg) || 10)
          : pickIndoSum(shared, split, exclude, Number(nArg) || 12);
  for (const f of picked) console.log(f);
}

/**
 * Article-extraction benchmark on the scrapinghub dev pages (../shared/data/html/scrapinghub-dev):
 * word 4-gram shingle precision / recall / F1 per page, averaged over pages, for our extractor and
 * for plain Readability on the same pages.
 *
 *   npm run eval:html [-- --json] [-- --limit N] [-- --only ID] [-- --pages]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractHtml } from '../src/clean/html/extract.js';
import { readabilityPlain } from '../src/clean/html/baseline.js';
import { aggregate, type PageCounts, precisionScore, recallScore, shingleMatch } from '../src/clean/html/metric.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(root, '../shared/data/html/scrapinghub-dev');

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

if (!existsSync(join(dataDir, 'ground-truth.json'))) {
  console.error(`eval:html: dataset not found at ${dataDir} (expected ground-truth.json and html/*.html.gz); skipping.`);
  process.exit(0);
}

const truth = JSON.parse(readFileSync(join(dataDir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
let ids = Object.keys(truth).sort().filter((id) => existsSync(join(dataDir, 'html', `${id}.html.gz`)));
if (opt('--only')) ids = ids.filter((id) => id.startsWith(opt('--only')!));
if (opt('--limit')) ids = ids.slice(0, Number(opt('--limit')));

interface System {
  name: string;
  run: (html: string, url?: string) => string;
}
const systems: System[] = [
  { name: 'linimasa', run: (html, url) => extractHtml(html, { url }).text },
  { name: 'readability (plain)', run: (html) => readabilityPlain(html) },
];

interface Result {
  system: string;
  precision: number;
  recall: number;
  f1: number;
  pages: number;
  msPerPage: number;
  perPage?: { id: string; precision: number; recall: number }[];
}

const pagesHtml = ids.map((id) => ({ id, url: truth[id].url, html: gunzipSync(readFileSync(join(dataDir, 'html', `${id}.html.gz`))).toString('utf8') }));
const results: Result[] = [];
// Warm both systems up (JIT, lazy module state) so that ms/page compares like with like.
for (const sys of systems) for (const p of pagesHtml.slice(0, 5)) {
  try {
    sys.run(p.html, p.url);
  } catch {
    /* counted below */
  }
}
for (const sys of systems) {
  const counts: PageCounts[] = [];
  const perPage: Result['perPage'] = [];
  let ms = 0;
  for (const p of pagesHtml) {
    const t0 = performance.now();
    let pred = '';
    try {
      pred = sys.run(p.html, p.url);
    } catch (e) {
      console.error(`${sys.name} threw on ${p.id}: ${(e as Error).message}`);
    }
    ms += performance.now() - t0;
    const c = shingleMatch(truth[p.id].articleBody ?? '', pred);
    counts.push(c);
    perPage.push({ id: p.id, precision: precisionScore(c), recall: recallScore(c) });
  }
  const s = aggregate(counts);
  results.push({ system: sys.name, ...s, pages: counts.length, msPerPage: ms / Math.max(1, counts.length), perPage: flag('--pages') ? perPage : undefined });
}

if (flag('--json')) {
  console.log(JSON.stringify({ dataset: 'scrapinghub-dev', metric: 'shingle-4 P/R/F1, page-averaged', results }, null, 2));
} else {
  const f = (x: number) => x.toFixed(3);
  console.log(`dataset: scrapinghub-dev (${ids.length} pages), metric: word 4-gram shingles, page-averaged`);
  console.log(['system'.padEnd(22), 'precision', 'recall', 'F1   ', 'pages', 'ms/page'].join('  '));
  for (const r of results) {
    console.log([r.system.padEnd(22), f(r.precision).padStart(9), f(r.recall).padStart(6), f(r.f1), String(r.pages).padStart(5), r.msPerPage.toFixed(1).padStart(7)].join('  '));
  }
  if (flag('--pages')) {
    const [a, b] = results;
    for (let i = 0; i < ids.length; i++) {
      const x = a.perPage![i];
      const y = b.perPage![i];
      console.log(`${x.id.slice(0, 10)}  ours P=${f(x.precision)} R=${f(x.recall)}  plain P=${f(y.precision)} R=${f(y.recall)}`);
    }
  }
}

/**
 * `npm run bench:link`: the time to place one article (link stage + store write) as the store
 * grows, and peak memory. The store is built by re-dating and mixing IndoSum articles
 * (../shared/data/corpus/indosum): a pool of articles goes once through clean + annotate, then
 * copy k of an article is shifted by k × 41 days (publication date and every time expression)
 * and gets its own id, so copies land in different date windows like recurring news does.
 *
 * At each size, `--probes` fresh articles (never stored before) are placed and timed one by one,
 * each in its own transaction as ingest does. The fill between sizes is not what is measured, so
 * it commits `--fill-batch` articles per transaction to build a 100,000-article store sooner.
 *
 *   npm run bench:link                          # sizes 1000,10000
 *   npm run bench:link -- --sizes 1000,10000,100000 --pool 2000
 *   npm run bench:link -- --store big.db --sizes 60000   # go on with a store an earlier run kept
 *
 * `--store PATH` uses (and keeps) that store file instead of a temporary one, so a long fill can
 * be stopped and continued: it carries on from the number of articles already in it. Keep
 * `--pool` the same between runs, or the copies made next differ from the earlier ones. The rows
 * measured go to `PATH.rows.json` as well, so a run that continues a store prints the sizes an
 * earlier run measured (marked as such) next to its own, and the ratio spans them all.
 */
import { mkdtempSync, rmSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { SqliteStore } from '../src/store/index.js';
import { processDoc } from '../src/pipeline/process.js';
import { steps } from '../src/link/index.js';
import type { Article, RawDoc } from '../src/model/types.js';
import { loadIndoSum, indosumDir } from './lib/indosum.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const sizes = arg('--sizes', '1000,10000').split(',').map(Number).sort((a, b) => a - b);
const poolSize = Number(arg('--pool', '1200'));
const probes = Number(arg('--probes', '40'));
const fillBatch = Math.max(1, Number(arg('--fill-batch', '50')));

const dir = indosumDir(ROOT);
if (!existsSync(dir)) {
  console.error(`bench:link: skipped, IndoSum is missing (expected at ${dir})`);
  process.exit(0);
}
const corpus = loadIndoSum(dir);
const t0 = performance.now();
const pool: Article[] = [];
for (const x of corpus.slice(0, poolSize + probes)) {
  const raw: RawDoc = {
    hash: createHash('sha256').update(x.text).digest('hex'),
    origin: `indosum/${x.id}`,
    format: 'text',
    container: 'text',
    encoding: 'utf-8',
    body: x.text,
    hints: { outlet: x.source, url: x.url, publishedAt: x.time ? new Date(x.time * 1000).toISOString().slice(0, 10) : undefined },
  };
  pool.push(processDoc(raw, { noClean: true, lang: 'id', dct: raw.hints.publishedAt }));
}
const probePool = pool.splice(poolSize);
console.log(`pool: ${pool.length} IndoSum articles cleaned+annotated in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${probePool.length} probe articles`);

const SHIFT = 41;
function shiftIso(v: string, days: number): string {
  return v.replace(/\d{4}-\d{2}-\d{2}/g, (d) => {
    const t = Date.parse(d + 'T00:00:00Z');
    return Number.isFinite(t) ? new Date(t + days * 86400000).toISOString().slice(0, 10) : d;
  });
}
function copyOf(a: Article, k: number): Article {
  if (k === 0) return a;
  const days = k * SHIFT;
  const hash = createHash('sha256').update(a.hash + ':' + k).digest('hex');
  return {
    ...a,
    id: 'a' + hash.slice(0, 12),
    hash,
    origin: `${a.origin}#copy${k}`,
    publishedAt: a.publishedAt ? shiftIso(a.publishedAt, days) : null,
    times: a.times.map((t) => ({ ...t, value: shiftIso(t.value, days) })),
    entities: a.entities.map((e) => ({ ...e })),
  };
}

const keep = arg('--store', '');
const work = keep ? null : mkdtempSync(join(tmpdir(), 'linimasa-benchlink-'));
const store = new SqliteStore(keep ? resolve(keep) : join(work!, 'bench.db'));
const link = (a: Article) => {
  let x = a;
  for (const s of steps) x = s.link(x, store);
  store.putArticle(x);
};
/** Wall time and this process's CPU time (user + system) of placing one article, in ms. CPU time
 * is what to compare when other work shares the machine: waiting for a core does not count. */
const place = (a: Article) => {
  const t = performance.now();
  const c = process.cpuUsage();
  store.transaction(() => link(a));
  const d = process.cpuUsage(c);
  return { wall: performance.now() - t, cpu: (d.user + d.system) / 1000 };
};

let n = store.countArticles();
const n0 = n;
let fillMs = 0;
let probeRound = 0;
interface Row { size: number; median: number; cpuMedian: number; rssMb: number; earlier?: boolean }
const rowsFile = keep ? resolve(keep) + '.rows.json' : null;
const rows: Row[] = [];
if (rowsFile && existsSync(rowsFile)) {
  for (const r of JSON.parse(readFileSync(rowsFile, 'utf8')) as Row[]) {
    if (r.size > n0 || !sizes.includes(r.size)) continue;
    rows.push({ ...r, earlier: true });
    probeRound++;
    console.log(`store ${String(r.size).padStart(6)} articles: place one article median ${r.median.toFixed(1)} ms (CPU median ${r.cpuMedian.toFixed(1)} ms); peak RSS ${r.rssMb.toFixed(0)} MB  [measured by an earlier run on this store]`);
  }
}
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
for (const size of sizes) {
  if (rows.some((r) => r.size === size)) continue;
  // A continued store is already past this size: it cannot be measured again.
  if (n > size) {
    console.log(`store ${String(size).padStart(6)} articles: skipped, the store already holds ${n}`);
    continue;
  }
  while (n < size) {
    const t = performance.now();
    store.transaction(() => {
      for (const end = Math.min(size, n + fillBatch); n < end; n++) link(copyOf(pool[n % pool.length], Math.floor(n / pool.length)));
    });
    fillMs += performance.now() - t;
    if (n % 1000 < fillBatch) process.stderr.write(`  ${n} articles stored (${(fillMs / Math.max(1, n - n0)).toFixed(1)} ms/article so far)\n`);
  }
  probeRound++;
  const placed = probePool.map((p) => place(copyOf(p, probeRound * 3 + Math.floor(n / pool.length))));
  n += probePool.length;
  const wall = placed.map((x) => x.wall);
  const cpu = placed.map((x) => x.cpu);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  rows.push({ size, median: q(wall, 0.5), cpuMedian: q(cpu, 0.5), rssMb });
  if (rowsFile) writeFileSync(rowsFile, JSON.stringify(rows.map(({ earlier: _e, ...r }) => r)));
  console.log(
    `store ${String(size).padStart(6)} articles: place one article median ${q(wall, 0.5).toFixed(1)} ms, p90 ${q(wall, 0.9).toFixed(1)} ms, mean ${mean(wall).toFixed(1)} ms` +
      ` (CPU median ${q(cpu, 0.5).toFixed(1)} ms, mean ${mean(cpu).toFixed(1)} ms); peak RSS ${rssMb.toFixed(0)} MB`,
  );
}
if (!rows.length) {
  console.log('no size left to measure: the store is past every size asked for');
  process.exit(0);
}
const first = rows[0];
const last = rows[rows.length - 1];
const ratio = last.median / first.median;
const cpuRatio = last.cpuMedian / first.cpuMedian;
console.log(
  `\nmedian placement time ${last.size} vs ${first.size} articles: ×${ratio.toFixed(2)} wall, ×${cpuRatio.toFixed(2)} CPU (${Math.max(ratio, cpuRatio) <= 2 ? 'flat within 2×' : 'NOT flat within 2×'});` +
    ` fill average ${(fillMs / Math.max(1, n - n0 - probes * rows.filter((r) => !r.earlier).length)).toFixed(1)} ms/article; peak RSS ${last.rssMb.toFixed(0)} MB` +
    (first.earlier ? ` (the ${first.size} row was measured by an earlier run on this store)` : ''),
);
store.close();
if (work) rmSync(work, { recursive: true, force: true });

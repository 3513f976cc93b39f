/**
 * `npm run bench:serve`: requests/s and latency (p50, p99) of the HTTP API on a store of the
 * IndoSum corpus, measured with autocannon over 127.0.0.1 against `linimasa serve` running in
 * its own process (so the load generator does not share its event loop).
 *
 *   npm run bench:serve                          # build a store of all IndoSum articles, 10 s per route
 *   npm run bench:serve -- --limit 1000          # fewer articles
 *   npm run bench:serve -- --db store.db         # reuse a store (built by a previous run or by ingest)
 *   npm run bench:serve -- --duration 5 --connections 8
 *
 * The server runs with its rate limit off (it would answer 429 to the load generator), which
 * is the only difference from a default `linimasa serve`. Results also go to
 * bench-output/serve.json.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { loadIndoSum, indosumDir } from './lib/indosum.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const limit = Number(arg('limit', '0')) || Infinity;
const duration = Number(arg('duration', '10'));
const connections = Number(arg('connections', '10'));
let dbPath = arg('db');

/** Common words of Indonesian news, for search queries that hit many or few articles. */
const QUERIES = [
  'presiden', 'jakarta', 'pemerintah', 'polisi', 'banjir', 'sepak bola', 'harga', 'korupsi', 'pemilu', 'jokowi',
  'gempa', 'indonesia', 'ekonomi', 'menteri', 'kebakaran', 'timnas', 'saham', 'bandara', 'kpk', 'rupiah',
];

async function buildStore(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'linimasa-bench-serve-'));
  const db = join(dir, 'indosum.db');
  const articles = loadIndoSum(indosumDir(ROOT)).slice(0, limit);
  const lines = articles.map((a) =>
    JSON.stringify({
      text: a.text,
      url: a.url,
      outlet: a.source,
      publishedAt: a.time ? new Date(a.time * 1000).toISOString() : undefined,
    }),
  );
  const input = join(dir, 'indosum.jsonl');
  writeFileSync(input, lines.join('\n') + '\n');
  process.stderr.write(`building a store of ${articles.length} IndoSum articles (full pipeline) …\n`);
  const t0 = Date.now();
  const { openStore } = await import('../src/store/index.js');
  const { runIngest } = await import('../src/pipeline/ingest-run.js');
  const store = openStore(db);
  const s = await runIngest([input], store);
  const counts = { articles: store.countArticles(), events: store.pageEvents({ limit: 1 }).total, entities: store.pageEntities({ limit: 1 }).total };
  store.close();
  rmSync(input);
  process.stderr.write(`stored ${s.stored} articles in ${((Date.now() - t0) / 1000).toFixed(1)} s (${counts.events} events, ${counts.entities} entities): ${db}\n`);
  return db;
}

function startServer(db: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'serve', '--db', db, '--port', '0', '--rate', '0', '--write-rate', '0'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    const timer = setTimeout(() => rej(new Error(`server did not start: ${err}`)), 30_000);
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        res({ url: m[1], child });
      }
    });
    child.on('exit', (code) => rej(new Error(`server exited (${code}): ${err}`)));
  });
}

interface Row {
  route: string;
  requestsPerSec: number;
  p50ms: number;
  p99ms: number;
  errors: number;
  non2xx: number;
}

async function measure(url: string, route: string, paths: string[]): Promise<Row> {
  const r = await autocannon({
    url,
    connections,
    duration,
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  return {
    route,
    requestsPerSec: Math.round(r.requests.average),
    p50ms: r.latency.p50,
    p99ms: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

async function main() {
  if (!dbPath || !existsSync(dbPath)) dbPath = await buildStore();
  const { url, child } = await startServer(dbPath);
  try {
    const info = (await (await fetch(`${url}/api/info`)).json()) as { counts: Record<string, number> };
    process.stderr.write(`serving ${JSON.stringify(info.counts)} at ${url}; ${duration} s per route, ${connections} connections\n`);
    const rows: Row[] = [];
    const routes: [string, string[]][] = [
      ['GET /api/events?limit=50', ['/api/events?limit=50']],
      ['GET /api/events (date range, offset)', ['/api/events?from=2017-01-01&to=2017-12-31&limit=20&offset=20']],
      ['GET /api/search?q=… (20 words)', QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=20`)],
      ['GET /api/articles?q=… (20 words)', QUERIES.map((q) => `/api/articles?q=${encodeURIComponent(q)}&limit=20`)],
    ];
    for (const [name, paths] of routes) {
      const row = await measure(url, name, paths);
      rows.push(row);
      process.stderr.write(`  ${name}: ${row.requestsPerSec} req/s, p99 ${row.p99ms} ms\n`);
    }
    console.log('\n| route | requests/s | p50 ms | p99 ms | errors | non-2xx |\n|---|---:|---:|---:|---:|---:|');
    for (const r of rows) console.log(`| ${r.route} | ${r.requestsPerSec} | ${r.p50ms} | ${r.p99ms} | ${r.errors} | ${r.non2xx} |`);
    mkdirSync(join(ROOT, 'bench-output'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-output', 'serve.json'), JSON.stringify({ at: new Date().toISOString(), db: dbPath, counts: info.counts, duration, connections, rows }, null, 2) + '\n');
  } finally {
    child.kill('SIGTERM');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

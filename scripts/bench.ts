/**
 * `npm run bench`: ingest throughput and peak memory on the IndoSum corpus, next to a baseline
 * that only reads and hashes the same files, as a ratio measured in the same run.
 *
 * Each measurement runs in its own child process so its peak RSS is its own.
 *   npm run bench                 # all IndoSum articles, as many worker threads as cores
 *   npm run bench -- --limit 500  # a quicker run
 *   npm run bench -- --jobs 1     # clean and annotate in the main thread
 */
import { mkdtempSync, writeFileSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { loadIndoSum, indosumDir } from './lib/indosum.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Result {
  seconds: number;
  files: number;
  articles: number;
  bytes: number;
  peakRssMb: number;
}

async function child(mode: string, dir: string, jobs: number): Promise<Result> {
  const { walkPaths } = await import('../src/ingest/index.js');
  const { files } = walkPaths([dir]);
  const bytes = files.reduce((n, f) => n + f.size, 0);
  const t0 = process.hrtime.bigint();
  let articles = 0;
  if (mode === 'baseline') {
    for (const f of files) {
      createHash('sha256').update(readFileSync(f.path)).digest('hex');
      articles++;
    }
  } else {
    const { openStore } = await import('../src/store/index.js');
    const { runIngest } = await import('../src/pipeline/ingest-run.js');
    const { inlineProcessor, workerProcessor } = await import('../src/pipeline/pool.js');
    const store = openStore(join(dir, '..', 'bench.db'));
    const processor = jobs > 1 ? workerProcessor(jobs) : inlineProcessor();
    const s = await runIngest([dir], store, { processor });
    await processor.close();
    store.close();
    articles = s.stored;
    if (s.failed.length) console.error(`${s.failed.length} failed, e.g. ${s.failed[0].origin}: ${s.failed[0].reason}`);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { seconds, files: files.length, articles, bytes, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

function run(mode: string, dir: string, jobs: number): Result {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode, dir, String(jobs)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${mode} failed: ${r.stderr}`);
  if (r.stderr.trim()) process.stderr.write(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    console.log(JSON.stringify(await child(args[1], args[2], Number(args[3]))));
    return;
  }
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
  const jobsAt = args.indexOf('--jobs');
  const jobs = jobsAt >= 0 ? Number(args[jobsAt + 1]) : availableParallelism();
  let corpus;
  try {
    corpus = loadIndoSum(indosumDir(ROOT));
  } catch (e) {
    console.error(`bench: skipped: ${(e as Error).message}`);
    process.exit(0);
  }
  corpus = corpus.slice(0, limit);
  const work = mkdtempSync(join(tmpdir(), 'linimasa-bench-'));
  const dir = join(work, 'indosum');
  mkdirSync(dir);
  for (const a of corpus) {
    // As a scraper would save them: outlet line, then the body.
    writeFileSync(join(dir, `${a.id.slice(0, 60)}.txt`), `${a.source}\n${a.text}\n`);
  }
  console.log(`IndoSum: ${corpus.length} articles written to ${dir}\n`);
  const base = run('baseline', dir, 1);
  const ing = run('ingest', dir, jobs);
  const mb = base.bytes / 1024 / 1024;
  const row = (name: string, r: Result) =>
    `${name.padEnd(22)} ${r.seconds.toFixed(2).padStart(8)} s ${(r.articles / r.seconds).toFixed(1).padStart(10)} art/s ${(mb / r.seconds).toFixed(2).padStart(8)} MB/s ${r.peakRssMb.toFixed(0).padStart(6)} MB peak RSS`;
  console.log(`corpus: ${base.files} files, ${mb.toFixed(1)} MB`);
  console.log(row('read + hash (baseline)', base));
  console.log(row(`linimasa ingest (${jobs} job${jobs > 1 ? 's' : ''})`, ing));
  console.log(`\ningest / baseline time ratio: ${(ing.seconds / base.seconds).toFixed(1)}x  (stored ${ing.articles} articles)`);
  rmSync(work, { recursive: true, force: true });
}

void main();

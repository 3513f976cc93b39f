import { Command } from 'commander';
import { runIngest } from '../../pipeline/ingest-run.js';
import { defaultReadOptions } from '../../ingest/index.js';
import { openStore, resolveDbPath } from '../../store/index.js';
import { terminalProgress } from '../progress.js';
import { dbOption } from '../options.js';
import { inlineProcessor, workerProcessor } from '../../pipeline/pool.js';
import { MAX_ARTICLE_CHARS } from '../../pipeline/process.js';
import { availableParallelism } from 'node:os';

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('read, clean, annotate and link every article in the given files and folders, and store them')
    .argument('<paths...>', 'files or folders (read recursively): .txt, .html/.htm (also .gz), .json, .jsonl, RSS/Atom')
    .addOption(dbOption())
    .option('--max-mb <n>', 'largest file read whole, in MB (larger JSON Lines files are streamed)', String(defaultReadOptions.maxBytes / 1024 / 1024))
    .option('--max-chars <n>', 'longest clean text of one article, in characters (longer documents are reported and skipped)', String(MAX_ARTICLE_CHARS))
    .option('-j, --jobs <n>', 'worker threads that clean and annotate in parallel (1 = none)', String(availableParallelism()))
    .option('--json', 'print the summary as JSON')
    .option('-q, --quiet', 'no progress bar')
    .addHelpText('after', '\nExit status: 0 when every input was read, 1 when some inputs failed (listed with reasons), 2 on a usage or database error.')
    .action(async (paths: string[], opts: { db?: string; maxMb: string; maxChars: string; jobs: string; json?: boolean; quiet?: boolean }) => {
      const maxMb = Number(opts.maxMb);
      if (!(maxMb > 0)) throw new Error(`--max-mb must be a positive number, got "${opts.maxMb}"`);
      const maxChars = Number(opts.maxChars);
      if (!Number.isInteger(maxChars) || maxChars < 1) throw new Error(`--max-chars must be a whole number of at least 1, got "${opts.maxChars}"`);
      const jobs = Number(opts.jobs);
      if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs must be a whole number of at least 1, got "${opts.jobs}"`);
      const store = openStore(resolveDbPath(opts.db));
      const processor = jobs > 1 ? workerProcessor(jobs) : inlineProcessor();
      const progress = terminalProgress(!opts.quiet);
      let summary;
      try {
        summary = await runIngest(paths, store, {
          read: { ...defaultReadOptions, maxBytes: Math.round(maxMb * 1024 * 1024) },
          progress,
          processor,
          process: { maxChars },
        });
      } finally {
        progress.stop();
        await processor.close();
        store.close();
      }
      if (opts.json) {
        process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
      } else {
        const s = summary;
        process.stdout.write(
          `Read ${s.files} file(s), ${s.documents} document(s): ${s.stored} new, ${s.alreadyStored} already stored, ${s.failed.length} failed` +
            (s.skipped.length ? `, ${s.skipped.length} other file(s) skipped` : '') + '.\n',
        );
        for (const f of s.failed) process.stdout.write(`  failed: ${f.origin}: ${f.reason}\n`);
        for (const f of s.skipped) process.stdout.write(`  skipped: ${f.origin}: ${f.reason}\n`);
      }
      process.exitCode = summary.failed.length ? 1 : 0;
    });
}

import { Command } from 'commander';
import { runIngest } from '../../pipeline/ingest-run.js';
import { defaultReadOptions } from '../../ingest/index.js';
import { openStore, resolveDbPath } from '../../store/index.js';
import { terminalProgress } from '../progress.js';
import { dbOption } from '../options.js';

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('read, clean, annotate and link every article in the given files and folders, and store them')
    .argument('<paths...>', 'files or folders (read recursively): .txt, .html/.htm (also .gz), .json, .jsonl, RSS/Atom')
    .addOption(dbOption())
    .option('--max-mb <n>', 'largest file read whole, in MB (larger JSON Lines files are streamed)', String(defaultReadOptions.maxBytes / 1024 / 1024))
    .option('--json', 'print the summary as JSON')
    .option('-q, --quiet', 'no progress bar')
    .addHelpText('after', '\nExit status: 0 when every input was read, 1 when some inputs failed (listed with reasons), 2 on a usage or database error.')
    .action(async (paths: string[], opts: { db?: string; maxMb: string; json?: boolean; quiet?: boolean }) => {
      const maxMb = Number(opts.maxMb);
      if (!(maxMb > 0)) throw new Error(`--max-mb must be a positive number, got "${opts.maxMb}"`);
      const store = openStore(resolveDbPath(opts.db));
      const progress = terminalProgress(!opts.quiet);
      let summary;
      try {
        summary = await runIngest(paths, store, {
          read: { ...defaultReadOptions, maxBytes: Math.round(maxMb * 1024 * 1024) },
          progress,
        });
      } finally {
        progress.stop();
        store.close();
      }
      if (opts.json) {
        process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
      } else {
        const s = summary;
        process.stdout.write(
          `Read ${s.files} file(s), ${s.documents} document(s): ${s.stored} new, ${s.duplicates} already stored, ${s.failed.length} failed.\n`,
        );
        for (const f of s.failed) process.stdout.write(`  failed: ${f.origin}: ${f.reason}\n`);
      }
      process.exitCode = summary.failed.length ? 1 : 0;
    });
}

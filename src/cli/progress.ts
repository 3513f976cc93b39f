import cliProgress from 'cli-progress';
import type { IngestProgress } from '../pipeline/ingest-run.js';

/** A progress bar on stderr when it is a terminal; silent otherwise (pipes, CI, tests). */
export function terminalProgress(enabled: boolean): IngestProgress & { stop(): void } {
  if (!enabled || !process.stderr.isTTY) return { stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'ingest [{bar}] {percentage}% | {value}/{total} files | {stored} new, {dups} dup, {failed} failed | {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start(files) {
      bar.start(files, 0, { stored: 0, dups: 0, failed: 0 });
    },
    file(_path, _bytes, s) {
      bar.increment(1, { stored: s.stored, dups: s.alreadyStored, failed: s.failed.length });
    },
    stop() {
      bar.stop();
    },
  };
}

import type { Store } from '../store/store.js';
import { walkPaths, readFileDocs, defaultReadOptions, describeError, type ReadOptions } from '../ingest/index.js';
import { linkArticle } from '../link/index.js';
import type { Article } from '../model/types.js';
import { inlineProcessor, type Processor } from './pool.js';
import type { ProcessOptions } from './process.js';

export interface IngestProblem {
  origin: string;
  reason: string;
}

export interface IngestSummary {
  files: number;
  documents: number;
  stored: number;
  /** Documents whose content hash the store already held: nothing new was written. */
  alreadyStored: number;
  failed: IngestProblem[];
  /** Files met inside a folder and not read (`not a supported format: .md`); not failures. */
  skipped: IngestProblem[];
}

export interface IngestProgress {
  /** Called once the paths are expanded into files. */
  start?(files: number, bytes: number): void;
  /** Called after each file, with the bytes it held. */
  file?(path: string, bytes: number, summary: IngestSummary): void;
}

/**
 * `linimasa ingest`: every file under the paths, through read -> clean -> annotate -> link ->
 * store. Each article is written in its own transaction together with what linking derives
 * from it, so a kill loses at most the article in flight, and a rerun skips what is stored
 * (content hashes) and finishes the rest. Problems are collected, never thrown.
 */
export async function runIngest(
  paths: string[],
  store: Store,
  opts: { read?: ReadOptions; progress?: IngestProgress; processor?: Processor; process?: ProcessOptions } = {},
): Promise<IngestSummary> {
  const processor = opts.processor ?? inlineProcessor();
  const { files, problems, skipped } = walkPaths(paths);
  const summary: IngestSummary = {
    files: files.length,
    documents: 0,
    stored: 0,
    alreadyStored: 0,
    failed: [],
    skipped: skipped.map((s) => ({ origin: s.path, reason: s.reason })),
  };
  const fail = (origin: string, reason: string) => {
    summary.failed.push({ origin, reason });
    try {
      store.recordFailure(origin, reason);
    } catch {
      /* a failure log that cannot be written must not stop the batch */
    }
  };
  for (const p of problems) fail(p.path, p.reason);
  opts.progress?.start?.(files.length, files.reduce((n, f) => n + f.size, 0));

  // Documents are cleaned and annotated in parallel (when the processor has workers) but
  // linked and written one at a time in input order, so the store's content does not depend on
  // which worker finished first.
  const inFlight: { origin: string; result: Promise<Article | Error> }[] = [];
  const window = Math.max(1, processor.parallelism * 2);
  const commitHead = async () => {
    const head = inFlight.shift()!;
    const r = await head.result;
    if (r instanceof Error) {
      fail(head.origin, `could not process: ${r.message}`);
      return;
    }
    try {
      const stored = store.transaction(() => store.putArticle(linkArticle(r, store)));
      if (stored) summary.stored++;
      else summary.alreadyStored++;
    } catch (e) {
      fail(head.origin, `could not store: ${describeError(e)}`);
    }
  };

  for (const f of files) {
    for await (const item of readFileDocs(f.path, f.size, opts.read ?? defaultReadOptions)) {
      if (item.kind === 'error') {
        fail(item.origin, item.reason);
        continue;
      }
      summary.documents++;
      const raw = item.doc;
      if (store.hasHash(raw.hash)) {
        summary.alreadyStored++;
        continue;
      }
      inFlight.push({ origin: raw.origin, result: processor.process(raw, opts.process).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))) });
      while (inFlight.length >= window) await commitHead();
    }
    opts.progress?.file?.(f.path, f.size, summary);
  }
  while (inFlight.length) await commitHead();
  return summary;
}

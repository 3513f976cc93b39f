/**
 * Worker thread body: runs the per-article stages (clean, annotate) for documents the main
 * thread sends. They are pure functions of one document, which is what makes this possible.
 */
import { parentPort } from 'node:worker_threads';
import type { RawDoc } from '../model/types.js';
import { processDoc, type ProcessOptions } from './process.js';

interface Job {
  id: number;
  raw: RawDoc;
  opts: ProcessOptions;
}

parentPort!.on('message', (job: Job) => {
  try {
    parentPort!.postMessage({ id: job.id, article: processDoc(job.raw, job.opts) });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error)?.message ?? String(e) });
  }
});

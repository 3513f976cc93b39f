import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Article, RawDoc } from '../model/types.js';
import { processDoc, type ProcessOptions } from './process.js';

/** Runs `processDoc` for one document; rejects with a reason when it fails or takes too long. */
export interface Processor {
  process(raw: RawDoc, opts?: ProcessOptions): Promise<Article>;
  readonly parallelism: number;
  close(): Promise<void>;
}

/** In the calling thread: for one core, for `annotate`, and where workers cannot start. */
export function inlineProcessor(): Processor {
  return {
    parallelism: 1,
    async process(raw, opts) {
      return processDoc(raw, opts);
    },
    async close() {},
  };
}

/**
 * The compiled worker, or — when running from TypeScript sources (tests and benchmarks under tsx)
 * — a worker that registers tsx's loader first: Node 20 does not pass loader hooks to workers.
 */
function startWorker(script: URL): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script);
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(script.href)}); });`;
  return new Worker(boot, { eval: true });
}

interface Slot {
  worker: Worker;
  busy: boolean;
  job?: { id: number; resolve: (a: Article) => void; reject: (e: Error) => void; timer: NodeJS.Timeout };
}

/**
 * A pool of worker threads. A document that runs longer than `timeoutMs` (a pathological page
 * sending a regex into a spin, say) has its worker terminated and replaced: that document fails
 * with a reason, and the batch goes on.
 */
export function workerProcessor(size = Math.max(1, availableParallelism() - 0), timeoutMs = 60_000): Processor {
  const here = import.meta.url;
  const script = new URL(here.endsWith('.ts') ? './worker.ts' : './worker.js', here);
  const slots: Slot[] = [];
  const waiting: (() => void)[] = [];
  let nextId = 1;

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(script), busy: false };
    slot.worker.on('message', (msg: { id: number; article?: Article; error?: string }) => {
      const job = slot.job;
      if (!job || job.id !== msg.id) return;
      clearTimeout(job.timer);
      slot.job = undefined;
      release(slot);
      if (msg.error !== undefined) job.reject(new Error(msg.error));
      else job.resolve(msg.article!);
    });
    slot.worker.on('error', (e) => fail(slot, e instanceof Error ? e : new Error(String(e))));
    slot.worker.on('exit', (code) => {
      if (slot.job) fail(slot, new Error(`worker exited with code ${code}`));
    });
    slot.worker.unref();
    return slot;
  };

  const fail = (slot: Slot, e: Error) => {
    const job = slot.job;
    slot.job = undefined;
    if (job) {
      clearTimeout(job.timer);
      job.reject(e);
    }
    // Replace the worker: its state can no longer be trusted.
    void slot.worker.terminate();
    const i = slots.indexOf(slot);
    if (i >= 0) slots[i] = spawn();
    release(slots[i] ?? slot);
  };

  const release = (slot: Slot) => {
    slot.busy = false;
    waiting.shift()?.();
  };

  for (let i = 0; i < size; i++) slots.push(spawn());

  const acquire = async (): Promise<Slot> => {
    for (;;) {
      const free = slots.find((s) => !s.busy);
      if (free) {
        free.busy = true;
        return free;
      }
      await new Promise<void>((r) => waiting.push(r));
    }
  };

  return {
    parallelism: size,
    async process(raw, opts = {}) {
      const slot = await acquire();
      return new Promise<Article>((resolve, reject) => {
        const id = nextId++;
        const timer = setTimeout(() => fail(slot, new Error(`timed out after ${timeoutMs / 1000} s`)), timeoutMs);
        slot.job = { id, resolve, reject, timer };
        slot.worker.postMessage({ id, raw, opts });
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

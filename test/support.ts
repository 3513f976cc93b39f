import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { RawDoc } from '../src/model/types.js';
import { findQuotes } from '../src/annotate/quotes/index.js';
import { packFor } from '../src/lang/index.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = resolve(ROOT, '..', 'shared');
export const SEEDS = join(SHARED, 'seeds');
export const hasShared = existsSync(join(SHARED, 'seeds'));
/** Tests that read real articles say why they skipped instead of passing silently. */
export const sharedMissing = hasShared ? false : `../shared is missing (expected at ${SHARED})`;

/** Directories made by `tempDir` in this test file; `test/cleanup.ts` removes them after it. */
const madeDirs: string[] = [];

export function tempDir(prefix = 'linimasa-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}

/** Removes every directory `tempDir` made (stores, corpora, exports), so runs leave /tmp as they found it. */
export function removeTempDirs(): void {
  for (const dir of madeDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Runs the built CLI (`npm test` compiles first) with its own database. */
export function cli(args: string[], opts: { db?: string; input?: string | Buffer; cwd?: string } = {}): SpawnSyncReturns<string> {
  const env = { ...process.env };
  if (opts.db) env.LINIMASA_DB = opts.db;
  return spawnSync(process.execPath, [join(ROOT, 'bin', 'linimasa.js'), ...args], {
    encoding: 'utf8',
    env,
    input: opts.input,
    cwd: opts.cwd ?? ROOT,
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** A plain-text document as ingest would hand it to the clean stage. */
export function textDoc(origin: string, body: string): RawDoc {
  return { hash: createHash('sha256').update(body).digest('hex'), origin, format: 'text', container: 'text', encoding: 'utf-8', body, hints: {} };
}

/**
 * The quotes the hand-written rules find (the trained ranker off), as [words, speaker, direct], for
 * tests whose point is a rule the ranker might override on a short text.
 */
export function quoteRules(text: string, lang: 'id' | 'en'): Array<[string, string | null, boolean]> {
  return findQuotes(text, packFor(lang), [], { rank: false }).map((h) => [h.text, h.speakerText, h.direct]);
}


import { existsSync } from 'node:fs';
import { Option } from 'commander';
import { openStore, resolveDbPath, type Store } from '../store/index.js';

export const dbOption = () =>
  new Option('--db <file>', 'SQLite database file (default: $LINIMASA_DB or ./linimasa.db)');

export function withStore<T>(db: string | undefined, fn: (store: Store) => T): T {
  const store = openStore(resolveDbPath(db));
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

/**
 * Commands that only read (events, timeline, show, export, serve) open an existing store: opening
 * a mistyped `--db` path would create an empty database and print nothing, which looks like a
 * store with no news in it.
 */
export function withExistingStore<T>(db: string | undefined, fn: (store: Store) => T): T {
  requireStore(db);
  return withStore(db, fn);
}

export function requireStore(db: string | undefined): void {
  const location = resolveDbPath(db);
  if (!/^[a-z]+:\/\//.test(location) && !existsSync(location)) {
    throw new Error(`no store at ${location}: run \`linimasa ingest <files or folders> --db ${location}\` first, or pass the right --db`);
  }
}

/** A date bound as a user types it: `2025`, `2025-10` or `2025-10-27`, checked for real dates. */
export function dateBound(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const ok = m && (!m[2] || (+m[2] >= 1 && +m[2] <= 12)) && (!m[3] || new Date(`${value}T00:00:00Z`).getUTCDate() === +m[3]);
  if (!ok) throw new Error(`${flag} must be a date as 2025, 2025-10 or 2025-10-27, got "${value}"`);
  return value;
}

export function positiveInt(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a whole number of at least 1, got "${value}"`);
  return n;
}

/** Output that stops quietly when the reader goes away (`linimasa export | head`). */
export function stdoutWriter(): (chunk: string) => void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  return (chunk) => {
    process.stdout.write(chunk);
  };
}

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

import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export type { Store, ArticleQuery, Failure } from './store.js';
export { SqliteStore } from './sqlite/sqlite-store.js';

export const DEFAULT_DB = 'linimasa.db';

/** Where the store lives: `--db`, else `LINIMASA_DB`, else `./linimasa.db`. */
export function resolveDbPath(flag?: string): string {
  return flag || process.env.LINIMASA_DB || DEFAULT_DB;
}

/** Opens the store at a location; SQLite files today, a server database URL later. */
export function openStore(location: string): Store {
  if (/^(postgres|postgresql):\/\//.test(location)) {
    throw new Error(`server databases are not supported yet (${location.split('@').pop()}); use a file path`);
  }
  return new SqliteStore(location);
}

import { readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { describeError } from './errors.js';

export interface WalkEntry {
  path: string;
  size: number;
}
export interface WalkProblem {
  path: string;
  reason: string;
}

/**
 * Inside a folder, files that are never news: VCS folders, OS droppings, our own database, and
 * a collection's own documentation (README, LICENSE …). Any of them given by name is read.
 */
const SKIP_NAMES = /^(\.git|\.svn|node_modules|\.DS_Store|Thumbs\.db)$|\.db(-wal|-shm)?$|^(readme|license|licence|changelog|copying)(\.\w+)?$/i;

/**
 * Expands the paths a user gave into files (folders recursively, in a stable sorted order).
 * Unreadable paths become problems, not exceptions, so the rest of the batch goes on.
 */
export function walkPaths(paths: string[]): { files: WalkEntry[]; problems: WalkProblem[] } {
  const files: WalkEntry[] = [];
  const problems: WalkProblem[] = [];
  const seen = new Set<string>();

  const visit = (path: string, given: boolean): void => {
    let st: Stats;
    try {
      st = statSync(path);
    } catch (e) {
      problems.push({ path, reason: describeError(e) });
      return;
    }
    if (st.isDirectory()) {
      const key = `${st.dev}:${st.ino}`;
      if (seen.has(key)) return; // symlink loop or folder given twice
      seen.add(key);
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (e) {
        problems.push({ path, reason: describeError(e) });
        return;
      }
      for (const name of names) {
        // Hidden entries inside a folder are skipped; a hidden path given by name is read.
        if (SKIP_NAMES.test(name) || name.startsWith('.')) continue;
        visit(join(path, name), false);
      }
    } else if (st.isFile()) {
      files.push({ path, size: st.size });
    } else if (given) {
      problems.push({ path, reason: 'not a regular file or folder' });
    }
  };

  for (const p of paths) visit(p, true);
  return { files, problems };
}

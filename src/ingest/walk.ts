import { readdirSync, statSync, type Stats } from 'node:fs';
import { basename, join } from 'node:path';
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
 * Extensions of the formats ingest reads (`sniffFormat` tells them apart by content), and of pages
 * a scraper saves under the server's name for them (`story.php`, `index.aspx`): both are tried.
 */
const READ_EXTENSIONS = new Set([
  'txt', 'text', 'htm', 'html', 'xhtml', 'shtml', 'php', 'asp', 'aspx', 'jsp', 'cfm',
  'json', 'jsonl', 'ndjson', 'xml', 'rss', 'atom', 'rdf',
]);

/**
 * Why a file met inside a folder is not read, or null to read it: its extension names another
 * format (`.md`, `.csv`, `.pdf`, `.png` …). A name without an extension is tried, and so is one
 * whose last dot starts no extension (`berita.2025.11.04`, `page.php?id=3`), since the content
 * tells the format. `.gz` is looked through (`a.html.gz` is read, `a.csv.gz` is not).
 */
export function unsupportedReason(name: string): string | null {
  const inner = name.toLowerCase().replace(/\.gz$/, '');
  const dot = inner.lastIndexOf('.');
  if (dot <= 0) return null;
  const ext = inner.slice(dot + 1);
  if (!/^[a-z][a-z0-9]{0,5}$/.test(ext) || READ_EXTENSIONS.has(ext)) return null;
  return `not a supported format: .${ext}`;
}

/**
 * Inside a folder, files that are never news: VCS folders, OS droppings, our own database, and
 * a collection's own documentation (README, LICENSE …). Any of them given by name is read.
 */
const SKIP_NAMES = /^(\.git|\.svn|node_modules|\.DS_Store|Thumbs\.db)$|\.db(-wal|-shm)?$|^(readme|license|licence|changelog|copying)(\.\w+)?$/i;

/**
 * Expands the paths a user gave into files (folders recursively, in a stable sorted order).
 * Unreadable paths become problems, not exceptions, so the rest of the batch goes on. Files in a
 * folder whose extension names a format ingest does not read are `skipped`, with the reason; a
 * file given by name is always tried.
 */
export function walkPaths(paths: string[]): { files: WalkEntry[]; problems: WalkProblem[]; skipped: WalkProblem[] } {
  const files: WalkEntry[] = [];
  const problems: WalkProblem[] = [];
  const skipped: WalkProblem[] = [];
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
      const unsupported = given ? null : unsupportedReason(basename(path));
      if (unsupported) skipped.push({ path, reason: unsupported });
      else files.push({ path, size: st.size });
    } else if (given) {
      problems.push({ path, reason: 'not a regular file or folder' });
    }
  };

  for (const p of paths) visit(p, true);
  return { files, problems, skipped };
}

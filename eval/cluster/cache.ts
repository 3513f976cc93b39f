/**
 * The per-article pipeline's output for the clustering scripts, kept in a JSON file between runs
 * (`--cache FILE` of eval:cluster and fit:cluster). Annotating ECB+ is most of a run's time and
 * the link stage does not change it, so trying link-stage settings need not re-annotate. Both
 * scripts key the cache the same way, so one annotation pass of all topics serves both.
 * Delete the file whenever an annotator changes.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { processDoc, type ProcessOptions } from '../../src/pipeline/process.js';
import type { Article, RawDoc } from '../../src/model/types.js';

export interface ArticleCache {
  /** The pipeline's article for `raw` (a copy: callers may change it). */
  processed(raw: RawDoc, opts: ProcessOptions): Article;
  /** Writes the file when articles were added (no-op without a file). */
  save(): void;
}

export function articleCache(file: string | undefined | null): ArticleCache {
  const cache = new Map<string, Article>(file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as [string, Article][]) : []);
  const loaded = cache.size;
  return {
    processed(raw, opts) {
      const key = JSON.stringify([raw.hash, raw.origin, raw.hints, opts]);
      let a = cache.get(key);
      if (!a) cache.set(key, (a = processDoc(raw, opts)));
      return structuredClone(a);
    },
    save() {
      if (!file || cache.size <= loaded) return;
      // written aside and renamed, so a run killed mid-write, or two runs saving at once, never
      // leave a torn file for the next run to choke on
      const part = `${file}.${process.pid}.part`;
      writeFileSync(part, JSON.stringify([...cache]));
      renameSync(part, file);
    },
  };
}

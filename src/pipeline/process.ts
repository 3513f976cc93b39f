import type { Article, RawDoc } from '../model/types.js';
import { cleanDoc } from '../clean/index.js';
import { annotate } from '../annotate/index.js';

export interface ProcessOptions {
  noClean?: boolean;
  lang?: string;
  dct?: string;
}

/** One document through the per-article stages: clean, then annotate. Pure: no store. */
export function processDoc(raw: RawDoc, opts: ProcessOptions = {}): Article {
  const clean = cleanDoc(raw, { noClean: opts.noClean, lang: opts.lang });
  return annotate(clean, { dct: opts.dct });
}

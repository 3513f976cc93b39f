import type { Article, RawDoc } from '../model/types.js';
import { cleanDoc } from '../clean/index.js';
import { annotate } from '../annotate/index.js';
import { metadataMentions } from '../annotate/entities/metadata.js';

/**
 * The longest clean text one article may have. Long-form news features run to some 15,000 words
 * (about 100,000 characters); twice that leaves room for any real article, while a text far
 * beyond it (a book, a log, a concatenated dump read as one document) would only tie up a worker:
 * it is refused with its length rather than annotated.
 */
export const MAX_ARTICLE_CHARS = 200_000;

export interface ProcessOptions {
  noClean?: boolean;
  lang?: string;
  dct?: string;
  /** Refuse a document whose clean text is longer than this (default MAX_ARTICLE_CHARS). */
  maxChars?: number;
}

/** One document through the per-article stages: clean, then annotate. Pure: no store. */
export function processDoc(raw: RawDoc, opts: ProcessOptions = {}): Article {
  const clean = cleanDoc(raw, { noClean: opts.noClean, lang: opts.lang });
  const limit = opts.maxChars ?? MAX_ARTICLE_CHARS;
  if (clean.text.length > limit) {
    throw new Error(`article too long: clean text is ${clean.text.length.toLocaleString('en-US')} characters, over the ${limit.toLocaleString('en-US')} limit for one article`);
  }
  const article = annotate(clean, { dct: opts.dct });
  // Added after the annotators, which read mentions as spans of the text: these have none.
  const metadataEntities = metadataMentions(article, article.entities);
  return metadataEntities.length ? { ...article, metadataEntities } : article;
}

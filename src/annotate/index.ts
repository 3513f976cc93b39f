import type { Article, CleanArticle } from '../model/types.js';
import { packFor } from '../lang/index.js';
import { annotateTimes, inferDct } from './time/index.js';
import { annotateEntities } from './entities/index.js';
import { annotateQuotes, findQuotes } from './quotes/index.js';
import { annotateClaims } from './claims/index.js';

export interface AnnotateOptions {
  /** Document creation time to anchor relative dates on (overrides the printed one). */
  dct?: string;
}

/** A DCT as TimeML may print it (`2014-12-3`) with its month and day padded, as the cleaner's metadata writes dates. */
const isoDay = (dct: string): string => dct.replace(/^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/, (_, y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);

/**
 * Runs every annotator over one article. Each annotator is a pure function of the article (and
 * of earlier annotators' spans where it needs them), so this can run in a worker or elsewhere.
 */
export function annotate(clean: CleanArticle, opts: AnnotateOptions = {}): Article {
  const pack = packFor(clean.language);
  let article: CleanArticle = clean;
  if (opts.dct) {
    article = { ...clean, publishedAt: isoDay(opts.dct), publishedAtSource: clean.publishedAtSource ?? 'printed' };
  } else if (!clean.publishedAt) {
    const inferred = inferDct(clean, pack);
    if (inferred) article = { ...clean, publishedAt: inferred, publishedAtSource: 'inferred' };
  }
  const times = annotateTimes(article, pack, article.publishedAt);
  const entities = annotateEntities(article, pack);
  // Claims take their speakers from the quotes: found once for both.
  const hits = findQuotes(article.text, pack, entities);
  const quotes = annotateQuotes(article, pack, entities, hits);
  const claims = annotateClaims(article, pack, entities, hits);
  return { ...article, entities, times, quotes, claims };
}

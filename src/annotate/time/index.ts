import type { CleanArticle, TimeSpan } from '../../model/types.js';
import type { LangPack } from '../../lang/pack.js';

/** STUB (owned by issue 3, time): find and normalize time expressions against the DCT. */
export function annotateTimes(_article: CleanArticle, _pack: LangPack, _dct: string | null): TimeSpan[] {
  return [];
}

/** STUB: infer the document creation time when none is printed (weekday + day/month, latest date). */
export function inferDct(_article: CleanArticle, _pack: LangPack): string | null {
  return null;
}

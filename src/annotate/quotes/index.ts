import type { CleanArticle, EntityMention, QuoteSpan } from '../../model/types.js';
import type { LangPack } from '../../lang/pack.js';

/** STUB (owned by issue 4, quotes): direct and indirect quotes with their speakers. */
export function annotateQuotes(_article: CleanArticle, _pack: LangPack, _entities: EntityMention[]): QuoteSpan[] {
  return [];
}

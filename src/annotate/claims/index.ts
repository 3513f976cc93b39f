import type { CleanArticle, ClaimSpan, EntityMention } from '../../model/types.js';
import type { LangPack } from '../../lang/pack.js';

/** STUB (owned by issue 4, claims): numbers with what they count and who claims them. */
export function annotateClaims(_article: CleanArticle, _pack: LangPack, _entities: EntityMention[]): ClaimSpan[] {
  return [];
}

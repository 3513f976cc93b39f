import type { CleanArticle, EntityMention } from '../../model/types.js';
import type { LangPack } from '../../lang/pack.js';

/** STUB (owned by issue 4, entities): tag entity mentions with the trained sequence tagger. */
export function annotateEntities(_article: CleanArticle, _pack: LangPack): EntityMention[] {
  return [];
}

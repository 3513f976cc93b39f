import type { Article } from '../model/types.js';
import type { Store } from '../store/store.js';

/**
 * The link stage: the only cross-document stage. It places one new article against what is
 * stored (canonical entities, duplicates, events, storylines), through indexes, inside the same
 * transaction as the article itself. Returns the article with anything linking filled in
 * (e.g. canonical entity ids on its mentions) before it is written.
 */
export interface Linker {
  link(article: Article, store: Store): Article;
}

/** Linking steps are registered here as their issues land; with none, articles pass through. */
const steps: Linker[] = [];

export function linkArticle(article: Article, store: Store): Article {
  let a = article;
  for (const s of steps) a = s.link(a, store);
  return a;
}

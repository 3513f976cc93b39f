/** Canonical entities across articles: see resolve.ts (algorithm) and entity-index.ts (store side). */
export { resolveArticle, linkMentions, roleBefore, type ArticleRef, type MentionInput, type Resolution } from './resolve.js';
export { MemoryEntityIndex, articleCount, type EntityIndex, type CanonicalEntity, type MergeReason } from './entity-index.js';
export { base, expand, skeleton, normalizeRole, key } from './normalize.js';
export { describeEntity } from './describe.js';

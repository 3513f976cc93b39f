import type { CanonicalEntity } from './entity-index.js';

/** Plain-text card of an entity for `show <entity>`: names, roles, articles and why names were merged. */
export function describeEntity(e: CanonicalEntity): string {
  const lines = [`${e.name}  (${e.type}, ${e.id})`];
  const others = e.aliases.filter((a) => a !== e.name);
  if (others.length) lines.push(`  also printed as: ${others.join(', ')}`);
  if (e.roles.length) lines.push(`  roles: ${e.roles.join('; ')}`);
  lines.push(`  articles (${e.articles.length}): ${e.articles.join(', ')}; mentions: ${e.mentions}`);
  if (e.merges.length) {
    lines.push('  why these names are one entity:');
    for (const m of e.merges) lines.push(`    - "${m.alias}" -> "${m.into}" [${m.kind}${m.article ? `, ${m.article}` : ''}]: ${m.why}`);
  }
  return lines.join('\n');
}

import type { Article, Entity, Event, Storyline } from '../model/types.js';
import type { Store } from '../store/store.js';
import { findEntities } from '../link/query.js';
import { citations, headsOf, independentSources } from './sources.js';

function wrap(text: string, width = 96): string {
  return text
    .split('\n')
    .map((para) => {
      const words = para.split(/\s+/).filter(Boolean);
      const lines: string[] = [];
      let cur = '';
      for (const w of words) {
        if (cur && cur.length + 1 + w.length > width) { lines.push(cur); cur = w; } else cur = cur ? `${cur} ${w}` : w;
      }
      if (cur) lines.push(cur);
      return lines.join('\n');
    })
    .join('\n\n');
}

/** `25.000.000.000.000` rather than `25000000000000`: grouped the way the article's language writes numbers. */
function quantity(n: number, language: string | null): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-US' : 'id-ID', { maximumFractionDigits: 3 }).format(n);
}

/** Speakers are stored as canonical entity ids; a reader wants the name. */
function speakerNames(a: Article, store?: Store): Map<string, string> {
  const ids = [...new Set(a.quotes.map((q) => q.speaker).filter((x): x is string => !!x))];
  return new Map((store?.getEntities(ids) ?? []).map((e) => [e.id, e.name]));
}

export function renderArticle(a: Article, store?: Store): string {
  const out: string[] = [];
  out.push(`${a.title ?? '(untitled)'}${a.titleSource === 'derived' ? '  [title derived from the lead]' : ''}`);
  out.push('='.repeat(Math.min(96, (a.title ?? '(untitled)').length)));
  const field = (k: string, v: string | null | undefined) => out.push(`${(k + ':').padEnd(12)}${v || '—'}`);
  field('id', a.id);
  field('origin', a.origin);
  field('outlet', a.outlet);
  field('published', a.publishedAt ? `${a.publishedAt}${a.publishedAtSource ? ` (${a.publishedAtSource})` : ''}` : null);
  field('dateline', a.dateline);
  field('authors', a.authors.join(', '));
  if (a.editors?.length) field('editors', a.editors.join(', '));
  field('credits', a.credits.map((c) => `${c.name} (${c.role})`).join(', '));
  field('language', a.language);
  out.push('', wrap(a.text), '');
  if (a.times.length) {
    out.push('Dates:');
    for (const t of a.times) out.push(`  ${t.value.padEnd(26)} ${t.type.padEnd(9)} “${t.text}”`);
    out.push('');
  }
  if (a.entities.length) {
    const byType = new Map<string, Set<string>>();
    for (const e of a.entities) {
      if (!byType.has(e.type)) byType.set(e.type, new Set());
      byType.get(e.type)!.add(e.text);
    }
    out.push('Entities:');
    for (const [t, names] of byType) out.push(`  ${t.padEnd(13)} ${[...names].join(', ')}`);
    out.push('');
  }
  if (a.metadataEntities?.length) {
    out.push('Entities named by the metadata:');
    for (const e of a.metadataEntities) out.push(`  ${e.type.padEnd(13)} ${e.text} (${e.source})`);
    out.push('');
  }
  if (a.quotes.length) {
    out.push('Quotes:');
    const names = speakerNames(a, store);
    for (const q of a.quotes) out.push(`  ${q.speaker ? names.get(q.speaker) ?? q.speaker : '(speaker not named)'}${q.direct ? '' : ' (indirect)'}: “${q.text}”`);
    out.push('');
  }
  if (a.claims.length) {
    out.push('Claims:');
    const bound = { about: '~', atLeast: '≥', atMost: '≤' } as const;
    for (const c of a.claims) out.push(`  ${c.bound ? bound[c.bound] : ''}${quantity(c.quantity, a.language)} ${c.unit ?? ''}${c.attributedTo ? ` — per ${c.attributedTo}` : ''}${c.basis?.length ? `, based on ${c.basis.join(', ')}` : ''}: “${c.text}”`);
    out.push('');
  }
  if (a.removed.length) {
    out.push(`Removed as not article text (${a.removed.length}):`);
    for (const r of a.removed) out.push(`  [${r.reason}] ${r.text.length > 90 ? r.text.slice(0, 90) + '…' : r.text}`);
  }
  return out.join('\n');
}

export function renderEvent(e: Event, store: Store): string {
  const n = e.articles.length;
  const out = [
    `Event ${e.id}: ${e.title}`,
    `date:     ${e.date ?? '—'}${e.dateEnd ? ' – ' + e.dateEnd : ''}`,
    `place:    ${e.place ?? '—'}`,
    `articles: ${n} (${independentSources(store, e)} independent)`,
    '',
    e.summary,
    '',
    'Articles:',
  ];
  for (const id of e.articles) {
    const a = store.getArticle(id);
    out.push(`  ${id}  ${a?.outlet ?? '—'}  ${a?.publishedAt ?? ''}  ${a?.title ?? ''}`);
  }
  return out.join('\n');
}

export function renderEntity(e: Entity): string {
  return [
    `${e.name} (${e.type}) — ${e.id}`,
    `aliases:  ${e.aliases.join(', ') || '—'}`,
    `roles:    ${e.roles.join(', ') || '—'}`,
    `articles: ${e.articles.join(', ') || '—'}`,
    ...(e.merges?.length
      ? ['why these names are one entity:', ...e.merges.map((m) => `  “${m.alias}” → “${m.into}” [${m.kind}${m.article ? `, ${m.article}` : ''}]: ${m.why}`)]
      : []),
  ].join('\n');
}

export function renderStoryline(s: Storyline, store: Store): string {
  const heads = headsOf(store, s.timeline);
  return [
    `Storyline ${s.id}: ${s.title}`,
    `events:   ${s.events.join(', ') || '—'}`,
    '',
    ...s.timeline.flatMap((t) => [`  ${t.date}${t.dateEnd ? '/' + t.dateEnd : ''}  ${t.text}`, `      sources: ${citations(heads, t)}`]),
  ].join('\n');
}

/**
 * `show <id>`: whatever the id names — an article (or a unique prefix of its id), an event, an
 * entity, a storyline — or, failing those, an entity by name or alias. A name several entities
 * carry lists them instead of picking one.
 */
export function showAnything(store: Store, id: string): string | null {
  const a = store.getArticle(id);
  if (a) return renderArticle(a, store);
  const ev = store.getEvent(id);
  if (ev) return renderEvent(ev, store);
  const s = store.getStoryline(id);
  if (s) return renderStoryline(s, store);
  const ens = findEntities(store, id);
  if (ens.length === 1) return renderEntity(store.getEntity(ens[0].id) ?? ens[0]);
  if (ens.length > 1) {
    return [`"${id}" names ${ens.length} entities; show one by id:`, ...ens.map((e) => `  ${e.id}  ${e.name} (${e.type})`)].join('\n');
  }
  return null;
}

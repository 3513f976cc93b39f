import type { Article, Entity, Event, Storyline } from '../model/types.js';
import type { Store } from '../store/store.js';

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

export function renderArticle(a: Article): string {
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
  if (a.quotes.length) {
    out.push('Quotes:');
    for (const q of a.quotes) out.push(`  ${q.speaker ?? '(unknown)'}${q.direct ? '' : ' (indirect)'}: “${q.text}”`);
    out.push('');
  }
  if (a.claims.length) {
    out.push('Claims:');
    for (const c of a.claims) out.push(`  ${c.quantity} ${c.unit ?? ''}${c.attributedTo ? ` — per ${c.attributedTo}` : ''}: “${c.text}”`);
    out.push('');
  }
  if (a.removed.length) {
    out.push(`Removed as not article text (${a.removed.length}):`);
    for (const r of a.removed) out.push(`  [${r.reason}] ${r.text.length > 90 ? r.text.slice(0, 90) + '…' : r.text}`);
  }
  return out.join('\n');
}

export function renderEvent(e: Event, store: Store): string {
  const out = [`Event ${e.id}: ${e.title}`, `date:     ${e.date ?? '—'}${e.dateEnd ? ' – ' + e.dateEnd : ''}`, `place:    ${e.place ?? '—'}`, '', e.summary, '', 'Articles:'];
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

export function renderStoryline(s: Storyline): string {
  return [`Storyline ${s.id}: ${s.title}`, ...s.timeline.map((t) => `  ${t.date}${t.dateEnd ? '/' + t.dateEnd : ''}  ${t.text}`)].join('\n');
}

/** `show <id>`: whatever the id names — an article, an event, an entity or a storyline. */
export function showAnything(store: Store, id: string): string | null {
  const a = store.getArticle(id);
  if (a) return renderArticle(a);
  const ev = store.getEvent(id);
  if (ev) return renderEvent(ev, store);
  const en = store.getEntity(id);
  if (en) return renderEntity(en);
  const s = store.getStoryline(id);
  if (s) return renderStoryline(s);
  return null;
}

import type { Article } from '../../model/types.js';
import { articleCitation, headsOf } from '../sources.js';
import { eventRecords } from './event-record.js';
import type { Store } from '../../store/store.js';

type Write = (chunk: string) => void;

const esc = (s: string) => s.replace(/([\\`*_[\]|])/g, '\\$1');

export function articleMetaLines(a: Article): string[] {
  const lines = [
    `- **Outlet:** ${a.outlet ? esc(a.outlet) : '—'}`,
    `- **Published:** ${a.publishedAt ?? '—'}${a.publishedAtSource ? ` (${a.publishedAtSource})` : ''}`,
    `- **Dateline:** ${a.dateline ? esc(a.dateline) : '—'}`,
    `- **Authors:** ${a.authors.length ? a.authors.map(esc).join(', ') : '—'}`,
    ...(a.editors?.length ? [`- **Editors:** ${a.editors.map(esc).join(', ')}`] : []),
    `- **Credits:** ${a.credits.length ? a.credits.map((c) => `${esc(c.name)} (${c.role})`).join(', ') : '—'}`,
    `- **Language:** ${a.language}`,
    `- **Source:** \`${a.origin}\` · id \`${a.id}\``,
  ];
  return lines;
}

/** A readable report of the store: events and storylines first, then every article. */
export function writeMarkdown(store: Store, write: Write): void {
  const n = store.countArticles();
  write(`# Linimasa export\n\n${n} article${n === 1 ? '' : 's'}.\n\n`);
  const storylines = store.listStorylines();
  for (const s of storylines) {
    write(`## Storyline: ${esc(s.title)}\n\n`);
    const heads = headsOf(store, s.timeline);
    for (const t of s.timeline) {
      // One citation per article: an entry often cites several sentences of the same article.
      const cites = [...new Set(t.sources.map((x) => x.article))].map((id) => esc(articleCitation(heads, id)));
      write(`- **${t.date}${t.dateEnd ? ' – ' + t.dateEnd : ''}** ${esc(t.text)} _(${cites.join('; ')})_\n`);
    }
    write('\n');
  }
  const events = eventRecords(store.listEvents(), store.listDuplicates());
  if (events.length) {
    write('## Events\n\n');
    for (const e of events) {
      const n = e.articles.length;
      write(`- **${e.date ?? 'undated'}** ${esc(e.title)} — ${n} article(s), ${e.independentSources} independent${e.place ? `, ${esc(e.place)}` : ''}\n`);
    }
    write('\n');
  }
  write('## Articles\n\n');
  for (const a of store.iterateArticles()) {
    write(`### ${esc(a.title ?? '(untitled)')}\n\n${articleMetaLines(a).join('\n')}\n\n`);
    const lead = a.text.split('\n').find((l) => l.trim()) ?? '';
    write(`> ${esc(lead.length > 400 ? lead.slice(0, 400) + '…' : lead)}\n\n`);
    if (a.removed.length) write(`_${a.removed.length} line(s) removed as boilerplate._\n\n`);
  }
}

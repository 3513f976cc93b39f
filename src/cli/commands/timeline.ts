import { Command, Option } from 'commander';
import type { TimelineEntry } from '../../model/types.js';
import { timelineForEntity, timelineForQuery, type TimelineView } from '../../link/query.js';
import { dbOption, stdoutWriter, withStore } from '../options.js';

type Format = 'text' | 'json' | 'md';

const when = (t: TimelineEntry) => `${t.date}${t.dateEnd ? ' – ' + t.dateEnd : ''}`;
const cite = (t: TimelineEntry) => t.sources.map((s) => `${s.article}@${s.start}-${s.end}`).join(', ');

function render(views: TimelineView[], format: Format): string {
  if (format === 'json') return JSON.stringify(views, null, 2) + '\n';
  const out: string[] = [];
  for (const v of views) {
    if (format === 'md') {
      out.push(`## ${v.title.replace(/([\\`*_[\]|])/g, '\\$1')}`, '');
      for (const t of v.timeline) out.push(`- **${when(t)}**${t.event ? ` _(event \`${t.event}\`)_` : ''} ${t.text.replace(/([\\`*_[\]|])/g, '\\$1')} — ${t.sources.map((s) => `\`${s.article}\` ${s.start}–${s.end}`).join(', ')}`);
      out.push('');
    } else {
      out.push(v.title, '='.repeat(Math.min(96, v.title.length)));
      for (const t of v.timeline) {
        out.push(`${when(t).padEnd(23)} ${t.event ? '[event] ' : ''}${t.text}`);
        out.push(`${' '.repeat(24)}sources: ${cite(t)}`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}

export function timelineCommand(): Command {
  return new Command('timeline')
    .description('print a dated, sourced timeline: of a storyline (default: every storyline), an entity, or a search')
    .option('--storyline <id>', 'one storyline (see `export` or `events`)')
    .option('--entity <name>', 'everything dated about one entity (name, alias or id)')
    .option('--query <text>', 'everything dated in the articles matching a full-text search')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'md']).default('text'))
    .addOption(dbOption())
    .action((opts: { storyline?: string; entity?: string; query?: string; format: Format; db?: string }) => {
      const write = stdoutWriter();
      const views = withStore(opts.db, (store): TimelineView[] | null => {
        if (opts.entity) return [timelineForEntity(store, opts.entity)];
        if (opts.query) return [timelineForQuery(store, opts.query)];
        if (opts.storyline) {
          const s = store.getStoryline(opts.storyline);
          return s ? [{ title: s.title, timeline: s.timeline }] : null;
        }
        return store.listStorylines().map((s) => ({ title: `${s.title} (${s.id})`, timeline: s.timeline }));
      });
      if (!views) {
        process.stderr.write(`linimasa: no storyline "${opts.storyline}" in the store\n`);
        process.exitCode = 1;
        return;
      }
      write(render(views, opts.format));
    });
}

import { Command, Option } from 'commander';
import type { TimelineEntry } from '../../model/types.js';
import { timelineForEntity, timelineForLoneEvents, timelineForQuery, type TimelineView } from '../../link/query.js';
import { citations, headsOf, type HeadIndex } from '../../publish/sources.js';
import { dbOption, stdoutWriter, withExistingStore } from '../options.js';

type Format = 'text' | 'json' | 'md';

const when = (t: TimelineEntry) => `${t.date}${t.dateEnd ? ' – ' + t.dateEnd : ''}`;
const mdEscape = (s: string) => s.replace(/([\\`*_[\]|])/g, '\\$1');

function render(views: TimelineView[], format: Format, heads: HeadIndex): string {
  if (format === 'json') return JSON.stringify(views, null, 2) + '\n';
  const out: string[] = [];
  for (const v of views) {
    if (format === 'md') {
      out.push(`## ${mdEscape(v.title)}`, '');
      for (const t of v.timeline) {
        const cites = mdEscape(citations(heads, t));
        out.push(`- **${when(t)}**${t.event ? ` _(event \`${t.event}\`)_` : ''} ${mdEscape(t.text)} — ${cites}`);
      }
      out.push('');
    } else {
      out.push(v.title, '='.repeat(Math.min(96, v.title.length)));
      for (const t of v.timeline) {
        out.push(`${when(t).padEnd(23)} ${t.event ? '[event] ' : ''}${t.text}`);
        out.push(`${' '.repeat(24)}sources: ${citations(heads, t)}`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}

export function timelineCommand(): Command {
  return new Command('timeline')
    .description('print a dated, sourced timeline: of a storyline (default: every storyline, then the events in none), an entity, or a search')
    .option('--storyline <id>', 'one storyline (see `export` or `events`)')
    .option('--entity <name>', 'everything dated about one entity (name, alias or id)')
    .option('--query <text>', 'everything dated in the articles matching a full-text search')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'md']).default('text'))
    .addOption(dbOption())
    .addHelpText('after', '\n--storyline, --entity and --query each choose what the timeline is about: give at most one.')
    .action((opts: { storyline?: string; entity?: string; query?: string; format: Format; db?: string }) => {
      const chosen = (['storyline', 'entity', 'query'] as const).filter((k) => opts[k] !== undefined);
      if (chosen.length > 1) throw new Error(`give only one of ${chosen.map((k) => '--' + k).join(', ')}`);
      const write = stdoutWriter();
      const result = withExistingStore(opts.db, (store): { views: TimelineView[]; heads: HeadIndex } | string => {
        let views: TimelineView[];
        if (opts.entity !== undefined) {
          const v = timelineForEntity(store, opts.entity);
          if (!v) return `no entity or article in the store mentions "${opts.entity}"`;
          views = [v];
        } else if (opts.query !== undefined) {
          views = [timelineForQuery(store, opts.query)];
        } else if (opts.storyline !== undefined) {
          const s = store.getStoryline(opts.storyline);
          if (!s) return `no storyline "${opts.storyline}" in the store (\`linimasa export --format md\` lists them)`;
          views = [{ title: s.title, timeline: s.timeline }];
        } else {
          views = store.listStorylines().map((s) => ({ title: `${s.title} (${s.id})`, timeline: s.timeline }));
          const lone = timelineForLoneEvents(store);
          if (lone.timeline.length) views.push(lone);
        }
        return { views, heads: headsOf(store, views.flatMap((v) => v.timeline)) };
      });
      if (typeof result === 'string') {
        process.stderr.write(`linimasa: ${result}\n`);
        process.exitCode = 1;
        return;
      }
      if (opts.format !== 'json' && result.views.every((v) => v.timeline.length === 0)) {
        process.stderr.write('linimasa: nothing dated found for this timeline\n');
      }
      write(render(result.views, opts.format, result.heads));
    });
}

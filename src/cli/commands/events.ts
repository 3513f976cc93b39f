import { Command, Option } from 'commander';
import type { Event } from '../../model/types.js';
import { independentSources } from '../../publish/sources.js';
import { dbOption, stdoutWriter, withExistingStore, dateBound, positiveInt } from '../options.js';

/** Whether an event's date falls inside bounds given as `2025`, `2025-10` or `2025-10-27`. */
function inRange(e: Event, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!e.date) return false;
  // Compare at the bound's own precision, so `--to 2025-10` keeps the whole of October.
  const d = e.date;
  return (!from || d.slice(0, from.length) >= from) && (!to || d.slice(0, to.length) <= to);
}

export function eventsCommand(): Command {
  return new Command('events')
    .description('list the events found across articles: date, place, articles (independent sources), title')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'md']).default('text'))
    .option('--from <date>', 'only events on or after this date (2025, 2025-10 or 2025-10-27)')
    .option('--to <date>', 'only events on or before this date (2025, 2025-10 or 2025-10-27)')
    .option('--min-articles <n>', 'only events reported by at least n articles', '1')
    .addOption(dbOption())
    .action((opts: { format: 'text' | 'json' | 'md'; from?: string; to?: string; minArticles: string; db?: string }) => {
      const from = dateBound('--from', opts.from);
      const to = dateBound('--to', opts.to);
      const min = positiveInt('--min-articles', opts.minArticles);
      const write = stdoutWriter();
      withExistingStore(opts.db, (store) => {
        const events = store
          .listEvents()
          .filter((e) => e.articles.length >= min)
          .filter((e) => inRange(e, from, to));
        if (opts.format === 'json') {
          write(JSON.stringify(events.map((e) => ({ ...e, independentSources: independentSources(store, e) })), null, 2) + '\n');
          return;
        }
        if (opts.format === 'md') {
          write('| date | event | place | articles | title |\n|---|---|---|---|---|\n');
          for (const e of events) write(`| ${e.date ?? '—'} | \`${e.id}\` | ${e.place ?? '—'} | ${e.articles.length} (${independentSources(store, e)} independent) | ${e.title.replace(/\|/g, '\\|')} |\n`);
          return;
        }
        for (const e of events) {
          const n = e.articles.length;
          write(`${(e.date ?? 'undated').padEnd(10)}  ${e.id}  ${String(n).padStart(3)} art. (${independentSources(store, e)} indep.)  ${e.place ? e.place + ' — ' : ''}${e.title}\n`);
        }
        write(`${events.length} event(s). \`linimasa show <event-id>\` prints one with its summary.\n`);
      });
    });
}

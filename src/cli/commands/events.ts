import { Command, Option } from 'commander';
import type { Event } from '../../model/types.js';
import type { Store } from '../../store/store.js';
import { dbOption, stdoutWriter, withStore } from '../options.js';

/** Articles of an event that are not a copy of (or share passages with) an earlier member. */
export function independentSources(store: Store, e: Event): number {
  const members = new Set(e.articles);
  const derived = new Set<string>();
  for (const d of store.listDuplicates()) {
    if (!members.has(d.a) || !members.has(d.b)) continue;
    derived.add(d.origin === d.a ? d.b : d.a);
  }
  return e.articles.filter((a) => !derived.has(a)).length;
}

export function eventsCommand(): Command {
  return new Command('events')
    .description('list the events found across articles: date, place, articles (independent sources), title')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'md']).default('text'))
    .option('--from <date>', 'only events on or after this ISO date')
    .option('--to <date>', 'only events on or before this ISO date')
    .option('--min-articles <n>', 'only events reported by at least n articles', '1')
    .addOption(dbOption())
    .action((opts: { format: 'text' | 'json' | 'md'; from?: string; to?: string; minArticles: string; db?: string }) => {
      const write = stdoutWriter();
      withStore(opts.db, (store) => {
        const min = Number(opts.minArticles) || 1;
        const events = store
          .listEvents()
          .filter((e) => e.articles.length >= min)
          .filter((e) => (!opts.from || (e.date ?? '') >= opts.from) && (!opts.to || (e.date ?? '9999') <= opts.to));
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

import type { Store } from '../../store/store.js';
import { articleRecord } from './article-record.js';
import { eventRecords } from './event-record.js';

type Write = (chunk: string) => void;

/**
 * The whole store as one JSON object. Written piece by piece so a large store never becomes
 * one giant string in memory.
 */
export function writeJson(store: Store, write: Write): void {
  write('{\n"articles": [');
  let first = true;
  for (const a of store.iterateArticles()) {
    write((first ? '\n' : ',\n') + JSON.stringify(articleRecord(a)));
    first = false;
  }
  write('\n],\n"entities": ' + JSON.stringify(store.listEntities()));
  const duplicates = store.listDuplicates();
  write(',\n"events": ' + JSON.stringify(eventRecords(store.listEvents(), duplicates)));
  write(',\n"duplicates": ' + JSON.stringify(duplicates));
  write(',\n"storylines": ' + JSON.stringify(store.listStorylines()));
  write('\n}\n');
}

/** One record per line, each tagged with its `record` kind: easy to stream into other tools. */
export function writeJsonl(store: Store, write: Write): void {
  for (const a of store.iterateArticles()) write(JSON.stringify({ record: 'article', ...articleRecord(a) }) + '\n');
  for (const e of store.listEntities()) write(JSON.stringify({ record: 'entity', ...e }) + '\n');
  const duplicates = store.listDuplicates();
  for (const e of eventRecords(store.listEvents(), duplicates)) write(JSON.stringify({ record: 'event', ...e }) + '\n');
  for (const d of duplicates) write(JSON.stringify({ record: 'duplicate', ...d }) + '\n');
  for (const s of store.listStorylines()) write(JSON.stringify({ record: 'storyline', ...s }) + '\n');
}

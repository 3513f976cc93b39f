import type { Store } from '../../store/store.js';
import { articleRecord } from './article-record.js';

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
  write(',\n"events": ' + JSON.stringify(store.listEvents()));
  write(',\n"duplicates": ' + JSON.stringify(store.listDuplicates()));
  write(',\n"storylines": ' + JSON.stringify(store.listStorylines()));
  write('\n}\n');
}

/** One record per line, each tagged with its `record` kind: easy to stream into other tools. */
export function writeJsonl(store: Store, write: Write): void {
  for (const a of store.iterateArticles()) write(JSON.stringify({ record: 'article', ...articleRecord(a) }) + '\n');
  for (const e of store.listEntities()) write(JSON.stringify({ record: 'entity', ...e }) + '\n');
  for (const e of store.listEvents()) write(JSON.stringify({ record: 'event', ...e }) + '\n');
  for (const d of store.listDuplicates()) write(JSON.stringify({ record: 'duplicate', ...d }) + '\n');
  for (const s of store.listStorylines()) write(JSON.stringify({ record: 'storyline', ...s }) + '\n');
}

import type { Store } from '../../store/store.js';
import { writeJson, writeJsonl } from './json.js';
import { writeCsv } from './csv.js';
import { writeMarkdown } from './markdown.js';

export const EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function writeExport(store: Store, format: ExportFormat, write: (chunk: string) => void): void {
  const writers = { json: writeJson, jsonl: writeJsonl, csv: writeCsv, md: writeMarkdown };
  writers[format](store, write);
}

export { articleRecord, type ArticleRecord } from './article-record.js';

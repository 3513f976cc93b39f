import { Command } from 'commander';
import { readFileSync, statSync } from 'node:fs';
import { decodeBytes, docsFromText, readFileDocs, defaultReadOptions, type IngestItem } from '../../ingest/index.js';
import { processDoc } from '../../pipeline/process.js';
import { articleRecord } from '../../publish/export/index.js';

async function firstItems(file: string): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  if (file === '-') {
    const bytes = readFileSync(0);
    if (bytes.length === 0) return [{ kind: 'error', origin: '<stdin>', reason: 'empty input' }];
    try {
      const { text, encoding } = decodeBytes(bytes, '<stdin>');
      for (const it of docsFromText('<stdin>', text, encoding)) items.push(it);
    } catch (e) {
      items.push({ kind: 'error', origin: '<stdin>', reason: (e as Error).message.replace(/^<stdin>: /, '') });
    }
    return items;
  }
  for await (const it of readFileDocs(file, statSync(file).size, defaultReadOptions)) items.push(it);
  return items;
}

export function annotateCommand(): Command {
  return new Command('annotate')
    .description('analyse one document without storing it and print the article as JSON')
    .argument('<file>', 'a file, or - for standard input')
    .option('--dct <iso-date>', 'document creation time that relative dates are anchored on')
    .option('--lang <code>', 'language of the text (id or en) instead of detecting it')
    .option('--no-clean', 'take the text verbatim (for evaluation on already-clean corpora)')
    .action(async (file: string, opts: { dct?: string; lang?: string; clean: boolean }) => {
      if (opts.dct && !/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(opts.dct)) {
        throw new Error(`--dct must be an ISO 8601 date or date-time, got "${opts.dct}"`);
      }
      if (opts.lang && !['id', 'en', 'ms'].includes(opts.lang)) throw new Error(`--lang must be id or en, got "${opts.lang}"`);
      const items = await firstItems(file);
      const docs = items.filter((i) => i.kind === 'doc');
      for (const i of items) if (i.kind === 'error') process.stderr.write(`linimasa: ${i.origin}: ${i.reason}\n`);
      if (docs.length === 0) {
        process.exitCode = 1;
        return;
      }
      if (docs.length > 1) process.stderr.write(`linimasa: ${file} holds ${docs.length} documents; printing the first\n`);
      const article = processDoc(docs[0].doc, { noClean: !opts.clean, lang: opts.lang, dct: opts.dct });
      process.stdout.write(JSON.stringify(articleRecord(article), null, 2) + '\n');
    });
}

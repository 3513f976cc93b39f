import { Command, Option } from 'commander';
import { createWriteStream } from 'node:fs';
import { writeExport, EXPORT_FORMATS, type ExportFormat } from '../../publish/export/index.js';
import { dbOption, requireStore, stdoutWriter, withExistingStore } from '../options.js';

export function exportCommand(): Command {
  return new Command('export')
    .description('print the whole store: articles, entities, events, duplicates and storylines')
    .addOption(new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).default('json'))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .addOption(dbOption())
    .action(async (opts: { format: ExportFormat; output?: string; db?: string }) => {
      requireStore(opts.db); // before -o creates an empty output file
      if (opts.output) {
        const out = createWriteStream(opts.output);
        withExistingStore(opts.db, (store) => writeExport(store, opts.format, (c) => void out.write(c)));
        await new Promise<void>((res, rej) => out.end((e?: Error | null) => (e ? rej(e) : res())));
      } else {
        const write = stdoutWriter();
        withExistingStore(opts.db, (store) => writeExport(store, opts.format, write));
      }
    });
}

import { Command } from 'commander';
import { showAnything } from '../../publish/show.js';
import { dbOption, withStore } from '../options.js';

export function showCommand(): Command {
  return new Command('show')
    .description('show one article, event, entity or storyline for a human')
    .argument('<id>', 'an id as printed by export (a unique prefix of an article id is enough)')
    .addOption(dbOption())
    .action((id: string, opts: { db?: string }) => {
      const text = withStore(opts.db, (store) => showAnything(store, id));
      if (text == null) {
        process.stderr.write(`linimasa: nothing with id "${id}" in the store\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(text + '\n');
    });
}

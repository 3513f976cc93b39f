import { Command } from 'commander';
import { showAnything } from '../../publish/show.js';
import { dbOption, withExistingStore } from '../options.js';

export function showCommand(): Command {
  return new Command('show')
    .description('show one article, event, entity or storyline for a human')
    .argument('<id>', 'an id as printed by export or events (a unique prefix of an article id is enough), or an entity\'s name or alias')
    .addOption(dbOption())
    .action((id: string, opts: { db?: string }) => {
      const text = withExistingStore(opts.db, (store) => showAnything(store, id));
      if (text == null) {
        process.stderr.write(`linimasa: nothing with id or name "${id}" in the store (ids are printed by \`linimasa events\` and \`linimasa export\`)\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(text + '\n');
    });
}

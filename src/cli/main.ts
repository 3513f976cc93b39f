import { Command } from 'commander';
import { ingestCommand } from './commands/ingest.js';
import { annotateCommand } from './commands/annotate.js';
import { exportCommand } from './commands/export.js';
import { showCommand } from './commands/show.js';
import { eventsCommand } from './commands/events.js';
import { timelineCommand } from './commands/timeline.js';
import { serveCommand } from './commands/serve.js';

const program = new Command('linimasa')
  .description('Linimasa: from piles of raw news articles to clean, dated, attributed articles, events and timelines')
  .version('0.1.0')
  .showHelpAfterError()
  .addCommand(ingestCommand())
  .addCommand(annotateCommand())
  .addCommand(exportCommand())
  .addCommand(showCommand())
  .addCommand(serveCommand())
  .addCommand(eventsCommand())
  .addCommand(timelineCommand());

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`linimasa: ${(e as Error)?.message ?? String(e)}\n`);
  process.exit(2);
});

import { Command, CommanderError } from 'commander';
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
  // Usage errors (a missing argument, an unknown option) exit with 2 like every other usage
  // error, as `ingest --help` promises; commander's own default is 1.
  .exitOverride()
  .addCommand(ingestCommand())
  .addCommand(annotateCommand())
  .addCommand(exportCommand())
  .addCommand(showCommand())
  .addCommand(serveCommand())
  .addCommand(eventsCommand())
  .addCommand(timelineCommand());

// addCommand does not pass the override down; each command needs its own.
for (const c of program.commands) c.exitOverride();

program.parseAsync(process.argv).catch((e: unknown) => {
  if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 2); // commander has printed the message
  process.stderr.write(`linimasa: ${(e as Error)?.message ?? String(e)}\n`);
  process.exit(2);
});

/** `dateline stories`: wire stories carried by several articles, with their members. */
import { type Command, Option } from 'commander';
import { parseCount } from './ingest.js';

export interface StoriesCommandOptions {
  db: string;
  minMembers: number;
  limit: number;
  format: 'text' | 'json';
}

export function registerStoriesCommand(program: Command): Command {
  return program
    .command('stories')
    .description('list stories: one report republished by several sites, with the original source')
    .option('--db <path>', 'the corpus database', './dateline.db')
    .option(
      '--min-members <n>',
      'only stories carried by at least this many articles',
      parseCount(1, 100_000),
      2,
    )
    .option('--limit <n>', 'stories to show', parseCount(1, 100_000), 50)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (options: StoriesCommandOptions) => {
      const { runStories } = await import('./corpus-run.js');
      process.exitCode = await runStories(options);
    });
}

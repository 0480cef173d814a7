/** `dateline quotes [words]`: search what was said in the analysed articles. */
import { type Command, Option } from 'commander';
import { parseCount } from './ingest.js';
import { parseDateOption } from './search.js';

export interface QuotesCommandOptions {
  db: string;
  speaker?: string;
  since?: string;
  until?: string;
  limit: number;
  format: 'text' | 'json';
}

const HELP_AFTER = `
Words match what was said or who said it (as in dateline search: all words, "phrases", OR).
Without words, the newest quotes. Quotes come from 'dateline analyze --db'.

Examples:
  dateline quotes "ceasefire" --since 2024-01-01
  dateline quotes --speaker Lavrov --format json
`;

export function registerQuotesCommand(program: Command): Command {
  return program
    .command('quotes')
    .description('search the quotes of the analysed articles')
    .argument('[words]', 'words, "phrases", OR')
    .option('--db <path>', 'the corpus database', './dateline.db')
    .option('--speaker <name>', 'only quotes whose speaker name contains this')
    .option('--since <date>', 'published on or after this date', parseDateOption)
    .option('--until <date>', 'published on or before this date', parseDateOption)
    .option('--limit <n>', 'quotes to show', parseCount(1, 10_000), 20)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', HELP_AFTER)
    .action(async (words: string | undefined, options: QuotesCommandOptions) => {
      const { runQuotes } = await import('./corpus-run.js');
      process.exitCode = await runQuotes(words, options);
    });
}

/** `dateline search <query>`: full-text search over the corpus, with filters. */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { parseCount } from './ingest.js';

export interface SearchCommandOptions {
  db: string;
  since?: string;
  until?: string;
  site?: string;
  lang?: string;
  author?: string;
  limit: number;
  format: 'text' | 'json';
}

/** `--since`, `--until`: a date (YYYY, YYYY-MM or YYYY-MM-DD) or an ISO date-time. */
export function parseDateOption(value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/.test(value.trim()))
    throw new InvalidArgumentError('expected a date such as 2025-03-11 (or 2025-03, 2025)');
  return value.trim();
}

const HELP_AFTER = `
Query: words (all must match), "quoted phrases", OR between alternatives, a trailing * for a prefix.
Each hit shows its URL (file: for local files), title, date, site and a snippet with the
matches in [brackets]; each article appears once however often it was ingested.

Examples:
  dateline search "grain corridor" --since 2024-09-01
  dateline search harbour --site danubecourier.example --format json
`;

export function registerSearchCommand(program: Command): Command {
  return program
    .command('search')
    .description('search the stored articles')
    .argument('<query>', 'words, "phrases", OR')
    .option('--db <path>', 'the corpus database', './dateline.db')
    .option('--since <date>', 'published on or after this date', parseDateOption)
    .option('--until <date>', 'published on or before this date', parseDateOption)
    .option('--site <site>', 'site name or host (news.example matches www.news.example)')
    .option('--lang <code>', 'language (en matches en-GB)')
    .option('--author <name>', 'an author of the article')
    .option('--limit <n>', 'hits to show', parseCount(1, 10_000), 20)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', HELP_AFTER)
    .action(async (query: string, options: SearchCommandOptions) => {
      const { runSearch } = await import('./corpus-run.js');
      process.exitCode = await runSearch(query, options);
    });
}

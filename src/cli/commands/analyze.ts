/**
 * `dateline analyze <file|->` and `dateline analyze --db <path>`: the command's definition,
 * options and help. The work is in `analyze-run.ts`, loaded when the command runs.
 */
import { type Command, Option } from 'commander';
import { parseDateOption } from './search.js';

/** The options of `analyze`, as commander parses them. */
export interface AnalyzeCommandOptions {
  db?: string;
  format: 'json' | 'text';
  published?: string;
  json?: boolean;
}

const HELP_AFTER = `
Input:
  <file>     a news page (HTML: the article is extracted first) or plain text (UTF-8)
  -          the same on stdin
  --db PATH  no input: analyse every article stored in the corpus that has not been analysed
             yet (or was analysed from older text, or by an older dateline), and store the
             actors, quotes and dates; an interrupted run goes on where it stopped

Output (one input): JSON {title, published, text, sentences, actors, quotes, times} where
every span is a [start, end) pair of character offsets into text; --format text prints a
readable report instead. With --db: a progress bar on a terminal and a summary at the end
(--json: one JSON line). Search the stored quotes with: dateline quotes <words>

Relative dates ("on Friday", "last week") resolve against --published, else the page's date.

Examples:
  dateline analyze story.html --format text
  dateline analyze notes.txt --published 2014-09-28
  dateline analyze --db dateline.db
`;

/** Registers `analyze` on `program`. */
export function registerAnalyzeCommand(program: Command): Command {
  return program
    .command('analyze')
    .description('find the actors, quotes and dates of articles')
    .argument('[input]', 'an HTML or text file, or - for stdin (omit it with --db)')
    .option('--db <path>', 'analyse the articles stored in this corpus')
    .addOption(
      new Option('-f, --format <format>', 'output format for one input')
        .choices(['json', 'text'])
        .default('json'),
    )
    .option('--published <date>', 'publication date of the input, for relative dates', parseDateOption)
    .option('--json', 'with --db: print the summary as one JSON line')
    .addHelpText('after', HELP_AFTER)
    .action(async (input: string | undefined, options: AnalyzeCommandOptions) => {
      const { runAnalyze } = await import('./analyze-run.js');
      process.exitCode = await runAnalyze(input, options);
    });
}

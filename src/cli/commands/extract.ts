/**
 * `dateline extract <file|dir|url|->`: the command's definition, options and help. The work is
 * in `extract-run.ts`, loaded when the command runs, so `--help` and other commands stay fast.
 */
import { type Command, Option } from 'commander';
import type { OutputFormat } from '../formats.js';
import { OUTPUT_FORMATS } from '../formats.js';
import { parseHeaderText, parseTimeout, parseUrlOption } from '../options.js';

/** The options of `extract`, as commander parses them. */
export interface ExtractCommandOptions {
  format?: OutputFormat;
  url?: string;
  allowPrivate?: boolean;
  userAgent?: string;
  contact?: string;
  timeout?: number;
}

const HELP_AFTER = `
Input:
  <file>     an HTML file; its size is checked first (pages over 50 MB are refused)
  <dir>      every *.html and *.htm file under it, recursively, in sorted order
             (hidden files and folders are skipped)
  <url>      an http:// or https:// address, fetched politely (robots.txt is respected)
  -          the page's bytes on stdin

Formats (--format):
  one page:  text (default), markdown, json (render's layouts), or jsonl (one JSON line)
  directory: jsonl (default)  one line per page: {"file": "relative/path.html", ...article};
                              a page that failed: {"file": ..., "error": "message"}
             json             one JSON array of those same records
             text             each article after a line "==> relative/path.html <==",
                              articles separated by a blank line
             markdown         each article after "<!-- file: relative/path.html -->",
                              articles separated by a "---" line
  A page that fails in a directory is also reported on stderr; the others go on, and the
  exit status is 1 if any page failed. While a directory is read into a file or a pipe, a
  progress bar (count, pages/s, ETA) is drawn when stderr is a terminal.

Exit status: 0 ok, 1 failure, 2 bad usage. DATELINE_DEBUG=1 prints stacks of unexpected errors.

Examples:
  dateline extract page.html --url https://example.com/news/1
  curl -s https://example.com/news/1 | dateline extract - --format json
  dateline extract examples/pages > articles.jsonl
`;

/** Registers `extract` on `program`. */
export function registerExtractCommand(program: Command): Command {
  return program
    .command('extract')
    .description('extract clean article records from news pages')
    .argument('<input>', 'an HTML file, a directory of them, an http(s) URL, or - for stdin')
    .addOption(
      new Option(
        '-f, --format <format>',
        'output format (default: text for one page, jsonl for a directory)',
      ).choices(OUTPUT_FORMATS),
    )
    .option('--url <url>', 'the address of a local file or stdin page (resolves its links)', parseUrlOption)
    .option('--allow-private', 'allow fetching private, loopback and link-local addresses')
    .option('--user-agent <string>', 'User-Agent header for fetching', parseHeaderText)
    .option(
      '--contact <url-or-email>',
      'contact added to the User-Agent, so sites can reach you',
      parseHeaderText,
    )
    .option('--timeout <ms>', 'connect and read timeout for fetching, in milliseconds', parseTimeout)
    .addHelpText('after', HELP_AFTER)
    .action(async (input: string, options: ExtractCommandOptions) => {
      const { runExtract } = await import('./extract-run.js');
      process.exitCode = await runExtract(input, options);
    });
}

/**
 * `dateline ingest <sources...>`: the command's definition and help; the work is in
 * `ingest-run.ts`, loaded when the command runs.
 */
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { parseHeaderText, parseTimeout } from '../options.js';

/** The options of `ingest`, as commander parses them. */
export interface IngestCommandOptions {
  db: string;
  json?: boolean;
  refresh?: boolean;
  allowPrivate?: boolean;
  userAgent?: string;
  contact?: string;
  timeout?: number;
  delay?: number;
  concurrency?: number;
}

/** A whole number within bounds, for --delay and --concurrency. */
export function parseCount(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max)
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    return n;
  };
}

const HELP_AFTER = `
Sources (any number, any mix):
  https://...           a page, an RSS/Atom/JSON feed, or a sitemap (index, news, .xml.gz)
  file.warc[.gz]        the response records of a WARC archive (as in Common Crawl's news crawl)
  page.html, dir/       an HTML file, or every *.html/*.htm under a directory
  feed.xml, urls.txt    a feed or sitemap file, or a text file of URLs (one per line, # comments)

Each page is fetched or read once, extracted, and stored with its raw bytes in one transaction.
Running the same command again resumes: stored pages are skipped (--refresh asks the server
again, conditionally). A source that fails is reported and the others go on. Fetching is polite:
robots.txt, one request at a time per host with a delay, timeouts and size limits.

Output: a progress line on a terminal, then a summary; --json writes one JSON event per line.
Exit status: 0 ok, 1 if any source or page failed, 2 bad usage.
`;

export function registerIngestCommand(program: Command): Command {
  return program
    .command('ingest')
    .description('fetch, extract and store news pages from URLs, feeds, sitemaps, WARC files and files')
    .argument('<sources...>', 'URLs, feeds, sitemaps, WARC files, HTML files or directories, URL lists')
    .option('--db <path>', 'the corpus database', './dateline.db')
    .option('--json', 'write line-delimited JSON events instead of a progress line and summary')
    .option('--refresh', 'fetch stored pages again with conditional requests instead of skipping them')
    .option('--allow-private', 'allow fetching private, loopback and link-local addresses')
    .option('--user-agent <string>', 'User-Agent header for fetching', parseHeaderText)
    .option('--contact <url-or-email>', 'contact added to the User-Agent', parseHeaderText)
    .option('--timeout <ms>', 'connect and read timeout, in milliseconds', parseTimeout)
    .option(
      '--delay <ms>',
      'pause between requests to one host, in milliseconds (default 1000)',
      parseCount(0, 600_000),
    )
    .option('--concurrency <n>', 'pages in flight at once (default 8)', parseCount(1, 256))
    .addHelpText('after', HELP_AFTER)
    .action(async (sources: string[], options: IngestCommandOptions) => {
      const { runIngest } = await import('./ingest-run.js');
      process.exitCode = await runIngest(sources, options);
    });
}

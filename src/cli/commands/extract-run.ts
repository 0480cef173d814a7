/**
 * What `dateline extract` does: read or fetch pages, extract them, write the records.
 */
import { join } from 'node:path';
import type { Article } from '../../article/types.js';
import { MAX_PAGE_BYTES } from '../../extract/errors.js';
import type { ExtractOptions } from '../../extract/index.js';
import { extract } from '../../extract/index.js';
import {
  CliError,
  debugEnabled,
  describeError,
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  isExpectedError,
} from '../errors.js';
import type { NetworkOptions } from '../fetch.js';
import { fetchPage } from '../fetch.js';
import type { OutputFormat } from '../formats.js';
import type { InputSource } from '../inputs.js';
import { listHtmlFiles, readPageFile, readStdin, resolveInput } from '../inputs.js';
import { writeOut } from '../output.js';
import { createProgress } from '../progress.js';
import { formatArticle, manyPagesWriter } from '../writers.js';
import type { ExtractCommandOptions } from './extract.js';

/** Runs `extract` and returns the exit code. Expected failures are thrown as CliError/ExtractError. */
export async function runExtract(input: string, options: ExtractCommandOptions): Promise<number> {
  const source = await resolveInput(input);
  if (options.url !== undefined && (source.kind === 'directory' || source.kind === 'url')) {
    throw new CliError(
      `--url gives the address of one local file or stdin; it cannot be used with a ${source.kind === 'url' ? 'URL' : 'directory'}`,
      EXIT_USAGE,
    );
  }
  if (source.kind === 'directory') return extractDirectory(source.path, options.format ?? 'jsonl');
  const article = await extractOne(source, options);
  await writeOut(formatArticle(article, options.format ?? 'text'));
  return EXIT_OK;
}

/** The network options of the command line. */
function networkOptions(options: ExtractCommandOptions): NetworkOptions {
  return {
    maxBytes: MAX_PAGE_BYTES,
    ...(options.allowPrivate ? { allowPrivate: true } : {}),
    ...(options.userAgent !== undefined ? { userAgent: options.userAgent } : {}),
    ...(options.contact !== undefined ? { contact: options.contact } : {}),
    ...(options.timeout !== undefined ? { timeoutMs: options.timeout } : {}),
  };
}

/**
 * Extracts one page, naming it in the failure: `a.html: <why extract refused it>`. Reading
 * failures already name the page; unexpected errors (bugs) are left to the caller.
 */
function extractPage(subject: string, bytes: Uint8Array, options: ExtractOptions = {}): Article {
  try {
    return extract(bytes, options);
  } catch (err) {
    if (err instanceof Error && err.name === 'ExtractError')
      throw new CliError(`${subject}: ${describeError(err)}`);
    throw err;
  }
}

/** Reads and extracts a single page (file, stdin or URL). */
async function extractOne(
  source: Exclude<InputSource, { kind: 'directory' }>,
  options: ExtractCommandOptions,
): Promise<Article> {
  const url = options.url !== undefined ? { url: options.url } : {};
  switch (source.kind) {
    case 'url': {
      const page = await fetchPage(source.url, networkOptions(options));
      return extractPage(page.finalUrl, page.body, {
        url: page.finalUrl,
        ...(page.contentType !== undefined ? { contentType: page.contentType } : {}),
      });
    }
    case 'stdin':
      return extractPage('stdin', await readStdin(), url);
    case 'file':
      return extractPage(source.path, await readPageFile(source.path, source.path, source.stats), url);
  }
}

/** The one-line message for a page of a directory that failed; it always names the file. */
function pageFailure(file: string, err: unknown): string {
  const message = describeError(err);
  return err instanceof CliError ? message : `${file}: ${message}`;
}

/** Extracts every HTML file under `dir`, streaming the output; returns 1 if any page failed. */
async function extractDirectory(dir: string, format: OutputFormat): Promise<number> {
  const { files, problems } = await listHtmlFiles(dir);
  if (files.length === 0 && problems.length === 0) {
    throw new CliError(`no .html or .htm files found under ${dir}`);
  }
  const writer = manyPagesWriter(format);
  const progress = createProgress(files.length);
  let failed = problems.length;
  for (const problem of problems) progress.log(`dateline: ${problem}`);
  try {
    await writeOut(writer.begin());
    for (const file of files) {
      let piece: string;
      try {
        const bytes = await readPageFile(join(dir, file), file);
        piece = writer.page(file, extractPage(file, bytes));
      } catch (err) {
        failed += 1;
        const message = pageFailure(file, err);
        progress.log(`dateline: ${message}`);
        if (debugEnabled() && !isExpectedError(err) && err instanceof Error && err.stack)
          progress.log(err.stack);
        piece = writer.failure(file, message);
      }
      await writeOut(piece);
      progress.tick();
    }
    await writeOut(writer.end());
  } finally {
    progress.stop();
  }
  return failed > 0 ? EXIT_FAILURE : EXIT_OK;
}

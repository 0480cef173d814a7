/**
 * Where pages come from on the command line: a file, stdin (`-`), a directory of `.html`/`.htm`
 * files, or an http(s) URL. This module reads bytes and names; it never decodes or parses them.
 */

import type { Dirent, Stats } from 'node:fs';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { MAX_PAGE_BYTES } from '../extract/errors.js';
import { CliError, describeSystemError, EXIT_USAGE, systemErrorCode } from './errors.js';

/** What an `<input>` argument names. */
export type InputSource =
  | { kind: 'stdin' }
  | { kind: 'url'; url: string }
  | { kind: 'file'; path: string; stats: Stats }
  | { kind: 'directory'; path: string };

/** `1.2 MB`: a size for messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const LIMIT = formatBytes(MAX_PAGE_BYTES);

/** The CLI's own size check, made before extract sees a byte; the message names the page. */
function tooLarge(subject: string, size?: number): CliError {
  const what = size === undefined ? `${subject} is over` : `${subject} is ${formatBytes(size)}, over`;
  return new CliError(`${what} the ${LIMIT} page limit`);
}

/** Tells what `input` names; a path is looked up with stat (it must exist). */
export async function resolveInput(input: string): Promise<InputSource> {
  if (input === '-') return { kind: 'stdin' };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(input)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    if (!URL.canParse(input)) throw new CliError(`not a valid URL: ${input}`, EXIT_USAGE);
    return { kind: 'url', url: input };
  }
  if (scheme !== undefined) {
    throw new CliError(
      `unsupported URL scheme '${scheme}:' in ${input}; give an http(s) URL, a file, a directory or -`,
      EXIT_USAGE,
    );
  }
  let stats: Stats;
  try {
    stats = await stat(input);
  } catch (err) {
    const looksLikeHost = systemErrorCode(err) === 'ENOENT' && /^[\w-]+(\.[\w-]+)+(\/|$)/.test(input);
    const hint = looksLikeHost ? `; for a web page, give the whole URL: https://${input}` : '';
    throw new CliError(describeSystemError(err, input) + hint);
  }
  if (stats.isDirectory()) return { kind: 'directory', path: input };
  return { kind: 'file', path: input, stats };
}

/** Reads a stream whole, refusing more than MAX_PAGE_BYTES. */
export async function readCapped(stream: NodeJS.ReadableStream, subject: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_PAGE_BYTES) {
      if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
      throw tooLarge(subject);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Reads a page file; failures are CliErrors whose message names `subject`. The size is checked with stat before any byte is read, so a huge file is
 * refused at once; pipes and devices (`<(curl ...)`, /dev/stdin) are read up to the limit.
 */
export async function readPageFile(path: string, subject: string, known?: Stats): Promise<Uint8Array> {
  try {
    const stats = known ?? (await stat(path));
    if (stats.isDirectory()) throw new CliError(`cannot read ${subject}: is a directory`);
    if (stats.isFile()) {
      if (stats.size > MAX_PAGE_BYTES) throw tooLarge(subject, stats.size);
      return await readFile(path);
    }
    return await readCapped(createReadStream(path), subject);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(describeSystemError(err, subject));
  }
}

/** Reads stdin whole (up to the page limit). */
export function readStdin(): Promise<Uint8Array> {
  return readCapped(process.stdin, 'stdin');
}

/** The files a directory walk found, and the places it could not read. */
export interface HtmlListing {
  /** Paths relative to the directory, with `/` separators, sorted by code unit. */
  files: string[];
  /** One-line messages for subdirectories that could not be read. */
  problems: string[];
}

const HTML_FILE = /\.html?$/i;

/**
 * Lists every `*.html` and `*.htm` file under `dir` (any case), recursively. Hidden entries
 * (names starting with `.`) are skipped, and symbolic links to directories are not followed,
 * so a walk always ends.
 */
export async function listHtmlFiles(dir: string): Promise<HtmlListing> {
  const files: string[] = [];
  const problems: string[] = [];
  const toPosix = (path: string): string => relative(dir, path).split(sep).join('/');
  async function walk(current: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (err) {
      if (current === dir) throw new CliError(describeSystemError(err, dir));
      problems.push(describeSystemError(err, `${toPosix(current)}/`));
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (HTML_FILE.test(entry.name) && (entry.isFile() || (await isFileLink(path)))) {
        files.push(toPosix(path));
      }
    }
  }
  await walk(dir);
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, problems };
}

/** Whether a symbolic link (or other entry) resolves to a regular file. */
async function isFileLink(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

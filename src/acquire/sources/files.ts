/**
 * Local files as pages: one HTML file, or every `*.html`/`*.htm` under a directory, walked lazily
 * in sorted order. A page read from disk has a `file:` URL, status 200, no content type (extract
 * sniffs the charset) and the file's mtime as its fetch time.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '../page.js';
import { SourceError } from './errors.js';
import { HTML_NAME } from './formats.js';

/** Reads one file as a Page; SourceError (naming `spec`) when it cannot be read or is over `maxBytes`. */
export async function filePage(path: string, spec: string, maxBytes: number): Promise<Page> {
  try {
    const stats = await stat(path);
    if (!stats.isFile()) throw new SourceError(spec, 'is not a regular file');
    if (stats.size > maxBytes)
      throw new SourceError(spec, `is ${stats.size} bytes, over the ${maxBytes}-byte limit`);
    const body = await readFile(path);
    const url = pathToFileURL(path).href;
    return { url, finalUrl: url, status: 200, headers: {}, body, fetchedAt: stats.mtime.toISOString() };
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(spec, systemReason(error), { cause: error });
  }
}

/**
 * Yields the absolute paths of the HTML files under `dir`, depth first, each directory's entries
 * sorted by name (code units). Hidden entries are skipped. Symbolic links are followed, but a
 * directory already walked (by its real path) is not walked again, so link loops end.
 */
export async function* htmlFiles(
  dir: string,
  warn: (message: string) => void,
  seen: Set<string> = new Set(),
): AsyncGenerator<string> {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return;
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    warn(`${dir}: ${systemReason(error)}; skipped`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? await linkKind(path) : entry.isDirectory() ? 'dir' : 'file';
    if (kind === 'dir') yield* htmlFiles(path, warn, seen);
    else if (kind === 'file' && HTML_NAME.test(entry.name)) yield path;
  }
}

/** What a symbolic link points at; a dangling link is nothing. */
async function linkKind(path: string): Promise<'dir' | 'file' | 'none'> {
  try {
    const stats = await stat(path);
    return stats.isDirectory() ? 'dir' : stats.isFile() ? 'file' : 'none';
  } catch {
    return 'none';
  }
}

/** A system error as a short reason ("no such file or directory"). */
export function systemReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    ELOOP: 'too many symbolic links',
  };
  return reasons[code] ?? (error instanceof Error ? error.message : String(error));
}

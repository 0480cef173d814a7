/**
 * Telling what a source spec names. A path is looked at (stat, then its first bytes); a URL is
 * fetched once, politely, with an Accept list wide enough for pages, feeds and sitemaps, and the
 * answer is judged by its content first and its Content-Type second.
 */
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FetchError } from '../errors.js';
import type { Page } from '../page.js';
import { contentHead, isGzip } from './bytes.js';
import { SourceError } from './errors.js';
import { systemReason } from './files.js';
import { FEED_OR_SITEMAP_NAME, HTML_NAME, SNIFF_BYTES, SOURCE_ACCEPT, WARC_NAME } from './formats.js';
import { essence, isHtmlType, type Sniffed, sniff } from './sniff.js';
import type { ClassifiedSource, SourceContext } from './types.js';

/**
 * Says what `spec` names: an http(s) URL (fetched once; the page is kept in the answer), a
 * `file:` URL or a path. Throws SourceError for a source that cannot be read or is of no kind we read.
 */
export async function classifySource(spec: string, ctx: SourceContext): Promise<ClassifiedSource> {
  ctx.signal?.throwIfAborted();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(spec)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return classifyUrl(spec, ctx);
  if (scheme === 'file') {
    if (!URL.canParse(spec)) throw new SourceError(spec, 'is not a valid file: URL');
    return classifyPath(spec, fileURLToPath(spec));
  }
  if (scheme !== undefined) {
    throw new SourceError(spec, `uses the unsupported scheme '${scheme}:'; give an http(s) URL or a path`);
  }
  return classifyPath(spec, resolve(spec));
}

async function classifyUrl(spec: string, ctx: SourceContext): Promise<ClassifiedSource> {
  if (!URL.canParse(spec)) throw new SourceError(spec, 'is not a valid URL');
  let page: Page;
  try {
    page = await ctx.fetcher.fetch(spec, {}, { accept: SOURCE_ACCEPT });
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    throw new SourceError(spec, error.message, { retryable: error.retryable, cause: error });
  }
  const gzip = isGzip(page.body);
  return { origin: 'url', kind: fetchedKind(spec, page, gzip), spec, page, gzip };
}

/** Content decides (a feed served as text/html is a feed); the type speaks when the content is silent. */
function fetchedKind(spec: string, page: Page, gzip: boolean): 'page-url' | 'feed' | 'sitemap' {
  const head = contentHead(page.body, gzip);
  const sniffed: Sniffed = head === undefined ? 'binary' : sniff(head);
  if (sniffed === 'feed' || sniffed === 'sitemap') return sniffed;
  if (sniffed === 'json') return 'feed';
  if (sniffed === 'page' || page.contentType === undefined || isHtmlType(page.contentType)) return 'page-url';
  const type = essence(page.contentType);
  throw new SourceError(spec, `is ${type} but neither a page, a feed nor a sitemap`);
}

async function classifyPath(spec: string, path: string): Promise<ClassifiedSource> {
  let isDirectory: boolean;
  try {
    const stats = await stat(path);
    if (!stats.isDirectory() && !stats.isFile())
      throw new SourceError(spec, 'is not a regular file or directory');
    isDirectory = stats.isDirectory();
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(spec, `${systemReason(error)}${urlHint(spec, error)}`, { cause: error });
  }
  if (isDirectory) return { origin: 'path', kind: 'directory', spec, path, gzip: false };
  const head = await readHead(spec, path);
  const gzip = isGzip(head);
  return { origin: 'path', kind: fileKind(spec, path, head, gzip), spec, path, gzip };
}

/** The name proposes, the first bytes decide. */
function fileKind(spec: string, path: string, bytes: Uint8Array, gzip: boolean): FileKind {
  const head = contentHead(bytes, gzip);
  const sniffed: Sniffed = head === undefined ? 'binary' : sniff(head);
  if (sniffed === 'warc') return 'warc';
  if (WARC_NAME.test(path))
    throw new SourceError(spec, 'is named like a WARC but does not start with WARC/1.');
  if (HTML_NAME.test(path) && !gzip) return 'html-file';
  if (sniffed === 'feed' || sniffed === 'sitemap') return sniffed;
  if (sniffed === 'json') return 'feed';
  if (FEED_OR_SITEMAP_NAME.test(path) || gzip) {
    throw new SourceError(spec, 'is neither a feed (RSS, Atom, RDF, JSON Feed) nor a sitemap');
  }
  if (sniffed === 'page') return 'html-file';
  if (sniffed === 'binary')
    throw new SourceError(spec, 'is a binary file, not a page, feed, sitemap, WARC or URL list');
  return 'url-list';
}

type FileKind = Exclude<ClassifiedSource['kind'], 'page-url' | 'directory'>;

async function readHead(spec: string, path: string): Promise<Uint8Array> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = new Uint8Array(SNIFF_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new SourceError(spec, systemReason(error), { cause: error });
  }
}

/** "news.example/feed" was meant as a URL more often than as a path. */
function urlHint(spec: string, error: unknown): string {
  const missing = typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
  return missing && /^[\w-]+(\.[\w-]+)+(\/|$)/.test(spec)
    ? `; for a web source, give the whole URL: https://${spec}`
    : '';
}

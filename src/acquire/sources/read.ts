/**
 * One command-line source to a lazy stream of items. Nothing is read until the first item is asked
 * for, and files, WARCs, sitemaps and URL lists stream: memory stays flat however long the source.
 */
import { createReadStream } from 'node:fs';
import { decodePage } from '../../extract/decode.js';
import type { Page } from '../page.js';
import { gunzipCapped, readAllCapped, sliceChunks } from './bytes.js';
import { classifySource } from './classify.js';
import { SourceError } from './errors.js';
import { readFeed } from './feeds.js';
import { filePage, htmlFiles } from './files.js';
import { sitemapItems } from './sitemaps.js';
import type { ClassifiedSource, SourceContext, SourceItem } from './types.js';
import { listedUrls } from './url-list.js';
import { warcPages } from './warc.js';

/**
 * Reads one source: a page, feed or sitemap URL; a WARC, HTML, feed, sitemap or URL-list file; a
 * directory of HTML files. Yields URLs to fetch and pages already in hand, in source order. Throws
 * SourceError when the source as a whole cannot be read; damage that only skips part of it goes to
 * `ctx.onWarning`. Stop early with `return()` (or `break` in `for await`): open files are closed.
 */
export async function* readSource(spec: string, ctx: SourceContext): AsyncGenerator<SourceItem> {
  const source = await classifySource(spec, ctx);
  const items = source.origin === 'url' ? fetchedItems(source, ctx) : pathItems(source, ctx);
  for await (const item of items) {
    ctx.signal?.throwIfAborted();
    yield item;
  }
}

type FetchedSource = Extract<ClassifiedSource, { origin: 'url' }>;
type PathSource = Extract<ClassifiedSource, { origin: 'path' }>;

async function* fetchedItems(source: FetchedSource, ctx: SourceContext): AsyncGenerator<SourceItem> {
  const { spec, page, gzip } = source;
  switch (source.kind) {
    case 'page-url':
      yield { kind: 'page', page, source: spec };
      return;
    case 'feed': {
      const bytes = await ungzipWhole(page.body, gzip, spec, ctx);
      yield* feedItems(bytes, page.contentType, page.finalUrl, spec, ctx);
      return;
    }
    case 'sitemap': {
      const document = { name: spec, url: page.finalUrl, bytes: sliceChunks(page.body), gzip };
      yield* sitemapItems(document, spec, ctx);
      return;
    }
  }
}

async function* pathItems(source: PathSource, ctx: SourceContext): AsyncGenerator<SourceItem> {
  const { spec, path, gzip } = source;
  const maxBytes = ctx.fetcher.options.maxBytes;
  const warn = (message: string): void => ctx.onWarning?.(`${spec}: ${message}`);
  switch (source.kind) {
    case 'html-file':
      yield { kind: 'page', page: await filePage(path, spec, maxBytes), source: spec };
      return;
    case 'directory':
      yield* directoryItems(path, spec, ctx);
      return;
    case 'warc':
      for await (const page of warcPages(fileBytes(path, spec), gzip, {
        spec,
        maxBytes,
        onWarning: ctx.onWarning,
      })) {
        yield { kind: 'page', page, source: spec };
      }
      return;
    case 'feed': {
      const raw = await readAllCapped(fileBytes(path, spec), maxBytes, spec);
      yield* feedItems(await ungzipWhole(raw, gzip, spec, ctx), undefined, undefined, spec, ctx);
      return;
    }
    case 'sitemap':
      yield* sitemapItems({ name: spec, bytes: fileBytes(path, spec), gzip }, spec, ctx);
      return;
    case 'url-list':
      for await (const { url } of listedUrls(fileBytes(path, spec), warn))
        yield { kind: 'url', url, source: spec };
      return;
  }
}

/** Feed bytes to URL items; `contentType` carries the charset a server declared. */
async function* feedItems(
  bytes: Uint8Array,
  contentType: string | undefined,
  documentUrl: string | undefined,
  spec: string,
  ctx: SourceContext,
): AsyncGenerator<SourceItem> {
  const { entries, skipped } = readFeed(decodePage(bytes, contentType).html, documentUrl, spec);
  const have = skipped === 1 ? 'entry has' : 'entries have';
  if (skipped > 0) ctx.onWarning?.(`${spec}: ${skipped} feed ${have} no http(s) link; skipped`);
  for (const entry of entries) yield { kind: 'url', ...entry, source: spec };
}

/** Every HTML file under a directory; a file that cannot be read is a warning, not the end. */
async function* directoryItems(dir: string, spec: string, ctx: SourceContext): AsyncGenerator<SourceItem> {
  const warn = (message: string): void => ctx.onWarning?.(`${spec}: ${message}`);
  for await (const path of htmlFiles(dir, warn)) {
    let page: Page;
    try {
      page = await filePage(path, path, ctx.fetcher.options.maxBytes);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      warn(`${error.message}; skipped`);
      continue;
    }
    yield { kind: 'page', page, source: spec };
  }
}

async function ungzipWhole(
  bytes: Uint8Array,
  gzip: boolean,
  spec: string,
  ctx: SourceContext,
): Promise<Uint8Array> {
  if (!gzip) return bytes;
  const maxBytes = ctx.fetcher.options.maxBytes;
  return readAllCapped(gunzipCapped(sliceChunks(bytes), maxBytes, spec), maxBytes, spec);
}

/** A file's bytes as a stream; read errors become SourceErrors naming the source. */
async function* fileBytes(path: string, spec: string): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(path);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) yield chunk;
  } catch (error) {
    throw new SourceError(spec, (error as Error).message, { cause: error });
  } finally {
    stream.destroy();
  }
}

/**
 * A sitemap source to URL items: the sitemap's `<url>` entries, and for a sitemap index the
 * entries of every sitemap it lists, fetched through the polite Fetcher, followed to a depth limit
 * and at most once each (indexes that list themselves or each other end).
 */
import { contentHead, gunzipCapped, isGzip, sliceChunks, utf8Text } from './bytes.js';
import { SourceError } from './errors.js';
import { MAX_SITEMAP_DEPTH, SOURCE_ACCEPT } from './formats.js';
import { type SitemapEntry, scanSitemap } from './sitemap-scan.js';
import { sniff } from './sniff.js';
import type { SourceContext, SourceItem } from './types.js';

/** One sitemap document to read. */
export interface SitemapDocument {
  /** What messages call it: the spec for the top sitemap, the URL for the ones an index lists. */
  name: string;
  /** Where it was read, to resolve relative `<loc>`s and to recognise it when listed again. */
  url?: string;
  bytes: AsyncIterable<Uint8Array>;
  gzip: boolean;
}

/** Shared by every sitemap of one source. */
interface Walk {
  spec: string;
  ctx: SourceContext;
  seen: Set<string>;
}

/** Yields URL items from a sitemap and the sitemaps it lists; SourceError when the top one is no sitemap. */
export async function* sitemapItems(
  document: SitemapDocument,
  spec: string,
  ctx: SourceContext,
): AsyncGenerator<SourceItem> {
  const walk: Walk = { spec, ctx, seen: new Set(document.url === undefined ? [] : [document.url]) };
  yield* readDocument(document, 0, walk);
}

async function* readDocument(
  document: SitemapDocument,
  depth: number,
  walk: Walk,
): AsyncGenerator<SourceItem> {
  const { ctx } = walk;
  const maxBytes = ctx.fetcher.options.maxBytes;
  const bytes = document.gzip ? gunzipCapped(document.bytes, maxBytes, document.name) : document.bytes;
  const scan = scanSitemap(utf8Text(bytes), document.name);
  const where = document.name === walk.spec ? '' : `sitemap ${document.name}: `;
  let count = 0;
  for (let next = await scan.next(); ; next = await scan.next()) {
    if (next.done) {
      if (!next.value.complete) {
        warn(walk, `${where}ends before </${next.value.root}> (truncated?); read ${count} entries`);
      }
      return;
    }
    ctx.signal?.throwIfAborted();
    const entry = next.value;
    const url = httpUrl(entry.loc, document.url);
    if (url === undefined) {
      warn(walk, `${where}<loc> ${JSON.stringify(entry.loc.slice(0, 200))} is not an http(s) URL; skipped`);
      continue;
    }
    count++;
    if (entry.kind === 'url') yield urlItem(url, entry, walk.spec);
    else yield* readChild(url, depth + 1, walk);
  }
}

/** Fetches and reads a sitemap that an index lists; its failures are warnings, not the source's. */
async function* readChild(url: string, depth: number, walk: Walk): AsyncGenerator<SourceItem> {
  if (walk.seen.has(url)) {
    warn(walk, `sitemap ${url} is listed again (a loop?); read once`);
    return;
  }
  walk.seen.add(url);
  if (depth > MAX_SITEMAP_DEPTH) {
    warn(walk, `sitemap ${url} is nested deeper than ${MAX_SITEMAP_DEPTH} indexes; skipped`);
    return;
  }
  let body: Uint8Array;
  let finalUrl: string;
  try {
    const page = await walk.ctx.fetcher.fetch(url, {}, { accept: SOURCE_ACCEPT });
    body = page.body;
    finalUrl = page.finalUrl;
  } catch (error) {
    warn(walk, `could not fetch sitemap ${url}: ${(error as Error).message}`);
    return;
  }
  const gzip = isGzip(body);
  const head = contentHead(body, gzip);
  if (head === undefined || sniff(head) !== 'sitemap') {
    warn(walk, `${url}, listed as a sitemap, is not one; skipped`);
    return;
  }
  walk.seen.add(finalUrl);
  try {
    yield* readDocument({ name: url, url: finalUrl, bytes: sliceChunks(body), gzip }, depth, walk);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    warn(walk, error.message);
  }
}

function urlItem(url: string, entry: SitemapEntry, source: string): SourceItem {
  return {
    kind: 'url',
    url,
    source,
    ...(entry.published === undefined ? {} : { published: entry.published }),
    ...(entry.modified === undefined ? {} : { modified: entry.modified }),
    ...(entry.title === undefined ? {} : { title: entry.title }),
  };
}

/** `<loc>` must be absolute (sitemaps.org); a relative one is resolved when the sitemap has a URL. */
function httpUrl(loc: string, base: string | undefined): string | undefined {
  const url = URL.canParse(loc, base) ? new URL(loc, base) : undefined;
  return url !== undefined && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : undefined;
}

function warn(walk: Walk, message: string): void {
  walk.ctx.onWarning?.(`${walk.spec}: ${message}`);
}

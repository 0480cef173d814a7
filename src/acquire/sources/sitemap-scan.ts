/**
 * A streaming sitemap reader: text arrives in chunks of any size; each complete `<url>` or
 * `<sitemap>` element is cut out and parsed on its own by fast-xml-parser, so a 50,000-URL sitemap
 * is never held as one tree. Handles sitemaps.org urlsets and indexes, Google news sitemaps
 * (`<news:publication_date>`, `<news:title>`), and namespace-prefixed roots (`<sm:urlset>`).
 */
import { XMLParser } from 'fast-xml-parser';
import { normalizeDate } from '../../extract/metadata/dates.js';
import { SourceError } from './errors.js';
import { MAX_SITEMAP_ENTRY_CHARS, SNIFF_BYTES } from './formats.js';
import { readProlog } from './sniff.js';

/** One entry of a sitemap: a page (`url`) or, in an index, another sitemap (`sitemap`). */
export interface SitemapEntry {
  kind: 'url' | 'sitemap';
  /** `<loc>` as written, entities decoded and whitespace trimmed (not yet checked as a URL). */
  loc: string;
  /** `<lastmod>`, ISO 8601, when readable. */
  modified?: string;
  /** `<news:publication_date>`, ISO 8601, when readable. */
  published?: string;
  /** `<news:title>`. */
  title?: string;
}

/** What a scan ends with, besides its entries. */
export interface SitemapEnd {
  root: 'urlset' | 'sitemapindex';
  /** False when the text stopped before the closing root tag (a truncated file). */
  complete: boolean;
}

const elementParser = new XMLParser({
  removeNSPrefix: true,
  parseTagValue: false,
  ignoreAttributes: true,
  trimValues: true,
});

/**
 * Reads sitemap text chunk by chunk, yielding entries as their elements close; returns how it
 * ended. Throws SourceError when the root element is not a urlset or sitemapindex, or an entry is
 * implausibly long.
 */
export async function* scanSitemap(
  chunks: AsyncIterable<string>,
  spec: string,
): AsyncGenerator<SitemapEntry, SitemapEnd> {
  let buffer = '';
  let shape: Shape | undefined;
  for await (const chunk of chunks) {
    buffer += chunk;
    shape ??= findShape(buffer, spec, false);
    if (shape === undefined) continue;
    buffer = yield* takeEntries(buffer, shape);
    if (buffer.length > MAX_SITEMAP_ENTRY_CHARS) {
      throw new SourceError(
        spec,
        `has an entry longer than ${MAX_SITEMAP_ENTRY_CHARS} characters: not a sitemap?`,
      );
    }
  }
  shape ??= findShape(buffer, spec, true);
  if (shape === undefined) throw new SourceError(spec, 'is empty');
  buffer = yield* takeEntries(buffer, shape);
  const closing = new RegExp(`</${shape.prefix}${shape.root}\\s*>`);
  return { root: shape.root, complete: closing.test(buffer) };
}

/** The root element and the entry element to cut out. */
interface Shape {
  root: 'urlset' | 'sitemapindex';
  prefix: string;
  entry: RegExp;
}

/** Reads the root element once enough text has arrived; undefined while it may still be cut. */
function findShape(buffer: string, spec: string, atEnd: boolean): Shape | undefined {
  const prolog = readProlog(buffer);
  // The root's name is whole once a space, `>` or `/` follows it (`<sm` may yet become `<sm:urlset`).
  const whole = prolog.rootEnd !== undefined && /[\s>/]/.test(buffer[prolog.rootEnd] ?? '');
  if (!whole && !atEnd && buffer.length < SNIFF_BYTES) return undefined;
  if (prolog.root !== 'urlset' && prolog.root !== 'sitemapindex') {
    if (atEnd && buffer.trim() === '') throw new SourceError(spec, 'is empty');
    const found = prolog.root === undefined ? 'no XML root element' : `root element <${prolog.root}>`;
    throw new SourceError(spec, `is not a sitemap (${found}; expected <urlset> or <sitemapindex>)`);
  }
  const name = `${escapeRegExp(prolog.prefix)}${prolog.root === 'urlset' ? 'url' : 'sitemap'}`;
  // `(?:\s[^>]*)?>` keeps `<urlset` from matching `<url`; the lazy body stops at the first close.
  const entry = new RegExp(`<${name}(?:\\s[^>]*)?>[\\s\\S]*?</${name}\\s*>`, 'g');
  return { root: prolog.root, prefix: prolog.prefix, entry };
}

/** Yields the complete entry elements in the buffer; returns the text after the last one. */
function* takeEntries(buffer: string, shape: Shape): Generator<SitemapEntry, string> {
  let end = -1;
  shape.entry.lastIndex = 0;
  for (let match = shape.entry.exec(buffer); match !== null; match = shape.entry.exec(buffer)) {
    end = shape.entry.lastIndex;
    yield* parseEntry(match[0], shape);
  }
  return end < 0 ? buffer : buffer.slice(end);
}

/** One `<url>` or `<sitemap>` element to an entry; an element without `<loc>` yields nothing. */
function* parseEntry(element: string, shape: Shape): Generator<SitemapEntry> {
  const kind = shape.root === 'urlset' ? 'url' : 'sitemap';
  const tree = elementParser.parse(element) as Record<string, unknown>;
  const fields = asRecord(tree[kind]);
  const loc = text(fields['loc']);
  if (loc === undefined) return;
  const news = asRecord(fields['news']);
  const modified = isoDate(text(fields['lastmod']));
  const published = isoDate(text(news['publication_date']));
  const title = text(news['title']);
  yield {
    kind,
    loc,
    ...(modified === undefined ? {} : { modified }),
    ...(published === undefined ? {} : { published }),
    ...(title === undefined ? {} : { title }),
  };
}

function asRecord(value: unknown): Record<string, unknown> {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'object' && first !== null ? (first as Record<string, unknown>) : {};
}

/** The text of a simple element (the first, when it is repeated); undefined when empty. */
function text(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const s = typeof first === 'string' || typeof first === 'number' ? String(first).trim() : undefined;
  return s ? s : undefined;
}

function isoDate(raw: string | undefined): string | undefined {
  return normalizeDate(raw, { now: Date.now() });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

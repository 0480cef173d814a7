/**
 * What tells one kind of source from another, and the limits that keep reading them bounded: the
 * data behind classify, sniff, sitemaps and WARC, kept apart from the code that applies it.
 *
 * Provenance: media types from the IANA media type registry and the format specifications named
 * beside each; sitemap limits from sitemaps.org (protocol 0.9, 2008) and Google's news sitemap
 * documentation; WARC from ISO 28500:2017 (WARC/1.1). Written for dateline, 2025.
 * Change log: 2025 first version (issue 4).
 */

/**
 * The Accept list for a URL source, which may be a page, a feed or a sitemap. Types outside it are
 * refused by the Fetcher before the body is read.
 */
export const SOURCE_ACCEPT: readonly string[] = [
  'text/html', // pages (WHATWG HTML)
  'application/xhtml+xml', // pages served as XHTML
  'application/rss+xml', // RSS 2.0 (not registered, but what feeds send)
  'application/atom+xml', // Atom (RFC 4287)
  'application/rdf+xml', // RSS 1.0 / RDF Site Summary
  'application/feed+json', // JSON Feed 1.1
  'application/json', // JSON Feed 1.0 and servers that do not know feed+json
  'application/xml', // sitemaps (sitemaps.org asks for no particular type) and feeds served as XML
  'text/xml', // the same, older servers
  'application/gzip', // .xml.gz sitemaps served as files (RFC 6713)
  'application/x-gzip', // the same, older servers
];

/** The media types of an HTML page: a URL source with one of these and no feed or sitemap inside is a page. */
export const HTML_TYPES: readonly string[] = ['text/html', 'application/xhtml+xml'];

/** What an XML root element (local name, lower case) makes a document. */
export const XML_ROOTS: Readonly<Record<string, 'feed' | 'sitemap' | 'page'>> = {
  rss: 'feed', // RSS 0.9x and 2.0: <rss version="2.0">
  feed: 'feed', // Atom 1.0 and 0.3: <feed xmlns="http://www.w3.org/2005/Atom">
  rdf: 'feed', // RSS 1.0: <rdf:RDF xmlns="http://purl.org/rss/1.0/">
  urlset: 'sitemap', // sitemaps.org <urlset>, news and image sitemaps too
  sitemapindex: 'sitemap', // sitemaps.org <sitemapindex>
  html: 'page', // XHTML and HTML pages
};

/** File names that say "WARC" (`crawl.warc`, `CC-NEWS-20250311.warc.gz`). */
export const WARC_NAME: RegExp = /\.warc(?:\.gz)?$/i;
/** File names that say "HTML page". */
export const HTML_NAME: RegExp = /\.html?$/i;
/** File names that promise a feed or a sitemap: such a file that is neither is an error, not a URL list. */
export const FEED_OR_SITEMAP_NAME: RegExp = /\.(?:xml|rss|atom|rdf|json)(?:\.gz)?$|\.gz$/i;

/** The first bytes of every WARC record (ISO 28500: `WARC/1.0`, `WARC/1.1`). */
export const WARC_MAGIC = 'WARC/1.';
/** The gzip member header (RFC 1952): ID1 ID2. */
export const GZIP_MAGIC: readonly [number, number] = [0x1f, 0x8b];

/** Bytes read from the start of a file (after gunzip, for gzip files) to tell what it is. */
export const SNIFF_BYTES: number = 16 * 1024;
/** Compressed bytes gunzipped for that sniff; at most 1032:1, so the output stays small. */
export const SNIFF_GZIP_BYTES = 4096;

/**
 * How deep sitemap indexes are followed. sitemaps.org forbids nesting indexes; sites nest them
 * anyway (index of yearly indexes of monthly sitemaps), so a few levels are allowed.
 */
export const MAX_SITEMAP_DEPTH = 4;
/**
 * Longest `<url>` or `<sitemap>` element read from a sitemap, in characters. A real entry, with
 * news, image and video extensions, is a few KB; a longer one means the file is not a sitemap.
 */
export const MAX_SITEMAP_ENTRY_CHARS: number = 256 * 1024;
/** Longest line read from a URL list; browsers and servers give up near 8 KB URLs, we allow more. */
export const MAX_URL_LINE_CHARS: number = 64 * 1024;

/**
 * Smallest chunk handed to warcio. Its header scanner misses a CRLF CRLF that starts in a chunk of
 * 4 bytes or less (warcio 2.4.11, `indexOfDoubleCRLF`): headers then run into the payload. Coalescing
 * the stream into large chunks keeps that case away; the chunked-input test guards it.
 */
export const WARC_MIN_CHUNK: number = 64 * 1024;
/** HTTP content types of WARC response records that are pages; other records are skipped. */
export const WARC_PAGE_TYPES: readonly string[] = HTML_TYPES;
/** HTTP headers of a WARC record that stop being true once the payload is decoded. */
export const WARC_DECODED_HEADERS: readonly string[] = [
  'content-encoding',
  'transfer-encoding',
  'content-length',
];

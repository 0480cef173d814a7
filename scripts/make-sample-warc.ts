#!/usr/bin/env tsx
/**
 * Writes examples/site/archive.warc.gz, the WARC part of the sample site that `npm start` ingests:
 * the pages under examples/site/coastline-daily/ as if a crawler had fetched them from
 * https://coastline-daily.example/, in the shape of Common Crawl's news crawl (WARC/1.0, one gzip
 * member per record, a request record before each response):
 *
 *   warcinfo                  who wrote the file and how
 *   request + response        one pair per page, `text/html; charset=utf-8`
 *   response (image/png)      the site logo: a record that ingest must skip, not fail on
 *
 *   npx tsx scripts/make-sample-warc.ts
 *
 * The output is deterministic: fixed dates, record ids derived from the URL, gzip without a
 * timestamp. Running it again over unchanged pages rewrites the same bytes, so the archive can be
 * committed and checked (`git diff --exit-code examples/site/archive.warc.gz`).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WARCRecord, WARCSerializer } from 'warcio';

const SITE_DIR = fileURLToPath(new URL('../examples/site/', import.meta.url));
const PAGES_DIR = join(SITE_DIR, 'coastline-daily');
const OUTPUT = join(SITE_DIR, 'archive.warc.gz');
const ORIGIN = 'https://coastline-daily.example';
const WARC_VERSION = 'WARC/1.0';
/** When the fictional crawl ran: the first record's date; each fetch is 7 seconds after the last. */
const CRAWL_START = Date.parse('2025-03-14T06:12:00Z');
const FETCH_INTERVAL_MS = 7_000;
/** The address the crawler "connected to": TEST-NET-1 (RFC 5737), which is never routed. */
const SERVER_IP = '192.0.2.41';
const USER_AGENT = 'coastline-sample-crawler/1.0 (+https://crawler.dateline.example/)';
/** A 1x1 transparent PNG, standing in for the site logo. */
const LOGO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const LOGO_URL = `${ORIGIN}/sites/all/themes/tidewater/logo.png`;

/** One HTTP exchange to archive. */
interface Capture {
  url: string;
  body: Uint8Array;
  contentType: string;
  lastModified: Date;
  /** Extra response headers, after the common ones. */
  headers?: Record<string, string>;
}

/** A record id that depends only on `key`: the SHA-1 of it, shaped as a UUID. */
function recordId(key: string): string {
  const hex = createHash('sha1').update(key).digest('hex');
  return `<urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}>`;
}

function warcDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Every *.html file under `dir`, sorted, as paths relative to `dir` with forward slashes. */
function htmlFiles(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.html') ? [join(d, e.name)] : [],
    );
  return walk(dir)
    .map((f) => relative(dir, f).split(sep).join('/'))
    .sort();
}

/** A page's capture: its URL is the path without `.html`, Last-Modified its `article:modified_time`. */
function pageCapture(file: string): Capture {
  const body = readFileSync(join(PAGES_DIR, file));
  const modified = /<meta property="article:modified_time" content="([^"]+)"/.exec(
    body.toString('utf8'),
  )?.[1];
  if (modified === undefined)
    throw new Error(`${file}: no article:modified_time meta tag to date the capture`);
  return {
    url: `${ORIGIN}/${file.replace(/\.html$/, '')}`,
    body,
    contentType: 'text/html; charset=utf-8',
    lastModified: new Date(modified),
    headers: { 'X-Generator': 'Drupal 7 (https://www.drupal.org)', 'X-Drupal-Cache': 'HIT' },
  };
}

async function serialize(record: WARCRecord): Promise<Uint8Array> {
  // pako's gzip writes no timestamp and a fixed OS byte, so the bytes are the same on every run.
  return WARCSerializer.serialize(record, { gzip: true, preferPako: true });
}

function warcinfo(date: string): Promise<Uint8Array> {
  const record = WARCRecord.createWARCInfo(
    {
      filename: 'archive.warc.gz',
      date,
      warcVersion: WARC_VERSION,
      warcHeaders: { 'WARC-Record-ID': recordId('warcinfo') },
    },
    {
      software: 'dateline scripts/make-sample-warc.ts (warcio.js)',
      format: 'WARC File Format 1.0',
      conformsTo: 'http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf',
      isPartOf: 'dateline-sample-site',
      description:
        'Fictional pages of coastline-daily.example, written by the dateline authors as sample data (2025).',
      'http-header-user-agent': USER_AGENT,
      robots: 'obey',
    },
  );
  return serialize(record);
}

async function exchange(capture: Capture, ms: number): Promise<Uint8Array[]> {
  const date = warcDate(ms);
  const url = new URL(capture.url);
  const requestId = recordId(`request ${capture.url}`);
  const responseId = recordId(`response ${capture.url}`);
  const request = WARCRecord.create(
    {
      url: capture.url,
      date,
      type: 'request',
      warcVersion: WARC_VERSION,
      statusline: `GET ${url.pathname}${url.search} HTTP/1.1`,
      warcHeaders: {
        'WARC-Record-ID': requestId,
        'WARC-Concurrent-To': responseId,
        'WARC-IP-Address': SERVER_IP,
      },
      httpHeaders: {
        Host: url.host,
        'User-Agent': USER_AGENT,
        Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
        'Accept-Language': 'en,da;q=0.8',
        'Accept-Encoding': 'identity',
      },
    },
    [],
  );
  const response = WARCRecord.create(
    {
      url: capture.url,
      date,
      type: 'response',
      warcVersion: WARC_VERSION,
      statusline: 'HTTP/1.1 200 OK',
      warcHeaders: { 'WARC-Record-ID': responseId, 'WARC-IP-Address': SERVER_IP },
      httpHeaders: {
        Date: new Date(ms).toUTCString(),
        Server: 'nginx',
        'Content-Type': capture.contentType,
        'Content-Length': String(capture.body.byteLength),
        'Last-Modified': capture.lastModified.toUTCString(),
        'Cache-Control': 'public, max-age=300',
        ...capture.headers,
      },
    },
    [capture.body],
  );
  return [await serialize(request), await serialize(response)];
}

async function main(): Promise<void> {
  const captures = htmlFiles(PAGES_DIR).map(pageCapture);
  captures.push({
    url: LOGO_URL,
    body: LOGO_PNG,
    contentType: 'image/png',
    lastModified: new Date('2023-01-09T10:00:00Z'),
  });
  const parts: Uint8Array[] = [await warcinfo(warcDate(CRAWL_START))];
  for (const [i, capture] of captures.entries()) {
    parts.push(...(await exchange(capture, CRAWL_START + (i + 1) * FETCH_INTERVAL_MS)));
  }
  const bytes = Buffer.concat(parts);
  writeFileSync(OUTPUT, bytes);
  const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  console.log(
    `${relative(process.cwd(), OUTPUT)}: ${parts.length} records (${captures.length - 1} pages, 1 image), ` +
      `${bytes.byteLength} bytes, sha256 ${sha}...`,
  );
}

await main();

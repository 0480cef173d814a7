/**
 * WARC files written by the tests themselves with warcio's WARCRecord and WARCSerializer: a small
 * crawl of a fictional paper with the records a real crawl holds (warcinfo, requests, a 404, an
 * image, a revisit) around three pages, one gzip-encoded and one sent chunked.
 */
import { gzipSync } from 'node:zlib';
import { WARCRecord, type WARCRecordOpts, WARCSerializer } from 'warcio';

/** A page the archive holds, as extract will receive it. */
export interface ArchivedPage {
  url: string;
  contentType: string;
  html: string;
  date: string;
}

export const PAGES: readonly ArchivedPage[] = [
  {
    url: 'https://harbourgazette.example/2025/03/11/ferry-timetable',
    contentType: 'text/html; charset=utf-8',
    html: '<html><head><title>Ferry timetable changes</title></head><body><p>The 7:10 sailing moves to 7:25.</p></body></html>',
    date: '2025-03-11T09:31:02Z',
  },
  {
    url: 'https://harbourgazette.example/2025/03/10/sea-wall',
    contentType: 'text/html',
    html: '<html><body><h1>Council approves new sea wall</h1><p>The vote was 7 to 2.</p></body></html>',
    date: '2025-03-11T09:31:05Z',
  },
  {
    url: 'https://harbourgazette.example/2025/03/09/fish-market',
    contentType: 'application/xhtml+xml',
    html: '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Stalls reopen at dawn.</p></body></html>',
    date: '2025-03-11T09:31:09Z',
  },
];

const encoder = new TextEncoder();

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** One record to write: warcio's options and the record's body (HTTP body for responses). */
export interface RecordSpec {
  options: WARCRecordOpts;
  body?: Uint8Array | string;
}

/** The HTTP body of a chunked response: two chunks and the terminating zero chunk. */
function chunkedBody(text: string): Uint8Array {
  const half = Math.floor(text.length / 2);
  const parts = [text.slice(0, half), text.slice(half)].map(
    (p) => `${Buffer.byteLength(p).toString(16)}\r\n${p}\r\n`,
  );
  return encoder.encode(`${parts.join('')}0\r\n\r\n`);
}

/** The records of the crawl, in order; three of them are pages. */
function crawl(): RecordSpec[] {
  const [ferry, seaWall, fishMarket] = PAGES as [ArchivedPage, ArchivedPage, ArchivedPage];
  const warcVersion = 'WARC/1.1' as const;
  const date = '2025-03-11T09:30:00Z'; // fixed, so that the file is the same on every run
  const site = 'https://harbourgazette.example';
  const response = (page: ArchivedPage, headers: Record<string, string>): WARCRecordOpts => ({
    url: page.url,
    date: page.date,
    type: 'response',
    warcVersion,
    httpHeaders: { 'Content-Type': page.contentType, ...headers },
  });
  const other = (url: string, statusline: string, contentType: string): WARCRecordOpts => ({
    url,
    date,
    type: 'response',
    warcVersion,
    statusline,
    httpHeaders: { 'Content-Type': contentType },
  });
  return [
    {
      options: { type: 'warcinfo', filename: 'gazette.warc', date, warcVersion },
      body: 'software: dateline tests\r\n',
    },
    {
      options: {
        url: ferry.url,
        date: ferry.date,
        type: 'request',
        warcVersion,
        statusline: 'GET /2025/03/11/ferry-timetable HTTP/1.1',
        httpHeaders: { Host: 'harbourgazette.example' },
      },
    },
    { options: response(ferry, { Server: 'gazette' }), body: ferry.html },
    {
      options: response(seaWall, { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }),
      body: gzipSync(seaWall.html),
    },
    {
      options: other(`${site}/missing`, 'HTTP/1.1 404 Not Found', 'text/html'),
      body: '<html><body>Not found</body></html>',
    },
    {
      options: other(`${site}/img/ferry.png`, 'HTTP/1.1 200 OK', 'image/png'),
      body: new Uint8Array(3000).fill(137),
    },
    { options: response(fishMarket, { 'Transfer-Encoding': 'chunked' }), body: chunkedBody(fishMarket.html) },
    {
      options: {
        url: ferry.url,
        date,
        type: 'revisit',
        warcVersion,
        refersToUrl: ferry.url,
        refersToDate: ferry.date,
      },
    },
    { options: { url: ferry.url, date, type: 'metadata', warcVersion }, body: 'outlinks: 12\r\n' },
  ];
}

/** Serializes records one by one; `gzip` makes each one gzip member, as .warc.gz files do. */
export async function serializeRecords(records: readonly RecordSpec[], gzip: boolean): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const { options, body = '' } of records) {
    const made = WARCRecord.create(options, once(typeof body === 'string' ? encoder.encode(body) : body));
    out.push(await WARCSerializer.serialize(made, { gzip }));
  }
  return out;
}

/** The crawl's records, serialized one by one (index 6 is the last page, the fish market). */
export function writeCrawlRecords(gzip: boolean): Promise<Uint8Array[]> {
  return serializeRecords(crawl(), gzip);
}

/** The whole crawl as one WARC file's bytes. */
export async function writeWarc(gzip: boolean): Promise<Buffer> {
  return Buffer.concat(await writeCrawlRecords(gzip));
}

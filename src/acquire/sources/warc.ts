/**
 * WARC files to pages: the `response` records with HTTP status 200 and an HTML content type, read
 * one record at a time with warcio (plain or gzip members), so a 10,000-record archive is never
 * held whole. A truncated or corrupt file yields the good records before the damage, then a warning.
 */
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { AsyncIterReader, LimitReader, WARCParser, type WARCRecord } from 'warcio';
import { decodersFor, readBody } from '../body.js';
import type { Page } from '../page.js';
import { coalesce } from './bytes.js';
import { WARC_DECODED_HEADERS, WARC_MIN_CHUNK, WARC_PAGE_TYPES } from './formats.js';
import { essence } from './sniff.js';

/** What reading a WARC needs besides its bytes. */
export interface WarcOptions {
  /** The source spec, named in warnings. */
  spec: string;
  /** Largest payload kept, after Content-Encoding is undone; bigger records are skipped. */
  maxBytes: number;
  onWarning?: ((message: string) => void) | undefined;
}

/** What became of one record. */
type Outcome = { page: Page } | { skip?: string } | { stop: string };

/**
 * Yields the page records of a WARC. `gzip` comes from sniffing the file: warcio's own guess
 * loses bytes on small chunks, so the reader is told.
 */
export async function* warcPages(
  bytes: AsyncIterable<Uint8Array>,
  gzip: boolean,
  options: WarcOptions,
): AsyncGenerator<Page> {
  const warn = (message: string): void => options.onWarning?.(`${options.spec}: ${message}`);
  let fed = 0;
  // gzip members are inflated by node:zlib (native, several times faster than warcio's pako).
  let inflateFailed = false;
  async function* inflated(): AsyncGenerator<Uint8Array> {
    try {
      for await (const chunk of Readable.from(bytes).pipe(createGunzip())) yield chunk as Uint8Array;
    } catch {
      inflateFailed = true; // cut short or corrupt: the records read so far stand
    }
  }
  const plain = gzip ? inflated() : bytes;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of coalesce(plain, WARC_MIN_CHUNK)) {
      fed += chunk.length;
      yield chunk;
    }
  }
  const reader = new AsyncIterReader(counted(), null);
  const parser = new WARCParser(reader);
  let index = 1;
  for (; ; index++) {
    let outcome: Outcome | undefined;
    try {
      const record = await parser.parse();
      if (record === null) break;
      outcome = await readRecord(record, options.maxBytes);
    } catch (error) {
      warn(`record ${index} could not be read (${(error as Error).message}); stopped there`);
      return;
    }
    if ('stop' in outcome) {
      warn(`record ${index} ${outcome.stop}; stopped there`);
      return;
    }
    if ('skip' in outcome && outcome.skip !== undefined) warn(`record ${index} ${outcome.skip}; skipped`);
    if ('page' in outcome) yield outcome.page;
  }
  // A gzip member cut short, or corrupt, ends the parse quietly: the bytes it did not use tell, or
  // warcio's switch to reading plain bytes (it assumes a stream that fails to inflate is not gzip).
  const unused = inflateFailed || reader.getRawOffset() < fed;
  if (unused) warn(`has damaged or cut-off data after record ${index - 1} (a truncated or corrupt file)`);
}

/** Reads or skips one record, always to its end, so that damage shows here and not in the next. */
async function readRecord(record: WARCRecord, maxBytes: number): Promise<Outcome> {
  const raw = record._reader;
  const damage = recordDamage(record);
  if (damage !== undefined || !(raw instanceof LimitReader)) return { stop: damage ?? CUT };
  const wanted = pageRecord(record);
  if (!wanted) return drained(raw, {});
  if (record.warcContentLength > maxBytes) {
    return drained(raw, { skip: `(${record.warcTargetURI}) is larger than the ${maxBytes}-byte limit` });
  }
  const url = record.warcTargetURI as string;
  let body: Uint8Array;
  try {
    body = await payload(record, raw, maxBytes, url);
  } catch (error) {
    return drained(raw, { skip: `(${url}): ${(error as Error).message}` });
  }
  return drained(raw, { page: toPage(record, url, body) });
}

const CUT = 'is cut short (a truncated or corrupt file)';

/** A record whose WARC header block is not whole: no `WARC/` line, no type, no length. */
function recordDamage(record: WARCRecord): string | undefined {
  if (!record.warcHeaders.statusline.startsWith('WARC/'))
    return 'is not a WARC record (the file is corrupt there)';
  if (!record.warcType || !record.warcHeader('Content-Length')) return CUT;
  if (!Number.isSafeInteger(record.warcContentLength)) return 'has a bad Content-Length (a corrupt file)';
  return undefined;
}

/** A `response` with status 200, an HTML type and an http(s) target: a page to extract. */
function pageRecord(record: WARCRecord): boolean {
  const http = record.httpHeaders;
  if (record.warcType !== 'response' || http === null || http.statusCode !== 200) return false;
  const type = http.headers.get('content-type') ?? undefined;
  const target = record.warcTargetURI;
  return (
    WARC_PAGE_TYPES.includes(essence(type)) && typeof target === 'string' && /^https?:\/\//i.test(target)
  );
}

/** The HTTP body: chunked transfer undone by warcio, Content-Encoding (gzip, deflate, br) by zlib. */
async function payload(
  record: WARCRecord,
  raw: LimitReader,
  maxBytes: number,
  url: string,
): Promise<Uint8Array> {
  const headers = record.httpHeaders?.headers;
  const chunked = /\bchunked\b/i.test(headers?.get('transfer-encoding') ?? '');
  const body = chunked ? new AsyncIterReader(raw, null, true) : raw;
  const decoders = decodersFor(headers?.get('content-encoding') ?? undefined, url);
  return readBody(Readable.from(body), decoders, { maxBytes, overLimit: 'error' }, url);
}

/** Reads what is left of the record; a record whose bytes ran out before its length is cut. */
async function drained(raw: LimitReader, outcome: Outcome): Promise<Outcome> {
  for await (const _chunk of raw) {
    // discarded: only the position matters
  }
  return raw.limit > 0 ? { stop: CUT } : outcome;
}

function toPage(record: WARCRecord, url: string, body: Uint8Array): Page {
  const headers: Record<string, string> = {};
  for (const [name, value] of record.httpHeaders?.headers ?? []) {
    const key = name.toLowerCase();
    if (WARC_DECODED_HEADERS.includes(key)) continue; // the body is decoded: these no longer hold
    headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
  }
  const contentType = headers['content-type'];
  const date = Date.parse(record.warcDate ?? '');
  return {
    url,
    finalUrl: url,
    status: 200,
    headers,
    ...(contentType === undefined ? {} : { contentType }),
    body,
    fetchedAt: new Date(Number.isNaN(date) ? Date.now() : date).toISOString(),
  };
}

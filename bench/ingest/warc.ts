/**
 * Builds the throughput benchmark's WARC: the shared development pages as response records,
 * repeated (each copy under its own URL) up to the number of records asked for, gzip per record
 * as in Common Crawl's news crawl. Written as a stream, so building it costs no memory.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';

export interface DevPage {
  id: string;
  url: string;
}

async function* bytesOf(body: Uint8Array): AsyncGenerator<Uint8Array> {
  yield body;
}

/** A WARC/1.1 response record for one page, gzipped. */
export async function responseRecord(url: string, body: Uint8Array, date: string): Promise<Uint8Array> {
  const record = WARCRecord.create(
    {
      url,
      date,
      type: 'response',
      warcVersion: 'WARC/1.1',
      statusline: 'HTTP/1.1 200 OK',
      httpHeaders: { 'Content-Type': 'text/html', 'Content-Length': String(body.byteLength) },
    },
    bytesOf(body),
  );
  return WARCSerializer.serialize(record, { gzip: true });
}

/** Writes `records` response records cycling through `pages`; returns the file's byte size. */
export async function writeBenchWarc(
  path: string,
  dataDir: string,
  pages: DevPage[],
  records: number,
): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const bodies = new Map<string, Uint8Array>();
  for (let i = 0; i < records; i++) {
    const page = pages[i % pages.length]!;
    let body = bodies.get(page.id);
    if (!body) {
      body = new Uint8Array(await readFile(join(dataDir, page.id, 'page.html')));
      bodies.set(page.id, body);
    }
    const copy = Math.floor(i / pages.length);
    const url = copy === 0 ? page.url : `${page.url}${page.url.includes('?') ? '&' : '?'}copy=${copy}`;
    const chunk = await responseRecord(url, body, '2025-03-11T12:00:00Z');
    bytes += chunk.byteLength;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

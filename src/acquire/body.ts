/**
 * Reading a response body: undo Content-Encoding and stop at a size limit counted on the decoded
 * bytes, so that a small gzip bomb cannot fill memory.
 */
import { pipeline, type Readable, type Transform } from 'node:stream';
import { constants, createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { FetchError } from './errors.js';

/** What to do when the body passes the limit. */
export type OverLimit = 'error' | 'truncate';

export interface BodyLimit {
  maxBytes: number;
  /** `error` refuses the page; `truncate` keeps the first `maxBytes` (robots.txt). */
  overLimit: OverLimit;
}

/** The Content-Encoding values we decode, each to its decoder. */
const DECODERS: Record<string, () => Transform> = {
  // Sync flush tolerates a body cut short, as browsers do: the bytes decoded so far are kept.
  gzip: () => createGunzip({ flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH }),
  'x-gzip': () => createGunzip({ flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH }),
  // RFC 9110 deflate is the zlib format; the raw-deflate variant of old servers is not handled.
  deflate: () => createInflate({ flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH }),
  br: () =>
    createBrotliDecompress({
      flush: constants.BROTLI_OPERATION_FLUSH,
      finishFlush: constants.BROTLI_OPERATION_FLUSH,
    }),
};

/** The value sent as Accept-Encoding: exactly what DECODERS can undo. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/**
 * Decoders for a Content-Encoding header, in the order to apply them (the reverse of how the server
 * applied them). Throws for an encoding we cannot undo.
 */
export function decodersFor(contentEncoding: string | undefined, url: string): Transform[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  return codings.reverse().map((coding) => {
    const make = DECODERS[coding];
    if (!make) {
      throw new FetchError('content-type', `${url} uses Content-Encoding ${coding}, which we cannot decode`, {
        url,
      });
    }
    return make();
  });
}

/** Reads `body` through `decoders` into one array, applying `limit` to the decoded bytes. */
export async function readBody(
  body: Readable,
  decoders: Transform[],
  limit: BodyLimit,
  url: string,
): Promise<Uint8Array> {
  const decoded = decoders.length === 0 ? body : chain(body, decoders);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of decoded as AsyncIterable<Buffer>) {
    const room = limit.maxBytes - total;
    if (chunk.length > room) {
      if (limit.overLimit === 'error') throw tooLarge(url, limit.maxBytes);
      chunks.push(chunk.subarray(0, room));
      total += room;
      break; // leaving the loop destroys the streams and with them the connection
    }
    chunks.push(chunk);
    total += chunk.length;
  }
  const joined = Buffer.concat(chunks, total);
  return new Uint8Array(joined.buffer, joined.byteOffset, joined.byteLength);
}

/** The error for a body over the limit, found from Content-Length or while streaming. */
export function tooLarge(url: string, maxBytes: number, declared?: number): FetchError {
  const said = declared === undefined ? '' : ` (Content-Length ${declared})`;
  return new FetchError('too-large', `${url} is larger than the ${maxBytes}-byte limit${said}`, { url });
}

/** Pipes body through the decoders; an error anywhere destroys the last stream, which we read. */
function chain(body: Readable, decoders: Transform[]): Readable {
  // The callback is required by the API; the error also reaches the reader, which reports it.
  const streams = [body, ...decoders] as unknown as [Readable, Transform];
  return pipeline(...streams, () => {});
}

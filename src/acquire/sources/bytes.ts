/**
 * Byte-stream helpers shared by the readers: coalescing and slicing chunks, gunzip with a size cap,
 * streaming UTF-8 text, and reading a whole (small) file or body within a limit.
 */
import { Readable } from 'node:stream';
import { constants, createGunzip, gunzipSync } from 'node:zlib';
import { SourceError } from './errors.js';
import { GZIP_MAGIC, SNIFF_BYTES, SNIFF_GZIP_BYTES } from './formats.js';

/** Whether bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/**
 * The first bytes of the content, for sniffing: gzip is undone on a prefix (sync flush keeps what a
 * partial stream yields). Undefined when the gzip is corrupt.
 */
export function contentHead(head: Uint8Array, gzip: boolean): Uint8Array | undefined {
  if (!gzip) return head.subarray(0, SNIFF_BYTES);
  try {
    const out = gunzipSync(head.subarray(0, SNIFF_GZIP_BYTES), {
      finishFlush: constants.Z_SYNC_FLUSH,
      maxOutputLength: SNIFF_GZIP_BYTES * 1100,
    });
    return out.subarray(0, SNIFF_BYTES);
  } catch {
    return undefined;
  }
}

/** One buffer as a stream of `size`-byte chunks (a fetched body read like a file). */
export async function* sliceChunks(bytes: Uint8Array, size: number = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

/** Joins small chunks until each is at least `min` bytes (the last may be shorter). */
export async function* coalesce(source: AsyncIterable<Uint8Array>, min: number): AsyncGenerator<Uint8Array> {
  let pending: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= min) {
      yield pending.length === 1 ? (pending[0] as Uint8Array) : Buffer.concat(pending, size);
      pending = [];
      size = 0;
    }
  }
  if (size > 0) yield Buffer.concat(pending, size);
}

/**
 * Gunzips a stream (concatenated members too), refusing more than `maxBytes` of output so that a
 * small gzip bomb cannot fill memory. A truncated stream yields what it held, as browsers do; the
 * reader above notices the missing end.
 */
export async function* gunzipCapped(
  source: AsyncIterable<Uint8Array>,
  maxBytes: number,
  spec: string,
): AsyncGenerator<Uint8Array> {
  const gunzip = createGunzip({ flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH });
  const input = Readable.from(source, { objectMode: false });
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  let total = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) {
        throw new SourceError(spec, `decompresses to more than ${maxBytes} bytes (a gzip bomb?)`);
      }
      yield chunk;
    }
  } catch (error) {
    if (!isZlibError(error)) throw error;
    throw new SourceError(spec, `corrupt gzip data (${(error as Error).message})`, { cause: error });
  } finally {
    input.destroy();
    gunzip.destroy();
  }
}

/** Decodes a UTF-8 byte stream to text chunks; a character split across chunks stays whole. */
export async function* utf8Text(source: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  for await (const chunk of source) {
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/** Reads a stream whole, refusing more than `maxBytes`. For feeds, whose parser wants one string. */
export async function readAllCapped(
  source: AsyncIterable<Uint8Array>,
  maxBytes: number,
  spec: string,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > maxBytes) throw new SourceError(spec, `is larger than the ${maxBytes}-byte limit`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

function isZlibError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && code.startsWith('Z_');
}

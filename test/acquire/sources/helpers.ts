/**
 * Shared pieces of the source tests: fixture paths, temporary directories, a context that records
 * warnings, and byte streams cut into chunks of any size (STYLE item 10: whole versus tiny chunks).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Fetcher, type FetcherOptions } from '../../../src/acquire/index.js';
import type { SourceContext } from '../../../src/acquire/sources/index.js';
import { FAST } from '../helpers.js';

/** The folder of hand-written fixtures. */
export const FIXTURES: string = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

/** A source context whose warnings are kept; its Fetcher is closed when the test ends. */
export function context(
  t: TestContext,
  options: FetcherOptions = {},
): SourceContext & { warnings: string[] } {
  const fetcher = new Fetcher({ ...FAST, ...options });
  t.after(() => fetcher.close());
  const warnings: string[] = [];
  return { fetcher, warnings, onWarning: (message) => warnings.push(message) };
}

/** A fresh temporary directory, removed when the test ends. */
export async function tempDir(t: TestContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dateline-sources-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Everything an async iterable yields. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Bytes as a stream of `size`-byte chunks; size 0 gives one chunk. */
export async function* chunked(bytes: Uint8Array, size = 0): AsyncGenerator<Uint8Array> {
  if (size === 0) {
    yield bytes;
    return;
  }
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

/** The chunk sizes each streaming reader is tried with: whole, tiny, odd, and across a boundary. */
export const CHUNK_SIZES: readonly number[] = [0, 1, 2, 3, 7, 64, 1000];

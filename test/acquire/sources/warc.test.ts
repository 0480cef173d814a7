/**
 * WARC sources, from files the tests write with warcio: only 200 HTML responses become pages,
 * plain and gzip files agree, any chunking gives the same pages (STYLE item 10), and damage yields
 * the good records before it and a warning.
 */
import { strict as assert } from 'node:assert';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { brotliCompressSync } from 'node:zlib';
import type { Page } from '../../../src/acquire/index.js';
import { classifySource, readSource, SourceError } from '../../../src/acquire/sources/index.js';
import { warcPages } from '../../../src/acquire/sources/warc.js';
import { CHUNK_SIZES, chunked, collect, context, tempDir } from './helpers.js';
import { PAGES, serializeRecords, writeCrawlRecords, writeWarc } from './warc-writer.js';

const plain = await writeWarc(false);
const gzipped = await writeWarc(true);

async function pagesOf(bytes: Uint8Array, gzip: boolean, size = 0, maxBytes = 1 << 20) {
  const warnings: string[] = [];
  const options = { spec: 'test.warc', maxBytes, onWarning: (m: string) => warnings.push(m) };
  const pages = await collect(warcPages(chunked(bytes, size), gzip, options));
  return { pages, warnings };
}

const text = (page: Page | undefined): string => new TextDecoder().decode(page?.body);

test('a WARC yields its three 200 HTML responses as pages, nothing else', async (t) => {
  const dir = await tempDir(t);
  const spec = join(dir, 'gazette.warc');
  await writeFile(spec, plain);
  const ctx = context(t);
  assert.equal((await classifySource(spec, ctx)).kind, 'warc');
  const items = await collect(readSource(spec, ctx));
  assert.deepEqual(ctx.warnings, []);
  assert.equal(items.length, 3);
  items.forEach((item, i) => {
    const expected = PAGES[i];
    assert.ok(item.kind === 'page' && expected !== undefined);
    assert.equal(item.source, spec);
    assert.equal(item.page.url, expected.url);
    assert.equal(item.page.finalUrl, expected.url);
    assert.equal(item.page.status, 200);
    assert.equal(item.page.contentType, expected.contentType);
    assert.equal(item.page.fetchedAt, new Date(expected.date).toISOString());
    assert.equal(text(item.page), expected.html); // gzip and chunked bodies come back decoded
  });
  const [ferry, seaWall, fishMarket] = items.map((i) => (i.kind === 'page' ? i.page.headers : {}));
  assert.equal(ferry?.['server'], 'gazette');
  assert.equal(seaWall?.['vary'], 'Accept-Encoding');
  assert.equal(seaWall?.['content-encoding'], undefined, 'the body is decoded, so the header goes');
  assert.equal(fishMarket?.['transfer-encoding'], undefined);
});

test('a WARC.gz gives the same pages as the plain WARC, sniffed whatever its name', async (t) => {
  const dir = await tempDir(t);
  const spec = join(dir, 'crawl-00001.dat');
  await writeFile(spec, gzipped);
  const ctx = context(t);
  assert.deepEqual(await classifySource(spec, ctx), {
    origin: 'path',
    kind: 'warc',
    spec,
    path: spec,
    gzip: true,
  });
  const fromGzip = await collect(readSource(spec, ctx));
  const fromPlain = (await pagesOf(plain, false)).pages;
  assert.deepEqual(
    fromGzip.map((i) => i.kind === 'page' && i.page),
    fromPlain,
  );
});

test('the same WARC read whole and in chunks of 1 to 1000 bytes gives the same pages', async () => {
  for (const [bytes, gzip] of [
    [plain, false],
    [gzipped, true],
  ] as const) {
    const whole = await pagesOf(bytes, gzip);
    assert.equal(whole.pages.length, 3);
    for (const size of CHUNK_SIZES) {
      assert.deepEqual(await pagesOf(bytes, gzip, size), whole, `gzip ${gzip}, ${size}-byte chunks`);
    }
  }
});

test('a truncated WARC.gz yields the records before the cut, then a warning', async () => {
  const records = await writeCrawlRecords(true);
  const last = records[6] as Uint8Array; // the fish market page, cut in half
  const cut = Buffer.concat([...records.slice(0, 6), last.subarray(0, last.length / 2)]);
  for (const size of [0, 5]) {
    const { pages, warnings } = await pagesOf(cut, true, size);
    assert.deepEqual(
      pages.map((p) => p.url),
      PAGES.slice(0, 2).map((p) => p.url),
    );
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /^test\.warc: .*(truncated or corrupt)/);
  }
});

test('a plain WARC cut inside a page body warns instead of yielding half a page', async () => {
  const end = plain.indexOf('Stalls reopen');
  const { pages, warnings } = await pagesOf(plain.subarray(0, end), false);
  assert.equal(pages.length, 2);
  assert.deepEqual(warnings, [
    'test.warc: record 7 is cut short (a truncated or corrupt file); stopped there',
  ]);
});

test('garbage in the middle of a WARC.gz stops the reading with a warning, not a crash', async () => {
  const damaged = Buffer.from(gzipped);
  const second = damaged.indexOf(Buffer.from([0x1f, 0x8b]), 10);
  damaged.fill(0x41, second + 20, second + 60);
  const { pages, warnings } = await pagesOf(damaged, true);
  assert.ok(pages.length < 3);
  assert.equal(warnings.length, 1);
});

test('a page over the size limit is skipped with a warning', async () => {
  const page = (url: string, html: string) => ({
    options: { url, type: 'response' as const, httpHeaders: { 'Content-Type': 'text/html' } },
    body: html,
  });
  const bytes = Buffer.concat(
    await serializeRecords(
      [
        page(
          'https://bigpaper.example/long-read',
          `<html><body>${'<p>Paragraph.</p>'.repeat(500)}</body></html>`,
        ),
        page('https://bigpaper.example/brief', '<html><body><p>Brief.</p></body></html>'),
      ],
      false,
    ),
  );
  const { pages, warnings } = await pagesOf(bytes, false, 0, 4096);
  assert.deepEqual(
    pages.map((p) => p.url),
    ['https://bigpaper.example/brief'],
  );
  assert.deepEqual(warnings, [
    'test.warc: record 1 (https://bigpaper.example/long-read) is larger than the 4096-byte limit; skipped',
  ]);
});

test('Content-Encoding br is decoded; a broken or unknown encoding skips that record only', async () => {
  const page = (url: string, encoding: string, body: Uint8Array | string) => ({
    options: {
      url,
      type: 'response' as const,
      httpHeaders: { 'Content-Type': 'text/html', 'Content-Encoding': encoding },
    },
    body,
  });
  const records = [
    page('https://bigpaper.example/a', 'gzip', 'this was never gzipped'),
    page('https://bigpaper.example/b', 'br', brotliCompressSync('<html><body><p>Brotli.</p></body></html>')),
    page('https://bigpaper.example/c', 'zstd', 'zstd bytes'),
    page('https://bigpaper.example/d', 'identity', '<html><body><p>Plain.</p></body></html>'),
  ];
  const { pages, warnings } = await pagesOf(Buffer.concat(await serializeRecords(records, true)), true);
  assert.deepEqual(
    pages.map((p) => [p.url, text(p)]),
    [
      ['https://bigpaper.example/b', '<html><body><p>Brotli.</p></body></html>'],
      ['https://bigpaper.example/d', '<html><body><p>Plain.</p></body></html>'],
    ],
  );
  assert.deepEqual(warnings, [
    'test.warc: record 1 (https://bigpaper.example/a): incorrect header check; skipped',
    'test.warc: record 3 (https://bigpaper.example/c): https://bigpaper.example/c uses Content-Encoding zstd, which we cannot decode; skipped',
  ]);
});

test('a file named .warc that is no WARC is a SourceError', async (t) => {
  const dir = await tempDir(t);
  const spec = join(dir, 'notes.warc');
  await writeFile(spec, 'these are my notes\n');
  await assert.rejects(classifySource(spec, context(t)), (error: unknown) => {
    assert.ok(error instanceof SourceError);
    assert.match(error.message, /notes\.warc: is named like a WARC but does not start with WARC\/1\./);
    return true;
  });
});

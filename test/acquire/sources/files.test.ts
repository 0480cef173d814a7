/**
 * Local sources: one HTML file, a directory walked in order (hidden files and link loops handled),
 * a URL list with comments and bad lines (read whole or in tiny chunks), and specs that name
 * nothing readable.
 */
import { strict as assert } from 'node:assert';
import { mkdir, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { classifySource, readSource, SourceError } from '../../../src/acquire/sources/index.js';
import { listedUrls } from '../../../src/acquire/sources/url-list.js';
import { CHUNK_SIZES, chunked, collect, context, fixture, tempDir } from './helpers.js';

const PAGE =
  '<!DOCTYPE html><html><head><title>Tide tables</title></head><body><p>High water 06:12.</p></body></html>';

test('an HTML file is one page with a file: URL, status 200, no type and its mtime', async (t) => {
  const dir = await tempDir(t);
  const path = join(dir, 'tide tables.html');
  await writeFile(path, PAGE);
  await utimes(path, new Date('2025-03-11T05:00:00Z'), new Date('2025-03-11T05:00:00Z'));
  const ctx = context(t);
  assert.equal((await classifySource(path, ctx)).kind, 'html-file');
  const [item, ...rest] = await collect(readSource(path, ctx));
  assert.equal(rest.length, 0);
  assert.ok(item?.kind === 'page');
  const url = pathToFileURL(path).href;
  assert.match(url, /^file:\/\/.*tide%20tables\.html$/);
  assert.deepEqual(
    { ...item.page, body: new TextDecoder().decode(item.page.body) },
    {
      url,
      finalUrl: url,
      status: 200,
      headers: {},
      body: PAGE,
      fetchedAt: '2025-03-11T05:00:00.000Z',
    },
  );
});

test('a file of another name that holds HTML is a page, not a URL list', async (t) => {
  const dir = await tempDir(t);
  const path = join(dir, 'saved-page');
  await writeFile(path, `\n  ${PAGE}`);
  assert.equal((await classifySource(path, context(t))).kind, 'html-file');
});

test('a directory yields every .html/.htm file, sorted, depth first, once, through link loops', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, '2025/03'), { recursive: true });
  await mkdir(join(dir, '.drafts'));
  const files = [
    'b.html',
    'a.HTM',
    '2025/03/ferry.html',
    '2025/index.htm',
    'notes.txt',
    '.drafts/x.html',
    'img.png',
  ];
  for (const file of files) await writeFile(join(dir, file), PAGE);
  await symlink(dir, join(dir, '2025/loop')); // a link back to the top must not walk forever
  await symlink(join(dir, 'b.html'), join(dir, 'c.html')); // a link to a file is a file
  const ctx = context(t);
  assert.equal((await classifySource(dir, ctx)).kind, 'directory');
  const items = await collect(readSource(dir, ctx));
  const names = items.map((i) =>
    i.kind === 'page' ? i.page.url.slice(pathToFileURL(dir).href.length + 1) : '',
  );
  assert.deepEqual(names, ['2025/03/ferry.html', '2025/index.htm', 'a.HTM', 'b.html', 'c.html']);
  assert.ok(items.every((i) => i.source === dir));
  assert.deepEqual(ctx.warnings, []);
});

test('a URL list skips comments and blanks and warns about each bad line by number', async (t) => {
  const ctx = context(t);
  const spec = fixture('urls.txt');
  assert.equal((await classifySource(spec, ctx)).kind, 'url-list');
  assert.deepEqual(await collect(readSource(spec, ctx)), [
    { kind: 'url', url: 'https://harbourgazette.example/2025/03/11/ferry-timetable', source: spec },
    { kind: 'url', url: 'https://valleyledger.example/news/2025/03/rail-line', source: spec },
    { kind: 'url', url: 'https://northernwire.example/stories/ice-road-closes#top', source: spec },
  ]);
  assert.deepEqual(ctx.warnings, [
    `${spec}: line 5: not an http(s) URL: "harbourgazette.example/no-scheme"; skipped`,
    `${spec}: line 7: not an http(s) URL: "mailto:desk@harbourgazette.example"; skipped`,
    `${spec}: line 9: not an http(s) URL: "not a url at all"; skipped`,
  ]);
});

test('a URL list read whole and in chunks of 1 to 1000 bytes gives the same URLs and warnings', async () => {
  const text = '\ufeff# desk list\r\nhttps://a.example/\u00e9t\u00e9\r\n\r\nnope\r\nhttps://b.example/2'; // no final newline
  const bytes = new TextEncoder().encode(text);
  const read = async (size: number) => {
    const warnings: string[] = [];
    const urls = await collect(listedUrls(chunked(bytes, size), (m) => warnings.push(m)));
    return { urls, warnings };
  };
  const whole = await read(0);
  assert.deepEqual(whole, {
    urls: [
      { url: 'https://a.example/%C3%A9t%C3%A9', line: 2 },
      { url: 'https://b.example/2', line: 5 },
    ],
    warnings: ['line 4: not an http(s) URL: "nope"; skipped'],
  });
  for (const size of CHUNK_SIZES) assert.deepEqual(await read(size), whole, `${size}-byte chunks`);
});

test('a 50,000-line URL list streams: the first URLs come without reading the rest', async (t) => {
  const dir = await tempDir(t);
  const path = join(dir, 'big.txt');
  const lines = Array.from({ length: 50_000 }, (_, i) => `https://wire.example/story/${i}`);
  await writeFile(path, lines.join('\n'));
  const first: string[] = [];
  for await (const item of readSource(path, context(t))) {
    if (item.kind === 'url') first.push(item.url);
    if (first.length === 3) break; // closes the file
  }
  assert.deepEqual(first, lines.slice(0, 3));
});

test('specs that name nothing readable are SourceErrors with a hint', async (t) => {
  const ctx = context(t);
  await assert.rejects(classifySource('harbourgazette.example/feed.xml', ctx), (error: unknown) => {
    assert.ok(error instanceof SourceError);
    assert.equal(
      error.message,
      'cannot read harbourgazette.example/feed.xml: no such file or directory; for a web source, give the whole URL: https://harbourgazette.example/feed.xml',
    );
    return true;
  });
  await assert.rejects(classifySource('ftp://files.example/list.txt', ctx), /unsupported scheme 'ftp:'/);
  const dir = await tempDir(t);
  const binary = join(dir, 'photo.bin');
  await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  await assert.rejects(classifySource(binary, ctx), /photo\.bin: is a binary file/);
  assert.equal((await classifySource(pathToFileURL(fixture('rss.xml')).href, ctx)).kind, 'feed');
});

test('an aborted signal stops the stream between items with the signal reason', async (t) => {
  const controller = new AbortController();
  const ctx = { ...context(t), signal: controller.signal };
  const seen: string[] = [];
  await assert.rejects(
    async () => {
      for await (const item of readSource(fixture('urls.txt'), ctx)) {
        if (item.kind === 'url') seen.push(item.url);
        controller.abort(new Error('ingest stopped by the user'));
      }
    },
    { message: 'ingest stopped by the user' },
  );
  assert.equal(seen.length, 1);
});

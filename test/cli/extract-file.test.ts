/** `dateline extract <file>` and `extract -`: formats, --url, and every way a single page fails. */
import * as assert from 'node:assert/strict';
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Article } from '../../src/article/types.js';
import {
  assertNoStack,
  assertOneLineError,
  makeTempDir,
  pngBytes,
  removeDir,
  runCli,
  SMALL_PAGE,
} from './helpers.js';

let dir: string;
let page: string;

before(async () => {
  dir = await makeTempDir();
  page = join(dir, 'pier.html');
  await writeFile(page, SMALL_PAGE);
});
after(() => removeDir(dir));

function isArticle(value: unknown): asserts value is Article {
  assert.equal(typeof value, 'object');
  const a = value as Article;
  assert.equal(typeof a.title, 'string');
  assert.ok(Array.isArray(a.authors), 'authors is a list');
  assert.ok(Array.isArray(a.blocks), 'blocks is a list');
  assert.equal(typeof a.text, 'string');
}

describe('extract <file>', () => {
  it('prints text by default, and nothing on stderr', async () => {
    const r = await runCli(['extract', page]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.ok(r.stdout.trim().length > 0, 'some text');
    assert.ok(r.stdout.endsWith('\n'));
    assert.doesNotMatch(r.stdout, /^\s*[{[]/, 'not JSON');
  });

  it('prints one JSON document with --format json', async () => {
    const r = await runCli(['extract', page, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    isArticle(JSON.parse(r.stdout));
  });

  it('prints one JSON line with --format jsonl', async () => {
    const r = await runCli(['extract', page, '-f', 'jsonl']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines.length, 2, 'one line and the final newline');
    assert.equal(lines[1], '');
    isArticle(JSON.parse(lines[0]!));
  });

  it('prints Markdown with --format markdown', async () => {
    const r = await runCli(['extract', page, '--format', 'markdown']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.trim().length > 0);
    assert.doesNotMatch(r.stdout, /^\s*\{/);
  });

  it('gives the page its address with --url', async () => {
    const url = 'https://gazette.example/local/harbour-pier';
    const r = await runCli(['extract', page, '--url', url, '--format', 'jsonl']);
    assert.equal(r.code, 0, r.stderr);
    const article: unknown = JSON.parse(r.stdout);
    isArticle(article);
    assert.equal(article.url, url);
  });

  it('reads the page from stdin with -', async () => {
    const url = 'https://gazette.example/local/harbour-pier';
    const r = await runCli(['extract', '-', '--url', url, '--format', 'json'], { input: SMALL_PAGE });
    assert.equal(r.code, 0, r.stderr);
    const article: unknown = JSON.parse(r.stdout);
    isArticle(article);
    assert.equal(article.url, url);
  });
});

describe('extract <file> failures: one line on stderr, exit 1', () => {
  it('a missing file', async () => {
    const missing = join(dir, 'no-such-page.html');
    const r = await runCli(['extract', missing]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assertOneLineError(r, /no-such-page\.html: no such file or directory$/);
  });

  it('an empty file', async () => {
    const empty = join(dir, 'empty.html');
    await writeFile(empty, '');
    const r = await runCli(['extract', empty]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assertOneLineError(r, /empty\.html: .*empty/);
  });

  it('empty stdin', async () => {
    const r = await runCli(['extract', '-'], { input: '' });
    assert.equal(r.code, 1);
    assertOneLineError(r, /^dateline: stdin: .*empty/);
  });

  it('a binary file (PNG bytes)', async () => {
    const png = join(dir, 'photo.html');
    await writeFile(png, pngBytes());
    const r = await runCli(['extract', png]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assertOneLineError(r, /photo\.html: .*binary/);
  });

  it('a text file that is not HTML', async () => {
    const notes = join(dir, 'notes.html');
    await writeFile(notes, 'Shopping list: bread, milk, eggs.\nCall the harbour office about the permit.\n');
    const r = await runCli(['extract', notes]);
    assert.equal(r.code, 1);
    assertOneLineError(r, /notes\.html: .*HTML/);
  });

  it('a file over 50 MB is refused from its size, before it is read', async () => {
    const big = join(dir, 'huge.html');
    const handle = await open(big, 'w');
    try {
      await handle.truncate(51 * 1024 * 1024); // sparse: no disk blocks, no bytes to read
    } finally {
      await handle.close();
    }
    try {
      const r = await runCli(['extract', big]);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      assertOneLineError(r, /huge\.html is 51\.0 MB, over the 50\.0 MB page limit/);
    } finally {
      await removeDir(big);
    }
  });

  it('a path that runs through a file (ENOTDIR)', async () => {
    const r = await runCli(['extract', join(dir, 'pier.html', 'inside.html')]);
    assert.equal(r.code, 1);
    assertNoStack(r);
    assertOneLineError(r, /not a directory|no such file/);
  });

  it('a web address without its scheme gets a hint', async () => {
    const r = await runCli(['extract', 'news.example/world/story-1']);
    assert.equal(r.code, 1);
    assertOneLineError(
      r,
      /no such file or directory; for a web page, give the whole URL: https:\/\/news\.example/,
    );
  });
});

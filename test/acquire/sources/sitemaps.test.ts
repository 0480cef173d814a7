/**
 * Sitemap files: urlsets, news sitemaps, `.xml.gz`, truncation and gzip bombs, read as a stream;
 * the same sitemap read whole and in tiny chunks gives the same entries (STYLE item 10).
 */
import { strict as assert } from 'node:assert';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { utf8Text } from '../../../src/acquire/sources/bytes.js';
import { classifySource, readSource, SourceError } from '../../../src/acquire/sources/index.js';
import { type SitemapEntry, scanSitemap } from '../../../src/acquire/sources/sitemap-scan.js';
import { CHUNK_SIZES, chunked, collect, context, fixture, tempDir } from './helpers.js';

async function scanAll(
  bytes: Uint8Array,
  size: number,
): Promise<{ entries: SitemapEntry[]; complete: boolean }> {
  const scan = scanSitemap(utf8Text(chunked(bytes, size)), 'test');
  const entries: SitemapEntry[] = [];
  for (let next = await scan.next(); ; next = await scan.next()) {
    if (next.done) return { entries, complete: next.value.complete };
    entries.push(next.value);
  }
}

test('a sitemap file yields its page URLs with lastmod, skipping locs that are not http(s)', async (t) => {
  const ctx = context(t);
  const spec = fixture('sitemap.xml');
  assert.equal((await classifySource(spec, ctx)).kind, 'sitemap');
  assert.deepEqual(await collect(readSource(spec, ctx)), [
    {
      kind: 'url',
      url: 'https://harbourgazette.example/2025/03/11/ferry-timetable',
      modified: '2025-03-11T10:00:00+00:00',
      source: spec,
    },
    { kind: 'url', url: 'https://harbourgazette.example/search?q=sea+wall&page=2', source: spec },
    {
      kind: 'url',
      url: 'https://harbourgazette.example/2025/03/09/fish-market',
      modified: '2025-03-09',
      source: spec,
    },
  ]);
  assert.deepEqual(ctx.warnings, [
    `${spec}: <loc> "ftp://harbourgazette.example/archive.zip" is not an http(s) URL; skipped`,
  ]);
});

test('a news sitemap passes publication date and title as hints', async (t) => {
  const items = await collect(readSource(fixture('news-sitemap.xml'), context(t)));
  assert.deepEqual(
    items.map((i) => i.kind === 'url' && [i.url, i.published, i.title]),
    [
      [
        'https://valleyledger.example/news/2025/03/orchard-frost',
        '2025-03-11T08:15:00+01:00',
        'Orchard growers warn of late frost', // not the image title beside it
      ],
      ['https://valleyledger.example/news/2025/03/rail-line', '2025-03-10', 'Rail line to reopen in April'],
    ],
  );
});

test('the same sitemap read whole and in chunks of 1 to 1000 bytes gives the same entries', async () => {
  for (const name of ['sitemap.xml', 'news-sitemap.xml']) {
    const bytes = await readFile(fixture(name));
    const whole = await scanAll(bytes, 0);
    assert.ok(whole.complete && whole.entries.length >= 2);
    for (const size of CHUNK_SIZES)
      assert.deepEqual(await scanAll(bytes, size), whole, `${name} in ${size}-byte chunks`);
  }
});

test('multi-byte characters and prefixed roots survive any chunking', async () => {
  const text =
    '\ufeff<?xml version="1.0"?><sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9">' +
    '<sm:url><sm:loc>https://ostsee-bote.example/n\u00e4chste-f\u00e4hre</sm:loc></sm:url>' +
    '<sm:url><sm:loc>https://ostsee-bote.example/\u6e2f</sm:loc></sm:url></sm:urlset>';
  const bytes = new TextEncoder().encode(text);
  const whole = await scanAll(bytes, 0);
  assert.deepEqual(
    whole.entries.map((e) => e.loc),
    ['https://ostsee-bote.example/n\u00e4chste-f\u00e4hre', 'https://ostsee-bote.example/\u6e2f'],
  );
  for (const size of [1, 2, 5]) assert.deepEqual(await scanAll(bytes, size), whole);
});

test('a .xml.gz sitemap is read like the plain one, and a truncated one warns after its good entries', async (t) => {
  const dir = await tempDir(t);
  const bytes = await readFile(fixture('sitemap.xml'));
  const gz = join(dir, 'sitemap.xml.gz');
  await writeFile(gz, gzipSync(bytes));
  const ctx = context(t);
  const plain = await collect(readSource(fixture('sitemap.xml'), ctx));
  assert.equal((await classifySource(gz, ctx)).kind, 'sitemap');
  const zipped = await collect(readSource(gz, ctx));
  assert.deepEqual(
    zipped.map((i) => i.kind === 'url' && i.url),
    plain.map((i) => i.kind === 'url' && i.url),
  );

  const cut = join(dir, 'cut.xml.gz');
  const whole = gzipSync(bytes);
  await writeFile(cut, whole.subarray(0, Math.floor(whole.length * 0.75)));
  const truncated = context(t);
  const items = await collect(readSource(cut, truncated));
  assert.ok(items.length >= 1 && items.length < plain.length, `${items.length} entries before the cut`);
  assert.match(
    truncated.warnings.at(-1) ?? '',
    /cut\.xml\.gz: ends before <\/urlset> \(truncated\?\); read \d entries/,
  );
});

test('a gzip bomb stops at the size limit with a SourceError', async (t) => {
  const dir = await tempDir(t);
  const path = join(dir, 'bomb.xml.gz');
  const open = '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
  const entry = '<url><loc>https://bomb.example/a</loc></url>\n';
  await writeFile(path, gzipSync(open + entry.repeat(5000))); // 225 KB of XML in a few KB
  const ctx = context(t, { maxBytes: 64 * 1024 });
  let count = 0;
  await assert.rejects(
    async () => {
      for await (const _item of readSource(path, ctx)) count++;
    },
    (error: unknown) =>
      error instanceof SourceError && /more than 65536 bytes \(a gzip bomb\?\)/.test(error.message),
  );
  assert.ok(count > 0 && count < 5000);
});

test('an XML file with another root is no sitemap; an entry without <loc> is dropped', async () => {
  const bytes = new TextEncoder().encode(
    '<urlset><url><lastmod>2025-01-01</lastmod></url><url><loc>https://a.example/</loc></url></urlset>',
  );
  assert.deepEqual(
    (await scanAll(bytes, 0)).entries.map((e) => e.loc),
    ['https://a.example/'],
  );
  await assert.rejects(
    scanAll(new TextEncoder().encode('<?xml version="1.0"?><urlsets/>'), 3),
    /is not a sitemap \(root element <urlsets>; expected <urlset> or <sitemapindex>\)/,
  );
  await assert.rejects(scanAll(new Uint8Array(0), 0), /is empty/);
});

/**
 * Feed sources read from files: RSS 2.0, Atom, RDF and JSON Feed entries become URLs with their
 * titles and dates; a malformed feed is one clear SourceError.
 */
import { strict as assert } from 'node:assert';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { classifySource, readSource, SourceError } from '../../../src/acquire/sources/index.js';
import { collect, context, fixture, tempDir } from './helpers.js';

test('an RSS 2.0 file yields its entries with links, titles and ISO dates', async (t) => {
  const ctx = context(t);
  const spec = fixture('rss.xml');
  assert.equal((await classifySource(spec, ctx)).kind, 'feed');
  assert.deepEqual(await collect(readSource(spec, ctx)), [
    {
      kind: 'url',
      url: 'https://harbourgazette.example/2025/03/11/ferry-timetable',
      title: 'Ferry timetable changes & what they mean for commuters',
      published: '2025-03-11T09:30:00Z',
      source: spec,
    },
    {
      kind: 'url',
      url: 'https://harbourgazette.example/2025/03/10/sea-wall', // relative, resolved against <channel><link>
      title: 'Council approves new sea wall',
      published: '2025-03-10T18:05:00+00:00',
      source: spec,
    },
    {
      kind: 'url',
      url: 'https://harbourgazette.example/2025/03/09/fish-market', // a permalink guid stands in for <link>
      title: 'Fish market reopens after storm',
      published: '2025-03-09T07:00:00+00:00',
      source: spec,
    },
  ]);
  assert.deepEqual(ctx.warnings, [`${spec}: 1 feed entry has no http(s) link; skipped`]);
});

test('an Atom feed takes the alternate link, resolved against xml:base, and plain-text titles', async (t) => {
  const ctx = context(t);
  const items = await collect(readSource(fixture('atom.xml'), ctx));
  assert.deepEqual(
    items.map((i) => i.kind === 'url' && [i.url, i.title, i.published]),
    [
      [
        'https://valleyledger.example/news/2025/03/orchard-frost',
        'Orchard growers warn of late frost',
        '2025-03-11T08:15:00+01:00',
      ],
      // no link at all: the id is an http URL; no <published>, so <updated> is the date
      [
        'https://valleyledger.example/news/2025/03/rail-line',
        'Rail line to reopen in April',
        '2025-03-10T16:40:00Z',
      ],
    ],
  );
});

test('a JSON Feed resolves relative item URLs against home_page_url', async (t) => {
  const ctx = context(t);
  const spec = fixture('feed.json');
  assert.equal((await classifySource(spec, ctx)).kind, 'feed');
  const items = await collect(readSource(spec, ctx));
  assert.deepEqual(
    items.map((i) => i.kind === 'url' && [i.url, i.published]),
    [
      ['https://northernwire.example/stories/ice-road-closes', '2025-03-11T06:00:00-05:00'],
      ['https://northernwire.example/stories/mine-talks', '2025-03-10T21:30:00-05:00'],
    ],
  );
  assert.equal(ctx.warnings.length, 1); // the item with neither url nor an http id
});

test('an RDF (RSS 1.0) feed yields its items with dc:date', async (t) => {
  const ctx = context(t);
  const items = await collect(readSource(fixture('rdf.xml'), ctx));
  assert.deepEqual(items, [
    {
      kind: 'url',
      url: 'https://islandherald.example/2025/03/lighthouse',
      title: 'Lighthouse keeper retires after 40 years',
      published: '2025-03-08T11:00:00Z',
      source: fixture('rdf.xml'),
    },
    {
      kind: 'url',
      url: 'https://islandherald.example/2025/03/school',
      title: 'School roof repaired',
      source: fixture('rdf.xml'),
    },
  ]);
});

test('a malformed feed is a SourceError naming the file and the place', async (t) => {
  const ctx = context(t);
  const spec = fixture('malformed.xml');
  await assert.rejects(collect(readSource(spec, ctx)), (error: unknown) => {
    assert.ok(error instanceof SourceError);
    assert.equal(error.source, spec);
    assert.equal(error.retryable, false);
    assert.match(
      error.message,
      /^cannot read .*malformed\.xml: not a well-formed feed: .*\(line \d+, column \d+\)$/,
    );
    assert.doesNotMatch(error.message, /\n/);
    return true;
  });
});

test('a feed declared ISO-8859-1 is decoded by its XML declaration', async (t) => {
  const dir = await tempDir(t);
  const path = join(dir, 'latin1.rss');
  const head =
    '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Le Courrier</title>';
  const item =
    '<item><title>Caf\u00e9 du port ferm\u00e9</title><link>https://courrier.example/cafe</link></item>';
  await writeFile(path, Buffer.from(`${head}${item}</channel></rss>`, 'latin1'));
  const [entry] = await collect(readSource(path, context(t)));
  assert.equal(entry?.kind === 'url' && entry.title, 'Caf\u00e9 du port ferm\u00e9');
});

test('a gzipped feed file is read like the plain one', async (t) => {
  const dir = await tempDir(t);
  const { readFile } = await import('node:fs/promises');
  const path = join(dir, 'rss.xml.gz');
  await writeFile(path, gzipSync(await readFile(fixture('rss.xml'))));
  const ctx = context(t);
  const plain = await collect(readSource(fixture('rss.xml'), ctx));
  const zipped = await collect(readSource(path, ctx));
  assert.deepEqual(
    zipped.map((i) => ({ ...i, source: '' })),
    plain.map((i) => ({ ...i, source: '' })),
  );
});

test('JSON that is no JSON Feed, and XML that is neither feed nor sitemap, are SourceErrors', async (t) => {
  const dir = await tempDir(t);
  const ctx = context(t);
  const json = join(dir, 'config.json');
  await writeFile(json, '{"theme": "dark", "items": []}');
  await assert.rejects(collect(readSource(json, ctx)), /config\.json: JSON, but not a JSON Feed/);
  const xml = join(dir, 'layout.xml');
  await writeFile(xml, '<?xml version="1.0"?><layout><column/></layout>');
  await assert.rejects(classifySource(xml, ctx), /layout\.xml: is neither a feed .* nor a sitemap/);
});

import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { Conditional, Fetcher, Page } from '../../src/acquire/index.js';
import type { SourceItem } from '../../src/acquire/sources/index.js';
import { openStore } from '../../src/corpus/index.js';
import type { Store } from '../../src/corpus/types.js';
import { type IngestEvent, ingest, type SourceReader } from '../../src/ingest/index.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let dbCount = 0;
const freshStore = (): Store => openStore(join(dir, `t${dbCount++}.db`));

const WIRE =
  'The harbour authority of Port Elling said on Tuesday it would close the north quay for six weeks of repairs, ' +
  'after divers found cracks in the sea wall that had been damaged in the winter storms. Ferries will use the ' +
  'south terminal while the work goes on, and freight operators have been told to expect delays of up to two ' +
  'hours at peak times. The authority said the repairs would cost about 4 million euros, paid from its reserve.';

function articleHtml(title: string, paragraphs: string[], site: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | ${site}</title>
<meta property="og:site_name" content="${site}"><meta property="article:published_time" content="2025-03-11T09:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>
<footer>© ${site}</footer></body></html>`;
}

function page(url: string, html: string, status = 200): Page {
  return {
    url,
    finalUrl: url,
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' },
    contentType: 'text/html; charset=utf-8',
    body: new TextEncoder().encode(html),
    fetchedAt: '2025-03-11T10:00:00Z',
  };
}

/** A fetcher that serves pages from a map, and records what it was asked. */
function fakeFetcher(
  pages: Map<string, Page>,
): Fetcher & { asked: { url: string; conditional?: Conditional }[] } {
  const asked: { url: string; conditional?: Conditional }[] = [];
  const fetcher = {
    asked,
    async fetch(url: string, conditional?: Conditional): Promise<Page> {
      asked.push(conditional ? { url, conditional } : { url });
      if (conditional?.etag === '"v1"') return { ...page(url, ''), status: 304, body: new Uint8Array() };
      const found = pages.get(url);
      if (!found) throw new Error(`connection refused for ${url}`);
      return found;
    },
    async close(): Promise<void> {},
  };
  return fetcher as unknown as Fetcher & { asked: typeof asked };
}

/** Sources by name: each a list of items, or an error to throw after the items. */
function reader(sources: Record<string, { items: SourceItem[]; error?: string }>): SourceReader {
  return async function* read(spec) {
    const source = sources[spec];
    if (!source) throw new Error(`unknown source ${spec}`);
    for (const item of source.items) yield item;
    if (source.error) throw new Error(source.error);
  };
}

const copies = [
  ['https://harbourpost.example/2025/03/11/quay', 'North quay to close for repairs', 'Harbour Post'],
  [
    'https://coastline.example/news/quay-repairs',
    'Port Elling shuts north quay for six weeks',
    'Coastline Daily',
  ],
  ['https://ferrytimes.example/a/991', 'Ferries move to south terminal as quay closes', 'Ferry Times'],
] as const;

describe('ingest', () => {
  test('stores pages from every source, and a second run resumes without fetching again', async () => {
    const store = freshStore();
    const pages = new Map(
      copies.map(([url, title, site]) => [url, page(url, articleHtml(title, [WIRE], site))]),
    );
    const fetcher = fakeFetcher(pages);
    const read = reader({
      'feed.xml': { items: copies.slice(0, 2).map(([url]) => ({ kind: 'url', url, source: 'feed.xml' })) },
      'archive.warc': { items: [{ kind: 'page', page: pages.get(copies[2][0])!, source: 'archive.warc' }] },
    });
    const first = await ingest(['feed.xml', 'archive.warc'], { store, fetcher, readSource: read });
    // The three outlets print the same text: one is stored, the others as its duplicates.
    assert.equal(first.summary.stored, 1);
    assert.equal(first.summary.duplicates, 2);
    assert.equal(first.summary.fetched, 3);
    assert.equal(fetcher.asked.length, 2, 'the WARC page is not fetched');

    const second = await ingest(['feed.xml', 'archive.warc'], { store, fetcher, readSource: read });
    assert.equal(second.summary.skipped, 3);
    assert.equal(second.summary.stored, 0);
    assert.equal(fetcher.asked.length, 2, 'nothing is fetched again');
    assert.equal(store.counts().articles, 3);
    store.close();
  });

  test('three copies of one wire story become one story', async () => {
    const store = freshStore();
    const items: SourceItem[] = copies.map(([url, title, site], i) => ({
      kind: 'page',
      page: page(url, articleHtml(title, [i === 1 ? `PORT ELLING (Reuters) - ${WIRE}` : WIRE], site)),
      source: 'wire',
    }));
    await ingest(['wire'], {
      store,
      fetcher: fakeFetcher(new Map()),
      readSource: reader({ wire: { items } }),
    });
    const stories = store.stories();
    assert.equal(stories.length, 1);
    assert.equal(stories[0]?.members.length, 3);
    store.close();
  });

  test('a failing source and a failing page are reported, and the rest goes on', async () => {
    const store = freshStore();
    const [url, title, site] = copies[0];
    const fetcher = fakeFetcher(new Map([[url, page(url, articleHtml(title, [WIRE], site))]]));
    const events: IngestEvent[] = [];
    const read = reader({
      'broken-feed.xml': {
        items: [],
        error: 'broken-feed.xml: not a feed (unexpected end of input at line 3)',
      },
      'good.txt': {
        items: [
          { kind: 'url', url: 'https://unreachable.example/x', source: 'good.txt' },
          { kind: 'url', url, source: 'good.txt' },
        ],
      },
    });
    const { summary } = await ingest(
      ['broken-feed.xml', 'good.txt'],
      { store, fetcher, readSource: read },
      {},
      (e) => events.push(e),
    );
    assert.equal(summary.stored, 1);
    assert.equal(summary.failed, 1);
    const sourceFailure = events.find((e) => e.type === 'source-failed');
    assert.match(sourceFailure && 'reason' in sourceFailure ? sourceFailure.reason : '', /not a feed/);
    const pageFailure = events.find((e) => e.type === 'item' && e.outcome === 'failed');
    assert.match(
      pageFailure && 'reason' in pageFailure ? (pageFailure.reason ?? '') : '',
      /connection refused/,
    );
    store.close();
  });

  test('a page that is no article is kept as a fetch but skipped, with its reason', async () => {
    const store = freshStore();
    const png = {
      ...page('https://harbourpost.example/logo.png', ''),
      body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0]),
    };
    png.contentType = 'image/png';
    const events: IngestEvent[] = [];
    const { summary } = await ingest(
      ['w'],
      {
        store,
        fetcher: fakeFetcher(new Map()),
        readSource: reader({ w: { items: [{ kind: 'page', page: png, source: 'w' }] } }),
      },
      {},
      (e) => events.push(e),
    );
    assert.equal(summary.skipped, 1);
    const item = events.find((e) => e.type === 'item');
    assert.match(item && 'reason' in item ? (item.reason ?? '') : '', /not HTML/);
    assert.equal(store.counts().fetches, 1);
    store.close();
  });

  test('--refresh asks again with the stored ETag; an unchanged page is skipped', async () => {
    const store = freshStore();
    const [url, title, site] = copies[0];
    const fetcher = fakeFetcher(new Map([[url, page(url, articleHtml(title, [WIRE], site))]]));
    const read = reader({ list: { items: [{ kind: 'url', url, source: 'list' }] } });
    await ingest(['list'], { store, fetcher, readSource: read });
    const { summary } = await ingest(['list'], { store, fetcher, readSource: read }, { refresh: true });
    assert.deepEqual(fetcher.asked[1], { url, conditional: { etag: '"v1"' } });
    assert.equal(summary.skipped, 1);
    store.close();
  });
});

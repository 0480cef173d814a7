/** savePage: the upsert cases ingest meets, what knownUrl then says, and the raw bytes kept. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { StoreError } from '../../src/corpus/index.js';
import { article, fetchOf, GRAIN_TALKS, pageOf, save, withStore } from './helpers.js';

test('a page is stored once: saving the same fetch and page again changes nothing', async () => {
  await withStore((store, path) => {
    const runId = store.beginRun(['https://danubecourier.example/feed.xml']);
    const fetch = fetchOf(GRAIN_TALKS, runId);
    const first = store.savePage(fetch, pageOf(GRAIN_TALKS));
    assert.deepEqual(first, { articleId: 1, created: true });
    const before = snapshot(path);
    const again = store.savePage(fetch, pageOf(GRAIN_TALKS));
    assert.deepEqual(again, { articleId: 1, created: false });
    assert.deepEqual(snapshot(path), before);
    assert.deepEqual(store.counts(), { articles: 1, fetches: 1, stories: 1, runs: 1 });
  });
});

test('a later fetch of an unchanged page is logged and linked, the article is not touched', async () => {
  await withStore((store) => {
    const runId = store.beginRun(['https://danubecourier.example/feed.xml']);
    const id = save(store, runId, GRAIN_TALKS);
    const rerun = store.beginRun(['https://danubecourier.example/feed.xml']);
    const result = store.savePage(fetchOf(GRAIN_TALKS, rerun), pageOf(GRAIN_TALKS));
    assert.deepEqual(result, { articleId: id, created: false });
    assert.deepEqual(store.counts(), { articles: 1, fetches: 2, stories: 1, runs: 2 });
    assert.equal(store.search({ text: 'grain corridor' }).length, 1);
  });
});

test('a corrected story (same URL, new text) replaces the record and its search entry', async () => {
  await withStore((store) => {
    const runId = store.beginRun(['https://danubecourier.example/feed.xml']);
    const id = save(store, runId, GRAIN_TALKS);
    const corrected = {
      ...GRAIN_TALKS,
      title: 'Ministry says grain corridor talks will resume in November',
      text:
        GRAIN_TALKS.text.replace('resume in October', 'resume in November') +
        '\n\nCorrection: an earlier version gave the wrong month.',
      modified: '2024-09-29T08:00:00+03:00',
    };
    const result = store.savePage(fetchOf(corrected, runId), pageOf(corrected));
    assert.deepEqual(result, { articleId: id, created: true });
    assert.equal(store.article(id)?.title, corrected.title);
    assert.equal(store.article(id)?.modified, '2024-09-29T08:00:00+03:00');
    assert.deepEqual(
      store.search({ text: 'November' }).map((hit) => hit.articleId),
      [id],
    );
    assert.deepEqual(store.search({ text: 'October' }), []);
    assert.equal(store.counts().articles, 1);
    assert.equal(store.counts().stories, 1); // still the same report
  });
});

test('a syndicated copy under another URL is stored, and reported as a duplicate of the first', async () => {
  await withStore((store) => {
    const runId = store.beginRun([
      'https://danubecourier.example/feed.xml',
      'https://harbourledger.example/sitemap.xml',
    ]);
    const original = save(store, runId, GRAIN_TALKS);
    const copy = {
      ...GRAIN_TALKS,
      url: 'https://harbourledger.example/wire/grain-talks-resume',
      canonicalUrl: 'https://harbourledger.example/wire/grain-talks-resume',
      siteName: 'The Harbour Ledger',
      title: 'Grain corridor talks to resume, ministry says',
    };
    const result = store.savePage(fetchOf(copy, runId), pageOf(copy, { storyId: 1, similarity: 1 }));
    assert.deepEqual(result, { articleId: original + 1, created: true, duplicateOf: original });
    assert.equal(store.counts().articles, 2);
    assert.deepEqual(
      store.stories().map((story) => story.members.map((m) => m.siteName)),
      [['The Danube Courier', 'The Harbour Ledger']],
    );
    // The original, saved again, is no one's copy; the copy, saved again, still is.
    assert.deepEqual(store.savePage(fetchOf(GRAIN_TALKS, runId), pageOf(GRAIN_TALKS)), {
      articleId: original,
      created: false,
    });
    assert.deepEqual(store.savePage(fetchOf(copy, runId), pageOf(copy, { storyId: 1 })), {
      articleId: original + 1,
      created: false,
      duplicateOf: original,
    });
  });
});

test('the canonical URL is the key: the same article read at two addresses is one article', async () => {
  await withStore((store) => {
    const runId = store.beginRun(['https://danubecourier.example/feed.xml']);
    const id = save(store, runId, GRAIN_TALKS);
    const amp = { ...GRAIN_TALKS, url: 'https://danubecourier.example/amp/news/2024/09/28/grain-talks' };
    assert.deepEqual(store.savePage(fetchOf(amp, runId), pageOf(amp)), { articleId: id, created: false });
  });
});

test('a canonical link to the front page is ignored: two articles of a site stay two', async () => {
  await withStore((store) => {
    const runId = store.beginRun(['https://valleygazette.example/sitemap.xml']);
    const home = 'https://www.valleygazette.example/';
    const flood = article({
      url: 'https://www.valleygazette.example/2025/03/flood',
      canonicalUrl: home,
      title: 'River rises in the valley',
      text: 'The river rose two metres overnight.',
    });
    const mayor = article({
      url: 'https://www.valleygazette.example/2025/03/mayor',
      canonicalUrl: home,
      title: 'Mayor opens new bridge',
      text: 'The mayor opened the bridge on Tuesday.',
    });
    assert.notEqual(save(store, runId, flood), save(store, runId, mayor));
    assert.equal(store.counts().articles, 2);
  });
});

test('article(id) gives back the record as extracted', async () => {
  await withStore((store) => {
    const runId = store.beginRun(['https://danubecourier.example/feed.xml']);
    const withImage = {
      ...GRAIN_TALKS,
      image: {
        url: 'https://danubecourier.example/img/grain.jpg',
        caption: 'Barges at Izmail.',
        credit: 'Courier photo',
      },
    };
    const id = save(store, runId, withImage);
    assert.deepEqual(store.article(id), withImage);
    assert.equal(store.article(id + 1), undefined);
  });
});

test('a fetch with no article is kept, and the raw bytes come back as they were', async () => {
  await withStore((store) => {
    const runId = store.beginRun(['https://danubecourier.example/feed.xml']);
    const page = `<html><body>${'<p>Barges wait at the grain terminal in Izmail.</p>'.repeat(200)}</body></html>`;
    const fetch = fetchOf(GRAIN_TALKS, runId, { body: new TextEncoder().encode(page) });
    assert.equal(store.savePage(fetch), undefined);
    const known = store.knownUrl(GRAIN_TALKS.url!);
    assert.ok(known);
    assert.equal(known.articleId, undefined);
    assert.equal(new TextDecoder().decode(store.fetchBody(known.fetchId)), page);
    const missing = fetchOf(GRAIN_TALKS, runId, { status: 404, body: new Uint8Array() });
    store.savePage(missing);
    assert.equal(store.fetchBody(store.knownUrl(GRAIN_TALKS.url!)!.fetchId)?.byteLength, 0);
  });
});

test('knownUrl finds a page by the URL asked for or the one it landed on, with its validators', async () => {
  await withStore((store) => {
    const runId = store.beginRun(['https://danubecourier.example/feed.xml']);
    const asked = 'http://danubecourier.example/s/grain';
    const fetch = fetchOf(GRAIN_TALKS, runId, {
      url: asked,
      headers: { etag: '"grain-v1"', 'last-modified': 'Sat, 28 Sep 2024 11:05:00 GMT' },
    });
    const saved = store.savePage(fetch, pageOf(GRAIN_TALKS));
    const expected = {
      url: asked,
      fetchId: 1,
      articleId: saved?.articleId,
      etag: '"grain-v1"',
      lastModified: 'Sat, 28 Sep 2024 11:05:00 GMT',
      status: 200,
    };
    assert.deepEqual(store.knownUrl(asked), expected);
    assert.deepEqual(store.knownUrl(GRAIN_TALKS.url!), expected);
    assert.equal(store.knownUrl('https://danubecourier.example/news/other'), undefined);
  });
});

test('after a 304, knownUrl gives the new fetch but keeps the article and the validators it had', async () => {
  await withStore((store) => {
    const runId = store.beginRun(['https://danubecourier.example/feed.xml']);
    const id = save(store, runId, GRAIN_TALKS);
    const first = store.knownUrl(GRAIN_TALKS.url!);
    store.savePage(
      fetchOf(GRAIN_TALKS, runId, { status: 304, headers: { ETag: '"grain-v2"' }, body: new Uint8Array() }),
    );
    const known = store.knownUrl(GRAIN_TALKS.url!);
    assert.equal(known?.status, 304);
    assert.notEqual(known?.fetchId, first?.fetchId);
    assert.equal(known?.articleId, id);
    assert.equal(known?.etag, '"grain-v2"'); // header names in any case
  });
});

test('a save names a run and a story that exist, or is refused with bad-argument', async () => {
  await withStore((store) => {
    assert.throws(
      () => store.savePage(fetchOf(GRAIN_TALKS, 42), pageOf(GRAIN_TALKS)),
      (error: unknown) =>
        error instanceof StoreError && error.code === 'bad-argument' && /beginRun/.test(error.message),
    );
    const runId = store.beginRun(['https://danubecourier.example/feed.xml']);
    assert.throws(
      () => store.savePage(fetchOf(GRAIN_TALKS, runId), pageOf(GRAIN_TALKS, { storyId: 99 })),
      (error: unknown) =>
        error instanceof StoreError && error.code === 'bad-argument' && /story 99/.test(error.message),
    );
    assert.deepEqual(store.counts(), { articles: 0, fetches: 0, stories: 0, runs: 1 }); // nothing half written
  });
});

test('runs record their sources and summary', async () => {
  await withStore((store, path) => {
    const runId = store.beginRun(['https://danubecourier.example/feed.xml', 'crawl-2025-03.warc.gz']);
    store.finishRun(runId, { queued: 3, fetched: 2, stored: 1, duplicates: 1, failed: 0, skipped: 1 });
    const db = new Database(path, { readonly: true });
    const run = db
      .prepare('SELECT sources, stored, duplicates, finished_at IS NOT NULL AS finished FROM runs')
      .get();
    assert.deepEqual(run, {
      sources: '["https://danubecourier.example/feed.xml","crawl-2025-03.warc.gz"]',
      stored: 1,
      duplicates: 1,
      finished: 1,
    });
    assert.equal(db.prepare('SELECT count(*) FROM sources').pluck().get(), 2);
    db.close();
    assert.throws(
      () =>
        store.finishRun(runId + 1, {
          queued: 0,
          fetched: 0,
          stored: 0,
          duplicates: 0,
          failed: 0,
          skipped: 0,
        }),
      StoreError,
    );
  });
});

/** Every row of every table, to show that a save changed nothing. */
function snapshot(path: string): unknown {
  const db = new Database(path, { readonly: true });
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'articles_fts%'`)
    .pluck()
    .all() as string[];
  const rows = Object.fromEntries(
    tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}"`).all()]),
  );
  db.close();
  return rows;
}

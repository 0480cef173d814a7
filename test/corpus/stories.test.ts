/** Stories: LSH candidates for ingest, and the listing `dateline stories` shows. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { article, fetchOf, GRAIN_TALKS, pageOf, save, withStore } from './helpers.js';

/** The wire story as three outlets ran it, and one unrelated report. */
function wireCopies() {
  const ledger = article({
    ...GRAIN_TALKS,
    url: 'https://harbourledger.example/wire/grain-talks',
    canonicalUrl: 'https://harbourledger.example/wire/grain-talks',
    siteName: 'The Harbour Ledger',
    title: 'Grain corridor talks to resume in October',
    published: '2024-09-28T09:00:00Z', // earlier than the Courier's 11:05Z
    text: `${GRAIN_TALKS.text}\n\nSubscribe to the Harbour Ledger newsletter.`,
  });
  const gazette = article({
    ...GRAIN_TALKS,
    url: 'https://www.valleygazette.example/world/grain',
    canonicalUrl: 'https://www.valleygazette.example/world/grain',
    siteName: 'Valley Gazette',
    title: 'River grain talks set to resume',
    published: '2024-09-29',
    text: GRAIN_TALKS.text.replace('on Friday', 'late on Friday'),
  });
  const strike = article({
    url: 'https://harbourledger.example/2025/02/20/strike',
    title: 'Dock workers strike at the harbour',
    siteName: 'The Harbour Ledger',
    published: '2025-02-20T16:45:00+00:00',
    text: 'Dock workers walked out at the harbour on Thursday over pay.',
  });
  return { ledger, gazette, strike };
}

test('a page with no story starts one; pages given its id join it', async () => {
  await withStore((store) => {
    const runId = store.beginRun(['https://danubecourier.example/feed.xml']);
    const { ledger, gazette } = wireCopies();
    const courier = save(store, runId, GRAIN_TALKS, { originalSource: 'Continental Press' });
    const [story] = store.stories({ minMembers: 1 });
    assert.equal(story?.id, 1);
    const ledgerId = save(store, runId, ledger, { storyId: 1, similarity: 0.91 });
    const gazetteId = save(store, runId, gazette, { storyId: 1, similarity: 0.83 });
    assert.deepEqual(store.stories(), [
      {
        id: 1,
        title: ledger.title,
        earliestArticleId: ledgerId,
        originalSource: 'Continental Press',
        members: [
          {
            articleId: ledgerId,
            url: ledger.url,
            title: ledger.title,
            siteName: 'The Harbour Ledger',
            published: ledger.published,
            similarity: 0.91,
          },
          {
            articleId: courier,
            url: GRAIN_TALKS.url,
            title: GRAIN_TALKS.title,
            siteName: 'The Danube Courier',
            published: GRAIN_TALKS.published,
            similarity: 1,
          },
          {
            articleId: gazetteId,
            url: gazette.url,
            title: gazette.title,
            siteName: 'Valley Gazette',
            published: '2024-09-29',
            similarity: 0.83,
          },
        ],
      },
    ]);
  });
});

test("the first member to credit an agency names the story's original source", async () => {
  await withStore((store) => {
    const runId = store.beginRun(['https://harbourledger.example/sitemap.xml']);
    const { ledger, gazette } = wireCopies();
    save(store, runId, ledger);
    save(store, runId, gazette, { storyId: 1, similarity: 0.8, originalSource: 'Continental Press' });
    save(store, runId, GRAIN_TALKS, { storyId: 1, similarity: 0.9, originalSource: 'Meridian News Agency' });
    assert.equal(store.stories()[0]?.originalSource, 'Continental Press');
  });
});

test('stories lists those with at least minMembers members, the most recent first, up to limit', async () => {
  await withStore((store) => {
    const runId = store.beginRun(['fixtures']);
    const { ledger, strike } = wireCopies();
    save(store, runId, GRAIN_TALKS);
    save(store, runId, ledger, { storyId: 1, similarity: 0.9 });
    save(store, runId, strike);
    assert.deepEqual(
      store.stories().map((s) => s.id),
      [1],
    );
    assert.deepEqual(
      store.stories({ minMembers: 1 }).map((s) => s.id),
      [2, 1],
    );
    assert.deepEqual(
      store.stories({ minMembers: 1, limit: 1 }).map((s) => s.id),
      [2],
    );
    assert.deepEqual(store.stories({ minMembers: 3 }), []);
  });
});

test('bandCandidates returns each article sharing a band once, with its story and signature', async () => {
  await withStore((store) => {
    const runId = store.beginRun(['fixtures']);
    const { ledger, strike } = wireCopies();
    const courierPage = pageOf(GRAIN_TALKS, { bandKeys: ['0:aaaa', '1:bbbb', '2:cccc'] });
    const courier = store.savePage(fetchOf(GRAIN_TALKS, runId), courierPage)!.articleId;
    const ledgerPage = pageOf(ledger, {
      bandKeys: ['0:aaaa', '1:bbbb', '2:dddd'],
      storyId: 1,
      similarity: 0.9,
    });
    const ledgerId = store.savePage(fetchOf(ledger, runId), ledgerPage)!.articleId;
    store.savePage(fetchOf(strike, runId), pageOf(strike, { bandKeys: ['0:eeee'] }));
    const candidates = store.bandCandidates(['0:aaaa', '1:bbbb', '9:none']);
    assert.deepEqual(
      candidates.map((c) => [c.articleId, c.storyId]),
      [
        [courier, 1],
        [ledgerId, 1],
      ],
    );
    assert.deepEqual([...candidates[0]!.signature], [...courierPage.signature]);
    assert.ok(candidates[0]!.signature instanceof Uint32Array);
    assert.deepEqual(store.bandCandidates([]), []);
  });
});

test("a corrected text replaces the article's bands, so candidates follow the new text", async () => {
  await withStore((store) => {
    const runId = store.beginRun(['fixtures']);
    store.savePage(fetchOf(GRAIN_TALKS, runId), pageOf(GRAIN_TALKS, { bandKeys: ['0:old'] }));
    const corrected = { ...GRAIN_TALKS, text: `${GRAIN_TALKS.text}\n\nCorrection appended.` };
    store.savePage(fetchOf(corrected, runId), pageOf(corrected, { bandKeys: ['0:new'], storyId: 1 }));
    assert.deepEqual(store.bandCandidates(['0:old']), []);
    assert.deepEqual(
      store.bandCandidates(['0:new']).map((c) => c.articleId),
      [1],
    );
    assert.equal(store.counts().stories, 1);
  });
});

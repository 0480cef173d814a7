import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis, Span } from '../../src/analyze/types.js';
import { article, fetchOf, GRAIN_TALKS, pageOf, save, withStore } from './helpers.js';

const V1 = 'test-analyzer-1';

/** The span of the first `words` in `text`. */
function spanOf(text: string, words: string): Span {
  const start = text.indexOf(words);
  assert.ok(start >= 0, `"${words}" is in the text`);
  return [start, start + words.length];
}

/** What an analyzer might say about the grain talks story: a ministry and one quote. */
function grainAnalysis(text: string): Analysis {
  return {
    sentences: [[0, text.indexOf('\n\n')]],
    actors: [
      {
        id: 'a1',
        name: 'the ministry',
        kind: 'organization',
        sector: 'GOV',
        mentions: [{ span: spanOf(text, 'the ministry'), rule: 'test' }],
      },
    ],
    quotes: [
      {
        content: [
          spanOf(text, 'Talks on keeping the river grain corridor open through the winter will resume'),
        ],
        cue: [spanOf(text, 'said')],
        source: [spanOf(text, 'the ministry')],
        speaker: 'a1',
        anonymous: false,
        direct: false,
        rule: 'test',
      },
    ],
    times: [{ span: spanOf(text, 'Friday'), value: '2024-09-27', rule: 'test' }],
  };
}

test('a stored article waits for analysis until it is analysed, then its quotes are searchable', async () => {
  await withStore((store) => {
    const runId = store.beginRun(['test']);
    const id = save(store, runId, GRAIN_TALKS);
    const [pending] = store.pendingAnalyses(V1, 0, 10);
    assert.equal(pending?.articleId, id);
    assert.equal(pending?.text, GRAIN_TALKS.text);
    assert.equal(pending?.published, GRAIN_TALKS.published);
    assert.equal(store.countPendingAnalyses(V1), 1);

    const analysis = grainAnalysis(GRAIN_TALKS.text);
    store.saveAnalysis({
      articleId: id,
      contentHash: pending.contentHash,
      analyzer: V1,
      text: pending.text,
      analysis,
    });
    assert.equal(store.countPendingAnalyses(V1), 0);
    assert.deepEqual(store.analysis(id), analysis);

    const [hit] = store.searchQuotes({ text: 'grain corridor' });
    assert.equal(hit?.speaker, 'the ministry');
    assert.equal(hit?.cue, 'said');
    assert.match(hit?.content ?? '', /^Talks on keeping/);
    assert.equal(hit?.url, GRAIN_TALKS.url);
    assert.equal(store.searchQuotes({ text: 'sunflower' }).length, 0, 'words outside quotes do not match');
    assert.equal(store.searchQuotes({ speaker: 'ministry' }).length, 1);
    assert.equal(store.searchQuotes({ speaker: 'port' }).length, 0);
  });
});

test('a newer analyzer, or corrected text, makes an article pending again; saving replaces its rows', async () => {
  await withStore((store) => {
    const runId = store.beginRun(['test']);
    const id = save(store, runId, GRAIN_TALKS);
    const [pending] = store.pendingAnalyses(V1, 0, 10);
    assert.ok(pending);
    const write = { articleId: id, contentHash: pending.contentHash, analyzer: V1, text: pending.text };
    store.saveAnalysis({ ...write, analysis: grainAnalysis(pending.text) });
    assert.equal(store.countPendingAnalyses('test-analyzer-2'), 1);

    const corrected = article({ ...GRAIN_TALKS, text: GRAIN_TALKS.text.replace('October', 'November') });
    store.savePage(fetchOf(corrected, runId), pageOf(corrected));
    const [again] = store.pendingAnalyses(V1, 0, 10);
    assert.equal(again?.articleId, id);
    assert.match(again?.text ?? '', /November/);

    store.saveAnalysis({
      ...write,
      contentHash: again.contentHash,
      text: again.text,
      analysis: grainAnalysis(again.text),
    });
    store.saveAnalysis({
      ...write,
      contentHash: again.contentHash,
      text: again.text,
      analysis: grainAnalysis(again.text),
    });
    assert.equal(
      store.searchQuotes({ text: 'corridor' }).length,
      1,
      'saving twice keeps one copy of each quote',
    );
    assert.equal(store.countPendingAnalyses(V1), 0);
  });
});

test('pendingAnalyses pages through the articles by id', async () => {
  await withStore((store) => {
    const runId = store.beginRun(['test']);
    const ids = [1, 2, 3, 4, 5].map((n) =>
      save(
        store,
        runId,
        article({
          url: `https://danubecourier.example/n/${n}`,
          title: `Story ${n}`,
          text: `Barge ${n} left Izmail.`,
        }),
      ),
    );
    const first = store.pendingAnalyses(V1, 0, 2).map((p) => p.articleId);
    const next = store.pendingAnalyses(V1, first.at(-1) ?? 0, 10).map((p) => p.articleId);
    assert.deepEqual([...first, ...next], ids);
  });
});

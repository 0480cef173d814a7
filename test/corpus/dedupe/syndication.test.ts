/**
 * The syndication benchmark: a deterministic generated set, a pairwise scorer checked by hand,
 * the grouping quality on a small seeded instance (the F1 >= 0.95), and the pinned floor
 * on the default set (bench/syndication/baseline.json).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  checkSyndicationGate,
  measureQuality,
  readSyndicationBaseline,
  runSyndicationBench,
  scoreGrouping,
  syndicationSet,
} from '../../../bench/syndication/index.js';

const SMALL = { stories: 40, singles: 10 } as const;

describe('syndicationSet', () => {
  it('is the same set for the same seed and another for another seed', () => {
    const a = syndicationSet(7, SMALL);
    const b = syndicationSet(7, SMALL);
    assert.deepEqual(a.articles, b.articles);
    assert.deepEqual([...a.truth], [...b.truth]);
    assert.notDeepEqual(syndicationSet(8, SMALL).articles, a.articles);
  });

  it('gives every article an id, a story and a time, in publication order', () => {
    const set = syndicationSet(3, SMALL);
    const ids = set.articles.map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual([...set.truth.keys()].sort(), [...ids].sort());
    const times = set.articles.map((a) => a.published);
    assert.deepEqual(times, [...times].sort());
    for (const a of set.articles)
      assert.ok(a.text.length > 0 && a.title.length > 0 && a.site.endsWith('.example'));
  });

  it('republishes each wire story 2 to 6 times on distinct sites, and single stories once', () => {
    const set = syndicationSet(3, SMALL);
    const members = new Map<string, string[]>();
    for (const a of set.articles)
      members.set(set.truth.get(a.id)!, [...(members.get(set.truth.get(a.id)!) ?? []), a.site]);
    const sizes = [...members.values()].map((sites) => {
      assert.equal(new Set(sites).size, sites.length, 'one copy per site');
      return sites.length;
    });
    assert.equal(sizes.length, SMALL.stories + SMALL.singles);
    assert.equal(sizes.filter((n) => n === 1).length, SMALL.singles);
    assert.ok(sizes.every((n) => n >= 1 && n <= 6));
  });
});

describe('scoreGrouping', () => {
  const truth = new Map([
    ['a', 's1'],
    ['b', 's1'],
    ['c', 's1'],
    ['d', 's2'],
    ['e', 's3'],
  ]);

  it('scores a perfect grouping 1', () => {
    const score = scoreGrouping(
      new Map([
        ['a', 1],
        ['b', 1],
        ['c', 1],
        ['d', 2],
        ['e', 3],
      ]),
      truth,
    );
    assert.deepEqual([score.precision, score.recall, score.f1, score.truePairs], [1, 1, 1, 3]);
  });

  it('counts pairs: one copy split off, and one story wrongly joined', () => {
    // Predicted {a,b} {c,d} {e}: pairs ab (right), cd (wrong); true pairs ab, ac, bc.
    const score = scoreGrouping(
      new Map([
        ['a', 1],
        ['b', 1],
        ['c', 2],
        ['d', 2],
        ['e', 3],
      ]),
      truth,
    );
    assert.equal(score.predictedPairs, 2);
    assert.equal(score.correctPairs, 1);
    assert.equal(score.precision, 0.5);
    assert.equal(score.recall, 1 / 3);
    assert.equal(score.f1, 0.4);
  });

  it('treats an article missing from the prediction as a story of its own', () => {
    const score = scoreGrouping(new Map([['a', 1]]), truth);
    assert.deepEqual([score.precision, score.recall, score.f1, score.predictedGroups], [1, 0, 0, 5]);
  });
});

describe('grouping quality', () => {
  it('reaches F1 >= 0.95 on a small seeded set, keeping distinct stories apart', () => {
    for (const seed of [7, 11]) {
      const figures = measureQuality(seed, SMALL);
      assert.ok(figures.f1 >= 0.95, `seed ${seed}: F1 ${figures.f1}`);
      assert.ok(figures.precision >= 0.95, `seed ${seed}: precision ${figures.precision}`);
      assert.ok(figures.sourcePrecision >= 0.95, `seed ${seed}: source precision ${figures.sourcePrecision}`);
    }
  });

  it('stays above the pinned floors on the default set', () => {
    const baseline = readSyndicationBaseline();
    const verdict = checkSyndicationGate(baseline, measureQuality(baseline.seed));
    assert.ok(verdict.ok, verdict.message);
  });

  it('reports its cost per article', () => {
    const figures = runSyndicationBench(5, { stories: 10, singles: 2 });
    assert.ok(Number.isFinite(figures.msPerArticle) && figures.msPerArticle > 0);
    assert.ok(Number.isFinite(figures.msPer800Words) && figures.msPer800Words > 0);
  });
});

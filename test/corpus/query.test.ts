/** The pure parts of search: query text to FTS5, dates to keys and bounds, filters to facet tokens. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { StoreError } from '../../src/corpus/index.js';
import { authorsKey, dateKey, sinceBound, untilBound } from '../../src/corpus/sqlite/columns.js';
import { articleFacets, FACET_MARK, facetFilter } from '../../src/corpus/sqlite/facets.js';
import { planSearch } from '../../src/corpus/sqlite/plan.js';
import { parseQuery, toFtsQuery } from '../../src/corpus/sqlite/query.js';

test('user text becomes quoted FTS5 strings, with phrases, OR, exclusion and prefixes kept', () => {
  const cases: [string, string][] = [
    ['grain', '"grain"'],
    ['grain corridor', '("grain" AND "corridor")'],
    ['"grain corridor" talks', '("grain corridor" AND "talks")'],
    ['"grain corridor', '"grain corridor"'],
    ['Izmail OR Odesa', '("Izmail" OR "Odesa")'],
    ['grain Izmail OR Odesa OR Reni', '("grain" AND ("Izmail" OR "Odesa" OR "Reni"))'],
    ['grain -wheat -"sunflower oil"', '"grain" NOT ("wheat" OR "sunflower oil")'],
    ['grain NOT wheat', '"grain" NOT ("wheat")'],
    ['grain AND wheat', '("grain" AND "wheat")'],
    ['negotiat*', '"negotiat"*'],
    ['NEAR(grain', '"NEAR(grain"'],
    ['title:grain', '"title:grain"'],
    ['say "hello', '("say" AND "hello")'],
    ['a"b', '("a" AND "b")'],
    ["it's", '"it\'s"'],
    ['OR grain OR', '"grain"'],
    ['- grain', '"grain"'],
    ['x -', '"x"'],
    ['or and not', '("or" AND "and" AND "not")'],
    ['"she said ""no"""', '("she said " AND "no")'],
  ];
  for (const [input, expected] of cases) assert.equal(toFtsQuery(input), expected, input);
});

test('text with nothing to look for is a bad-query StoreError', () => {
  for (const text of ['', '   ', '-', '"', '""', '-grain', 'NOT grain', '()', '***', 'ab*']) {
    assert.throws(
      () => toFtsQuery(text),
      (error: unknown) => error instanceof StoreError && error.code === 'bad-query',
      JSON.stringify(text),
    );
  }
  assert.throws(() => toFtsQuery(Array.from({ length: 80 }, (_, i) => `w${i}`).join(' ')), /keep it under/);
});

test('common words are dropped from longer queries or order by date; prefixes are spelled out', () => {
  const vocabulary = ['govern', 'government', 'governor', 'grain', 'said', 'the'];
  const corpus = {
    articles: 10_000,
    documentsWith: (token: string) =>
      ({ the: 9_900, said: 8_000, grain: 400, government: 6_000 })[token] ?? 0,
    tokensStartingWith: (prefix: string, limit: number) =>
      vocabulary.filter((t) => t.startsWith(prefix)).slice(0, limit),
  };
  assert.deepEqual(planSearch(parseQuery('the grain'), corpus), { match: '"grain"', order: 'rank' });
  assert.deepEqual(planSearch(parseQuery('"the grain"'), corpus), { match: '"the grain"', order: 'rank' });
  assert.deepEqual(planSearch(parseQuery('the said'), corpus), {
    match: '("the" AND "said")',
    order: 'date',
  });
  assert.deepEqual(planSearch(parseQuery('the OR grain'), corpus), {
    match: '("the" OR "grain")',
    order: 'rank',
  });
  // A prefix is spelled out as the words it covers; one that covers none stays as it is.
  assert.deepEqual(planSearch(parseQuery('gover* grain'), corpus), {
    match: '(("govern" OR "government" OR "governor") AND "grain")',
    order: 'rank',
  });
  assert.deepEqual(planSearch(parseQuery('grain -gover*'), corpus), {
    match: '"grain" NOT ("govern" OR "government" OR "governor")',
    order: 'rank',
  });
  assert.deepEqual(planSearch(parseQuery('governm* grain'), corpus).match, '"grain"'); // one word, and common
  assert.deepEqual(planSearch(parseQuery('zzz* grain'), corpus).match, '("zzz"* AND "grain")');
  const small = { ...corpus, articles: 100 };
  assert.deepEqual(planSearch(parseQuery('the grain'), small), {
    match: '("the" AND "grain")',
    order: 'rank',
  });
});

test('dates become sortable keys: a date stays, a date-time becomes UTC, a bad one is nothing', () => {
  assert.equal(dateKey('2024-09-28'), '2024-09-28');
  assert.equal(dateKey('2024-09-28T14:05:00+03:00'), '2024-09-28T11:05:00.000Z');
  assert.equal(dateKey('2024-09-28T14:05'), '2024-09-28T14:05:00.000Z'); // no offset: UTC, not local
  assert.equal(dateKey('not a date'), undefined);
  assert.equal(dateKey('+020240-01-01T00:00:00Z'), undefined);
  assert.ok('2024-09-28' < '2024-09-28T00:00:00.000Z'); // a date sorts before the times of its day
});

test('since and until take a year, month or day whole, and an instant exactly', () => {
  assert.equal(sinceBound('2024'), '2024');
  assert.equal(sinceBound('2024-02-29T23:00:00-02:00'), '2024-03-01T01:00:00.000Z');
  assert.deepEqual(untilBound('2024'), { value: '2025', inclusive: false });
  assert.deepEqual(untilBound('2024-12'), { value: '2025-01', inclusive: false });
  assert.deepEqual(untilBound('2024-02-29'), { value: '2024-03-01', inclusive: false });
  assert.deepEqual(untilBound('2024-03-01T12:00:00Z'), {
    value: '2024-03-01T12:00:00.000Z',
    inclusive: true,
  });
  assert.throws(
    () => sinceBound('yesterday'),
    (error: unknown) => error instanceof StoreError && error.code === 'bad-query',
  );
});

test('authors are folded into one key that matches whole words of one name', () => {
  assert.equal(authorsKey(['José Muñoz', "Siobhán O'Neill"]), '| jose munoz | siobhan o neill |');
  assert.equal(authorsKey([]), '');
});

test('facet tokens cover every filter, and a date range becomes whole years and end months', () => {
  const readable = (text: string | undefined): string | undefined => text?.replaceAll(FACET_MARK, '');
  const facets = articleFacets({
    site: 'The Harbour Ledger',
    host: 'www.harbourledger.example',
    lang: 'en-gb',
    authors_key: '| li wei |',
    date_key: '2024-10-02T08:00:00.000Z',
  })
    .split(' ')
    .map((token) => {
      assert.ok(token.startsWith(FACET_MARK), 'every facet token carries the mark');
      return readable(token)!;
    });
  assert.ok(facets.includes('ye2024') && facets.includes('mo202410') && facets.includes('laen'));
  assert.equal(facets.filter((t) => t.startsWith('ho')).length, 3); // www.harbourledger.example, harbourledger.example, example
  assert.equal(facets.filter((t) => t.startsWith('au')).length, 2);
  const range = facetFilter(
    { text: 'x' },
    { since: '2023-11', until: '2026-02-14T00:00:00.000Z' },
    () => undefined,
  );
  assert.equal(
    readable(range),
    '(("mo202311" OR "mo202312" OR "ye2024" OR "ye2025" OR "mo202601" OR "mo202602"))',
  );
  const open = facetFilter({ text: 'x' }, { since: '2025-11-20' }, () => ({
    min: '2001-01-01',
    max: '2026-01-03T10:00:00.000Z',
  }));
  assert.equal(readable(open), '(("mo202511" OR "mo202512" OR "mo202601"))');
  assert.equal(
    facetFilter({ text: 'x' }, {}, () => undefined),
    undefined,
  );
});

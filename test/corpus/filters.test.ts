/**
 * The facet tokens only narrow: for random articles and random filters, search returns exactly
 * the articles a plain reading of each filter accepts (the reference below), never fewer.
 */
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import type { Article } from '../../src/article/types.js';
import { openStore, type SearchQuery, type SqliteStore } from '../../src/corpus/index.js';
import { authorsKey, dateKey, foldName, sinceBound, untilBound } from '../../src/corpus/sqlite/columns.js';
import { article, save, tempDir } from './helpers.js';

const OUTLETS = [
  { site: 'The Danube Courier', host: 'danubecourier.example' },
  { site: 'The Harbour Ledger', host: 'www.harbourledger.example' },
  { site: 'Valley Gazette', host: 'news.valleygazette.example' },
  { site: 'Le Courrier du Danube', host: 'courrierdudanube.example' },
];
const LANGS = ['en', 'en-GB', 'en-us', 'fr', 'de-AT', undefined];
const NAMES = ['Amara Okafor', 'Li Wei', 'José Muñoz', 'Ingrid Berg', 'Wei Li', 'Élodie Marchand'];
const DATES = [
  '2024-09-28',
  '2024-09-28T23:30:00-02:00',
  '2024-10-01T00:00:00Z',
  '2024-12-31T23:59:59+00:00',
  '2025-01-01',
  '2025-02-20T16:45:00+01:00',
  undefined,
];

const { dir, cleanup } = tempDir();
let store: SqliteStore;
const stored: { id: number; a: Article; host: string }[] = [];

before(() => {
  store = openStore(`${dir}/corpus.db`);
  const runId = store.beginRun(['fixtures']);
  for (let n = 0; n < 84; n++) {
    const outlet = OUTLETS[n % OUTLETS.length]!;
    const lang = LANGS[n % LANGS.length];
    const published = DATES[n % DATES.length];
    const a = article({
      url: `https://${outlet.host}/news/${n}`,
      title: `Grain report ${n}`,
      siteName: outlet.site,
      authors: NAMES.filter((_, i) => (n >> i) % 3 === 0).slice(0, 2),
      ...(lang ? { lang } : {}),
      ...(published ? { published } : {}),
      text: `Grain barges report number ${n}.`,
    });
    stored.push({ id: save(store, runId, a), a, host: outlet.host });
  }
});
after(() => {
  store.close();
  cleanup();
});

/** Each filter read plainly, as its documentation states it. */
function accepts(entry: (typeof stored)[number], q: SearchQuery, storedAt: string): boolean {
  const { a, host } = entry;
  const date = dateKey(a.published) ?? storedAt;
  if (q.since !== undefined && date < sinceBound(q.since)) return false;
  if (q.until !== undefined) {
    const bound = untilBound(q.until);
    if (bound.inclusive ? date > bound.value : date >= bound.value) return false;
  }
  if (q.site !== undefined) {
    const site = q.site.toLowerCase();
    if (a.siteName?.toLowerCase() !== site && host !== site && !host.endsWith(`.${site}`)) return false;
  }
  if (q.lang !== undefined) {
    const lang = a.lang?.toLowerCase();
    if (lang !== q.lang.toLowerCase() && !lang?.startsWith(`${q.lang.toLowerCase()}-`)) return false;
  }
  if (q.author !== undefined && !authorsKey(a.authors).includes(` ${foldName(q.author)} `)) return false;
  return true;
}

test('search with any mix of filters returns exactly the articles the filters accept', () => {
  const storedAt = new Date().toISOString();
  const filters = fc.record(
    {
      since: fc.constantFrom('2024', '2024-09', '2024-09-28', '2024-09-29T01:00:00Z', '2025-01-01', '2026'),
      until: fc.constantFrom(
        '2024',
        '2024-09-28',
        '2024-10',
        '2024-12-31T23:59:59Z',
        '2025-02-20T15:45:00Z',
        '2030',
      ),
      site: fc.constantFrom(
        'the danube courier',
        'harbourledger.example',
        'valleygazette.example',
        'example',
        'courier',
        'LE COURRIER DU DANUBE',
      ),
      lang: fc.constantFrom('en', 'EN-gb', 'fr', 'de', 'de-at', 'es'),
      author: fc.constantFrom('okafor', 'Li Wei', 'wei li', 'jose munoz', 'ELODIE', 'berg'),
    },
    { requiredKeys: [] },
  );
  fc.assert(
    fc.property(filters, (q) => {
      const query = { text: 'grain', limit: 1000, ...q };
      const got = store
        .search(query)
        .map((hit) => hit.articleId)
        .sort((x, y) => x - y);
      const want = stored.filter((entry) => accepts(entry, query, storedAt)).map((entry) => entry.id);
      assert.deepEqual(got, want, JSON.stringify(q));
    }),
    { numRuns: 300, seed: 20251125 },
  );
});

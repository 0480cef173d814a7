/**
 * Our metadata gold set (bench/gold/metadata): the set is linted (every case listed, well
 * formed, fictional), and dateline's title, date and author accuracy on it must stay above the
 * issue's targets. The benchmark scores the same set with the shared scorer beside the anchors
 * (`npm run bench:extract`); this test needs no shared data, so it applies the scorer's two
 * rules itself: titles equal after case and whitespace folding, dates equal to the day.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extract } from '../../../src/extract/index.js';

const SET = fileURLToPath(new URL('../../../bench/gold/metadata/', import.meta.url));

// The targets for titles and dates; authors are held to the same bar as dates.
const FLOORS = { title: 0.95, date: 0.9, author: 0.9 };

interface Gold {
  url: string;
  text: string;
  title: string;
  date: string;
  author?: string;
}

const ids = readFileSync(join(SET, 'index.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { id: string; url: string });
const goldOf = (id: string): Gold => JSON.parse(readFileSync(join(SET, id, 'gold.json'), 'utf8')) as Gold;
const fold = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
const names = (s: string): string =>
  s
    .split(/\s*,\s*/)
    .map(fold)
    .sort()
    .join('|');

test('the metadata gold set is complete, well formed and fictional', () => {
  assert.ok(ids.length >= 40, `${ids.length} cases`);
  assert.equal(new Set(ids.map((c) => c.id)).size, ids.length, 'ids are unique');
  const folders = readdirSync(SET, { withFileTypes: true }).filter((d) => d.isDirectory());
  assert.deepEqual(folders.map((d) => d.name).sort(), ids.map((c) => c.id).sort(), 'every folder is listed');
  const readme = readFileSync(join(SET, 'README.md'), 'utf8');
  for (const { id, url } of ids) {
    assert.ok(existsSync(join(SET, id, 'page.html')), `${id}: page.html`);
    assert.ok(readme.includes(`\`${id}\``), `${id}: described in README.md`);
    const gold = goldOf(id);
    assert.equal(gold.url, url, `${id}: url as in index.jsonl`);
    assert.match(new URL(gold.url).hostname, /\.example$/, `${id}: a reserved .example host`);
    assert.equal(gold.text, '', `${id}: no body gold`);
    assert.ok(gold.title.trim().length > 0, `${id}: title`);
    assert.match(gold.date, /^\d{4}-\d{2}-\d{2}$/, `${id}: date`);
    if (gold.author !== undefined) assert.ok(gold.author.trim().length > 0, `${id}: author`);
    // Every address in the page is fictional too (schema.org vocabulary URLs aside).
    const page = readFileSync(join(SET, id, 'page.html'), 'utf8');
    for (const [, host] of page.matchAll(/https?:\/\/([^/"'\s>]+)/g))
      assert.ok(host?.endsWith('.example') || host === 'schema.org', `${id}: ${host}`);
  }
});

test('dateline stays above the targets on the metadata gold set', () => {
  let titles = 0;
  let dates = 0;
  let authors = 0;
  let authored = 0;
  const misses: string[] = [];
  for (const { id } of ids) {
    const gold = goldOf(id);
    const article = extract(new Uint8Array(readFileSync(join(SET, id, 'page.html'))), { url: gold.url });
    if (fold(article.title) === fold(gold.title)) titles++;
    else misses.push(`${id} title: ${article.title}`);
    if ((article.published ?? '').slice(0, 10) === gold.date) dates++;
    else misses.push(`${id} date: ${article.published}`);
    if (gold.author === undefined) continue;
    authored++;
    if (names(article.authors.join(', ')) === names(gold.author)) authors++;
    else misses.push(`${id} authors: ${article.authors.join(', ')}`);
  }
  const report = `\n${misses.join('\n')}`;
  assert.ok(titles / ids.length >= FLOORS.title, `title ${titles}/${ids.length}${report}`);
  assert.ok(dates / ids.length >= FLOORS.date, `date ${dates}/${ids.length}${report}`);
  assert.ok(authors / authored >= FLOORS.author, `author ${authors}/${authored}${report}`);
});

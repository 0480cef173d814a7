/** The country table is linted here: codes, completeness, references and flags. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { COUNTRIES, IGOS } from '../../../src/analyze/gazetteer/index.js';
import { duplicates, ISO_ALPHA3 } from './helpers.js';

const codes = COUNTRIES.map((c) => c.id);

test('every alpha-3 is three upper-case letters and unique; every alpha-2 two and unique', () => {
  for (const c of COUNTRIES) {
    assert.match(c.id, /^[A-Z]{3}$/, c.id);
    assert.match(c.alpha2, /^[A-Z]{2}$/, c.id);
  }
  assert.deepEqual(duplicates(codes), []);
  assert.deepEqual(duplicates(COUNTRIES.map((c) => c.alpha2)), []);
});

test('all 249 ISO 3166-1 alpha-3 codes are present, and only Kosovo is outside ISO', () => {
  assert.equal(ISO_ALPHA3.length, 249);
  const have = new Set(codes);
  assert.deepEqual(
    ISO_ALPHA3.filter((code) => !have.has(code)),
    [],
  );
  const iso = new Set(ISO_ALPHA3);
  const outside = COUNTRIES.filter((c) => !iso.has(c.id));
  assert.deepEqual(
    outside.map((c) => c.id),
    ['XKX'],
  );
  for (const c of COUNTRIES) assert.equal(c.iso === false, !iso.has(c.id), `${c.id}: iso flag`);
});

test('IGO codes never collide with country codes', () => {
  const igoCodes = new Set(IGOS.map((g) => g.id));
  assert.deepEqual(
    codes.filter((code) => igoCodes.has(code)),
    [],
  );
});

test('a territory names a sovereign country in the table', () => {
  const have = new Set(codes);
  for (const c of COUNTRIES) {
    if (c.of === undefined) continue;
    assert.ok(have.has(c.of), `${c.id} of ${c.of}`);
    assert.notEqual(c.of, c.id, c.id);
  }
});

test('every flagged-ambiguous word is one of the record’s own words', () => {
  for (const c of COUNTRIES) {
    const own = new Set([
      c.name,
      ...(c.names ?? []),
      ...(c.adjectives ?? []),
      ...(c.people ?? []),
      ...(c.capitals ?? []).flat(),
    ]);
    for (const word of c.ambiguous ?? []) assert.ok(own.has(word), `${c.id}: "${word}" is not its word`);
  }
});

test('no word is listed twice within a country record', () => {
  for (const c of COUNTRIES) {
    const names = [c.name, ...(c.names ?? [])];
    assert.deepEqual(duplicates(names), [], `${c.id} names`);
    assert.deepEqual(duplicates([...(c.adjectives ?? []), ...(c.people ?? [])]), [], `${c.id} demonyms`);
    assert.deepEqual(duplicates((c.capitals ?? []).flat()), [], `${c.id} capitals`);
  }
});

test('the big newsmakers carry the forms news uses', () => {
  const byId = new Map(COUNTRIES.map((c) => [c.id, c]));
  const has = (id: string, field: 'names' | 'adjectives' | 'people', word: string): void =>
    assert.ok(byId.get(id)?.[field]?.includes(word), `${id} ${field} lacks "${word}"`);
  for (const w of ['U.S.', 'US', 'USA', 'America', 'United States of America']) has('USA', 'names', w);
  for (const w of ['UK', 'Britain', 'Great Britain']) has('GBR', 'names', w);
  has('RUS', 'names', 'Russian Federation');
  has('PRK', 'names', 'DPRK');
  has('CIV', 'names', "Côte d'Ivoire");
  has('USA', 'adjectives', 'U.S.');
  has('USA', 'people', 'Americans');
  has('GBR', 'people', 'Britons');
  has('RUS', 'people', 'Russians');
});

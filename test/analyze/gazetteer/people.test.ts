/** Office holders: the table is linted, and names resolve by date. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import {
  COUNTRIES,
  entryById,
  IGOS,
  matchPhrase,
  officeAt,
  PEOPLE,
  personById,
  personByName,
  phraseWords,
  sectorAt,
} from '../../../src/analyze/gazetteer/index.js';
import { startedBy } from '../../../src/analyze/gazetteer/people.js';
import { duplicates, SECTORS, validIsoDate } from './helpers.js';

const known = new Set([...COUNTRIES.map((c) => c.id), ...IGOS.map((g) => g.id)]);
const sectors = new Set<string>(SECTORS);

test('people: ids unique, countries known, offices dated, ordered and well formed', () => {
  assert.deepEqual(duplicates(PEOPLE.map((p) => p.id)), []);
  for (const p of PEOPLE) {
    assert.match(p.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, p.id);
    assert.ok(known.has(p.country), `${p.id}: ${p.country}`);
    assert.ok(p.offices.length > 0, p.id);
    p.offices.forEach((o, k) => {
      const at = `${p.id} office ${k}`;
      assert.ok(validIsoDate(o.from), `${at}: from ${o.from}`);
      if (o.to !== undefined) {
        assert.ok(validIsoDate(o.to), `${at}: to ${o.to}`);
        assert.ok(startedBy(o.from, o.to) && o.to !== o.from, `${at}: ends before it starts`);
      }
      assert.ok(sectors.has(o.sector), `${at}: ${o.sector}`);
      assert.ok(o.country === undefined || known.has(o.country), `${at}: ${o.country}`);
      assert.equal(
        o.role,
        o.role.replace(/^[A-Z][a-z]/, (s) => s.toLowerCase()),
        `${at}: role in lower case`,
      );
      if (k > 0) assert.ok(startedBy(p.offices[k - 1]!.from, o.from), `${at}: offices out of order`);
    });
    const own = new Set([p.name, ...(p.names ?? [])]);
    for (const name of p.ambiguous ?? []) assert.ok(own.has(name), `${p.id}: "${name}"`);
  }
});

test('no two people hold one seat on the same full date', () => {
  const seats = new Map<string, { id: string; from: string; to?: string }[]>();
  for (const p of PEOPLE) {
    for (const o of p.offices) {
      const seat = `${o.country ?? p.country} ${o.role}`;
      const list = seats.get(seat) ?? [];
      list.push({ id: p.id, from: o.from, ...(o.to === undefined ? {} : { to: o.to }) });
      seats.set(seat, list);
    }
  }
  const clashes: string[] = [];
  const day = (s: string): boolean => s.length === 10;
  for (const [seat, holders] of seats) {
    for (let a = 0; a < holders.length; a++) {
      for (let b = a + 1; b < holders.length; b++) {
        const x = holders[a]!;
        const y = holders[b]!;
        if (x.id === y.id) continue;
        const xEndsFirst = x.to !== undefined && day(x.to) && day(y.from) && x.to <= y.from;
        const yEndsFirst = y.to !== undefined && day(y.to) && day(x.from) && y.to <= x.from;
        const monthTouch = [x.to, y.to, x.from, y.from].some((d) => d !== undefined && !day(d));
        if (!xEndsFirst && !yEndsFirst && !monthTouch) clashes.push(`${seat}: ${x.id} / ${y.id}`);
      }
    }
  }
  assert.deepEqual(clashes, []);
});

test('the examples of the brief resolve with their offices', () => {
  const lavrov = personByName('Sergei Lavrov', '2014-09-26');
  assert.equal(lavrov?.person.country, 'RUS');
  assert.deepEqual(lavrov?.office, { role: 'foreign minister', sector: 'GOV', from: '2004-03-09' });
  const kerry = personByName('John Kerry', '2015-07-14');
  assert.equal(kerry?.office?.role, 'secretary of state');
  assert.equal(kerry?.office?.to, '2017-01-20');
  assert.equal(personByName('John Kerry', '2018-01-01')?.office, undefined, 'out of office');
});

test('a shared surname resolves by date: the holder first, then the nearest in time', () => {
  assert.equal(personByName('Bush', '2003-03-20')?.person.id, 'george-w-bush');
  assert.equal(personByName('Bush', '1991-01-17')?.person.id, 'george-h-w-bush');
  assert.equal(
    personByName('Bush', '1996-06-01')?.person.id,
    'george-h-w-bush',
    'three years after vs five before',
  );
  assert.equal(personByName('Bush', '2003-03-20')?.ambiguous, false);
  const undated = personByName('Bush');
  assert.equal(undated?.ambiguous, true);
  assert.equal(undated?.person.id, 'george-w-bush', 'the latest in office');
  assert.equal(personByName('Clinton', '2010-05-01')?.person.id, 'hillary-clinton');
  assert.equal(personByName('Kim', '2015-01-01')?.person.id, 'kim-jong-un');
});

test('handover days belong to the successor; month-precision offices cover the whole month', () => {
  assert.equal(personByName('Trump', '2021-01-20')?.office, undefined);
  assert.equal(personByName('Biden', '2021-01-20')?.office?.role, 'president');
  assert.equal(personByName('Biden', '2021-01-19')?.office?.role, undefined);
  assert.equal(personByName('Dong Jun', '2023-12-01')?.office?.role, 'defense minister');
  assert.equal(personByName('Li Shangfu', '2023-10-31')?.office?.role, 'defense minister');
  assert.equal(personByName('Li Shangfu', '2023-11-01')?.office, undefined);
  assert.equal(personByName('Trump', '2026-11-25')?.office?.role, 'president', 'second term, still open');
});

test('a person with several offices gets the one held on the date', () => {
  const putin = personById('vladimir-putin')!;
  assert.equal(officeAt(putin, '2010-06-01')?.role, 'prime minister');
  assert.equal(officeAt(putin, '2005-06-01')?.role, 'president');
  assert.equal(officeAt(putin, '2020-01-01')?.role, 'president');
  assert.equal(officeAt(putin, '1995-01-01'), undefined);
  assert.equal(personByName('Guterres', '2020-01-01')?.office?.country, 'UN');
  assert.equal(personByName('Stoltenberg', '2020-01-01')?.office?.country, 'NATO');
});

test('names fold diacritics and need their case', () => {
  assert.equal(personByName('Erdogan', '2016-07-15')?.person.id, 'recep-tayyip-erdogan');
  assert.equal(personByName('Recep Tayyip Erdoğan')?.office?.role, 'president');
  assert.equal(personByName('Binali Yildirim')?.person.id, 'binali-yildirim', 'dotless i folds to i');
  assert.equal(personByName('Francois Hollande')?.person.id, 'francois-hollande');
  assert.equal(personByName('lavrov'), undefined);
  assert.equal(personByName('Jane Fictional'), undefined);
});

test('every person is found by each of their names as a phrase', () => {
  for (const p of PEOPLE) {
    for (const name of [p.name, ...(p.names ?? [])]) {
      const words = phraseWords(name);
      const hit = matchPhrase(words, 0);
      assert.equal(hit?.length, words.length, `"${name}" not matched whole`);
      assert.ok(
        hit?.entries.some((e) => e.id === `person:${p.id}`),
        `"${name}" -> ${p.id}`,
      );
      assert.ok(personByName(name)?.person !== undefined, name);
    }
  }
});

test('an entry gives the latest office; sectorAt follows an organisation through its eras', () => {
  const lavrov = entryById('person:sergei-lavrov');
  assert.equal(lavrov?.role, 'foreign minister');
  assert.equal(lavrov?.sector, 'GOV');
  const taliban = entryById('group:taliban')!;
  assert.equal(sectorAt(taliban, '2010-05-01'), 'REB');
  assert.equal(sectorAt(taliban, '1999-05-01'), 'GOV');
  assert.equal(sectorAt(taliban, '2023-05-01'), 'GOV');
  const hamas = entryById('group:hamas')!;
  assert.equal(sectorAt(hamas, '2010-05-01'), 'REB', 'no eras: the sector');
});

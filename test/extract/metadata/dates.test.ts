/** The date normaliser: machine dates, printed datelines in several languages, URL paths. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { dayFirstFor, labelledDates } from '../../../src/extract/metadata/dates.js';
import { dateFromUrl, normalizeDate, normalizeTextDate } from '../../../src/extract/metadata/index.js';

// A fixed "now" keeps the future-date rule deterministic: 2020-01-01T00:00:00Z.
const now = Date.UTC(2020, 0, 1);
const machine = { now, keepLocalTime: true };

test('ISO 8601, RFC 2822, epoch and compact meta forms normalise to ISO 8601', () => {
  const cases: [string, string][] = [
    ['2019-11-19T13:03:00.000Z', '2019-11-19T13:03:00Z'],
    ['2019-11-19T07:03:25+0000', '2019-11-19T07:03:25+00:00'],
    ['2019-11-19T04:31:13-06:00', '2019-11-19T04:31:13-06:00'],
    ['Tue, 19 Nov 2019 17:04:00 +0000', '2019-11-19T17:04:00+00:00'],
    ['19 Nov 2019 12:04:00 EST', '2019-11-19T12:04:00-05:00'],
    ['20191119', '2019-11-19'],
    ['2019/11/19', '2019-11-19'],
    ['1574183040', '2019-11-19T17:04:00Z'],
    ['2019-11-19', '2019-11-19'],
  ];
  for (const [raw, iso] of cases) assert.equal(normalizeDate(raw, machine), iso, raw);
});

test('a time without a zone stays local, and no zone is invented', () => {
  assert.equal(normalizeDate('2019-11-19 02:24:00', machine), '2019-11-19T02:24:00');
  assert.equal(normalizeDate('2019-11-20T01:50:59.403', machine), '2019-11-20T01:50:59');
  // Printed text keeps the date only when it names no zone.
  assert.equal(normalizeTextDate('19.11.2019, 17:04', { now }), '2019-11-19');
});

test('printed datelines in many languages and formats', () => {
  const cases: [string, string][] = [
    ['November 19, 2019', '2019-11-19'],
    ['19 November 2019', '2019-11-19'],
    ['Nov. 19, 2019 at 5:04 p.m. ET', '2019-11-19T17:04:00-05:00'],
    ['Updated July 4, 2019 at 5:04 p.m. ET', '2019-07-04T17:04:00-04:00'], // summer time
    ['19.11.2019', '2019-11-19'],
    ['Am 19. November 2019 um 17:04 Uhr', '2019-11-19'],
    ['19 ноября 2019 г., 17:04', '2019-11-19'],
    ['19 de noviembre de 2019', '2019-11-19'],
    ['le 19 novembre 2019', '2019-11-19'],
    ['2019年11月19日 17時04分', '2019-11-19'],
    ['2019년 11월 19일', '2019-11-19'],
    ['Posted 11/19/2019', '2019-11-19'],
    ['Posted 19/11/2019', '2019-11-19'],
  ];
  for (const [text, iso] of cases) assert.equal(normalizeTextDate(text, { now }), iso, text);
});

test('impossible, placeholder and future dates are rejected', () => {
  assert.equal(normalizeDate('2019-02-30', machine), undefined);
  assert.equal(normalizeDate('2019-13-01', machine), undefined);
  assert.equal(normalizeDate('0001-01-01T00:00:00Z', machine), undefined);
  assert.equal(normalizeDate('2020-03-01', machine), undefined); // after now
  assert.equal(normalizeDate('2020-01-01T20:00:00Z', machine), '2020-01-01T20:00:00Z'); // within a day
  assert.equal(normalizeTextDate('Published 3 hours ago', { now }), undefined);
});

test('dates in URL paths', () => {
  assert.equal(dateFromUrl('https://news.example/2019/11/19/harbour-reopens/', machine), '2019-11-19');
  assert.equal(dateFromUrl('https://news.example/business/story/2019-11-19/merger', machine), '2019-11-19');
  assert.equal(dateFromUrl('https://news.example/news/20191119/story.html', machine), '2019-11-19');
  // An article id is not a date, nor is a year and month alone.
  assert.equal(dateFromUrl('https://news.example/articles/harbour-11574168580', machine), undefined);
  assert.equal(dateFromUrl('https://news.example/2019/11/harbour.html', machine), undefined);
});

test('Arabic-Indic and full-width digits, and Arabic month names of both calendars', () => {
  assert.equal(normalizeTextDate('الثلاثاء ١٩ نوفمبر ٢٠١٩ - ١٠:٣٠ ص', { now }), '2019-11-19');
  assert.equal(normalizeTextDate('١٤ آذار ٢٠١٩', { now }), '2019-03-14');
  assert.equal(normalizeTextDate('3 تشرين الثاني 2019', { now }), '2019-11-03');
  assert.equal(normalizeTextDate('２０１９年１１月１９日', { now }), '2019-11-19');
});

test('numeric dates are read in the order of the page language', () => {
  assert.equal(normalizeTextDate('05/03/2019 | 18:20', { now }), '2019-05-03');
  assert.equal(normalizeTextDate('05/03/2019 | 18:20', { now, dayFirst: true }), '2019-03-05');
  // A first number above 12 is a day, a second above 12 is a day, whatever the language says.
  assert.equal(normalizeTextDate('11/19/2019', { now, dayFirst: true }), '2019-11-19');
  assert.equal(normalizeDate('05/03/2019', { ...machine, dayFirst: true }), '2019-03-05');
  assert.equal(dayFirstFor('pt-BR'), true);
  assert.equal(dayFirstFor('en-GB'), true);
  assert.equal(dayFirstFor('en-US'), false);
  assert.equal(dayFirstFor('en'), false);
  assert.equal(dayFirstFor(undefined), false);
});

test('a printed line with an update and a publication date gives each its own', () => {
  const line = 'Updated Feb. 9, 2019, 9:15 a.m. | Published Feb. 8, 2019, 6:02 p.m.';
  assert.equal(normalizeTextDate(line, { now }, 'not-update'), '2019-02-08');
  assert.equal(normalizeTextDate(line, { now }, 'update'), '2019-02-09');
  assert.equal(normalizeTextDate(line, { now }), '2019-02-09'); // the first, whatever its label
  const french = 'Publié le 19 novembre 2019 à 14h30 · Mis à jour le 20 novembre 2019 à 09h12';
  assert.equal(normalizeTextDate(french, { now }, 'not-update'), '2019-11-19');
  assert.equal(normalizeTextDate(french, { now }, 'update'), '2019-11-20');
  // The label belongs to the stretch after the last separator: "Updated" here labels a time.
  assert.deepEqual(
    labelledDates('Published 3:04 p.m. CT July 19, 2019 | Updated 6:12 p.m. CT July 20, 2019').map(
      (d) => d.update,
    ),
    [false, true],
  );
});

/** Bylines into people: lists, roles, dates, organisations, capitals. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { type AuthorContext, printedByline, splitAuthors } from '../../../src/extract/metadata/authors.js';

const herald: AuthorContext = { orgNames: ['Coastal Herald'], siteLabel: 'coastalherald' };

test('name lists split on commas, "and", "&", "und", "и" and friends', () => {
  assert.deepEqual(splitAuthors('By Mara Olsen, Tomas Berg and Ines Haas', herald), [
    'Mara Olsen',
    'Tomas Berg',
    'Ines Haas',
  ]);
  assert.deepEqual(splitAuthors('Mara Olsen & Tomas Berg', herald), ['Mara Olsen', 'Tomas Berg']);
  assert.deepEqual(splitAuthors('Von Jana Weber und Lukas Brandt', herald), ['Jana Weber', 'Lukas Brandt']);
  assert.deepEqual(splitAuthors('Автор: Анна Петрова и Олег Смирнов', herald), [
    'Анна Петрова',
    'Олег Смирнов',
  ]);
  assert.deepEqual(splitAuthors('Por Lucía Gómez y Pedro Ruiz', herald), ['Lucía Gómez', 'Pedro Ruiz']);
});

test('roles, dates, "Updated", emails, URLs and handles are dropped', () => {
  assert.deepEqual(splitAuthors('By Mara Olsen, Staff Writer', herald), ['Mara Olsen']);
  assert.deepEqual(splitAuthors('Tomas Berg Senior Correspondent', herald), ['Tomas Berg']);
  assert.deepEqual(splitAuthors('By Mara Olsen | Updated Nov. 19, 2019 at 5:04 p.m. ET', herald), [
    'Mara Olsen',
  ]);
  assert.deepEqual(splitAuthors('Mara Olsen mara.olsen@herald.example @maraolsen', herald), ['Mara Olsen']);
  assert.deepEqual(splitAuthors('https://herald.example/people/mara-olsen', herald), []);
  assert.deepEqual(splitAuthors('Analysis by Tomas Berg, Coastal Herald', herald), ['Tomas Berg']);
  assert.deepEqual(splitAuthors('By Tomas Berg Monday, November 18, 2019', herald), ['Tomas Berg']);
});

test('organisations and sponsors are not people', () => {
  const moscow: AuthorContext = { orgNames: ['The Moscow Times'], siteLabel: 'themoscowtimes' };
  assert.deepEqual(splitAuthors('By The Moscow Times', moscow), []);
  assert.deepEqual(splitAuthors('Reuters', herald), []);
  assert.deepEqual(splitAuthors('Reuters, Washington', herald), []);
  assert.deepEqual(splitAuthors('By DANICA KIRKA and JILL LAWLESS Associated Press', herald), [
    'Danica Kirka',
    'Jill Lawless',
  ]);
  assert.deepEqual(splitAuthors('Promoted by Harbour Bank', herald), []);
  assert.deepEqual(splitAuthors('Coastal Herald Staff', herald), []);
});

test('names printed in capitals are title-cased; mixed case is kept', () => {
  assert.deepEqual(splitAuthors("BY SEAN O'NEIL-MURPHY", herald), ["Sean O'Neil-Murphy"]);
  assert.deepEqual(splitAuthors('By Bryan DeArdo', herald), ['Bryan DeArdo']);
  assert.deepEqual(splitAuthors('Ludwig van Dijk', herald), ['Ludwig van Dijk']);
});

test('the printed byline keeps "By" and the names, and drops what trails them', () => {
  const authors = ['Mara Olsen'];
  assert.equal(
    printedByline('By Mara Olsen Mara Olsen Biography View author archive', authors, herald),
    'By Mara Olsen',
  );
  assert.equal(printedByline('ABOUT THE AUTHOR Mara Olsen', authors, herald), 'Mara Olsen');
  assert.equal(printedByline('By Tomas Berg', authors, herald), undefined); // another story's byline
  // Without people, an organisation's byline is the byline.
  const moscow: AuthorContext = { orgNames: ['The Moscow Times'] };
  assert.equal(printedByline('By The Moscow Times', [], moscow), 'By The Moscow Times');
  assert.equal(printedByline('Home News Sport Culture Opinion Weather Video', [], herald), undefined);
});

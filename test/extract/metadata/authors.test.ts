/** Bylines into people: lists, roles, dates, organisations, capitals. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import {
  type AuthorContext,
  joinBylineLines,
  printedByline,
  splitAuthors,
} from '../../../src/extract/metadata/authors.js';

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

test("a byline stops before a live blog's start time, and hover cards repeat no names", () => {
  const live = 'Written by Priya Raman and Owen Pascoe Started 06:02';
  assert.deepEqual(splitAuthors(live, herald), ['Priya Raman', 'Owen Pascoe']);
  assert.equal(
    printedByline(live, ['Priya Raman', 'Owen Pascoe'], herald),
    'Written by Priya Raman and Owen Pascoe',
  );
  // A name, its hover card (the same name, the paper, "Biography" glued to the name again).
  const card = 'By Dana K. Whitlow Dana K. Whitlow Coastal Herald BiographyDana K. Whitlow';
  assert.deepEqual(splitAuthors(card, herald), ['Dana K. Whitlow']);
  assert.equal(printedByline(card, ['Dana K. Whitlow'], herald), 'By Dana K. Whitlow');
  // A bio that starts with the name again is a sentence, not a card: no one is named by it.
  assert.deepEqual(
    splitAuthors('Marla Marla is a Vermont native who lives with her husband, two dogs', herald),
    [],
  );
});

test('what trails the names goes: relative times, weekdays, "on", a full stop and a source', () => {
  assert.deepEqual(splitAuthors('Lena Moritz @lenamoritz / 2 days', herald), ['Lena Moritz']);
  assert.deepEqual(splitAuthors('by Ezra Whitfield Monday', herald), ['Ezra Whitfield']);
  assert.deepEqual(splitAuthors('Posted by Hollis Granger on December 4, 2020', herald), ['Hollis Granger']);
  assert.equal(
    printedByline('Posted by Hollis Granger on December 4, 2020', ['Hollis Granger'], herald),
    'Posted by Hollis Granger',
  );
  assert.deepEqual(splitAuthors('by Corin Vale. Baltic Review', herald), ['Corin Vale']);
  assert.deepEqual(splitAuthors('By Corin Vale. Photos by Ines Haas', herald), ['Corin Vale']);
});

test('places, publications and job titles beside a full name are not people', () => {
  assert.deepEqual(splitAuthors('JAVIER MORENO | GRAZALEMA Jueves, 6 de marzo de 2025', herald), [
    'Javier Moreno',
  ]);
  assert.deepEqual(splitAuthors('Tomas Berg, Futurism', herald), ['Tomas Berg']);
  assert.deepEqual(splitAuthors('By Mara Olsen, Transport Reporter', herald), ['Mara Olsen']);
  assert.deepEqual(splitAuthors('Ines Haas, City Editor', herald), ['Ines Haas']);
  // "A, B, and C": the serial comma does not lose the last name.
  assert.deepEqual(splitAuthors('By Ana Lima, Tomás Reyes, and June Park', herald), [
    'Ana Lima',
    'Tomás Reyes',
    'June Park',
  ]);
});

test('byline words and colons of Arabic and CJK pages', () => {
  assert.deepEqual(splitAuthors('كتب: سامي العمري', herald), ['سامي العمري']);
  assert.deepEqual(splitAuthors('بقلم ليلى حداد', herald), ['ليلى حداد']);
  assert.deepEqual(splitAuthors('作者：李明', herald), ['李明']);
});

test('a byline whose names sit in blocks of their own is joined across its lines', () => {
  assert.equal(
    joinBylineLines([
      'By',
      'Maren Holt',
      ', Idris Okoye on Monday, November 18th, 2019',
      'The port reopened.',
    ]),
    'By Maren Holt, Idris Okoye on Monday, November 18th, 2019',
  );
  assert.equal(joinBylineLines(['By Maren Holt', 'The port reopened.']), 'By Maren Holt');
  assert.deepEqual(splitAuthors('By Maren Holt, Idris Okoye on Monday, November 18th, 2019', herald), [
    'Maren Holt',
    'Idris Okoye',
  ]);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultLexicon } from '../../../src/analyze/actors/gazetteer-lexicon.js';
import { findActors, type Lexicon } from '../../../src/analyze/actors/index.js';
import { splitSentences, tokenize } from '../../../src/analyze/text/index.js';
import type { Actor } from '../../../src/analyze/types.js';
import { TEST_LEXICON } from './lexicon.js';

function actorsOf(text: string, lexicon: Lexicon = TEST_LEXICON): Actor[] {
  const tokens = tokenize(text);
  return findActors(text, tokens, splitSentences(text, tokens), lexicon, { published: '2025-03-14' });
}

function places(text: string, lexicon?: Lexicon): string[] {
  return actorsOf(text, lexicon)
    .filter((a) => a.kind === 'place')
    .map((a) => a.name);
}

test('places struck or taken are actors; a place that is only the setting is not', () => {
  const text =
    'Strikes were also reported in Velka, Morosk and Tarn, where a warehouse burned. ' +
    'Delegates met in Dunmore on Friday to discuss the ceasefire.';
  assert.deepEqual(places(text), ['Velka', 'Morosk', 'Tarn']);
});

test('a place noun introduces a place, and every later mention of it counts', () => {
  const text =
    'Rebels fought the army for control of the town of Sarek. ' +
    'The group has seized large parts of Arvana province. Aid workers in Sarek said food was short.';
  const actors = actorsOf(text);
  const sarek = actors.find((a) => a.name === 'Sarek');
  assert.equal(sarek?.kind, 'place');
  assert.equal(sarek?.mentions.length, 2);
  assert.ok(places(text).includes('Arvana'));
});

test('capture needs the place as its object: a coup "seized power in" a capital leaves it the setting', () => {
  assert.deepEqual(places('Soldiers seized power in Dunmore on Wednesday.'), []);
  assert.deepEqual(places('Rebels seized Dunmore on Wednesday.'), ['Dunmore']);
});

test('a person named after a place preposition is still that person', () => {
  const text = 'Ivo Marek, a lawyer, filed the suit. The judge heard from Marek on Tuesday.';
  const marek = actorsOf(text).find((a) => a.name === 'Ivo Marek');
  assert.equal(marek?.mentions.length, 2);
  assert.deepEqual(places(text), []);
});

test('seas and world regions are never actors, and a region opening a name leaves it whole', () => {
  const text =
    'Ships avoided the Red Sea after attacks on vessels bound for Europe. ' +
    'The Africa Centres for Disease Control and Prevention declared an emergency.';
  const actors = actorsOf(text, defaultLexicon());
  assert.deepEqual(
    actors.filter((a) => a.kind === 'place'),
    [],
  );
  assert.ok(actors.some((a) => a.name === 'Africa Centres for Disease Control and Prevention'));
});

test('a state of a federation that acts is a place with a government sector', () => {
  const actors = actorsOf('Texas and Ohio have passed similar laws this year.', defaultLexicon());
  const texas = actors.find((a) => a.name === 'Texas');
  assert.equal(texas?.kind, 'place');
  assert.equal(texas?.country, 'USA');
  assert.equal(texas?.sector, 'GOV');
});

test('a name after a place and a comma is a person, and "an Islamic state" is no place', () => {
  const text =
    'Rebels shelled Velka overnight. In Velka, Ivo Marek, a historian, said militants want to establish an Islamic state.';
  const actors = actorsOf(text);
  assert.equal(actors.find((a) => a.name === 'Ivo Marek')?.kind, 'person');
  assert.deepEqual(places(text), ['Velka']);
});

test('the review cases: numbers inside the phrase, labour strikes, people captured, places opening a name', () => {
  assert.deepEqual(places('Rebels killed 12 people in Dunmore on Sunday.'), ['Dunmore']);
  assert.deepEqual(places('Teachers went on strike in Dunmore on Monday.'), []);
  assert.deepEqual(places('Police captured Juan Alvarez Lopez on Monday.'), []);
  const actors = actorsOf('The Texas Tribune reported that Ohio officials agreed.', defaultLexicon());
  assert.ok(actors.some((a) => a.name === 'Texas Tribune' && a.kind === 'organization'));
  assert.deepEqual(
    places('A storm hit New England on Monday, the National Weather Service said.', defaultLexicon()),
    [],
  );
});

test('a place far back continues no list, and long texts stay linear', () => {
  const text = `Strikes were reported in Velka. ${'we saw Blue Zorp there and a blue zorp. '.repeat(4000)}`;
  const started = performance.now();
  assert.deepEqual(places(text), ['Velka']);
  assert.ok(performance.now() - started < 5000);
});

/**
 * Load and lookup cost, measured in this test's own process (node --test runs each file alone,
 * so the first import below is the real first load). The bounds are loose so a busy machine
 * does not fail the suite; the figures are printed as diagnostics:
 * `npx tsx --test --test-reporter=spec test/analyze/gazetteer/speed.test.ts`.
 * Targets of the brief: load under 30 ms, a lookup well under a microsecond.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';

const SENTENCE =
  'Russian Foreign Minister Sergei Lavrov told reporters in Moscow on Friday that the Kremlin ' +
  'suspected Washington of stalling , while a senior U.S. administration official said the ' +
  'White House and NATO allies would meet Ukrainian officials in Brussels next week , and ' +
  'Hamas said talks in Cairo had stalled , according to people familiar with the matter .';

test('the gazetteer loads and indexes fast, and a lookup costs well under a microsecond', async (t) => {
  const t0 = performance.now();
  const g = await import('../../../src/analyze/gazetteer/index.js');
  const t1 = performance.now();
  const words = SENTENCE.split(' ');
  g.matchPhrase(words, 0);
  const t2 = performance.now();
  g.titleAt(words, 0);
  g.anonymousAt(words, 0);
  g.personByName('Lavrov');
  const t3 = performance.now();

  const rounds = 2000;
  let hits = 0;
  const l0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < words.length; i++) {
      if (g.matchPhrase(words, i) !== undefined) hits++;
      if (g.titleAt(words, i) !== undefined) hits++;
    }
  }
  const perLookup = ((performance.now() - l0) * 1000) / (rounds * words.length * 2);
  const p0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    g.personByName('Bush', '2003-03-20');
    g.demonym('Russian');
  }
  const perName = ((performance.now() - p0) * 1000) / (rounds * 2);

  const ms = (x: number): string => `${x.toFixed(1)} ms`;
  t.diagnostic(`import (module load, JSON parse; transpile under tsx): ${ms(t1 - t0)}`);
  t.diagnostic(`entity index, first build: ${ms(t2 - t1)}; title, cue and people indexes: ${ms(t3 - t2)}`);
  t.diagnostic(
    `matchPhrase/titleAt: ${perLookup.toFixed(3)} µs per call; personByName/demonym: ${perName.toFixed(3)} µs`,
  );
  assert.ok(hits > 0);
  assert.ok(t3 - t1 < 500, `index build took ${ms(t3 - t1)}`);
  assert.ok(perLookup < 5, `${perLookup} µs per lookup`);
  assert.ok(perName < 20, `${perName} µs per name lookup`);
});

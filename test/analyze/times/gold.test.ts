/**
 * Our times gold set (bench/gold/times): the set is linted (generated file in sync with the
 * annotated sources, spans where they say, values well formed), and the tagger must stay above
 * pinned floors on it and never report a phrase the gold marks as a non-date. The benchmark
 * (`npx tsx bench/analyze/times.ts`) prints the same measures beside chrono-node and HeidelTime;
 * this test applies the TempEval-3 value measure itself: a found time counts when it overlaps a
 * gold time (one to one) and has the same value.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { type GoldSnippet, parseSnippets } from '../../../bench/gold/times/build.js';
import { findTimes } from '../../../src/analyze/times/index.js';

const DIR = new URL('../../../bench/gold/times/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, DIR), 'utf8');
const GOLD: GoldSnippet[] = read('gold.jsonl')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as GoldSnippet);

/**
 * Floors, pinned a little under the measured figures (2026-11-25: value F1 0.995 all, 0.987
 * held-out; the held-out split scored 0.952 the first time it was run). The target is
 * 0.80; never lower these without saying why.
 */
const FLOORS = { all: 0.95, heldout: 0.93 };

const VALUE =
  /^(?:\d{4}(?:-\d{2}(?:-\d{2}(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI))?)?|-W\d{2}(?:-WE)?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?|\d{2,3})$/;

const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

function valueF1(snippets: readonly GoldSnippet[]): number {
  let found = 0;
  let gold = 0;
  let right = 0;
  for (const s of snippets) {
    const out = findTimes(s.text, s.published);
    const used = new Set<number>();
    found += out.length;
    gold += s.times.length;
    for (const g of s.times) {
      const i = out.findIndex((t, k) => !used.has(k) && overlaps(t.span, [g.start, g.start + g.text.length]));
      if (i < 0) continue;
      used.add(i);
      if (out[i]?.value === g.value) right++;
    }
  }
  const [p, r] = [right / found, right / gold];
  return (2 * p * r) / (p + r);
}

describe('times gold set', () => {
  it('is generated from the annotated sources (run bench/gold/times/build.ts after editing)', () => {
    const built = [
      ...parseSnippets(read('snippets.txt'), 'dev'),
      ...parseSnippets(read('heldout.txt'), 'heldout'),
    ];
    assert.deepEqual(GOLD, built);
  });

  it('is the size the issue asks for, with unique ids and well-formed entries', () => {
    assert.ok(GOLD.length >= 60, `${GOLD.length} snippets`);
    assert.ok(GOLD.reduce((n, s) => n + s.times.length, 0) >= 250);
    assert.equal(new Set(GOLD.map((s) => s.id)).size, GOLD.length);
    for (const s of GOLD) {
      assert.match(s.published, /^\d{4}-\d{2}-\d{2}$/, s.id);
      for (const t of [...s.times, ...s.negatives])
        assert.equal(s.text.slice(t.start, t.start + t.text.length), t.text, `${s.id}: ${t.text}`);
      for (const t of s.times) assert.match(t.value, VALUE, `${s.id}: ${t.text} = ${t.value}`);
    }
  });

  it(`keeps value F1 at or above ${FLOORS.all} on all snippets and ${FLOORS.heldout} on the held-out ones`, () => {
    const all = valueF1(GOLD);
    const heldout = valueF1(GOLD.filter((s) => s.split === 'heldout'));
    assert.ok(all >= FLOORS.all, `all: ${all.toFixed(3)}`);
    assert.ok(heldout >= FLOORS.heldout, `held-out: ${heldout.toFixed(3)}`);
  });

  it('reports nothing the gold marks as a non-date', () => {
    for (const s of GOLD) {
      const out = findTimes(s.text, s.published);
      for (const n of s.negatives) {
        const hit = out.find((t) => overlaps(t.span, [n.start, n.start + n.text.length]));
        assert.equal(hit, undefined, `${s.id}: "${n.text}"`);
      }
    }
  });
});

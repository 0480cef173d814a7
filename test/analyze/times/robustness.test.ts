/**
 * Robustness: findTimes on empty, binary and huge input returns well-formed mentions within
 * bounded time, and the anchored scan (rules run only near anchor words) finds exactly what
 * running every rule over the whole text finds. Seeded property tests; more runs with
 * FUZZ_RUNS=10000, another seed with FUZZ_SEED=123.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allCandidates, anchoredCandidates } from '../../../src/analyze/times/candidates.js';
import { findTimes, TIME_RULES } from '../../../src/analyze/times/index.js';
import type { TimeMention } from '../../../src/analyze/types.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_125);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
const MB5 = 5 * 1024 * 1024;

const GOLD_TEXTS: string[] = readFileSync(
  new URL('../../../bench/gold/times/gold.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** Spans inside the text, sorted, non-overlapping; values and rules non-empty strings. */
function assertWellFormed(text: string, found: readonly TimeMention[]): void {
  let last = 0;
  for (const t of found) {
    const [start, end] = t.span;
    assert.ok(
      Number.isInteger(start) && start >= last && end > start && end <= text.length,
      `span ${t.span}`,
    );
    assert.ok(t.value.length > 0 && t.rule.length > 0);
    last = end;
  }
}

describe('findTimes on bad input', () => {
  it('returns nothing for empty, blank and non-string input', () => {
    assert.deepEqual(findTimes(''), []);
    assert.deepEqual(findTimes('   \n\n ', '2014-09-28'), []);
    assert.deepEqual(findTimes(undefined as unknown as string), []);
  });

  it('survives binary garbage', () => {
    const bytes = Array.from({ length: 200_000 }, (_, i) =>
      String.fromCharCode((i * 7919 + 13) % 65_536),
    ).join('');
    assertWellFormed(bytes, findTimes(bytes, '2014-09-28'));
  });

  it('finishes a 5 MB single paragraph of news text in under 2 s', () => {
    const paragraph = GOLD_TEXTS.join(' ').replace(/\s+/g, ' ');
    const text = paragraph.repeat(Math.ceil(MB5 / paragraph.length)).slice(0, MB5);
    const start = performance.now();
    const found = findTimes(text, '2014-09-28');
    const ms = performance.now() - start;
    assert.ok(ms < 2000, `${ms.toFixed(0)} ms`);
    assert.ok(found.length > 1000);
    assertWellFormed(text, found);
  });

  it('finishes 5 MB of nothing but dates in under 2 s (reading stops at MAX_ANCHORS)', () => {
    for (const unit of ['Friday ', 'Sept. 15, 2014, ', 'at 9 a.m. ', 'three days ago ']) {
      const text = unit.repeat(Math.ceil(MB5 / unit.length));
      const start = performance.now();
      const found = findTimes(text, '2014-09-28');
      assert.ok(performance.now() - start < 2000, unit);
      assert.ok(found.length > 0);
    }
  });

  it('never throws, and returns well-formed mentions, on arbitrary text', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(...TIME_RULES.map((r) => r.example.text), ' ', ', ', '. ', '\n\n', '-', '’s'),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.option(fc.date({ noInvalidDate: true })),
        (parts, date) => {
          const text = parts.join('');
          assertWellFormed(text, findTimes(text, date?.toISOString()));
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('the anchored scan', () => {
  it('finds what every rule over the whole text finds, on the gold texts', () => {
    for (const text of GOLD_TEXTS) assert.deepEqual(anchoredCandidates(text), allCandidates(text));
  });

  it('finds what every rule over the whole text finds, on shuffled examples and noise', () => {
    const piece = fc.oneof(
      fc.constantFrom(...TIME_RULES.map((r) => r.example.text), ...GOLD_TEXTS.slice(0, 20)),
      fc.string({ maxLength: 30 }),
      fc.constantFrom(' ', '\n', ', ', ' and ', '-'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(anchoredCandidates(text), allCandidates(text));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

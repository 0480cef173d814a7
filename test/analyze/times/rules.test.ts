/**
 * The time tagger's data is linted here: rule ids unique, patterns compile, anchors and
 * resolvers valid, and every rule's example resolves to its value through that very rule; every
 * NOT_TIMES guard matches its example and keeps the tagger quiet there.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  ANCHORS,
  findTimes,
  NOT_TIMES,
  type ResolveKind,
  TENSE_CUES,
  TIME_RULES,
} from '../../../src/analyze/times/index.js';
import {
  HOLIDAYS,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  monthNumber,
} from '../../../src/analyze/times/lexicon.js';
import { compilePattern, expandSlots, SLOTS } from '../../../src/analyze/times/slots.js';

const KINDS: readonly ResolveKind[] = [
  'date',
  'month',
  'year',
  'decade',
  'century',
  'weekday',
  'deictic',
  'unit',
  'ago',
  'shift',
  'range-day',
  'season',
  'quarter',
  'half',
  'weekend',
  'holiday',
  'new-year',
  'clock',
];

describe('time rules data', () => {
  it('has unique ids across rules and guards', () => {
    const ids = [...TIME_RULES.map((r) => r.id), ...NOT_TIMES.map((g) => g.id)];
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, id);
  });

  it('compiles every pattern, names only known slots, anchors and resolvers', () => {
    for (const rule of [...TIME_RULES, ...NOT_TIMES]) {
      assert.doesNotThrow(() => compilePattern(rule.pattern), rule.id);
      assert.ok(rule.anchor in ANCHORS, `${rule.id}: anchor ${rule.anchor}`);
      assert.doesNotMatch(expandSlots(rule.pattern), /\{[A-Z]/, `${rule.id}: unexpanded slot`);
    }
    for (const rule of TIME_RULES) assert.ok(KINDS.includes(rule.resolve), `${rule.id}: ${rule.resolve}`);
    for (const [name, source] of Object.entries(SLOTS)) assert.doesNotThrow(() => new RegExp(source), name);
    assert.throws(() => expandSlots('{NO_SUCH_SLOT}'), /unknown slot/);
  });

  it('never lets a slot match the empty string, S0 (at most three spaces) aside', () => {
    for (const [name, source] of Object.entries(SLOTS))
      if (name !== 'S0') assert.ok(!new RegExp(`^(?:${source})$`).test(''), `{${name}} matches ''`);
  });

  it('bounds every quantifier in the patterns: no *, + or open {n,}', () => {
    for (const rule of [...TIME_RULES, ...NOT_TIMES]) {
      const source = expandSlots(rule.pattern).replace(/\\./g, '');
      assert.doesNotMatch(source, /[*+]|\{\d+,\}/, `${rule.id}: unbounded quantifier`);
    }
  });

  for (const rule of TIME_RULES) {
    it(`${rule.id}: "${rule.example.text}" → ${rule.example.value}`, () => {
      const { text, published, value } = rule.example;
      const found = findTimes(text, published);
      const own = found.find((t) => t.rule === rule.id);
      assert.ok(own, `rule ${rule.id} did not fire; got ${JSON.stringify(found)}`);
      assert.equal(own.value, value);
      // The anchor the rule relies on is inside its phrase, or (a range's days) just beside it.
      const around = text.slice(Math.max(0, own.span[0] - 12), own.span[1] + 12);
      assert.match(around, new RegExp(ANCHORS[rule.anchor]), `${rule.id}: no ${rule.anchor} anchor`);
    });
  }

  for (const guard of NOT_TIMES) {
    it(`guard ${guard.id}: "${guard.example}"`, () => {
      const m = compilePattern(guard.pattern).exec(guard.example);
      assert.ok(m, `${guard.id} does not match its example`);
      const [start, end] = [m.index, m.index + m[0].length];
      const inside = findTimes(guard.example, '2014-09-28').filter(
        (t) => t.span[0] < end && start < t.span[1],
      );
      assert.deepEqual(inside, [], `${guard.id}: times found inside the guarded phrase`);
    });
  }
});

describe('time lexicon and cues', () => {
  it('spells every month once, and abbreviations map to their month', () => {
    assert.equal(MONTH_NAMES.length, 12);
    MONTH_NAMES.forEach((name, i) => {
      assert.equal(monthNumber(name), i + 1);
    });
    for (const [abbr, m] of Object.entries(MONTH_ABBREVIATIONS)) {
      assert.ok(MONTH_NAMES[m - 1]?.startsWith(abbr.slice(0, 3)), abbr);
      assert.equal(monthNumber(`${abbr}.`), m);
    }
  });

  it('resolves every holiday in a sample of years', () => {
    for (const name of Object.keys(HOLIDAYS)) {
      const found = findTimes(`The market closes on ${name}, 2019.`, '2019-06-01');
      assert.match(found[0]?.value ?? '', /^2019-\d{2}-\d{2}$/, name);
    }
  });

  it('keeps the tense cues lower case and each in one list', () => {
    const all = [...TENSE_CUES.future, ...TENSE_CUES.past, ...TENSE_CUES.schedule];
    assert.equal(new Set(all).size, all.length, 'a cue in two lists');
    for (const cue of all) assert.equal(cue, cue.toLowerCase(), cue);
  });
});

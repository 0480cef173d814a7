/**
 * The gazetteer's names line up with the analysis tokenizer: what the actor stage gets from
 * `tokenize` is what the index was built from.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { allEntries } from '../../../src/analyze/gazetteer/entries.js';
import {
  ANONYMOUS_CUES,
  anonymousAt,
  matchPhrase,
  phraseWords,
  TITLES,
  titleAt,
} from '../../../src/analyze/gazetteer/index.js';
import { tokens } from './helpers.js';

test('every entity name splits into the tokenizer’s words and matches whole', () => {
  const problems: string[] = [];
  for (const { entry, names } of allEntries()) {
    for (const name of names) {
      const words = tokens(name);
      if (phraseWords(name).join(' ') !== words.join(' ')) problems.push(`split: ${name}`);
      const hit = matchPhrase(words, 0);
      if (hit?.length !== words.length || !hit.entries.some((e) => e.id === entry.id))
        problems.push(`match: ${name}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('every title form is found in the tokenizer’s words, a split-off period aside', () => {
  for (const t of TITLES) {
    for (const form of t.forms) {
      const words = tokens(form);
      const m = titleAt(words, 0);
      const expected =
        words.at(-1) === '.' && !phraseWords(form).includes('.') ? words.length - 1 : words.length;
      if (t.kind === 'modifier') assert.equal(m, undefined, `${form}: a modifier alone`);
      else {
        assert.equal(m?.title.id, t.id, form);
        assert.equal(m?.length, expected, `${t.id}: ${form}`);
      }
    }
  }
});

test('every anonymous-source form is found whole in the tokenizer’s words', () => {
  for (const cue of ANONYMOUS_CUES) {
    for (const form of cue.forms) {
      const words = tokens(form);
      const m = anonymousAt(words, 0);
      assert.equal(m?.cue.id, cue.id, form);
      assert.equal(m?.length, words.length, form);
    }
  }
});

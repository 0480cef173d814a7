import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { docFacts } from '../../../src/analyze/quotes/facts.js';
import {
  CUE_STEMS_URL,
  type CueStemFile,
  cueLevel,
  cueStemLevels,
  shippedCueStems,
  stem,
  stemHash,
} from '../../../src/analyze/quotes/stems.js';
import { paragraphs, splitSentences, tokenize } from '../../../src/analyze/text/index.js';

describe('stem', () => {
  it('gives the inflections of a verb of saying one stem', () => {
    for (const family of [
      ['accuses', 'accused', 'accusing', 'accuse'],
      ['denies', 'denied'],
      ['admits', 'admitted', 'admitting', 'admit'],
      ['warns', 'warned', 'warning', 'warn'],
      ['announces', 'announced', 'announcing', 'announce'],
    ]) {
      assert.deepEqual(new Set(family.map(stem)).size, 1, family.join());
    }
  });

  it('leaves short words and -ss words alone and folds case', () => {
    assert.equal(stem('is'), 'is');
    assert.equal(stem('says'), 'say');
    assert.equal(stem('Press'), 'press');
    assert.equal(stem('SAID'), stem('said'));
  });
});

describe('cue levels', () => {
  it('grades stems by how often they are a cue, ignoring one-offs', () => {
    assert.equal(cueLevel(1, 1), 0);
    assert.equal(cueLevel(2, 100), 1);
    assert.equal(cueLevel(10, 100), 2);
    assert.equal(cueLevel(30, 100), 3);
    assert.equal(cueLevel(80, 100), 4);
  });

  it('maps a table by stem hash', () => {
    const file: CueStemFile = { provenance: 'test', stems: { say: [90, 100], tabl: [1, 50] } };
    const levels = cueStemLevels(file);
    assert.equal(levels.get(stemHash('say')), 4);
    assert.equal(levels.has(stemHash('tabl')), false);
  });

  it('ships a table with provenance, stems only and counts that add up', () => {
    const file = JSON.parse(readFileSync(CUE_STEMS_URL, 'utf8')) as CueStemFile;
    assert.match(file.provenance, /PolNeAR/);
    for (const [s, [cue, total]] of Object.entries(file.stems)) {
      assert.equal(s, s.toLowerCase());
      assert.doesNotMatch(s, /\s/);
      assert.ok(cue >= 2 && cue <= total, s);
    }
    assert.equal(shippedCueStems().get(stemHash(stem('said'))), 4);
  });

  it('marks an inflection outside the lexicon as a cue word when its stem is one', () => {
    const text = 'Senator Ilse Varga, a Dorvale Democrat, is backing the plan.';
    const tokens = tokenize(text);
    const facts = docFacts(
      text,
      tokens,
      splitSentences(text, tokens),
      paragraphs(text),
      undefined,
      new Map([[stemHash(stem('backs')), 4]]),
    );
    const i = tokens.findIndex((t) => text.slice(t.start, t.end) === 'backing');
    assert.equal(facts.cueStem[i], 4);
    assert.ok(facts.cue[i]! > 0);
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultLexicon } from '../../../src/analyze/actors/gazetteer-lexicon.js';
import { ACTOR_RULES, findActors } from '../../../src/analyze/actors/index.js';
import {
  NATIONAL_BODIES,
  ORGANIZATION_HEADS,
  ORGANIZATION_NOUNS,
  ROLE_NOUNS,
  SOURCE_NOUNS,
} from '../../../src/analyze/actors/nouns.js';
import { splitSentences, tokenize } from '../../../src/analyze/text/index.js';
import { SECTORS } from '../../../src/analyze/types.js';

const SECTOR_CODES: ReadonlySet<string> = new Set(SECTORS);

test('actor rule ids are unique', () => {
  const ids = ACTOR_RULES.map((rule) => rule.id);
  assert.equal(new Set(ids).size, ids.length);
});

for (const rule of ACTOR_RULES) {
  test(`rule ${rule.id} finds "${rule.finds}" in its example, by itself`, () => {
    const tokens = tokenize(rule.example);
    const actors = findActors(rule.example, tokens, splitSentences(rule.example, tokens), defaultLexicon(), {
      published: '2025-03-14',
    });
    const mentions = actors.flatMap((actor) => actor.mentions);
    const found = mentions.find(({ span }) => rule.example.slice(span[0], span[1]) === rule.finds);
    assert.ok(
      found,
      `found: ${JSON.stringify(mentions.map(({ span }) => rule.example.slice(span[0], span[1])))}`,
    );
    assert.equal(found.rule, rule.id);
  });
}

test('every sector in the word lists is a sector code', () => {
  for (const table of [ORGANIZATION_HEADS, ROLE_NOUNS, ORGANIZATION_NOUNS, NATIONAL_BODIES]) {
    for (const [word, sector] of table)
      assert.ok(sector === undefined || SECTOR_CODES.has(sector), `${word}: ${sector}`);
  }
  for (const [word, noun] of SOURCE_NOUNS)
    assert.ok(noun.sector === undefined || SECTOR_CODES.has(noun.sector), word);
});

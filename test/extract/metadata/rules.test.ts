/** The metadata data tables are linted here: ids unique, patterns compile, examples match. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import {
  BYLINE_PREFIXES,
  BYLINE_STOP_WORDS,
  DATE_LEAD_WORDS,
  NAME_PARTICLES,
  ORG_WORDS,
  ROLE_NOUNS,
  ROLE_WORDS,
} from '../../../src/extract/metadata/author-rules.js';
import {
  MONTH_FIRST_LANGS,
  MONTH_NAMES,
  TEXT_DATE_RULES,
  UPDATE_LABELS,
  URL_DATE_RULES,
  ZONE_OFFSETS,
} from '../../../src/extract/metadata/date-rules.js';
import { findDate } from '../../../src/extract/metadata/dates.js';
import { splitCredit } from '../../../src/extract/metadata/image.js';
import {
  CLASS_TOKENS,
  CREDIT_RULES,
  DATE_TRUST,
  META_DATE_KEYS,
  META_KEYS,
} from '../../../src/extract/metadata/rules.js';

const unique = (ids: readonly string[]): boolean => new Set(ids).size === ids.length;

test('the date trust order names each tier once, and every meta date key belongs to a tier', () => {
  assert.ok(unique(DATE_TRUST.map((t) => t.id)));
  const tiers = new Set(DATE_TRUST.map((t) => t.id));
  assert.ok(unique(META_DATE_KEYS.map((k) => k.key)));
  for (const { key, tier } of META_DATE_KEYS) {
    assert.ok(tiers.has(tier), key);
    assert.equal(key, key.toLowerCase(), `${key} must be lower case: the walk lower-cases names`);
  }
  for (const keys of Object.values(META_KEYS))
    for (const key of keys) assert.equal(key, key.toLowerCase(), key);
});

test('month names never give one spelling two months', () => {
  const seen = new Map<string, number>();
  for (const [lang, months] of Object.entries(MONTH_NAMES)) {
    assert.equal(months.length, 12, lang);
    months.forEach((names, index) => {
      for (const name of names) {
        assert.equal(name, name.toLowerCase(), name);
        const before = seen.get(name);
        assert.ok(before === undefined || before === index + 1, `${lang} "${name}" conflicts`);
        seen.set(name, index + 1);
      }
    });
  }
});

test('every printed-date rule matches its own example, and is the rule that fires on it', () => {
  assert.ok(unique(TEXT_DATE_RULES.map((r) => r.id)));
  for (const rule of TEXT_DATE_RULES) assert.equal(findDate(rule.example)?.rule, rule.id, rule.example);
});

test('every URL date rule matches its example', () => {
  assert.ok(unique(URL_DATE_RULES.map((r) => r.id)));
  for (const rule of URL_DATE_RULES) assert.match(rule.example, rule.pattern, rule.id);
});

test('every credit rule splits its example caption into the credit it names', () => {
  assert.ok(unique(CREDIT_RULES.map((r) => r.id)));
  for (const rule of CREDIT_RULES) {
    assert.match(rule.example, rule.pattern, rule.id);
    assert.equal(splitCredit(rule.example).credit, rule.credit, rule.id);
  }
});

test('word lists are lower case and zone offsets are well formed', () => {
  for (const list of [BYLINE_PREFIXES, [...ROLE_WORDS], [...ORG_WORDS], [...NAME_PARTICLES]]) {
    for (const word of list) assert.equal(word, word.toLowerCase(), word);
  }
  for (const tokens of Object.values(CLASS_TOKENS))
    for (const t of tokens) assert.equal(t, t.toLowerCase(), t);
  for (const [zone, offset] of Object.entries(ZONE_OFFSETS))
    assert.match(offset, /^(?:Z|[+-]\d{2}:\d{2})$/, zone);
});

test('label, stop and role lists are lower case, and every role noun is a role word', () => {
  const lists = [BYLINE_STOP_WORDS, DATE_LEAD_WORDS, UPDATE_LABELS, [...MONTH_FIRST_LANGS], [...ROLE_NOUNS]];
  for (const list of lists) {
    assert.ok(unique(list), list.join(', '));
    for (const word of list) assert.equal(word, word.toLowerCase(), word);
  }
  for (const noun of ROLE_NOUNS) assert.ok(ROLE_WORDS.has(noun), noun);
});

/**
 * The credit rules are data, linted here: ids unique, patterns compile, agencies known, every
 * rule gives its example's agency and stays silent on its near miss. Then `originalSource` on
 * whole texts: authorship beats citation, and photo credits are not text credits.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { AGENCIES, CREDIT_RULES, creditOf, originalSource } from '../../../src/corpus/dedupe/index.js';
import { applyRule, compileRule } from '../../../src/corpus/dedupe/source.js';

describe('credit rules (data lint)', () => {
  it('have unique ids and compile', () => {
    const ids = CREDIT_RULES.map((r) => r.id);
    assert.deepEqual(ids, [...new Set(ids)]);
    for (const rule of CREDIT_RULES) assert.doesNotThrow(() => compileRule(rule), rule.id);
  });

  it('name their agency either in the pattern or in the rule, never both, and only known agencies', () => {
    const names = new Set(AGENCIES.map((a) => a.name));
    for (const rule of CREDIT_RULES) {
      assert.notEqual(rule.pattern.includes('{agency}'), rule.agency !== undefined, rule.id);
      assert.ok(names.has(rule.expect), `${rule.id}: unknown agency ${rule.expect}`);
      if (rule.agency !== undefined) assert.ok(names.has(rule.agency), rule.id);
    }
  });

  it('list each agency and each alias once', () => {
    const names = AGENCIES.map((a) => a.name);
    assert.deepEqual(names, [...new Set(names)]);
    const aliases = AGENCIES.flatMap((a) => a.aliases);
    assert.deepEqual(aliases, [...new Set(aliases)]);
    for (const agency of AGENCIES) assert.ok(agency.aliases.length > 0, agency.name);
  });

  for (const rule of CREDIT_RULES) {
    it(`${rule.id}: fires on its example and gives ${rule.expect}`, () => {
      assert.equal(applyRule(rule, rule.example), rule.expect);
      assert.equal(originalSource(rule.example), rule.expect);
    });
    if (rule.notExample !== undefined) {
      const near = rule.notExample;
      it(`${rule.id}: stays silent on its near miss`, () => assert.equal(applyRule(rule, near), undefined));
    }
  }
});

describe('originalSource', () => {
  it('reads the dateline forms of the agencies', () => {
    assert.equal(originalSource('MOSCOW (Reuters) - The central bank held rates.'), 'Reuters');
    assert.equal(originalSource('WASHINGTON, March 3 (Reuters) - Lawmakers met.'), 'Reuters');
    assert.equal(originalSource('KESSBURG (AP) — Floods closed the port.'), 'AP');
    assert.equal(originalSource('Caldera (AFP) - Rescuers searched the rubble.'), 'AFP');
    assert.equal(originalSource('(Bloomberg) -- Oil rose for a third day.'), 'Bloomberg');
    assert.equal(originalSource('TOKYO (Kyodo) -- The cabinet approved the plan.'), 'Kyodo');
    assert.equal(originalSource('MADRID, 3 mar (EFE).- El Gobierno aprobó el plan.'), 'EFE');
  });

  it('reads bylines and house-style tails', () => {
    assert.equal(originalSource('By Reuters\n\nShares fell.'), 'Reuters');
    assert.equal(originalSource('AFP staff\n\nThe strike spread.'), 'AFP');
    assert.equal(
      originalSource(
        'Text.\n\nReporting by Anna Petrova in Tarsk; Writing by Tom Hale; Editing by Ines Vidal',
      ),
      'Reuters',
    );
    assert.equal(originalSource('Text.\n\nCopyright 2025 The Associated Press. All rights reserved.'), 'AP');
  });

  it('prefers authorship to citation', () => {
    const text = 'BERLIN (dpa) - The minister resigned, according to AFP and as the official told Reuters.';
    assert.deepEqual(creditOf(text), { agency: 'dpa', ruleId: 'dateline-dash' });
  });

  it('falls back to the agency the text cites', () => {
    assert.deepEqual(creditOf('The convoy arrived, the Associated Press reported.'), {
      agency: 'AP',
      ruleId: 'agency-reported',
    });
    assert.equal(originalSource('"We are ready," the minister told Reuters.'), 'Reuters');
    assert.equal(originalSource('At least 12 died, according to Agence France-Presse.'), 'AFP');
  });

  it('does not take photo credits, names or look-alike words for credits', () => {
    for (const text of [
      'A rescuer carries a child in Caldera. (AP Photo/Jane Roe)\n\nThe quake struck at dawn.',
      'Traffic in Brisk. Photo: Reuters/Lena Marsh\n\nThe strike entered its third day.',
      'Leaders met at the APEC summit on Monday.',
      'Support fell, according to an AP-NORC poll.',
      'The minister told reporters the plan was ready.',
      'Michael Bloombergson said he would stand.',
      '',
    ])
      assert.equal(originalSource(text), undefined, text);
  });

  it('looks for datelines only in the lead and for credit lines only in the tail', () => {
    const filler = 'The talks went on. '.repeat(60);
    assert.equal(originalSource(`${filler}MOSCOW (Reuters) - late dateline`), undefined);
    assert.equal(originalSource(`— AFP\n\n${filler}`), undefined);
  });
});

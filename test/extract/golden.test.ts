import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CASES_DIR, runCase } from './golden-cases.js';

// Each folder under cases/ is a page we wrote, with the record and text we expect from it.
// After a deliberate change, refresh with `npx tsx scripts/golden.ts <case>` and review the diff.
for (const name of readdirSync(CASES_DIR).sort()) {
  test(`golden page: ${name}`, () => {
    const { article, text } = runCase(name);
    const expected = JSON.parse(readFileSync(join(CASES_DIR, name, 'expected.json'), 'utf8'));
    assert.deepEqual(JSON.parse(JSON.stringify(article)), expected);
    assert.equal(text, readFileSync(join(CASES_DIR, name, 'expected.txt'), 'utf8'));
  });
}

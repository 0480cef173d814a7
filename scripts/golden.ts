#!/usr/bin/env tsx
/**
 * Writes (or refreshes) the expected output of golden extraction cases, for review in the diff:
 *   npx tsx scripts/golden.ts [case-name ...]
 * A case is a folder of test/extract/cases/ with `case.json` ({ url, contentType?, page? }) and
 * either its own `page.html` or a `page` path (from the repository root) to one of examples/pages.
 * It gets `expected.json` (the Article) and `expected.txt` (the text rendering).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES_DIR, runCase } from '../test/extract/golden-cases.js';

const names = process.argv.slice(2);
const all = readdirSync(CASES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
for (const name of names.length > 0 ? names : all) {
  const { article, text } = runCase(name);
  writeFileSync(join(CASES_DIR, name, 'expected.json'), `${JSON.stringify(article, null, 2)}\n`);
  writeFileSync(join(CASES_DIR, name, 'expected.txt'), text);
  console.log(`${name}: ${article.blocks.length} blocks, ${article.text.length} characters`);
}

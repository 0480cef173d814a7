import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '../../src/article/index.js';
import type { Article } from '../../src/article/types.js';
import { extract } from '../../src/extract/index.js';

/** Golden extraction cases: one folder each, see scripts/golden.ts. */
export const CASES_DIR: string = join(dirname(fileURLToPath(import.meta.url)), 'cases');
const ROOT = join(CASES_DIR, '..', '..', '..');

interface CaseSpec {
  url: string;
  contentType?: string;
  page?: string;
}

export function runCase(name: string): { article: Article; text: string } {
  const dir = join(CASES_DIR, name);
  const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as CaseSpec;
  const bytes = readFileSync(spec.page ? join(ROOT, spec.page) : join(dir, 'page.html'));
  const article = extract(
    bytes,
    spec.contentType ? { url: spec.url, contentType: spec.contentType } : { url: spec.url },
  );
  return { article, text: render(article, 'text') };
}

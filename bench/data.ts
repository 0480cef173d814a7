import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in `<root>/bench`). */
export const REPO_ROOT: string = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the shared folder is: `$DATELINE_SHARED`, else `../shared` beside the repository. */
export function sharedRoot(): string {
  const { DATELINE_SHARED: fromEnv } = process.env;
  return resolve(REPO_ROOT, fromEnv && fromEnv.length > 0 ? fromEnv : '../shared');
}

/**
 * Our own metadata gold set: hand-written pages with title, date and author gold and no body
 * gold (see its README). It lives in the repository, in the scorer's set format.
 */
export const METADATA_GOLD_DIR: string = join(REPO_ROOT, 'bench', 'gold', 'metadata');

/** Paths of the benchmark set and its scorer under the shared root. */
export interface DataPaths {
  /** The gold set: `index.jsonl` and one folder per case. */
  goldDir: string;
  /** `score.mjs`, the extraction scorer. */
  scorer: string;
}

/** Where the gold set is expected under a shared root. */
export function goldDirOf(root: string): string {
  return join(root, 'data', 'extraction-dev', 'scrapinghub');
}

/** The benchmark paths, or undefined when the shared data is absent. */
export function findData(root: string = sharedRoot()): DataPaths | undefined {
  const goldDir = goldDirOf(root);
  const scorer = join(root, 'bench', 'extraction', 'score.mjs');
  return existsSync(join(goldDir, 'index.jsonl')) && existsSync(scorer) ? { goldDir, scorer } : undefined;
}

/** One case as stored: id, URL and the page's bytes. */
export interface StoredCase {
  id: string;
  url: string;
  bytes: Uint8Array;
}

/** Case ids in index order. */
export function caseIds(goldDir: string): string[] {
  return readFileSync(join(goldDir, 'index.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => String((JSON.parse(line) as { id: unknown }).id));
}

/** Reads every case's page bytes and URL (from gold.json). */
export function loadCases(goldDir: string): StoredCase[] {
  return caseIds(goldDir).map((id) => {
    const gold = JSON.parse(readFileSync(join(goldDir, id, 'gold.json'), 'utf8')) as { url?: unknown };
    const bytes = new Uint8Array(readFileSync(join(goldDir, id, 'page.html')));
    return { id, url: typeof gold.url === 'string' ? gold.url : '', bytes };
  });
}

/**
 * A fingerprint of the inputs (index, pages and gold bodies), pinned in the baseline so that a
 * floor is only compared with a score on the same data.
 */
export function fingerprint(goldDir: string): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(goldDir, 'index.jsonl')));
  for (const id of caseIds(goldDir)) {
    hash.update(`\0${id}\0`);
    hash.update(readFileSync(join(goldDir, id, 'page.html')));
    hash.update(readFileSync(join(goldDir, id, 'gold.json')));
  }
  return `sha256:${hash.digest('hex')}`;
}

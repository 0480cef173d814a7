/**
 * Word stems for the tagger's cue features: a light suffix stripper (not a full Porter stemmer),
 * so that "accuses", "accused" and "accusing" share weight, and the table of how often each stem
 * is a cue word in PolNeAR train (`cue-stems.json`, written by `scripts/train-quotes.ts`).
 */

import { readFileSync } from 'node:fs';
import { hashToken } from './tokens.js';

/** Where the shipped cue-stem table lives. */
export const CUE_STEMS_URL: URL = new URL('./cue-stems.json', import.meta.url);

/** What `cue-stems.json` holds: stem → [times it is (part of) a gold cue, times it occurs]. */
export interface CueStemFile {
  provenance: string;
  stems: Record<string, [number, number]>;
}

const isVowel = (c: string): boolean => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';

/** Strips one inflectional suffix (-ies/-ied, -ing, -ed, -es, -s), a doubled final consonant and a final e. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.includes("'") || w.includes('\u2019')) w = w.replace(/[\u2019']/g, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') || w.endsWith('ied')) w = `${w.slice(0, -3)}i`;
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  const n = w.length;
  const last = w[n - 1] ?? '';
  if (n > 3 && last === w[n - 2] && !isVowel(last) && last !== 'l' && last !== 's') w = w.slice(0, -1);
  else if (n > 4 && last === 'y') w = `${w.slice(0, -1)}i`;
  else if (n > 4 && last === 'e') w = w.slice(0, -1);
  return w;
}

/** Hash of a stem (the word hash of tokens.ts over the stem). */
export const stemHash = (s: string): number => hashToken(s, 0, s.length);

/**
 * How cue-like a stem is in train, as a small level: 0 never a cue (or unseen), then by the share
 * of its occurrences that are cues: 1 under 5%, 2 under 20%, 3 under 50%, 4 half or more. Stems
 * seen fewer than 2 times as a cue stay 0, so a one-off does not make a level.
 */
export function cueLevel(cue: number, total: number): number {
  if (cue < 2 || total === 0) return 0;
  const r = cue / total;
  return r < 0.05 ? 1 : r < 0.2 ? 2 : r < 0.5 ? 3 : 4;
}

/** The cue levels of a table, by stem hash. */
export function cueStemLevels(file: CueStemFile): Map<number, number> {
  const out = new Map<number, number>();
  for (const [s, [cue, total]] of Object.entries(file.stems)) {
    const level = cueLevel(cue, total);
    if (level > 0) out.set(stemHash(s), level);
  }
  return out;
}

let cached: ReadonlyMap<number, number> | undefined;

/** The shipped cue-stem levels, loaded once. */
export function shippedCueStems(): ReadonlyMap<number, number> {
  if (cached) return cached;
  try {
    cached = cueStemLevels(JSON.parse(readFileSync(CUE_STEMS_URL, 'utf8')) as CueStemFile);
  } catch (err) {
    throw new Error(
      `quote cue stems missing or unreadable at ${CUE_STEMS_URL.pathname} (${(err as Error).message}); ` +
        'run `npx tsx scripts/train-quotes.ts` or copy src/analyze/quotes/cue-stems.json beside the build',
    );
  }
  return cached;
}

/**
 * The tagger's features: for each token, a fixed number of hashed feature ids built from the
 * document facts (facts.ts). Each template mixes its id with its values, so the same value in
 * two templates lands in two places of the weight table. Changing a template changes the
 * model: retrain (`npx tsx scripts/train-quotes.ts`).
 */

import type { DocFacts } from './facts.js';
import { QSTATE } from './tokens.js';

/** Number of features per token (every template always fires). */
export const FEATURES_PER_TOKEN = 47;

/** Hash values standing for "before the paragraph" and "after the paragraph". */
const BOS = 0x1b0f;
const EOS = 0x2e0f;

/** Mixes a template id with up to three values into one 32-bit hash (three multiply rounds). */
function mix(t: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(a ^ Math.imul(t + 1, 0x9e3779b1), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 13) ^ c, 0x85ebca6b);
  return h ^ (h >>> 16);
}

/** Buckets a token distance: 1, 2, 3, 4-6, 7-12, 13-25, 26+ (0 stays 0, "none"). */
const bucket = (d: number): number => (d <= 3 ? d : d <= 6 ? 4 : d <= 12 ? 5 : d <= 25 ? 6 : 7);

function wordAt(f: DocFacts, k: number, a: number, b: number): number {
  return k < a ? BOS : k >= b ? EOS : f.word[k]!;
}
function stemAt(f: DocFacts, k: number, a: number, b: number): number {
  return k < a ? BOS : k >= b ? EOS : f.stem[k]!;
}
function cueStemAt(f: DocFacts, k: number, a: number, b: number): number {
  return k < a ? 5 : k >= b ? 6 : f.cueStem[k]!;
}
function bandAt(f: DocFacts, k: number, a: number, b: number): number {
  return k < a ? 15 : k >= b ? 16 : f.band[k]!;
}
function shapeAt(f: DocFacts, k: number, a: number, b: number): number {
  return k < a ? 9 : k >= b ? 10 : f.shape[k]!;
}

/**
 * Writes the `FEATURES_PER_TOKEN` feature hashes of token `i` (in the paragraph `[a, b)`) into
 * `out` at `off`.
 */
export function tokenFeatures(
  f: DocFacts,
  i: number,
  a: number,
  b: number,
  out: Int32Array,
  off: number,
): void {
  const w0 = f.word[i]!;
  const q = f.quote[i]!;
  const s0 = f.shape[i]!;
  const first = f.sentFirst[i]!;
  const last = f.sentLast[i]!;
  const fromStart = Math.min(i - first, 4);
  const toEnd = Math.min(last - i, 4);
  const flags = f.sentFlags[i]!;
  const left = bucket(f.cueLeft[i]!);
  const right = bucket(f.cueRight[i]!);
  const lk = f.cueLeftKind[i]!;
  const rk = f.cueRightKind[i]!;
  const att = f.attached[i]!;
  let k = off;
  out[k++] = mix(0, 0);
  out[k++] = mix(1, w0);
  out[k++] = mix(2, wordAt(f, i - 1, a, b));
  out[k++] = mix(3, wordAt(f, i + 1, a, b));
  out[k++] = mix(4, wordAt(f, i - 2, a, b));
  out[k++] = mix(5, wordAt(f, i + 2, a, b));
  out[k++] = mix(6, wordAt(f, i - 1, a, b), w0);
  out[k++] = mix(7, w0, wordAt(f, i + 1, a, b));
  out[k++] = mix(8, f.suffix[i]!);
  out[k++] = mix(9, s0, q);
  out[k++] = mix(10, shapeAt(f, i - 1, a, b), s0, shapeAt(f, i + 1, a, b));
  out[k++] = mix(11, f.cue[i]!, q);
  out[k++] = mix(12, f.markRight[i]!, bucket(f.markRightDist[i]!), q);
  out[k++] = mix(13, q, att);
  out[k++] = mix(14, left, lk, q);
  out[k++] = mix(15, right, rk, q);
  out[k++] = mix(16, fromStart, toEnd, q);
  out[k++] = mix(17, flags, q, s0);
  out[k++] = mix(18, w0, q);
  out[k++] = mix(19, left, right, s0);
  out[k++] = mix(20, wordAt(f, i - 1, a, b), q);
  out[k++] = mix(21, wordAt(f, i + 1, a, b), q);
  out[k++] = mix(22, fromStart, s0, right);
  out[k++] = mix(23, toEnd, s0, left);
  out[k++] = mix(24, shapeAt(f, i - 2, a, b), shapeAt(f, i - 1, a, b), s0);
  out[k++] = mix(25, s0, shapeAt(f, i + 1, a, b), shapeAt(f, i + 2, a, b));
  out[k++] = mix(26, w0, right > 0 ? rk : 0);
  out[k++] = mix(27, w0, left > 0 ? lk : 0);
  out[k++] = mix(28, wordAt(f, first, a, b), i === first ? 1 : 0);
  out[k++] = mix(29, q === QSTATE.inside ? 1 : 0, att, flags);
  out[k++] = mix(30, f.suffix[i]!, s0, q);
  out[k++] = mix(31, wordAt(f, i - 1, a, b), wordAt(f, i + 1, a, b));
  out[k++] = mix(32, wordAt(f, i + 1, a, b), wordAt(f, i + 2, a, b));
  out[k++] = mix(33, wordAt(f, i - 2, a, b), wordAt(f, i - 1, a, b));
  out[k++] = mix(34, f.cueLeftWord[i]!, left, q);
  out[k++] = mix(35, f.cueRightWord[i]!, right, q);
  out[k++] = mix(36, f.cueLeftWord[i]!, f.commasLeft[i]!, s0);
  out[k++] = mix(37, left, f.commasLeft[i]!, q);
  out[k++] = mix(38, f.stem[i]!);
  out[k++] = mix(39, stemAt(f, i - 1, a, b), f.stem[i]!);
  out[k++] = mix(40, f.stem[i]!, stemAt(f, i + 1, a, b));
  out[k++] = mix(41, f.cueStem[i]!, q, s0);
  out[k++] = mix(42, cueStemAt(f, i - 1, a, b), f.cueStem[i]!, cueStemAt(f, i + 1, a, b));
  const band = f.band[i]!;
  out[k++] = mix(43, band, q);
  out[k++] = mix(44, bandAt(f, i - 1, a, b), band, bandAt(f, i + 1, a, b));
  out[k++] = mix(45, band, w0);
  out[k++] = mix(46, band, left, right);
}

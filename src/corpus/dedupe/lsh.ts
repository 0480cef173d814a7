/**
 * Locality-sensitive hashing by banding: the signature is cut into `LSH.bands` bands of
 * `LSH.rows` rows, and each band is hashed into a key. Texts that share a key are candidates;
 * the store indexes the keys, so finding candidates is one lookup per band.
 */
import { combine, hex32 } from './hash.js';
import { estimateShingleCount } from './minhash.js';
import { LSH, MIN_SHINGLES } from './rules.js';

/**
 * A band's rows fold into 32 bits. A collision between different rows only makes a spurious
 * candidate, which the similarity check then drops, and at 100,000 articles a band sees about
 * one such pair: more bits would only make the index bigger.
 */
const SALT = 0x6a09e667;

/** "b00:" ... "b41:", built once. */
const PREFIXES: readonly string[] = Array.from(
  { length: LSH.bands },
  (_, b) => `b${String(b).padStart(2, '0')}:`,
);

/** The key of band `band` of the signature: "b03:" and 8 hex digits. */
function bandKey(signature: Uint32Array, band: number): string {
  let h = SALT;
  for (let row = band * LSH.rows; row < (band + 1) * LSH.rows; row++) h = combine(h, signature[row]!);
  return PREFIXES[band] + hex32(h);
}

/**
 * The LSH band keys of a signature, one per band, keys like "b03:9f1c04d2". A signature of a
 * text too short to compare (fewer than about `MIN_SHINGLES` shingles) gets none, so it never
 * joins a story.
 */
export function bandKeys(signature: Uint32Array): string[] {
  if (signature.length !== LSH.bands * LSH.rows)
    throw new RangeError(`expected a signature of ${LSH.bands * LSH.rows} values, got ${signature.length}`);
  if (estimateShingleCount(signature) < MIN_SHINGLES) return [];
  const keys = new Array<string>(LSH.bands);
  for (let band = 0; band < LSH.bands; band++) keys[band] = bandKey(signature, band);
  return keys;
}

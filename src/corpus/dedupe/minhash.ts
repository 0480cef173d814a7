/**
 * MinHash signatures (Broder 1997): for each of `MINHASH.hashes` fixed hash functions, the
 * smallest hash of any shingle. The share of positions where two signatures agree estimates the
 * Jaccard similarity of the two shingle sets.
 */
import { splitmix32 } from './hash.js';
import { MINHASH } from './rules.js';
import { tokens, windowHashes } from './shingles.js';

/**
 * The value of every position for a text without shingles. Positions are compared as signed
 * 32-bit integers (any fixed order serves MinHash), which keeps V8 on its fast small-integer
 * path: unsigned values above 2^31 would be boxed doubles and made this four times slower.
 */
const EMPTY = 0x7fffffff;

/**
 * Per-position xor keys, derived from `MINHASH.seed`, never from the clock: signatures must be
 * equal across runs and machines because the store keeps them.
 */
const KEYS: Int32Array = (() => {
  const next = splitmix32(MINHASH.seed);
  return Int32Array.from({ length: MINHASH.hashes }, () => next() | 0);
})();

/** The hashes as signed 32-bit integers: a free view of a Uint32Array, else a copy. */
function asInt32(hashes: ArrayLike<number>): Int32Array {
  if (hashes instanceof Int32Array) return hashes;
  if (hashes instanceof Uint32Array) return new Int32Array(hashes.buffer, hashes.byteOffset, hashes.length);
  return Int32Array.from(hashes, (x) => x | 0);
}

/**
 * The signature of a set of 32-bit shingle hashes. Hash function i is the murmur3 finaliser of
 * (x xor key_i): a keyed bijection with full avalanche, so the minima at different positions are
 * independent enough for the estimate (the property tests check its error against the true
 * Jaccard). Inlined, one position at a time with the minimum in a local: this loop is most of
 * the cost of ingest.
 */
export function signatureOf(hashes: ArrayLike<number>): Uint32Array {
  const xs = asInt32(hashes);
  const signature = new Int32Array(KEYS.length);
  for (let i = 0; i < KEYS.length; i++) {
    const key = KEYS[i]!;
    let min = EMPTY;
    for (let j = 0; j < xs.length; j++) {
      let h = xs[j]! ^ key;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      if (h < min) min = h;
    }
    signature[i] = min;
  }
  return new Uint32Array(signature.buffer);
}

/** The MinHash signature of a text's lead shingles (deterministic across runs and machines). */
export function minhash(text: string): Uint32Array {
  return signatureOf(windowHashes(tokens(text)));
}

/**
 * Estimated Jaccard similarity: the share of positions where the signatures agree. Signatures of
 * different lengths come from different schemes and cannot be compared.
 */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError(`signatures differ in length (${a.length} vs ${b.length})`);
  if (a.length === 0) return 1;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * About how many distinct shingles the signature was made from. Each position holds the least
 * of n uniform 32-bit hashes, whose expected rank is 1/(n+1) of the range, so n is estimated
 * from the mean rank as (k - 1) / sum(rank) (the k-minimum-values estimator; about 9% relative
 * error at 126 positions). A text without shingles gives about 1, never 0: callers compare with
 * a threshold.
 */
export function estimateShingleCount(signature: Uint32Array): number {
  if (signature.length < 2) return signature.length;
  let sum = 0;
  // Ranks in the signed order the minima were taken in: flipping the sign bit maps it to 0..2^32-1.
  for (const v of signature) sum += (((v ^ 0x80000000) >>> 0) + 0.5) / 4294967296;
  return (signature.length - 1) / sum;
}

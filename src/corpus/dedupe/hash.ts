/**
 * 32-bit integer hashing for shingles, signatures and band keys. Only `Math.imul`, shifts and
 * xors on 32-bit integers: the same bits on every machine and every run, which stored signatures
 * and band keys rely on.
 */

/** FNV-1a offset basis and prime (32-bit), the usual published constants. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The murmur3 finaliser: a bijection on 32-bit integers with full avalanche, so that the low and
 * high bits of the result both depend on every input bit.
 */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of `s`, finalised with `fmix32` (FNV alone mixes poorly). */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return fmix32(h);
}

/** Folds `x` into the running hash `h`; order matters, so "a b" and "b a" differ. */
export function combine(h: number, x: number): number {
  return fmix32((Math.imul(h, 0x9e3779b1) ^ x) >>> 0);
}

/**
 * splitmix32: a small seeded generator, used only to derive the fixed MinHash parameters from
 * one seed (so that they are reproducible from the seed rather than a table of magic numbers).
 */
export function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    return fmix32(state);
  };
}

/** "00" ... "ff": a table is several times faster than `toString(16).padStart(8, '0')`. */
const HEX_BYTES: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Eight lower-case hex digits. */
export function hex32(n: number): string {
  return (
    HEX_BYTES[(n >>> 24) & 0xff]! +
    HEX_BYTES[(n >>> 16) & 0xff]! +
    HEX_BYTES[(n >>> 8) & 0xff]! +
    HEX_BYTES[n & 0xff]!
  );
}

/**
 * Character classes for the tokenizer, as a table over the Basic Multilingual Plane so the hot
 * loop reads one byte per character instead of running a Unicode regex.
 */

/**
 * Bit flags of one UTF-16 code unit. Modules copy them into local constants once
 * (`const { LETTER } = CHAR`): an imported binding read in a hot loop costs a getter call under tsx.
 */
export const CHAR: {
  readonly LETTER: number;
  readonly DIGIT: number;
  readonly SPACE: number;
  readonly UPPER: number;
  readonly LOWER: number;
  readonly NEWLINE: number;
  readonly ALNUM: number;
} = { LETTER: 1, DIGIT: 2, SPACE: 4, UPPER: 8, LOWER: 16, NEWLINE: 32, ALNUM: 3 };

const { LETTER, DIGIT, SPACE, UPPER, LOWER, NEWLINE } = CHAR;

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const letter = /[\p{L}\p{M}]/u;
  const digit = /\p{Nd}/u;
  const space = /\s/u;
  const upper = /\p{Lu}|\p{Lt}/u;
  const lower = /\p{Ll}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    let f = 0;
    if (letter.test(ch)) f |= LETTER;
    if (digit.test(ch)) f |= DIGIT;
    if (space.test(ch)) f |= SPACE;
    if (upper.test(ch)) f |= UPPER;
    if (lower.test(ch)) f |= LOWER;
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) f |= NEWLINE;
    table[c] = f;
  }
  return table;
}

let cached: Uint8Array | undefined;

/** The class table, built once on first use (about 10 ms) and never changed afterwards. */
export function charTable(): Uint8Array {
  cached ??= buildTable();
  return cached;
}

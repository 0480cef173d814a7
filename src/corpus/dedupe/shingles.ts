/**
 * Word k-shingles of a text's lead, in any script. Spaced scripts give word tokens; unspaced
 * scripts (Han, kana, Thai, Lao, Khmer, Myanmar) give one token per character, and a text made
 * mostly of them is shingled by character n-grams instead of word k-grams.
 *
 * Only the lead counts (the first `MINHASH.leadWords` words): news is written top-down, and
 * outlets that carry a wire story keep its top and cut its tail, so a copy cut to three
 * paragraphs still shares most of its lead shingles with the full story, where over the whole
 * text it would share a third of them. It also bounds the cost of a long article.
 */
import { combine, hashString } from './hash.js';
import { normalizeForHash } from './normalize.js';
import { MINHASH } from './rules.js';

/** Scripts written without spaces between words: each character is its own token. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
/** A run of letters, marks and digits, or a single unspaced-script character. */
const TOKEN_WITH_UNSPACED = new RegExp(`${UNSPACED.source}|[^\\s${UNSPACED.source.slice(1, -1)}]+`, 'gu');

/** The tokens of text already through `normalizeForHash` (only words and single spaces). */
export function tokensOfNormal(normal: string): string[] {
  if (normal === '') return [];
  // The common case, no unspaced script: splitting on the single spaces is enough.
  if (!UNSPACED.test(normal)) return normal.split(' ');
  return normal.match(TOKEN_WITH_UNSPACED) ?? [];
}

/** The tokens of a text, after `normalizeForHash`. */
export function tokens(text: string): string[] {
  return tokensOfNormal(normalizeForHash(text));
}

/** The lead's tokens and the shingle size: words, or characters for an unspaced text. */
export function lead(words: readonly string[]): { words: readonly string[]; size: number } {
  const head = words.slice(0, MINHASH.leadChars);
  let unspaced = 0;
  for (const w of head) if (w.length <= 2 && UNSPACED.test(w)) unspaced++;
  if (head.length > 0 && unspaced / head.length >= MINHASH.cjkShare)
    return { words: head, size: MINHASH.cjkChars };
  return { words: words.slice(0, MINHASH.leadWords), size: MINHASH.shingleWords };
}

/**
 * Calls `visit` for every shingle window of the lead; a text shorter than one shingle gives one
 * shingle of all its tokens, so that even a one-word text has a signature.
 */
function eachWindow(
  words: readonly string[],
  size: number,
  visit: (start: number, end: number) => void,
): void {
  if (words.length === 0) return;
  if (words.length <= size) {
    visit(0, words.length);
    return;
  }
  for (let i = 0; i + size <= words.length; i++) visit(i, i + size);
}

/** The distinct shingles of a text's lead, first occurrence first; tokens joined by one space. */
export function shingles(text: string): string[] {
  const { words, size } = lead(tokens(text));
  const seen = new Set<string>();
  eachWindow(words, size, (start, end) => seen.add(words.slice(start, end).join(' ')));
  return [...seen];
}

/** The 32-bit hash of a shingle given as its tokens; the signature path uses the same fold. */
export function shingleHash(words: readonly string[]): number {
  let h = 0;
  for (const w of words) h = combine(h, hashString(w));
  return h;
}

/**
 * The 32-bit hashes of every shingle window of the lead of these tokens, repeats included
 * (MinHash does not mind repeats, so the hot path skips removing them). Signed, to stay small
 * integers in V8.
 */
export function windowHashes(allWords: readonly string[]): Int32Array {
  const { words, size } = lead(allWords);
  const wordHashes = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) wordHashes[i] = hashString(words[i]!);
  const out: number[] = [];
  eachWindow(words, size, (start, end) => {
    let h = 0;
    for (let i = start; i < end; i++) h = combine(h, wordHashes[i]!);
    out.push(h | 0);
  });
  return Int32Array.from(out);
}

/**
 * The distinct 32-bit hashes of a text's shingles, ascending: the same set as `shingles(text)`
 * hashed with `shingleHash`, without building the shingle strings.
 */
export function shingleHashes(text: string): Uint32Array {
  const sorted = new Uint32Array(windowHashes(tokens(text)).buffer).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++)
    if (n === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.slice(0, n);
}

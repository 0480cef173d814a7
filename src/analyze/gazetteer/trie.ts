/**
 * A phrase index for longest-match lookup, stored flat: one map from a phrase's keyed words
 * (joined with a separator) to what it names, and one set of the word sequences that some longer
 * phrase continues. A lookup costs two hash reads per word of the longest phrase, whatever the
 * size of the gazetteer; the flat form allocates far less than a tree of maps, which keeps the
 * first build (and its garbage collection) short. Built once, never changed afterwards.
 */

/** What separates keyed words in a phrase key: a control character no word contains. */
const SEP = '\u0001';

/** A built index, with the key function its words were indexed under. */
export interface Trie<V> {
  key: (word: string) => string;
  /** Joined phrase keys -> the values the phrase names. */
  phrases: Map<string, V[]>;
  /** Joined keys that are a proper prefix of some phrase. */
  prefixes: Set<string>;
}

/** The longest phrase found from a start index, and how many words it took. */
export interface TrieHit<V> {
  values: readonly V[];
  length: number;
}

/** An empty index whose words are keyed by `key`. */
export function createTrie<V>(key: (word: string) => string): Trie<V> {
  return { key, phrases: new Map(), prefixes: new Set() };
}

/** Adds a phrase (its words, unkeyed) naming `value`; a value is stored once per phrase. */
export function addPhrase<V>(trie: Trie<V>, words: readonly string[], value: V): void {
  if (words.length === 0) return;
  let joined = trie.key(words[0]!);
  for (let j = 1; j < words.length; j++) {
    trie.prefixes.add(joined);
    joined += SEP + trie.key(words[j]!);
  }
  const values = trie.phrases.get(joined);
  if (values === undefined) trie.phrases.set(joined, [value]);
  else if (!values.includes(value)) values.push(value);
}

/** The longest phrase of the index that starts at `words[start]`, or undefined. */
export function longestAt<V>(trie: Trie<V>, words: readonly string[], start: number): TrieHit<V> | undefined {
  const first = words[start];
  if (first === undefined) return undefined;
  let joined = trie.key(first);
  let best: V[] | undefined;
  let bestLength = 0;
  for (let j = start; ; ) {
    const values = trie.phrases.get(joined);
    if (values !== undefined) {
      best = values;
      bestLength = j - start + 1;
    }
    j++;
    if (j >= words.length || !trie.prefixes.has(joined)) break;
    joined += SEP + trie.key(words[j]!);
  }
  return best === undefined ? undefined : { values: best, length: bestLength };
}

/** Every phrase with its keyed words and values: for linting the index. */
export function* phrases<V>(trie: Trie<V>): Generator<[keys: string[], values: readonly V[]]> {
  for (const [joined, values] of trie.phrases) yield [joined.split(SEP), values];
}

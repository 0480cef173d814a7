/**
 * The phrase index over every gazetteer entry, and the code and demonym lookups. The index is
 * built on first use (a few milliseconds; see the speed test) and never changed afterwards.
 */

import { COUNTRIES, IGOS } from './data.js';
import { allEntries } from './entries.js';
import { addPhrase, createTrie, longestAt, type Trie, type TrieHit } from './trie.js';
import type { Country, GazetteerEntry, Igo, PhraseMatch } from './types.js';
import { entityKey, isThe, nameVariants, phraseWords } from './words.js';

/** The built lookups. */
interface EntityIndex {
  phrases: Trie<GazetteerEntry>;
  countries: ReadonlyMap<string, Country>;
  igos: ReadonlyMap<string, Igo>;
  /** Demonym phrase key -> the countries it names (more than one: "Congolese"). */
  demonyms: ReadonlyMap<string, readonly string[]>;
  byId: ReadonlyMap<string, GazetteerEntry>;
}

let cached: EntityIndex | undefined;

/** A word that is its own phrase key once folded: no spaces, apostrophes or separate punctuation. */
const SIMPLE_WORD = /^[\p{L}\p{M}][\p{L}\p{M}.-]*$/u;

/** The index, built once. */
export function entityIndex(): EntityIndex {
  cached ??= buildIndex();
  return cached;
}

/** The key of a whole phrase ("South Korean" -> "South Korean", "Élysée" -> "Elysee"). */
export function phraseKey(phrase: string): string {
  return phraseWords(phrase).map(entityKey).join(' ');
}

function buildIndex(): EntityIndex {
  const phrases = createTrie<GazetteerEntry>(entityKey);
  const demonyms = new Map<string, string[]>();
  const byId = new Map<string, GazetteerEntry>();
  for (const { entry, names, ambiguous } of allEntries()) {
    byId.set(entry.id, entry);
    const marked: GazetteerEntry = ambiguous.size > 0 ? { ...entry, ambiguous: true } : entry;
    for (const name of names) {
      const value = ambiguous.has(name) ? marked : entry;
      for (const words of nameVariants(name)) addPhrase(phrases, words, value);
      if ((entry.type === 'demonym' || entry.type === 'people') && entry.country !== undefined) {
        const key = phraseKey(name);
        const list = demonyms.get(key) ?? [];
        if (!list.includes(entry.country)) list.push(entry.country);
        demonyms.set(key, list);
      }
    }
  }
  return {
    phrases,
    countries: new Map(COUNTRIES.map((c) => [c.id, c])),
    igos: new Map(IGOS.map((g) => [g.id, g])),
    demonyms,
    byId,
  };
}

/**
 * Whether two entries found under one phrase name different things. Entries of the same
 * country's name, demonym and people noun ("U.S." is a name and an adjective) do not.
 */
export function conflicting(a: GazetteerEntry, b: GazetteerEntry): boolean {
  if (a.id === b.id) return false;
  const family = (e: GazetteerEntry): boolean =>
    e.type === 'country' || e.type === 'demonym' || e.type === 'people';
  return !(family(a) && family(b) && a.country === b.country);
}

/** Whether a match should make the actor stage look for context. */
export function ambiguousEntries(entries: readonly GazetteerEntry[]): boolean {
  for (let i = 0; i < entries.length; i++) {
    if (entries[i]!.ambiguous) return true;
    for (let j = i + 1; j < entries.length; j++) if (conflicting(entries[i]!, entries[j]!)) return true;
  }
  return false;
}

/**
 * The longest gazetteer phrase starting at `words[i]`: "the Kremlin" (a leading "the" is
 * skipped and counted in `length`), "Foreign Minister" is not one (see `titleAt`), "Sergei
 * Lavrov" is. Case-sensitive ("US" is the country, "us" is not); diacritics and apostrophe
 * styles are folded. `words` are the article's word tokens, split as by the analysis tokenizer.
 */
export function matchPhrase(words: readonly string[], i: number): PhraseMatch | undefined {
  const { phrases } = entityIndex();
  let hit: TrieHit<GazetteerEntry> | undefined = longestAt(phrases, words, i);
  let lead = 0;
  if (isThe(words[i])) {
    const after = longestAt(phrases, words, i + 1);
    if (after !== undefined && (hit === undefined || after.length + 1 > hit.length)) {
      hit = after;
      lead = 1;
    }
  }
  if (hit === undefined) return undefined;
  return { entries: hit.values, length: hit.length + lead, lead, ambiguous: ambiguousEntries(hit.values) };
}

/** A country or territory by its alpha-3 code ("RUS", "XKX"). */
export function countryByCode(code: string): Country | undefined {
  return entityIndex().countries.get(code);
}

/** An intergovernmental organisation by its code ("NATO", "UNHCR"). */
export function igoByCode(code: string): Igo | undefined {
  return entityIndex().igos.get(code);
}

/**
 * The country a demonym adjective or people noun attaches ("Russian", "Britons", "U.S.",
 * "South Korean" -> its alpha-3 code); undefined when it is none or names several countries
 * ("Congolese"). Case-sensitive like `matchPhrase`.
 */
export function demonym(word: string): string | undefined {
  const key = SIMPLE_WORD.test(word) ? entityKey(word) : phraseKey(word);
  const list = entityIndex().demonyms.get(key);
  return list?.length === 1 ? list[0] : undefined;
}

/** An entry by its id ("country:RUS", "person:sergei-lavrov"). */
export function entryById(id: string): GazetteerEntry | undefined {
  return entityIndex().byId.get(id);
}

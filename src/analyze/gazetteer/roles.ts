/**
 * Titles, role words and anonymous-source cues: longest match without regard to case, so
 * "Foreign Minister Sergei Lavrov" and "Lavrov, the foreign minister," both find the title.
 * Modifiers fold into the title after them: "former Deputy Foreign Minister" is the role
 * "deputy foreign minister", held before.
 */

import { ANONYMOUS_CUES, TITLES } from './data.js';
import { addPhrase, createTrie, longestAt, type Trie, type TrieHit } from './trie.js';
import type { AnonymousCue, AnonymousMatch, Title, TitleMatch } from './types.js';
import { caselessKey, isThe, phraseWords } from './words.js';

interface RoleIndex {
  titles: Trie<Title>;
  cues: Trie<AnonymousCue>;
}

let cached: RoleIndex | undefined;

/** The index, built once. */
function roleIndex(): RoleIndex {
  cached ??= buildRoleIndex();
  return cached;
}

/**
 * The words of a form, and the same without abbreviation periods when it has any: British
 * style drops them ("Lt Gen", "Mr"), and a period the tokenizer does not know is split off
 * ("Cdr." -> "Cdr", ".").
 */
function formVariants(form: string): string[][] {
  const words = phraseWords(form);
  const bare = words.map((w) =>
    w.length > 1 && w.endsWith('.') && !w.slice(0, -1).includes('.') ? w.slice(0, -1) : w,
  );
  return bare.some((w, k) => w !== words[k]) ? [words, bare] : [words];
}

function buildRoleIndex(): RoleIndex {
  const titles = createTrie<Title>(caselessKey);
  for (const title of TITLES)
    for (const form of title.forms) for (const words of formVariants(form)) addPhrase(titles, words, title);
  const cues = createTrie<AnonymousCue>(caselessKey);
  for (const cue of ANONYMOUS_CUES) for (const form of cue.forms) addPhrase(cues, phraseWords(form), cue);
  return { titles, cues };
}

/** The longest hit at `i`, or at `i + 1` past a leading "the" when that reaches further. */
function longestPastThe<V>(
  trie: Trie<V>,
  words: readonly string[],
  i: number,
): [TrieHit<V>, number] | undefined {
  const hit = longestAt(trie, words, i);
  if (isThe(words[i])) {
    const after = longestAt(trie, words, i + 1);
    if (after !== undefined && (hit === undefined || after.length + 1 > hit.length)) return [after, 1];
  }
  return hit === undefined ? undefined : [hit, 0];
}

/**
 * The longest title at `words[i]` ("Foreign Minister", "Lt. Gen.", "spokesman", "Mr."), a
 * leading "the" skipped, with any modifiers before it folded into the role ("Deputy Foreign
 * Minister" -> "deputy foreign minister"). A modifier with no title after it is no match.
 */
export function titleAt(words: readonly string[], i: number): TitleMatch | undefined {
  const found = longestPastThe(roleIndex().titles, words, i);
  if (found === undefined) return undefined;
  const [hit, lead] = found;
  const title = hit.values[0]!;
  if (title.kind !== 'modifier') {
    return {
      title,
      ...(title.role === undefined ? {} : { role: title.role }),
      former: false,
      length: hit.length + lead,
      lead,
    };
  }
  const inner = titleAt(words, i + lead + hit.length);
  if (inner === undefined || inner.lead > 0 || inner.title.kind === 'honorific') return undefined;
  const role = title.prefix === undefined ? inner.role : `${title.prefix} ${inner.role}`;
  return {
    title: inner.title,
    ...(role === undefined ? {} : { role }),
    former: title.former === true || inner.former,
    length: lead + hit.length + inner.length,
    lead,
  };
}

/**
 * The longest anonymous-source cue at `words[i]`: a head noun ("official", "people familiar
 * with"), a qualifier ("senior", "military") or a marker ("on condition of anonymity").
 */
export function anonymousAt(words: readonly string[], i: number): AnonymousMatch | undefined {
  const hit = longestAt(roleIndex().cues, words, i);
  return hit === undefined ? undefined : { cue: hit.values[0]!, length: hit.length };
}

/** Every title phrase as indexed (lower-cased words): for the data lint. */
export function titleTrie(): Trie<Title> {
  return roleIndex().titles;
}

/** Every anonymous-source phrase as indexed: for the data lint. */
export function cueTrie(): Trie<AnonymousCue> {
  return roleIndex().cues;
}

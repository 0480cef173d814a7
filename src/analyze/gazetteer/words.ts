/**
 * How gazetteer names become word sequences, and how a word becomes a lookup key.
 *
 * Names are split the way the analysis tokenizer (src/analyze/text/tokenize.ts) splits prose, so
 * that a name's words line up with the article's tokens: words keep inner hyphens, inner periods
 * and inner apostrophes ("al-Qaeda", "U.S.", "d'Ivoire"), a final period stays on an
 * abbreviation ("Gen.", "St."), the possessive and clitics are split off ("People's" -> "People",
 * "'s"), and other punctuation is a word of its own ("RFE/RL" -> "RFE", "/", "RL"). A test checks
 * every name against the tokenizer itself.
 *
 * Keys: the entity index is case-sensitive ("US" the country, "us" the pronoun), but it folds
 * what writers vary without meaning anything: curly apostrophes, diacritics ("Elysee" finds
 * "Élysée", "Erdogan" finds "Erdoğan") and the case of "the". Titles and anonymous-source cues are
 * matched without case ("Foreign Minister", "the foreign minister").
 */

/** A word, a final period when it ends an abbreviation, or one other character. */
const WORD = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}]|[.'’&\-‐‑](?=[\p{L}\p{M}\p{N}]))*\.?|\S/gu;
/** Clitics the tokenizer splits off: "'s", "'m", "'re", "'ve", "'ll", "'d". */
const CLITIC = /^(.+?)(['’](?:s|m|re|ve|ll|d))$/iu;
/** Letters that carry no combining mark, so NFD does not strip them. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ʼ: "'",
  '’': "'",
  '‘': "'",
  '‐': '-',
  '‑': '-',
};
const NEEDS_FOLD = /[^\x20-\x7e]/;
const MARKS = /\p{M}+/gu;
const FOLDABLE = /[ıłŁøØđĐʼ’‘‐‑]/g;

/** A name of plain words that splitting at spaces gets right ("Sergei Lavrov", "U.S. Congress"). */
const PLAIN = /^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*\.?(?: [A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*\.?)*$/;

/** The words of a name, split as the analysis tokenizer splits prose. */
export function phraseWords(name: string): string[] {
  if (PLAIN.test(name)) return name.split(' ');
  const out: string[] = [];
  for (const word of name.match(WORD) ?? []) {
    const clitic = CLITIC.exec(word);
    if (clitic) out.push(clitic[1]!, clitic[2]!);
    else out.push(word);
  }
  return out;
}

/** A word with diacritics removed and apostrophes and hyphens made plain. */
export function foldWord(word: string): string {
  if (!NEEDS_FOLD.test(word)) return word;
  return word
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(FOLDABLE, (c) => LETTER_FOLDS[c] ?? c);
}

/** The case-sensitive key of a word for the entity index; "the" in any case is "the". */
export function entityKey(word: string): string {
  const folded = foldWord(word);
  return folded.length === 3 && folded.toLowerCase() === 'the' ? 'the' : folded;
}

/** The case-blind key of a word for the title and anonymous-source indexes. */
export function caselessKey(word: string): string {
  return foldWord(word).toLowerCase();
}

/** Whether a word is "the" in any case. */
export function isThe(word: string | undefined): boolean {
  return word !== undefined && word.length === 3 && word.toLowerCase() === 'the';
}

/**
 * The spellings a name is indexed under, as word lists: the name itself; with its first word
 * capitalised when it starts in lower case ("al-Qaeda" -> "Al-Qaeda" at a sentence start); and
 * "Saint" written "St." or "St" ("St. Lucia"). Diacritics are left to the keys.
 */
export function nameVariants(name: string): string[][] {
  const words = phraseWords(name);
  const first = words[0] ?? '';
  const initial = first.charAt(0);
  const upper = initial.toUpperCase();
  const saint = words.includes('Saint');
  if (upper === initial && !saint) return [words];
  const variants: string[][] = [words];
  if (upper !== initial && first !== 'the') variants.push([upper + first.slice(1), ...words.slice(1)]);
  if (saint) for (const short of ['St.', 'St']) variants.push(words.map((w) => (w === 'Saint' ? short : w)));
  return variants;
}

/**
 * Acronyms the article defines: "Pakistan Tehreek-e-Insaf (PTI)". The text's own definition beats
 * the lexicon (where PTI is the Press Trust of India), and every later "PTI" is the same actor.
 * The long form is matched to the acronym by initials, after Schwartz and Hearst (2003, "A simple
 * algorithm for identifying abbreviation definitions in biomedical text"): written by hand because
 * no maintained JavaScript library does this on our tokens.
 */
import { type ActorContext, type Found, isCapitalised, knownAt, nameFound } from './context.js';
import { ORGANIZATION_HEADS } from './nouns.js';
import { NAME_CONNECTORS, NOT_NAMES } from './rules.js';

/** An acronym and the words it stands for, [first, last] (the long form). */
export interface AcronymDefinition {
  acronym: string;
  first: number;
  last: number;
}

/** Two to eight letters, at least two of them capitals: "PTI", "FDLR", "DoD", "MONUSCO". */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&]{1,7}$/;
/**
 * Last words of defined names that are measures, laws, programmes or diseases, not actors.
 * Written by the dateline developers from economic and legal news, 2026-11-25.
 */
const NOT_ACTOR_HEADS: ReadonlySet<string> = new Set(
  'Index Product Rate Rates Act Bill Law Treaty Agreement Accord Program Programme Plan Scheme System Initiative Virus Syndrome Disease Deficit Surplus Ratio Standard Standards Protocol'.split(
    ' ',
  ),
);

/** The longest long form looked at, in words (connectors included). */
const MAX_LONG_FORM = 12;

/** The definitions in the text, by the index of the long form's first word. */
export function findAcronyms(ctx: ActorContext): Map<number, AcronymDefinition> {
  const out = new Map<number, AcronymDefinition>();
  for (let i = 2; i + 1 < ctx.words.length; i++) {
    if (ctx.words[i - 1] !== '(' || ctx.words[i + 1] !== ')') continue;
    const acronym = ctx.words[i]!;
    if (!ACRONYM.test(acronym)) continue;
    const first = longFormStart(ctx, i - 2, acronym);
    if (first !== undefined) out.set(first, { acronym, first, last: i - 2 });
  }
  return out;
}

/** The first word of the long form ending at `last` that the acronym's capitals spell. */
function longFormStart(ctx: ActorContext, last: number, acronym: string): number | undefined {
  const letters = acronym.replace(/[^A-Z]/g, '').toLowerCase();
  const words: number[] = [];
  for (let j = last; j >= 0 && last - j < MAX_LONG_FORM; j--) {
    const word = ctx.words[j]!;
    if (ctx.tokens[j]!.kind !== 'word') break;
    if (!isCapitalised(word) && !NAME_CONNECTORS.has(word)) break;
    words.unshift(j);
    if (ctx.sentenceStart[j]) break;
  }
  // The shortest run of capitalised words that spells the acronym in order, else (for names
  // translated from another language, "Democratic Forces for the Liberation of Rwanda (FDLR)")
  // the whole run when every capital of the acronym starts one of its words.
  for (let k = words.length - 1; k >= 0; k--) {
    if (!isCapitalised(ctx.words[words[k]!]!)) continue;
    if (spells(letters, initialsOf(ctx, words.slice(k)))) return nameStart(ctx, words, k);
  }
  // Never across "and" ("Uganda and the Democratic Forces for the Liberation of Rwanda (FDLR)").
  const and = words.findLastIndex((j) => ctx.words[j] === 'and');
  const capitalised = words
    .slice(and + 1)
    .filter((j) => isCapitalised(ctx.words[j]!) && !NOT_NAMES.has(ctx.words[j]!));
  if (capitalised.length < 2) return undefined;
  const initials = new Set(capitalised.flatMap((j) => initialsOf(ctx, [j]).map((x) => x.letter)));
  return [...letters].every((c) => initials.has(c)) ? capitalised[0] : undefined;
}

/**
 * The long form with the capitalised words right before it that the acronym leaves out: a
 * country or demonym ("Veldanian Rural Democratic Forum (RDF)") is part of the name as written.
 */
function nameStart(ctx: ActorContext, words: readonly number[], k: number): number {
  let start = k;
  while (
    start > 0 &&
    isCapitalised(ctx.words[words[start - 1]!]!) &&
    !NOT_NAMES.has(ctx.words[words[start - 1]!]!)
  )
    start--;
  return words[start]!;
}

interface Initial {
  letter: string;
  /** A connector's ("of"): an acronym may spell it or not. */
  optional: boolean;
}

/** A word's initials: each capitalised part ("Tehreek-e-Insaf": t, i), connectors optional. */
function initialsOf(ctx: ActorContext, indexes: readonly number[]): Initial[] {
  return indexes.flatMap((j): Initial[] => {
    const word = ctx.words[j]!;
    if (NAME_CONNECTORS.has(word)) return [{ letter: word[0]!, optional: true }];
    return word
      .split(/[-\s]/)
      .filter((part) => isCapitalised(part))
      .map((part) => ({ letter: part[0]!.toLowerCase(), optional: false }));
  });
}

/** Whether the letters are the initials in order, each required initial used. */
function spells(letters: string, initials: readonly Initial[]): boolean {
  const match = (l: number, k: number): boolean => {
    if (k === initials.length) return l === letters.length;
    const initial = initials[k]!;
    if (l < letters.length && letters[l] === initial.letter && match(l + 1, k + 1)) return true;
    return initial.optional && match(l, k + 1);
  };
  return match(0, 0);
}

/**
 * The long form of a definition as an organisation, when the lexicon does not know it whole:
 * its country from a country name or demonym opening it, its sector from a head word.
 */
export function longFormFound(ctx: ActorContext, definition: AcronymDefinition): Found | undefined {
  const { first, last } = definition;
  if (knownAt(ctx, first)?.length === last - first + 1) return undefined;
  // "the Consumer Price Index (CPI)", "Gross Domestic Product (GDP)": defined, but no actor.
  if (NOT_ACTOR_HEADS.has(ctx.words[last]!)) return undefined;
  const found = nameFound(ctx, first, last, 'acronym-definition', 'organization', 'org');
  const opening = knownAt(ctx, first);
  const country =
    opening?.actor.kind === 'country' ? opening.actor.country : ctx.lexicon.demonym(ctx.words[first]!);
  if (country !== undefined) found.country = country;
  for (let j = first; j <= last; j++) {
    const sector = ORGANIZATION_HEADS.get(ctx.words[j]!);
    if (sector !== undefined) {
      found.sector = sector;
      break;
    }
  }
  return found;
}

/** A later use of a defined acronym: the same actor as its long form. */
export function acronymFound(ctx: ActorContext, i: number, longForm: Found): Found {
  const found: Found = {
    ...longForm,
    span: [ctx.tokens[i]!.start, ctx.tokens[i]!.end],
    rule: 'acronym',
    surface: ctx.words[i]!,
    first: i,
    last: i,
  };
  delete found.role;
  delete found.affiliation;
  return found;
}

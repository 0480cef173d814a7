/**
 * Roles from context: a title before a name ("U.S. Secretary of State John Kerry") and an
 * appositive after it ("Fyodor Lukyanov, editor-in-chief of the journal Russia in Global
 * Affairs, said").
 */
import type { Sector } from '../types.js';
import { type ActorContext, demonymAt, demonymLength, knownAt } from './context.js';
import type { KnownTitle } from './lexicon.js';
import { ORGANIZATION_HEADS, ROLE_NOUNS, WORKPLACE_SECTORS } from './nouns.js';

/** A title found before a name. */
export interface TitleBefore {
  /** First token of the title (or of the demonym before it). */
  first: number;
  /** First token after the title: where the name starts. */
  nameStart: number;
  role?: string;
  sector?: Sector;
  country?: string;
}

/** The title starting at word `i` (after an optional demonym or country), if a name follows. */
export function titleAt(ctx: ActorContext, i: number): TitleBefore | undefined {
  const { words, lexicon } = ctx;
  let j = i;
  let country = demonymAt(ctx, j);
  if (country !== undefined) j += demonymLength(ctx, j);
  const found = lexicon.titleAt(words, j);
  if (found === undefined) return undefined;
  const { title } = found;
  const out: TitleBefore = { first: i, nameStart: j + found.length };
  if (title.role) out.role = title.role;
  if (title.sector) out.sector = title.sector;
  if (country === undefined && title.honorific) country = undefined;
  if (country !== undefined) out.country = country;
  return out;
}

/** A role noun ("spokesman", "fellow"), from the actor rules or the gazetteer's titles. */
export function roleNounOf(ctx: ActorContext, word: string): KnownTitle | undefined {
  const lower = word.toLowerCase();
  if (ROLE_NOUNS.has(lower)) {
    const sector = ROLE_NOUNS.get(lower);
    return { role: lower, honorific: false, ...(sector ? { sector } : {}) };
  }
  return ctx.lexicon.roleNoun(lower);
}

/** An appositive's role and affiliation, and the country it gives. */
export interface Appositive {
  role: string;
  affiliation?: string;
  country?: string;
  sector?: Sector;
  /** Last token of the appositive. */
  last: number;
}

/** Words an appositive may take before its closing comma or the sentence end. */
const MAX_APPOSITIVE = 16;
/** Words a role takes up to its noun: "the group's deputy foreign minister". */
const MAX_ROLE_WORDS = 5;
/** A relative clause is no role: "Caucasus, a region where militants ...". */
const RELATIVES: ReadonlySet<string> = new Set(['where', 'which', 'who', 'whose', 'that', 'when', 'whom']);
/** Prepositions that start an affiliation: "editor of the journal ...". */
const AFFILIATION_WORDS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'with', 'in']);

/**
 * ", a role (of|at affiliation)," right after a name: the role is the words up to and including
 * the last role noun; the affiliation, what follows its preposition.
 */
export function appositiveAfter(ctx: ActorContext, last: number): Appositive | undefined {
  const { words } = ctx;
  if (words[last + 1] !== ',') return undefined;
  let end = last + 2;
  while (end < words.length && end - last < MAX_APPOSITIVE && !/^[,.;:()"“”]$/.test(words[end]!)) end++;
  let roleEnd = -1;
  let sector: Sector | undefined;
  let country: string | undefined;
  let roleStart = last + 2;
  if (/^(?:a|an|the)$/i.test(words[roleStart] ?? '')) roleStart++;
  for (let j = roleStart; j < end; j++) {
    const word = words[j]!;
    if (RELATIVES.has(word)) break;
    const noun = j - roleStart < MAX_ROLE_WORDS ? roleNounOf(ctx, word) : undefined;
    if (noun !== undefined) {
      roleEnd = j;
      sector ??= noun.sector;
    } else if (roleEnd >= 0 && AFFILIATION_WORDS.has(word)) break;
    country ??= demonymAt(ctx, j);
  }
  if (roleEnd < 0) return undefined;
  const role = ctx.text.slice(ctx.tokens[roleStart]!.start, ctx.tokens[roleEnd]!.end).replace(/\s+/g, ' ');
  const out: Appositive = { role: role.toLowerCase(), last: end - 1 };
  if (roleEnd + 2 < end && AFFILIATION_WORDS.has(words[roleEnd + 1]!)) {
    out.affiliation = ctx.text.slice(ctx.tokens[roleEnd + 2]!.start, ctx.tokens[end - 1]!.end);
    const known = affiliationActor(ctx, roleEnd + 2, end);
    country ??= known?.country;
    // "an analyst at Kyiv Energy Policy Institute": a workplace's sector is the person's, not
    // that of a capital inside its name.
    const role = words[roleEnd]!;
    if (WORKPLACE_SECTORS.has(role.toLowerCase()))
      sector ??= workplaceSector(ctx, roleEnd + 2, end - 1, role);
    sector ??= known?.sector;
  }
  if (country !== undefined) out.country = country;
  if (sector !== undefined) out.sector = sector;
  return out;
}

function affiliationActor(
  ctx: ActorContext,
  from: number,
  to: number,
): { country?: string; sector?: Sector } | undefined {
  for (let j = from; j < to; j++) {
    const known = knownAt(ctx, j);
    if (known !== undefined) return known.actor;
  }
  return undefined;
}

/**
 * The sector of a workplace named at first..last: its first head word's ("International
 * Institute for Strategic Studies": EDU), else what the role works at ("an analyst at": BUS).
 */
export function workplaceSector(
  ctx: ActorContext,
  first: number,
  last: number,
  role: string,
): Sector | undefined {
  for (let j = first; j <= last; j++) {
    const sector = ORGANIZATION_HEADS.get(ctx.words[j]!);
    if (sector !== undefined) return sector;
  }
  return WORKPLACE_SECTORS.get(role.toLowerCase());
}

/**
 * Actors named by what they are rather than by name: a country's body ("Russian troops", "the
 * Chinese foreign ministry") and a person introduced by their role ("ministry spokeswoman Lea
 * Varga", "his Serbian counterpart, Ivica Dacic").
 */

import type { Sector } from '../types.js';
import {
  type ActorContext,
  demonymAt,
  type Found,
  isCapitalised,
  nameFound,
  spanOf,
  textOf,
} from './context.js';
import { hasHead, nameRunAt } from './names.js';
import { BARE_BODIES, BODY_HEADS, NATIONAL_BODIES, ORGANIZATION_NOUNS } from './nouns.js';
import { roleNounOf, workplaceSector } from './roles.js';
import { DETERMINERS } from './rules.js';

/** Bodies that are one actor however they are called: troops, soldiers and forces are the armed forces. */
const SAME_BODY: ReadonlyMap<string, string> = new Map([
  ['forces', 'armed forces'],
  ['troops', 'armed forces'],
  ['soldiers', 'armed forces'],
  ['military', 'armed forces'],
  ['army', 'armed forces'],
]);

/** The body named right after a country mention (`country.last`), as one organisation mention. */
export function nationalBodyAfter(ctx: ActorContext, country: Found): Found | undefined {
  const code = country.country;
  if (code === undefined) return undefined;
  // "Brazil's foreign ministry": the possessive joins them too, but the country keeps its mention.
  const possessive = ctx.words[country.last + 1] === "'s" || ctx.words[country.last + 1] === '’s';
  const first = country.last + 1 + (possessive ? 1 : 0);
  const last = bodyEnd(ctx, first);
  if (last === undefined || headedBy(ctx, last)) return undefined;
  const phrase = ctx.words
    .slice(first, last + 1)
    .join(' ')
    .toLowerCase();
  const body = SAME_BODY.get(phrase) ?? phrase;
  const head = NATIONAL_BODIES.get(phrase) ?? NATIONAL_BODIES.get(ctx.words[last]!.toLowerCase())!;
  const from = possessive ? first : country.first;
  return {
    span: [ctx.tokens[from]!.start, ctx.tokens[last]!.end],
    rule: 'national-body',
    kind: 'organization',
    name: `${country.surface} ${body}`,
    surface: textOf(ctx, from, last),
    key: `body:${body}:${code}`,
    country: code,
    sector: head,
    first: from,
    last,
  };
}

/**
 * "Philippine military chief General Romeo Brawner": the body and a word for its head, before a
 * name, are that person's role; the demonym stays a mention of the country.
 */
function headedBy(ctx: ActorContext, last: number): boolean {
  return BODY_HEADS.has(ctx.words[last + 1] ?? '') && isCapitalised(ctx.words[last + 2] ?? '');
}

/**
 * The last word of a body named from word `first`: a body noun ("troops", "air force"), maybe
 * after up to two lower-case words ("commerce ministry", "state media"); undefined when none.
 */
function bodyEnd(ctx: ActorContext, first: number): number | undefined {
  for (let last = first; last < Math.min(ctx.words.length, first + 3); last++) {
    const word = ctx.words[last]!.toLowerCase();
    const pair = last > first ? `${ctx.words[last - 1]!.toLowerCase()} ${word}` : '';
    if (NATIONAL_BODIES.has(pair) || NATIONAL_BODIES.has(word)) return last;
    if (!/^[a-z][a-z-]*$/i.test(word) || STOP.has(word) || /(?:ed|ing|ly)$/.test(word)) return undefined;
  }
  return undefined;
}

/**
 * "spokeswoman Lea Varga": a lower-case role noun before a name. The role takes the lower-case
 * words before the noun ("antitrust chief"); a body or country mentioned right before gives the
 * person's country and sector ("Kremlin spokesman Dmitry Peskov").
 */
export function roleNameAt(ctx: ActorContext, i: number, before: Found | undefined): Found | undefined {
  const next = ctx.words[i + 1];
  if (next === undefined || !isCapitalised(next)) return undefined;
  const noun = roleNounOf(ctx, ctx.words[i]!);
  if (noun === undefined) return undefined;
  // "military chief Gen. Romeo Brawner": the title between the role and the name is not the name.
  const nameStart = ctx.lexicon.titleAt(ctx.words, i + 1)?.length ?? 0;
  const run = nameRunAt(ctx, i + 1 + nameStart);
  if (run === undefined || run.first !== i + 1 + nameStart || ctx.sentenceStart[i + 1]) return undefined;
  let roleStart = i;
  while (roleStart > i - 3 && roleStart > 0 && isRoleModifier(ctx, roleStart - 1, before)) roleStart--;
  const found = nameFound(ctx, run.first, run.last, 'role-name', 'person', 'person');
  found.role = textOf(ctx, roleStart, i).toLowerCase();
  const adjacent = before !== undefined && before.last === roleStart - 1 ? before : undefined;
  const country = adjacent?.country ?? demonymAt(ctx, roleStart - 1);
  if (country !== undefined) found.country = country;
  const sector =
    noun.sector ??
    bodySectorIn(ctx, roleStart, i) ??
    (adjacent?.kind === 'country' ? 'GOV' : adjacent?.sector);
  if (sector !== undefined) found.sector = sector;
  if (adjacent !== undefined && adjacent.kind !== 'country') found.affiliation = adjacent.name;
  return found;
}

/** The sector of a body named inside a role: MIL for "military chief", COP for "police commander". */
function bodySectorIn(ctx: ActorContext, first: number, last: number): Sector | undefined {
  for (let j = first; j < last; j++) {
    const sector = NATIONAL_BODIES.get(ctx.words[j]!.toLowerCase());
    if (sector !== undefined) return sector;
  }
  return undefined;
}

/** A lower-case word that belongs to the role before a name: "antitrust" in "antitrust chief". */
function isRoleModifier(ctx: ActorContext, j: number, before: Found | undefined): boolean {
  const word = ctx.words[j]!;
  if (before !== undefined && j <= before.last) return false;
  if (DETERMINERS.has(word) || isCapitalised(word) || ctx.tokens[j]!.kind !== 'word') return false;
  return /^[a-z][a-z-]+$/.test(word) && !/(?:ed|ing|ly)$/.test(word) && !STOP.has(word);
}

const STOP: ReadonlySet<string> = new Set(
  'and or but of to in on at for with by from as said says told his her their its our your my this that these those who which'.split(
    ' ',
  ),
);

/** "counterpart, Ivica Dacic": a name right after a role noun and a comma. */
export function roleBeforeComma(
  ctx: ActorContext,
  first: number,
): { role: string; country?: string } | undefined {
  if (ctx.words[first - 1] !== ',') return undefined;
  const word = ctx.words[first - 2];
  if (word === undefined || roleNounOf(ctx, word) === undefined) return undefined;
  const country = demonymAt(ctx, first - 3);
  return { role: word.toLowerCase(), ...(country ? { country } : {}) };
}

const BARE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...BARE_BODIES].map((phrase) => phrase.split(' ')[0]!),
);

/** "clashed with police", "the junta": a body every state has, named bare; the home country's. */
export function bareBodyAt(ctx: ActorContext, i: number): Found | undefined {
  const word = ctx.words[i]!;
  // "Air force spokesman ...": a sentence's first word is capitalised for the sentence only.
  const first = ctx.sentenceStart[i] ? word.charAt(0).toLowerCase() + word.slice(1) : word;
  if (!BARE_FIRST_WORDS.has(first)) return undefined;
  for (let length = 2; length >= 1; length--) {
    const last = i + length - 1;
    if (last >= ctx.words.length) continue;
    const phrase = [first, ...ctx.words.slice(i + 1, last + 1)].join(' ');
    if (!BARE_BODIES.has(phrase)) continue;
    if (demonymAt(ctx, i - 1) !== undefined) return undefined;
    const body = SAME_BODY.get(phrase) ?? phrase;
    return {
      span: spanOf(ctx, i, last),
      rule: 'national-body',
      kind: 'organization',
      name: body,
      surface: phrase,
      key: `body:${body}:home`,
      sector: NATIONAL_BODIES.get(phrase)!,
      first: i,
      last,
    };
  }
  return undefined;
}

/**
 * A name an organisation noun sits beside: "energy company Ukrenergo", "the Northern Ledger
 * newspaper", "NetBlocks, an internet monitoring group,". The sector the noun suggests, or null.
 */
export function organizationNounBeside(
  ctx: ActorContext,
  first: number,
  last: number,
): { sector?: Sector } | undefined {
  const before = ctx.words[first - 1];
  const after = ctx.words[last + 1];
  for (const word of [before, after]) {
    if (word !== undefined && ORGANIZATION_NOUNS.has(word)) {
      const sector = ORGANIZATION_NOUNS.get(word);
      return sector ? { sector } : {};
    }
  }
  if (after !== ',') return undefined;
  let j = last + 2;
  if (/^(?:a|an|the)$/.test(ctx.words[j] ?? '')) j++;
  for (let k = j; k < Math.min(ctx.words.length, j + 5); k++) {
    const word = ctx.words[k]!;
    if (ORGANIZATION_NOUNS.has(word)) {
      const sector = ORGANIZATION_NOUNS.get(word);
      return sector ? { sector } : {};
    }
    if (!/^[a-z][a-z-]*$/.test(word) && demonymAt(ctx, k) === undefined) return undefined;
  }
  return undefined;
}

/**
 * "an analyst at Mainbrucke Securities", "a political scientist at Sciences Po", "founder of
 * Pennant Estates": the name after a role noun and "at" or "with" (or "of", when the name has an
 * organisation head) is the organisation the person works for.
 */
export function workplaceAt(ctx: ActorContext, first: number, last: number): Found | undefined {
  const k = ctx.words[first - 1] === 'the' ? first - 2 : first - 1;
  const preposition = ctx.words[k];
  const role = ctx.words[k - 1];
  if (preposition === undefined || role === undefined || roleNounOf(ctx, role) === undefined)
    return undefined;
  // "an analyst at Mainbrucke Securities"; after "with" or "of" only a name with a head word
  // ("a lawyer with the Civil Liberties Union"), not "the minister with Jean Dupont".
  const headed = hasHead(ctx, first, last);
  if (!(preposition === 'at' || ((preposition === 'with' || preposition === 'of') && headed)))
    return undefined;
  const found = nameFound(ctx, first, last, 'workplace', 'organization', 'org');
  const sector = workplaceSector(ctx, first, last, role);
  if (sector !== undefined) found.sector = sector;
  return found;
}

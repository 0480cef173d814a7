/**
 * People named with what the text says of them: a title inside a capitalised run, an
 * appositive after the name, and what the lexicon knows of a full name.
 */
import { type ActorContext, demonymAt, type Found, isCapitalised, nameFound, textOf } from './context.js';
import { possessiveCountry } from './countries.js';
import { appositiveAfter, roleNounOf } from './roles.js';

/**
 * A title inside a capitalised run: "Commission President Omar Touray", "Japanese Chief Cabinet
 * Secretary Hirokazu Matsuno", "U.S. District Judge Marisol Trevino". The person is the words
 * after the title; the words before it give the country or the affiliation.
 */
export function titleInside(ctx: ActorContext, run: { first: number; last: number }): Found | undefined {
  for (let j = run.first; j < run.last; j++) {
    const title = ctx.lexicon.titleAt(ctx.words, j);
    const length = title?.length ?? (roleNounOf(ctx, ctx.words[j]!) !== undefined ? 1 : 0);
    if (length === 0 || title?.title.honorific) continue;
    const nameStart = j + length;
    if (nameStart > run.last || nameStart - run.first > 5) return undefined;
    if (!isCapitalised(ctx.words[nameStart]!) || ctx.lexicon.titleAt(ctx.words, nameStart)) continue;
    const found = nameFound(ctx, nameStart, run.last, 'title-name', 'person', 'person');
    found.role = textOf(ctx, run.first, nameStart - 1).toLowerCase();
    const sector = title?.title.sector ?? roleNounOf(ctx, ctx.words[j]!)?.sector;
    if (sector) found.sector = sector;
    const country = demonymAt(ctx, run.first) ?? possessiveCountry(ctx, run.first);
    if (country !== undefined) found.country = country;
    else if (j > run.first) found.affiliation = textOf(ctx, run.first, j - 1);
    withKnownPerson(ctx, found);
    withAppositive(ctx, found);
    return found;
  }
  return undefined;
}

/** Country, sector and role of a person the lexicon knows by this full name. */
export function withKnownPerson(ctx: ActorContext, found: Found): void {
  const known = ctx.lexicon.person(found.name, ctx.published);
  if (known === undefined) return;
  found.key = known.id;
  found.name = known.name;
  // The office the gazetteer dates beats what a generic title suggests: "President Charles
  // Michel" in 2023 is the European Council's president (EU, IGO), not a head of state.
  if (known.country) found.country = known.country;
  if (known.sector) found.sector = known.sector;
  if (known.role) found.role ??= known.role;
}

/** Adds what an appositive says; true when there was one. */
export function withAppositive(ctx: ActorContext, found: Found): boolean {
  const appositive = appositiveAfter(ctx, found.last);
  if (appositive === undefined) return false;
  found.role ??= appositive.role;
  if (appositive.affiliation) found.affiliation ??= appositive.affiliation;
  if (appositive.country) found.country ??= appositive.country;
  if (appositive.sector) found.sector ??= appositive.sector;
  if (found.rule === 'name-shape' || found.rule === 'surname') found.rule = 'name-appositive';
  return true;
}

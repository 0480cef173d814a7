/**
 * What a resolver may read besides its own match: the publication date, the tense around the
 * phrase, and the times already found before it (for "the following day" and "a year earlier").
 * Also the one choice every year-less phrase makes: which occurrence the tense points to.
 */
import type { Day } from './calendar.js';
import { sentenceStart, type Tense, tenseAround } from './tense.js';

/** Named groups of a rule's match. */
export type Groups = Readonly<Partial<Record<string, string>>>;

/** A time already resolved, earlier in the text. */
export interface Resolved {
  start: number;
  end: number;
  value: string;
}

export interface ResolveContext {
  /** The publication date; without it, phrases relative to it resolve to nothing. */
  pub: Day | undefined;
  /** The whole text, and where the phrase lies in it. */
  text: string;
  start: number;
  end: number;
  /** Times resolved before this one, in text order. */
  previous: readonly Resolved[];
}

/** The tense around the phrase (computed only by the resolvers that need it). */
export const tenseOf = (ctx: ResolveContext): Tense => tenseAround(ctx.text, ctx.start, ctx.end);

/** Where the phrase's sentence begins. */
export const sentenceOf = (ctx: ResolveContext): number => sentenceStart(ctx.text, ctx.start);

/**
 * Picks the year of a named date, month, season or quarter that has none ("Sept. 15", "in
 * December", "the third quarter") from the year before, of, or after publication, given each
 * one's signed distance from publication (`offset`; undefined when no such date, "Feb. 29"):
 * 1. the tense's direction: past → the latest on or before publication, future → the earliest on
 *    or after it, if that lies within `reach` (news style prints the year of a date further off:
 *    "Oct. 2" in "had warned of delays until Oct. 2", published Oct. 1, is tomorrow);
 * 2. else the nearest ("Dec. 20" in a January story is last month, "Jan. 20" in a September
 *    story the coming one).
 */
export function pickYear(
  pubYear: number,
  offset: (year: number) => number | undefined,
  tense: Tense,
  reach: number,
): number | undefined {
  const years = [pubYear - 1, pubYear, pubYear + 1].filter((y) => offset(y) !== undefined);
  const at = (y: number): number => offset(y) ?? Number.NaN;
  const within = years.filter((y) => Math.abs(at(y)) <= reach);
  if (tense === 'past') {
    const past = within.filter((y) => at(y) <= 0);
    if (past.length > 0) return Math.max(...past);
  } else if (tense === 'future') {
    const future = within.filter((y) => at(y) >= 0);
    if (future.length > 0) return Math.min(...future);
  }
  return years.reduce<number | undefined>(
    (best, y) => (best === undefined || Math.abs(at(y)) < Math.abs(at(best)) ? y : best),
    undefined,
  );
}

/**
 * How far (in the unit's own steps) the tense may reach from publication before the nearest
 * occurrence wins. Chosen from news style (the year is printed beyond about ten months), then
 * checked on the development gold and a sample of real articles; not swept.
 */
export const TENSE_REACH = { days: 300, months: 10, quarters: 3, seasons: 3 } as const;

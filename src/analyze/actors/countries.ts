/** Countries mentioned by a demonym: alone, before a hyphen, or with a possessive before a body. */
import { type ActorContext, type Found, knownAt, spanOf, textOf } from './context.js';

/** "Iran-backed", "U.S.-led", "Russian-speaking": the country before the hyphen is mentioned. */
export function compoundCountry(ctx: ActorContext, i: number): Found | undefined {
  const word = ctx.words[i]!;
  const dash = word.indexOf('-');
  if (dash <= 0 || !/^[a-z]/.test(word.slice(dash + 1))) return undefined;
  const prefix = word.slice(0, dash);
  const known = ctx.lexicon.actorAt([prefix], 0, ctx.published)?.actor;
  const country = known?.kind === 'country' ? known.country : ctx.lexicon.demonym(prefix);
  if (country === undefined) return undefined;
  const start = ctx.tokens[i]!.start;
  return {
    span: [start, start + prefix.length],
    rule: 'demonym',
    kind: 'country',
    name: ctx.lexicon.countryName(country) ?? country,
    surface: prefix,
    key: country,
    country,
    first: i,
    last: i,
  };
}

/** A demonym as a mention of its country: "Russian arms", the "Russian" of a title. */
export function demonymFound(ctx: ActorContext, i: number, last: number, country: string): Found {
  return {
    span: spanOf(ctx, i, last),
    rule: 'demonym',
    kind: 'country',
    name: ctx.lexicon.countryName(country) ?? country,
    surface: textOf(ctx, i, last),
    key: country,
    country,
    first: i,
    last,
  };
}

/** "South Korea's Joint Chiefs of Staff": the country named with a possessive right before. */
export function possessiveCountry(ctx: ActorContext, first: number): string | undefined {
  const mark = ctx.words[first - 1];
  if (mark !== "'s" && mark !== '’s') return undefined;
  for (let k = first - 2; k >= Math.max(0, first - 4); k--) {
    const known = knownAt(ctx, k);
    if (known !== undefined && k + known.length === first - 1 && known.actor.kind === 'country')
      return known.actor.country;
  }
  return undefined;
}

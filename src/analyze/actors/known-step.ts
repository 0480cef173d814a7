/**
 * The step for a phrase the lexicon knows: a country, capital, organisation, person or place,
 * read in its context ("talks in Geneva" is the city, "the government in Canberra" the state,
 * "the Kessel Energy Institute" a longer name).
 */
import {
  type ActorContext,
  type Found,
  isCapitalised,
  type KnownAt,
  knownAt,
  spanOf,
  textOf,
} from './context.js';
import type { KnownActor } from './lexicon.js';
import { nameStep, type Step } from './name-step.js';
import { hasHead, nameRunAt } from './names.js';
import { NATIONAL_BODIES, STATE_VOICES } from './nouns.js';
import { withAppositive } from './people.js';
import { knownPlaceFound } from './places.js';
import { LOCATIVES, PLACE_PREPOSITIONS } from './rules.js';

/** The mention of the known actor at word `i`, or the words it takes without one. */
export function knownStep(
  ctx: ActorContext,
  i: number,
  { actor, length }: KnownAt,
  lower: ReadonlySet<string>,
  prior: Found | undefined,
): Step {
  const last = i + length - 1;
  const previous = ctx.words[i - 1]?.toLowerCase();
  if (actor.geographic) {
    // "Africa Centres for Disease Control": a world region opening a name is part of it.
    const start = /^the$/i.test(ctx.words[i]!) ? i + 1 : i;
    const nextWord = ctx.words[last + 1] ?? '';
    if (!isCapitalised(nextWord) || ctx.sentenceStart[last + 1]) return { next: last + 1 };
    return nameStep(ctx, start, lower, prior);
  }
  // "the Bank of New York", "the New York Democrat": a place inside a longer name is no mention.
  if (actor.kind === 'place' && insideName(ctx, i, last)) {
    // "The Texas Tribune", "the California Public Utilities Commission": the name it opens.
    const start = /^the$/i.test(ctx.words[i]!) ? i + 1 : i;
    return opensName(ctx, last) ? nameStep(ctx, start, lower, prior) : { next: last + 1 };
  }
  // "the Kessel Energy Institute": a capital opening a longer name is part of it ("Moscow Mayor
  // Sergei Sobyanin" keeps the title rule's reading).
  if (actor.capital && opensName(ctx, last))
    return nameStep(ctx, /^the$/i.test(ctx.words[i]!) ? i + 1 : i, lower, prior);
  // "talks in Geneva": a capital after a place preposition is the city, not the state; but "the
  // government in Canberra", "officials in Beijing" are the state's.
  if (
    actor.capital &&
    previous !== undefined &&
    LOCATIVES.has(previous) &&
    !seatOfGovernment(ctx, i, actor)
  ) {
    if (!PLACE_PREPOSITIONS.has(previous)) return { next: last + 1 };
    return { found: knownPlaceFound(ctx, actor, i, last, prior), next: last + 1 };
  }
  if (actor.kind === 'place') return { found: knownPlaceFound(ctx, actor, i, last, prior), next: last + 1 };
  if (actor.ambiguous && !actor.capital && ctx.sentenceStart[i] && length === 1) return { next: last + 1 };
  // "a court in Austin": a surname alone after a place preposition is a place, not the person.
  if (actor.kind === 'person' && length === 1 && previous !== undefined && LOCATIVES.has(previous))
    return { next: last + 1 };
  const found: Found = {
    span: spanOf(ctx, i, last),
    rule: ruleOfKnown(actor),
    kind: actor.kind,
    name: actor.name,
    surface: textOf(ctx, ctx.words[i] === 'the' || ctx.words[i] === 'The' ? Math.min(i + 1, last) : i, last),
    key: actor.id,
    first: i,
    last,
  };
  if (actor.country) found.country = actor.country;
  if (actor.sector) found.sector = actor.sector;
  if (actor.role) found.role = actor.role;
  if (actor.kind === 'person') withAppositive(ctx, found);
  return { found, next: last + 1 };
}

/** "the government in Canberra": a capital after "in" and a body or its officials stands for the state. */
function seatOfGovernment(ctx: ActorContext, i: number, actor: KnownActor): boolean {
  if (actor.kind !== 'country' || ctx.words[i - 1] !== 'in') return false;
  const holder = (ctx.words[i - 2] ?? '').toLowerCase();
  return NATIONAL_BODIES.has(holder) || STATE_VOICES.has(holder);
}

function opensName(ctx: ActorContext, last: number): boolean {
  const next = last + 1;
  if (ctx.sentenceStart[next] || !isCapitalised(ctx.words[next] ?? '')) return false;
  if (ctx.lexicon.titleAt(ctx.words, next) !== undefined || knownAt(ctx, next) !== undefined) return false;
  // Only an organisation's name: "Washington Democrats" stays the state and a group.
  const run = nameRunAt(ctx, next);
  return run !== undefined && hasHead(ctx, run.first, run.last);
}

function insideName(ctx: ActorContext, first: number, last: number): boolean {
  const start = /^the$/i.test(ctx.words[first]!) ? first + 1 : first;
  const after = ctx.words[last + 1] ?? '';
  if (isCapitalised(after) && !ctx.sentenceStart[last + 1]) return true;
  return (
    ctx.words[start - 1] === 'of' &&
    isCapitalised(ctx.words[start - 2] ?? '') &&
    !ctx.sentenceStart[start - 2]
  );
}

function ruleOfKnown(actor: KnownActor): string {
  if (actor.kind === 'person') return 'gazetteer:person';
  if (actor.kind === 'place') return 'gazetteer:place';
  if (actor.capital || (actor.as === 'state' && actor.kind !== 'country'))
    return 'gazetteer:capital-as-state';
  if (actor.kind === 'country') return 'gazetteer:country';
  return 'gazetteer:organization';
}

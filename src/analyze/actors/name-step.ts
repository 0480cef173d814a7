/**
 * The step for a capitalised name the lexicon does not know as a whole: a title inside it, a
 * workplace, an organisation by its head word or a noun beside it, a place, or a person.
 */
import { organizationNounBeside, roleBeforeComma, workplaceAt } from './bodies.js';
import { type ActorContext, demonymAt, demonymLength, type Found, knownAt, nameFound } from './context.js';
import { demonymFound, possessiveCountry } from './countries.js';
import type { KnownActor } from './lexicon.js';
import { classifyName, hasHead, nameRunAt } from './names.js';
import { titleInside, withAppositive, withKnownPerson } from './people.js';
import { namedPlace } from './places.js';
import { LOCATIVES } from './rules.js';

/** A mention found at a word, and the first word after it. */
export type Step = {
  found?: Found;
  /** A mention inside the words before it: the demonym of "Russian Foreign Minister Sergei Lavrov". */
  before?: Found;
  next: number;
};

/** The mention of the capitalised name starting at word `i`; `prior` is the mention before it. */
export function nameStep(
  ctx: ActorContext,
  i: number,
  lower: ReadonlySet<string>,
  prior: Found | undefined,
): Step {
  const run = nameRunAt(ctx, i);
  if (run === undefined) return { next: i + 1 };
  const next = run.last + 1;
  const inner = titleInside(ctx, run);
  if (inner !== undefined) {
    const country = demonymAt(ctx, run.first);
    const last = run.first + demonymLength(ctx, run.first) - 1;
    if (country === undefined || last >= inner.first) return { found: inner, next };
    return { found: inner, before: demonymFound(ctx, run.first, last, country), next };
  }
  // "Republican-controlled House of Representatives": a known name inside a run ends the run.
  let within: string | undefined;
  for (let j = run.first + 1; j <= run.last; j++) {
    const known = knownAt(ctx, j);
    // "the Federal Reserve Bank of New York", "the University of the Philippines": a place or
    // country after "of" is part of an organisation's name, and gives it its country.
    if (known !== undefined && ofPlace(ctx, run.first, j, known.actor)) {
      within ??= known.actor.country;
      continue;
    }
    if (known !== undefined) {
      // "Iranian Foreign Ministry": the demonym before the known name is its country's mention.
      const country = demonymAt(ctx, run.first);
      if (country === undefined || run.first + demonymLength(ctx, run.first) !== j) return { next: j };
      return { found: demonymFound(ctx, run.first, j - 1, country), next: j };
    }
  }
  const workplace = workplaceAt(ctx, run.first, run.last);
  if (workplace) {
    if (within !== undefined) workplace.country = within;
    return { found: workplace, next };
  }
  const noun = organizationNounBeside(ctx, run.first, run.last);
  const shape = noun ? { kind: 'organization' as const, ...noun } : classifyName(ctx, run, lower);
  const place = shape?.kind === 'organization' ? undefined : namedPlace(ctx, run, prior);
  if (place) return { found: place, next };
  if (shape === undefined) return { next };
  if (shape.kind === 'organization') {
    const rule = noun ? 'organization-noun' : 'organization-head';
    const found = nameFound(ctx, run.first, run.last, rule, 'organization', 'org');
    if (shape.sector) found.sector = shape.sector;
    const country = demonymAt(ctx, run.first) ?? possessiveCountry(ctx, run.first) ?? within;
    if (country !== undefined) found.country = country;
    return { found, next };
  }
  const single = shape.kind === 'single';
  // "at Paso Hondo": a name by its shape alone after a place preposition is a place.
  const previous = ctx.words[run.first - 1]?.toLowerCase();
  if (
    shape.kind === 'person' &&
    shape.rule === 'name-shape' &&
    previous !== undefined &&
    LOCATIVES.has(previous)
  )
    return { next };
  const found = single
    ? nameFound(ctx, run.first, run.last, 'surname', 'person', 'single')
    : nameFound(ctx, run.first, run.last, shape.rule, 'person', 'person');
  const introduced = single ? undefined : roleBeforeComma(ctx, run.first);
  if (introduced !== undefined) {
    found.rule = 'role-comma-name';
    found.role = introduced.role;
    if (introduced.country) found.country = introduced.country;
  }
  if (!single) withKnownPerson(ctx, found);
  const appositive = withAppositive(ctx, found);
  // A lone word with a role after it ("Varga, a spokesman,") is a person too.
  if (single && appositive && found.role !== undefined) found.rule = 'name-appositive';
  return { found, next };
}

function ofPlace(ctx: ActorContext, first: number, j: number, actor: KnownActor): boolean {
  if (actor.kind !== 'place' && actor.kind !== 'country') return false;
  const of =
    ctx.words[j - 1] === 'of' ? j - 1 : ctx.words[j - 1] === 'the' && ctx.words[j - 2] === 'of' ? j - 2 : -1;
  return of > first && hasHead(ctx, first, of - 1);
}

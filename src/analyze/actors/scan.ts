/**
 * One pass over the words, left to right, trying at each word the rules in order of how much
 * they know: an anonymous descriptor, a title before a name, a lexicon actor, a demonym, then a
 * capitalised name. The first that matches takes its words.
 */
import { type AcronymDefinition, acronymFound, findAcronyms, longFormFound } from './acronyms.js';
import { anonymousAt, DESCRIPTOR_REACH, nextSourceNoun } from './anonymous.js';
import {
  bareBodyAt,
  nationalBodyAfter,
  organizationNounBeside,
  roleBeforeComma,
  roleNameAt,
  workplaceAt,
} from './bodies.js';
import {
  type ActorContext,
  demonymAt,
  demonymLength,
  type Found,
  isCapitalised,
  type KnownAt,
  knownAt,
  nameFound,
  spanOf,
  textOf,
} from './context.js';
import { compoundCountry, demonymFound, possessiveCountry } from './countries.js';
import type { KnownActor } from './lexicon.js';
import { classifyName, hasHead, lowerCaseWords, nameRunAt } from './names.js';
import { NATIONAL_BODIES, STATE_VOICES } from './nouns.js';
import { titleInside, withAppositive, withKnownPerson } from './people.js';
import { knownPlaceFound, namedPlace } from './places.js';
import { titleAt } from './roles.js';
import { LOCATIVES, PLACE_PREPOSITIONS } from './rules.js';

/** A mention found at a word, and the first word after it. */
type Step = {
  found?: Found;
  /** A mention inside the words before it: the demonym of "Russian Foreign Minister Sergei Lavrov". */
  before?: Found;
  next: number;
};

/** Every mention candidate of the text, in order. */
export function scanMentions(ctx: ActorContext): Found[] {
  const out: Found[] = [];
  const lower = lowerCaseWords(ctx.words);
  const acronyms: Acronyms = { definitions: findAcronyms(ctx), defined: new Map(), byLast: new Map() };
  for (const d of acronyms.definitions.values()) acronyms.byLast.set(d.last, d.acronym);
  let i = 0;
  while (i < ctx.words.length) {
    const step = acronymStep(ctx, i, acronyms) ?? stepAt(ctx, i, lower, out.at(-1));
    const found = step.found && withBody(ctx, step);
    if (step.before) keep(out, step.before);
    if (found) {
      keep(out, found);
      const acronym = acronyms.byLast.get(found.last);
      if (acronym !== undefined && !acronyms.defined.has(acronym)) acronyms.defined.set(acronym, out.at(-1)!);
    }
    i = Math.max(step.next, i + 1);
  }
  return out;
}

/** The text's acronym definitions, and the mention each defined acronym stands for so far. */
interface Acronyms {
  definitions: Map<number, AcronymDefinition>;
  defined: Map<string, Found>;
  /** The acronym of the long form ending at each word. */
  byLast: Map<number, string>;
}

/** A long form the lexicon does not know whole, or a use of an acronym the text defined. */
function acronymStep(ctx: ActorContext, i: number, acronyms: Acronyms): Step | undefined {
  const definition = acronyms.definitions.get(i);
  const longForm = definition && longFormFound(ctx, definition);
  if (longForm) return { found: longForm, next: longForm.last + 1 };
  const defined = acronyms.defined.get(ctx.words[i]!);
  return defined && { found: acronymFound(ctx, i, defined), next: i + 1 };
}

/** A country mention followed by one of its bodies ("Russian troops") is the body. */
function withBody(ctx: ActorContext, step: Step): Found {
  const found = step.found!;
  if (found.kind !== 'country') return found;
  const body = nationalBodyAfter(ctx, found);
  if (body === undefined) return found;
  step.next = body.last + 1;
  // "Brazil's foreign ministry": Brazil stays a mention of its own.
  if (body.first > found.first) step.before = found;
  return body;
}

/**
 * Adds a mention. A body the lexicon knows without a country ("government", "military") takes
 * the country named right before it ("the U.S. government"); alone it names no one for sure.
 */
function keep(out: Found[], found: Found): void {
  const before = out.at(-1);
  const adjacent =
    before?.kind === 'country' && before.last === found.first - 1 && before.country !== undefined;
  const countryless = found.rule === 'gazetteer:organization' && found.country === undefined;
  // "the Nigerian Senate": a national body the lexicon files under one country, named with another.
  const national = found.rule === 'gazetteer:organization' && NATIONAL_SECTORS.has(found.sector ?? 'CIV');
  if (!adjacent || !(countryless || (national && found.country !== before.country))) {
    // A lower-case one alone ("the government") names no one for sure; "Islamic State" does.
    if (!countryless || isCapitalised(found.surface)) out.push(found);
    return;
  }
  out.pop();
  const country = before.country!;
  out.push({
    ...found,
    span: [before.span[0], found.span[1]],
    name: `${before.surface} ${found.surface}`,
    surface: `${before.surface} ${found.surface}`,
    key: `${found.key}:${country}`,
    country,
    first: before.first,
  });
}

/** Sectors of bodies every state has: their country comes from the text before their name. */
const NATIONAL_SECTORS: ReadonlySet<string> = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'COP']);

function stepAt(ctx: ActorContext, i: number, lower: ReadonlySet<string>, before: Found | undefined): Step {
  if (ctx.tokens[i]!.kind !== 'word') return { next: i + 1 };
  const word = ctx.words[i]!;
  const capitalised = isCapitalised(word);
  // Most words are lower case and start nothing: only descriptors and "the Kremlin" do.
  if (mayOpenDescriptor(ctx, i)) {
    const anonymous = anonymousAt(ctx, i);
    if (anonymous) return { found: anonymous, next: anonymous.last + 1 };
  }
  if (!capitalised) {
    const body = bareBodyAt(ctx, i);
    if (body) return { found: body, next: body.last + 1 };
    const introduced = roleNameAt(ctx, i, before);
    if (introduced) {
      withKnownPerson(ctx, introduced);
      return { found: introduced, next: introduced.last + 1 };
    }
    if (word !== 'the') return { next: i + 1 };
  }
  const opening = ctx.sentenceStart[i] ? bareBodyAt(ctx, i) : undefined;
  if (opening) return { found: opening, next: opening.last + 1 };
  const compound = compoundCountry(ctx, i);
  if (compound) return { found: compound, next: i + 1 };
  const titled = titledPerson(ctx, i);
  if (titled) return titled;
  const known = knownAt(ctx, i);
  if (known) return knownStep(ctx, i, known, lower, before);
  if (!capitalised) return { next: i + 1 };
  const country = demonymAt(ctx, i);
  const after = i + demonymLength(ctx, i);
  if (country !== undefined && !isCapitalised(ctx.words[after] ?? ''))
    return demonymStep(ctx, i, after - 1, country);
  return nameStep(ctx, i, lower, before);
}

/** Whether an anonymous descriptor can start here: a source noun is within its reach. */
function mayOpenDescriptor(ctx: ActorContext, i: number): boolean {
  return nextSourceNoun(ctx, i) <= i + DESCRIPTOR_REACH;
}

/** "Foreign Minister Oleg Varga", "Mr. Varga", "U.S. Secretary of State John Kerry". */
function titledPerson(ctx: ActorContext, i: number): Step | undefined {
  const title = titleAt(ctx, i);
  if (title === undefined) return undefined;
  const run = nameRunAt(ctx, title.nameStart);
  if (run === undefined || run.first !== title.nameStart) return undefined;
  const found = nameFound(ctx, run.first, run.last, 'title-name', 'person', 'person');
  if (title.role) found.role = title.role;
  if (title.sector) found.sector = title.sector;
  if (title.country) found.country = title.country;
  withKnownPerson(ctx, found);
  withAppositive(ctx, found);
  const country = demonymAt(ctx, i);
  if (country === undefined) return { found, next: run.last + 1 };
  return { found, before: demonymFound(ctx, i, i + demonymLength(ctx, i) - 1, country), next: run.last + 1 };
}

function knownStep(
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
  if (actor.kind === 'place' && insideName(ctx, i, last)) return { next: last + 1 };
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

function ofPlace(ctx: ActorContext, first: number, j: number, actor: KnownActor): boolean {
  if (actor.kind !== 'place' && actor.kind !== 'country') return false;
  const of =
    ctx.words[j - 1] === 'of' ? j - 1 : ctx.words[j - 1] === 'the' && ctx.words[j - 2] === 'of' ? j - 2 : -1;
  return of > first && hasHead(ctx, first, of - 1);
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

function demonymStep(ctx: ActorContext, i: number, last: number, country: string): Step {
  return { found: demonymFound(ctx, i, last, country), next: last + 1 };
}

function nameStep(ctx: ActorContext, i: number, lower: ReadonlySet<string>, prior: Found | undefined): Step {
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

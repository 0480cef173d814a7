/**
 * One pass over the words, left to right, trying at each word the rules in order of how much
 * they know: an anonymous descriptor, a title before a name, a lexicon actor, a demonym, then a
 * capitalised name. The first that matches takes its words.
 */
import { type AcronymDefinition, acronymFound, findAcronyms, longFormFound } from './acronyms.js';
import { anonymousAt, DESCRIPTOR_REACH, nextSourceNoun } from './anonymous.js';
import { bareBodyAt, nationalBodyAfter, roleNameAt } from './bodies.js';
import {
  type ActorContext,
  demonymAt,
  demonymLength,
  type Found,
  isCapitalised,
  knownAt,
  nameFound,
} from './context.js';
import { compoundCountry, demonymFound } from './countries.js';
import { knownStep } from './known-step.js';
import { nameStep, type Step } from './name-step.js';
import { lowerCaseWords, nameRunAt } from './names.js';
import { withAppositive, withKnownPerson } from './people.js';
import { titleAt } from './roles.js';

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
      // An acronym stands for an organisation, a group or a state, never a name read as a person's.
      if (acronym !== undefined && !acronyms.defined.has(acronym) && found.kind !== 'person')
        acronyms.defined.set(acronym, out.at(-1)!);
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

function demonymStep(ctx: ActorContext, i: number, last: number, country: string): Step {
  return { found: demonymFound(ctx, i, last, country), next: last + 1 };
}

/**
 * One base wire story: a cast (names, places, figures fixed for the story) and paragraphs
 * composed from its topic's templates.
 */
import type { Rng } from './random.js';
import { type Cast, capitalise, fill } from './template.js';
import { CLAUSES, GENERIC_BODY, type Topic } from './topics.js';
import { ANALYST_FIRMS, COUNTRIES, FIRST_NAMES, SURNAMES, WEEKDAYS, type WireAgency } from './world.js';

/** A story as the agency wrote it, before any outlet touches it. */
export interface BaseStory {
  topic: Topic;
  agency: WireAgency;
  cast: Cast;
  headline: string;
  /** Body paragraphs; the first is the lead, without the dateline. */
  paragraphs: string[];
  /** "MOSCOW (Reuters) - ", when the agency prints one. */
  dateline?: string;
  /** The agency's credit line at the end ("(Reporting by ...; Editing by ...)"). */
  tail?: string;
}

function person(rng: Rng): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
}

/** Names, places and days shared by every topic. */
function genericCast(rng: Rng, agency: WireAgency): Map<string, string> {
  const country = rng.pick(COUNTRIES);
  const [capital, ...others] = country.cities;
  const city2 = rng.pick(others);
  const cast = new Map<string, string>([
    ['country', country.name],
    ['demonym', country.demonym],
    ['capital', capital!],
    ['city', rng.chance(0.7) ? capital! : rng.pick(others)],
    ['city2', city2],
    ['currency', country.currency],
    ['leader', person(rng)],
    ['leaderTitle', rng.pick(['President', 'Prime Minister', 'Chancellor'])],
    ['minister', person(rng)],
    ['spokes', person(rng)],
    ['analyst', person(rng)],
    ['firm', rng.pick(ANALYST_FIRMS)],
    ['day', rng.pick(WEEKDAYS)],
    ['day2', rng.pick(WEEKDAYS)],
    ['reporter', person(rng)],
    ['editor', person(rng)],
    ['told', agency.told ?? 'reporters'],
  ]);
  return cast;
}

/** The topic's own choices and figures, filled against the generic cast. */
function topicCast(topic: Topic, generic: Map<string, string>, rng: Rng): Map<string, string> {
  const cast = new Map(generic);
  for (const [name, values] of Object.entries(topic.slots))
    cast.set(name, fill(rng.pick(values), generic, rng));
  for (const [name, [min, max]] of Object.entries(topic.numbers)) cast.set(name, String(rng.int(min, max)));
  return cast;
}

/** A new cast, or a follow-up's: same names and places as the earlier story, new figures and day. */
export function makeCast(topic: Topic, agency: WireAgency, rng: Rng, earlier?: Cast): Cast {
  const cast = topicCast(topic, genericCast(rng, agency), rng);
  if (earlier === undefined) return cast;
  const keep = [
    'country',
    'demonym',
    'capital',
    'city',
    'city2',
    'currency',
    'leader',
    'leaderTitle',
    'minister',
  ];
  for (const name of [...keep, ...Object.keys(topic.slots)]) cast.set(name, earlier.get(name)!);
  return cast;
}

/** A sentence from the template, now and then with a stock clause hung on it. */
function sentence(template: string, cast: Cast, rng: Rng): string {
  const clause = rng.chance(0.45) ? `, ${fill(rng.pick(CLAUSES), cast, rng)}` : '';
  return `${capitalise(fill(template, cast, rng))}${clause}.`;
}

/** A quoted sentence, attributed; the cue names the agency now and then ("told Reuters"). */
function quote(topic: Topic, cast: Cast, rng: Rng): string {
  const words = rng.pick(topic.quotes);
  const who = fill(
    rng.pick([
      '{minister}',
      '{spokes}',
      '{leaderTitle} {leader}',
      '[a resident|one official|an aide] of {city2}',
    ]),
    cast,
    rng,
  );
  const cue = rng.chance(0.3)
    ? `told ${cast.get('told')}`
    : rng.pick(['said', 'said on {day}', 'told reporters']);
  return fill(`"${words}," ${who} ${cue}.`, cast, rng);
}

/** Groups sentences into wire-style paragraphs of one to three sentences. */
function paragraphs(sentences: readonly string[], rng: Rng): string[] {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const n = rng.pick([1, 1, 2, 2, 2, 3]);
    out.push(sentences.slice(i, i + n).join(' '));
    i += n;
  }
  return out;
}

function dateline(agency: WireAgency, cast: Cast): string | undefined {
  const city = cast.get('city')!;
  return agency.dateline?.replace('{CITY}', city.toUpperCase()).replace('{City}', city);
}

/** Composes a base story on the topic; a follow-up passes the earlier story's cast. */
export function composeStory(topic: Topic, agency: WireAgency, rng: Rng, earlier?: Cast): BaseStory {
  const cast = makeCast(topic, agency, rng, earlier);
  const body = [
    ...rng.sample(topic.body, rng.int(topic.body.length - 3, topic.body.length)),
    ...rng.sample(GENERIC_BODY, rng.int(6, 12)),
  ];
  const order = rng.shuffle(body);
  const sentences = order.map((t) => sentence(t, cast, rng));
  for (let q = rng.int(2, 3); q > 0; q--)
    sentences.splice(rng.int(1, sentences.length), 0, quote(topic, cast, rng));
  const lead = sentence(rng.pick(topic.leads), cast, rng);
  const story: BaseStory = {
    topic,
    agency,
    cast,
    headline: capitalise(fill(rng.pick(topic.headlines), cast, rng)),
    paragraphs: [lead, ...paragraphs(sentences, rng)],
  };
  const line = dateline(agency, cast);
  if (line !== undefined) story.dateline = line;
  if (agency.tail !== undefined) story.tail = fill(agency.tail, cast, rng);
  return story;
}

/**
 * Places: cities, regions and sites are actors only where they take part in what happens (they
 * are struck, taken, fought over, or act), not where they are only the setting ("talks in
 * Geneva"). Every place mention is found; a mention named only as the setting is marked so, and
 * grouping keeps a place whose mentions are all settings out of the actors.
 */
import { type ActorContext, demonymAt, type Found, foldName, nameFound, spanOf } from './context.js';
import type { KnownActor } from './lexicon.js';
import type { NameRun } from './names.js';
import {
  DETERMINERS,
  FUNCTION_WORDS,
  PLACE_ACTING_NOUNS,
  PLACE_ATTACK_REACH,
  PLACE_ATTACK_WORDS,
  PLACE_NOUNS,
  PLACE_PATH_WORDS,
  PLACE_PREPOSITIONS,
  PLACE_SEIZE_VERBS,
  SPEECH_VERBS,
} from './rules.js';

/** Whether the place at word `i` is attacked or taken, by the words before it in its sentence. */
export function takesPart(ctx: ActorContext, i: number): boolean {
  let path = true;
  for (let j = i - 1; j >= 0 && j >= i - 2 * PLACE_ATTACK_REACH; j--) {
    const word = ctx.words[j]!.toLowerCase();
    const kind = ctx.tokens[j]!.kind;
    // "injuring 20 people in Kyiv": numbers are part of the phrase; other punctuation ends it.
    if (kind !== 'word' && kind !== 'number') return false;
    // "went on strike in Chicago" is a labour strike.
    const attack = PLACE_ATTACK_WORDS.has(word) && ctx.words[j - 1] !== 'on';
    if (attack && i - j <= PLACE_ATTACK_REACH) return true;
    if (PLACE_SEIZE_VERBS.has(word) && path) return true;
    if (kind === 'word' && !PLACE_PATH_WORDS.has(word)) path = false;
    if (ctx.sentenceStart[j]) return false;
  }
  return false;
}

/** The place preposition governing word `i` ("in Goma", "in the town of Sake"), if any. */
function governedByPreposition(ctx: ActorContext, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
    const word = ctx.words[j]!;
    if (PLACE_PREPOSITIONS.has(word.toLowerCase())) return true;
    // "in the French city of Lyon", "in the oil-rich Essequibo region": modifiers between.
    const modifier = /^[a-z][a-z-]*$/.test(word) || demonymAt(ctx, j) !== undefined;
    if (!modifier || (word === 'of' && j < i - 1)) return false;
  }
  return false;
}

/**
 * Whether a place named at first..last is only where something happened: after a place
 * preposition with no attack or capture before it, or a modifier of a noun ("a Michigan rally").
 */
export function isSetting(ctx: ActorContext, first: number, last: number): boolean {
  return (governedByPreposition(ctx, first) && !takesPart(ctx, first)) || modifiesNoun(ctx, first, last);
}

/** Marks a place mention that names only where something happened. */
function asSetting(ctx: ActorContext, found: Found, first: number): Found {
  if (isSetting(ctx, first, found.last)) found.setting = true;
  return found;
}

/** A known place, or a capital after a place preposition as the city rather than the state. */
export function knownPlaceFound(
  ctx: ActorContext,
  actor: KnownActor,
  first: number,
  last: number,
  before: Found | undefined,
): Found {
  const surface = ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end);
  const found: Found = {
    span: spanOf(ctx, first, last),
    rule: actor.kind === 'place' ? 'gazetteer:place' : 'place-located',
    kind: 'place',
    name: actor.kind === 'place' ? actor.name : surface,
    surface,
    key: actor.kind === 'place' ? actor.id : `place:${foldName(surface)}`,
    first,
    last,
  };
  if (actor.country !== undefined) found.country = actor.country;
  if (actor.kind === 'place' && actor.sector !== undefined) found.sector = actor.sector;
  const listed = before?.kind === 'place' && listContinues(ctx, before.last, first, first);
  if (listed && before.setting) found.setting = true;
  return asSetting(ctx, found, first);
}

/**
 * "a Michigan rally", "the Indiana governor": a place before a noun only says where; "a Texas
 * law", "Texas officials said", "Texas sued" have the place act.
 */
function modifiesNoun(ctx: ActorContext, first: number, last: number): boolean {
  // Only after a determiner: "the aggression on Gaza stops" has Gaza as a name, not a modifier.
  const start = /^the$/i.test(ctx.words[first]!) ? first : first - 1;
  const previous = (ctx.words[start] ?? '').toLowerCase();
  if (!DETERMINERS.has(previous) && !/^\d/.test(previous)) return false;
  const next = ctx.words[last + 1] ?? '';
  if (!/^[a-z]+$/.test(next) || FUNCTION_WORDS.has(next) || SPEECH_VERBS.has(next)) return false;
  return !PLACE_ACTING_NOUNS.has(next) && !/ed$/.test(next);
}

function wordAt(ctx: ActorContext, j: number): string {
  return ctx.words[j] ?? '';
}

/** "TV", "BET": a word in capitals is a network or an agency far more often than a place. */
const ACRONYM_WORD = /^[A-Z]{2,}$/;

/**
 * An unknown name as a place: a place noun introduces it ("the town of Sake", "North Kivu
 * province"), a place preposition governs it ("in Goma"), or it continues a list after a place
 * ("Kharkiv, Cherkasy and Lviv"). Undefined when it is none of these.
 */
export function namedPlace(ctx: ActorContext, run: NameRun, before: Found | undefined): Found | undefined {
  const { first, last } = run;
  // "North Kivu province", but not "an Islamic state" (a kind) or "Battleground state Florida".
  const named = !/^an?$/i.test(wordAt(ctx, first - 1)) && !(first === last && ctx.sentenceStart[first]);
  const introduced =
    (wordAt(ctx, first - 1) === 'of' && PLACE_NOUNS.has(wordAt(ctx, first - 2))) ||
    (named && PLACE_NOUNS.has(wordAt(ctx, last + 1)) && wordAt(ctx, last + 1) !== 'state');
  if (!introduced && first === last && ACRONYM_WORD.test(wordAt(ctx, first))) return undefined;
  if (introduced) return asSetting(ctx, nameFound(ctx, first, last, 'place-noun', 'place', 'place'), first);
  const listed = before?.kind === 'place' && listContinues(ctx, before.last, first, last);
  if (listed) {
    const found = nameFound(ctx, first, last, 'place-list', 'place', 'place');
    if (before.setting) found.setting = true;
    return found;
  }
  if (ctx.sentenceStart[first]) return undefined;
  if (PLACE_PREPOSITIONS.has(wordAt(ctx, first - 1).toLowerCase()))
    return asSetting(ctx, nameFound(ctx, first, last, 'place-located', 'place', 'place'), first);
  // "Rebels seized Velka": the object of a capture is a place; "Police captured Juan Alvarez
  // Lopez" is a person, so only a one-word name.
  if (first === last && PLACE_SEIZE_VERBS.has(wordAt(ctx, first - 1).toLowerCase()))
    return nameFound(ctx, first, last, 'place-taken', 'place', 'place');
  return undefined;
}

/**
 * Whether the name at next..last continues a list after a place ending at `end`: after "and",
 * or after a comma when it is one word and the list goes on ("Kharkiv, Cherkasy and Lviv"); not
 * "In Moscow, Fyodor Lukyanov, editor-in-chief ...".
 */
function listContinues(ctx: ActorContext, end: number, next: number, last: number): boolean {
  // At most ", and" between: a place far back continues no list (and is not sliced up to here).
  if (next - end - 1 > 2 || next <= end) return false;
  const between = ctx.words.slice(end + 1, next).join(' ');
  if (between === 'and' || between === ', and') return true;
  const after = ctx.words[last + 1];
  return between === ',' && next === last && (after === ',' || after === 'and');
}

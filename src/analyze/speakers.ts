/**
 * Speakers: each quote's source resolved to an actor. A source that overlaps an actor's mention
 * is that actor; a pronoun is the last person (or, for "they", group) named before it; a quote
 * with no source of its own continues the previous quote's speaker when it follows directly.
 * A source no actor covers becomes an actor of its own, so that every speaker, anonymous ones
 * included, is in the actor list.
 */
import type { Actor, Quote, Span } from './types.js';

const SINGULAR_PRONOUNS = /^(?:he|she|him|her)$/i;
const PLURAL_PRONOUNS = /^(?:they|them|we)$/i;
/** A plural noun in a source phrase ("sources close to the ministry"): then it is a group. */
const PLURAL_NOUN = /\b(?!(?:his|its|this|was|has|hers|theirs|ours)\b)[a-z]{3,}s\b/;
/** A source that names someone: up to four capitalised words ("Dara Quinlan", "Ms. Okafor"). */
const NAME_LIKE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+$/u;
/** Characters between two quotes for the second to continue the first's speaker without a source. */
const CONTINUATION_GAP = 600;

interface MentionIndex {
  start: number;
  end: number;
  actor: Actor;
}

/** Sets `speaker` (and `anonymous`) on every quote it can; adds actors for uncovered sources. */
export function resolveSpeakers(text: string, quotes: Quote[], actors: Actor[]): void {
  const mentions = actors
    .flatMap((actor) => actor.mentions.map(({ span }) => ({ start: span[0], end: span[1], actor })))
    .sort((a, b) => a.start - b.start);
  let previous: Quote | undefined;
  for (const quote of quotes) {
    const actor = speakerOf(text, quote, mentions, actors, previous);
    if (actor !== undefined) {
      quote.speaker = actor.id;
      if (actor.anonymous) quote.anonymous = true;
    }
    previous = quote;
  }
}

function speakerOf(
  text: string,
  quote: Quote,
  mentions: MentionIndex[],
  actors: Actor[],
  previous: Quote | undefined,
): Actor | undefined {
  const source = quote.source[0];
  if (source === undefined) return continued(quote, previous, actors);
  const covering = overlapping(mentions, source);
  if (covering !== undefined) return covering;
  const words = text.slice(source[0], source[1]).trim();
  // "he said" after a quote of someone named is, most often, that speaker again.
  if (SINGULAR_PRONOUNS.test(words))
    return (
      recentSpeaker(quote, previous, actors, (a) => a.kind === 'person' && !a.anonymous) ??
      lastBefore(mentions, source[0], (a) => a.kind === 'person' && !a.anonymous)
    );
  if (PLURAL_PRONOUNS.test(words))
    return lastBefore(mentions, source[0], (a) => a.kind !== 'person' || a.anonymous === true);
  return sourceActor(words, quote, actors, mentions);
}

/** Mentions longer than this are not looked for before a span's start (names are shorter). */
const MAX_MENTION_CHARS = 300;

/** The index of the first mention starting at or after `position` (mentions are sorted by start). */
function firstAtOrAfter(mentions: readonly MentionIndex[], position: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds a mention where its start belongs, keeping the index sorted without sorting it again. */
function insertMention(mentions: MentionIndex[], mention: MentionIndex): void {
  mentions.splice(firstAtOrAfter(mentions, mention.start + 1), 0, mention);
}

/** The actor with the longest mention overlapping the span. */
function overlapping(mentions: readonly MentionIndex[], [start, end]: Span): Actor | undefined {
  let best: MentionIndex | undefined;
  for (let i = firstAtOrAfter(mentions, start - MAX_MENTION_CHARS); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start >= end) break;
    if (m.end <= start) continue;
    if (best === undefined || m.end - m.start > best.end - best.start) best = m;
  }
  return best?.actor;
}

function lastBefore(
  mentions: readonly MentionIndex[],
  position: number,
  wanted: (a: Actor) => boolean,
): Actor | undefined {
  let found: Actor | undefined;
  for (const m of mentions) {
    if (m.start >= position) break;
    if (wanted(m.actor)) found = m.actor;
  }
  return found;
}

/** The previous quote's speaker, when it matches and that quote ended close before this one. */
function recentSpeaker(
  quote: Quote,
  previous: Quote | undefined,
  actors: readonly Actor[],
  wanted: (a: Actor) => boolean,
): Actor | undefined {
  if (previous?.speaker === undefined) return undefined;
  const gap = (quote.content[0]?.[0] ?? 0) - (previous.content.at(-1)?.[1] ?? 0);
  if (gap < -CONTINUATION_GAP || gap > CONTINUATION_GAP) return undefined;
  const actor = actors.find((a) => a.id === previous.speaker);
  return actor !== undefined && wanted(actor) ? actor : undefined;
}

function continued(quote: Quote, previous: Quote | undefined, actors: readonly Actor[]): Actor | undefined {
  if (previous?.speaker === undefined || !quote.direct) return undefined;
  const gap = (quote.content[0]?.[0] ?? 0) - (previous.content.at(-1)?.[1] ?? 0);
  if (gap < 0 || gap > CONTINUATION_GAP) return undefined;
  return actors.find((a) => a.id === previous.speaker);
}

/** An actor the source names by its name or surname ("Norvik Rail", "Brenner"). */
function sameName(words: string, actors: readonly Actor[]): Actor | undefined {
  const parts = words.toLowerCase().split(/\s+/);
  return actors.find((a) => {
    if (a.anonymous || a.kind === 'country') return false;
    const name = a.name.toLowerCase().split(/\s+/);
    if (name.join(' ') === parts.join(' ')) return true;
    return parts.length === 1 && (name.at(-1) === parts[0] || name[0] === parts[0]);
  });
}

/** A new actor for a source no actor covers: anonymous when the quote says so. */
function sourceActor(
  words: string,
  quote: Quote,
  actors: Actor[],
  mentions: MentionIndex[],
): Actor | undefined {
  const source = quote.source[0]!;
  if (!quote.anonymous && !NAME_LIKE.test(words)) return undefined;
  const named = quote.anonymous ? undefined : sameName(words, actors);
  if (named !== undefined) {
    const at = named.mentions.findLastIndex((m) => m.span[0] <= source[0]) + 1;
    named.mentions.splice(at, 0, { span: [source[0], source[1]], rule: 'quote-source' });
    insertMention(mentions, { start: source[0], end: source[1], actor: named });
    return named;
  }
  const plural = PLURAL_NOUN.test(words);
  const actor: Actor = {
    id: `a${actors.length + 1}`,
    name: words.replace(/\s+/g, ' '),
    kind: quote.anonymous && plural ? 'group' : 'person',
    ...(quote.anonymous ? { anonymous: true } : {}),
    mentions: [{ span: [source[0], source[1]], rule: 'quote-source' }],
  };
  actors.push(actor);
  insertMention(mentions, { start: source[0], end: source[1], actor });
  return actor;
}

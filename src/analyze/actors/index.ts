/** Actors: who is in the article, each with all its mentions, its country, sector and role. */
import type { Token } from '../text/index.js';
import type { Actor, Span } from '../types.js';
import { buildContext } from './context.js';
import { groupMentions } from './group.js';
import type { Lexicon } from './lexicon.js';
import { scanMentions } from './scan.js';

export type { KnownActor, KnownTitle, Lexicon, SourceNoun } from './lexicon.js';
export type { ActorRule } from './rules.js';
export { ACTOR_RULES } from './rules.js';

/** Options of findActors. */
export interface FindActorsOptions {
  /** The publication date (ISO): which office holders were in office. */
  published?: string;
}

/** The actors of a text, in order of first mention. */
export function findActors(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Span[],
  lexicon: Lexicon,
  options: FindActorsOptions = {},
): Actor[] {
  const ctx = buildContext(text, tokens, sentences, lexicon, options.published);
  return groupMentions(ctx, scanMentions(ctx));
}

/**
 * analyze: Article -> Analysis. Sentences and tokens first, then dates, actors and quotes, each
 * from its own folder; last, each quote's source is resolved to an actor. Pure and synchronous.
 */
import { defaultLexicon } from './actors/gazetteer-lexicon.js';
import { findActors, type Lexicon } from './actors/index.js';
import { findQuotes } from './quotes/index.js';
import { resolveSpeakers } from './speakers.js';
import { splitSentences, tokenize } from './text/index.js';
import { findTimes } from './times/index.js';
import type { Analysis, AnalysisInput } from './types.js';

export type * from './types.js';

/**
 * The analyzer's version, stored with each analysis: an article analysed by an older version is
 * analysed again. Raise it when rules, the gazetteer or the model change what is found.
 */
export const ANALYZER_VERSION = 'dateline-analyze/2';

/** Options of analyze. */
export interface AnalyzeOptions {
  /** The actor lexicon. @default the shipped gazetteer */
  lexicon?: Lexicon;
}

/** Who is in the text, who said what, and when; every item points into `input.text`. */
export function analyze(input: AnalysisInput, options: AnalyzeOptions = {}): Analysis {
  const text = typeof input.text === 'string' ? input.text : '';
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const published = validDate(input.published);
  const times = findTimes(text, published);
  const lexicon = options.lexicon ?? defaultLexicon();
  const actors = findActors(text, tokens, sentences, lexicon, published ? { published } : {});
  const quotes = findQuotes(text, tokens, sentences);
  resolveSpeakers(text, quotes, actors);
  return { sentences, actors, quotes, times };
}

/** A publication date relative dates can resolve against, or undefined. */
function validDate(published: string | undefined): string | undefined {
  return published !== undefined && /^\d{4}-\d{2}-\d{2}/.test(published) ? published : undefined;
}

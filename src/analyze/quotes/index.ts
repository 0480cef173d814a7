/** Attribution relations (who said what): the quote stage of the analysis. */

export type { AnonymousPattern } from './anonymous.js';
export { ANONYMOUS_SOURCES, isAnonymousSource } from './anonymous.js';
export type { Cue, CueKind } from './cues.js';
export { CUES } from './cues.js';
export type { FindQuotesOptions } from './find.js';
export { findQuotes, TAGGER_RULE } from './find.js';
export type { QuoteRule } from './rules.js';
export { QUOTE_RULES } from './rules.js';

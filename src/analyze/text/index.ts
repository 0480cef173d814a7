/** Tokens, sentences and paragraphs of news prose: the first step of the analysis. */

export type { Abbreviation, AbbreviationClass } from './abbreviations.js';
export { ABBREVIATIONS, SENTENCE_STARTERS } from './abbreviations.js';
export { paragraphs, splitSentences } from './sentences.js';
export type { Token, TokenKind } from './tokenize.js';
export { tokenize } from './tokenize.js';

import { findQuotes } from '../../../src/analyze/quotes/index.js';
import { splitSentences, tokenize } from '../../../src/analyze/text/index.js';
import type { Quote } from '../../../src/analyze/types.js';

/** A quote with its spans as the text they cover. */
export interface ShownQuote {
  source: string[];
  cue: string[];
  content: string[];
  anonymous: boolean;
  direct: boolean;
  rule: string;
}

/** Runs the whole chain (tokens, sentences, quotes) on a text. */
export function quotesOf(text: string): Quote[] {
  const tokens = tokenize(text);
  return findQuotes(text, tokens, splitSentences(text, tokens));
}

/** The quotes of a text with their spans as strings. */
export function show(text: string): ShownQuote[] {
  const cut = (spans: readonly [number, number][]): string[] => spans.map(([s, e]) => text.slice(s, e));
  return quotesOf(text).map((q) => ({
    source: cut(q.source),
    cue: cut(q.cue),
    content: cut(q.content),
    anonymous: q.anonymous,
    direct: q.direct,
    rule: q.rule,
  }));
}

/** The one quote whose cue is `cue`. */
export function byCue(quotes: readonly ShownQuote[], cue: string): ShownQuote {
  const found = quotes.filter((q) => q.cue.join(' ').includes(cue));
  if (found.length !== 1)
    throw new Error(`expected one quote with cue "${cue}", got ${JSON.stringify(quotes)}`);
  return found[0]!;
}

/**
 * How to run a search, decided from the index's vocabulary.
 *
 * - Common words: bm25 gives a word found in more than half the articles no weight (its IDF is
 *   clamped to zero), yet scoring it means reading its positions in every one of them: "the"
 *   costs 80 ms on 100,000 articles where "grain" costs 5. Such words are dropped when the query
 *   has others (they would filter out almost nothing), and a query made only of them is answered
 *   newest first, which needs no scoring at all.
 * - Prefixes: FTS5 merges the postings of every word under a prefix again for each query, and a
 *   snippet is one query per hit, so `govern*` cost 20 merges a page. A prefix that covers a few
 *   words is spelled out as those words (`government OR governor`): the same articles match.
 */
import type { ParsedQuery, Term } from './query.js';
import { toMatch } from './query.js';

/**
 * A word in more than this share of the articles is "common". One half is where bm25's IDF
 * reaches zero; below it the word counts for ranking and stays.
 */
export const COMMON_SHARE = 0.5;
/** Below this many articles every plan is cheap; skip the look-ups. */
export const MIN_ARTICLES_TO_PLAN = 2000;
/** A prefix covering more words than this stays a prefix (an OR of hundreds would cost more). */
export const MAX_EXPANSION = 32;

/** A search ready to run. */
export interface Plan {
  /** The FTS5 MATCH expression. */
  match: string;
  /** bm25 order, or newest first when every word is common. */
  order: 'rank' | 'date';
}

/** What the plan needs to know of the corpus. */
export interface Corpus {
  articles: number;
  /** Articles containing this token (lower case, accents dropped), 0 when unknown. */
  documentsWith(token: string): number;
  /** Up to `limit` indexed tokens starting with this one, in order. */
  tokensStartingWith(prefix: string, limit: number): string[];
}

export function planSearch(parsed: ParsedQuery, corpus: Corpus): Plan {
  if (corpus.articles < MIN_ARTICLES_TO_PLAN) return { match: toMatch(parsed), order: 'rank' };
  const expand = (term: Term): Term[] => expandPrefix(term, corpus);
  const query = {
    groups: parsed.groups.map((group) => group.flatMap(expand)),
    excluded: parsed.excluded.flatMap(expand),
  };
  const isCommon = (group: Term[]): boolean => {
    const token = singleToken(group);
    return token !== undefined && corpus.documentsWith(token) > COMMON_SHARE * corpus.articles;
  };
  const kept = query.groups.filter((group) => !isCommon(group));
  if (kept.length === 0) return { match: toMatch(query), order: 'date' };
  return { match: toMatch({ ...query, groups: kept }), order: 'rank' };
}

/** A prefix term as the words it covers, or unchanged when it covers none or too many. */
function expandPrefix(term: Term, corpus: Corpus): Term[] {
  const token = term.prefix ? foldToken(term.text) : undefined;
  if (token === undefined) return [term];
  const words = corpus.tokensStartingWith(token, MAX_EXPANSION + 1);
  if (words.length === 0 || words.length > MAX_EXPANSION) return [term];
  return words.map((text) => ({ text, phrase: false, prefix: false, negated: term.negated }));
}

/**
 * The index token of a group that is one plain word, folded as the tokenizer folds it
 * (unicode61, remove_diacritics 2); undefined for phrases, prefixes, OR groups and words the
 * tokenizer would split ("U.S."), which are never dropped.
 */
function singleToken(group: Term[]): string | undefined {
  const term = group[0];
  if (group.length !== 1 || term === undefined || term.phrase || term.prefix) return undefined;
  return foldToken(term.text);
}

/** A word folded as the tokenizer folds it, or undefined when the tokenizer would split it. */
function foldToken(text: string): string | undefined {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return /^[\p{L}\p{N}]+$/u.test(folded) ? folded : undefined;
}

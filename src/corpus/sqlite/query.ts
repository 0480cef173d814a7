/**
 * Free text as a user types it, parsed into terms and turned into a safe FTS5 query. Every word
 * and phrase is passed as a quoted FTS5 string, so no input reaches the FTS5 grammar raw:
 * `NEAR(`, `title:`, `^`, a lone quote or a dash are text, never syntax. What a user of a search
 * box expects still works:
 *
 * - words are all required: `grain corridor`
 * - "quoted phrases", and an unclosed quote runs to the end: `"grain corridor`
 * - OR between two words or phrases: `Izmail OR Odesa`
 * - a leading dash or NOT leaves out: `grain -wheat`, `grain NOT "wheat prices"`
 * - a trailing star matches a prefix of at least three letters: `negotiat*`
 * - AND is allowed and means what a space means.
 */
import { StoreError } from './errors.js';

/** More terms than this is not a search but a pasted document; refuse it before FTS5 chews on it. */
export const MAX_TERMS = 64;
/** `a*` would merge the postings of every word starting with "a": seconds on a large corpus. */
export const MIN_PREFIX = 3;

/** One word or phrase of a query. */
export interface Term {
  /** The text, without quotes or star. */
  text: string;
  phrase: boolean;
  prefix: boolean;
  negated: boolean;
}

/** A query as terms: every group is required, a group matches when any of its terms does. */
export interface ParsedQuery {
  groups: Term[][];
  excluded: Term[];
}

type Token = Term | 'OR';

/** Words carry letters or digits; anything else would index to nothing and is dropped. */
const SEARCHABLE = /[\p{L}\p{N}]/u;

/** Parses a user's query; throws StoreError `bad-query` when nothing in it is searchable. */
export function parseQuery(text: string): ParsedQuery {
  // Private-use characters mark the index's facet tokens (facets.ts); user text never reaches them.
  const tokens = tokenize(text.replace(/\p{Co}/gu, ''));
  const terms = tokens.filter((token): token is Term => token !== 'OR');
  if (terms.length > MAX_TERMS) {
    throw new StoreError('bad-query', `the search has ${terms.length} terms; keep it under ${MAX_TERMS}`);
  }
  const short = terms.find((term) => term.prefix && [...term.text].length < MIN_PREFIX);
  if (short !== undefined) {
    throw new StoreError(
      'bad-query',
      `"${short.text}*" is too short: give at least ${MIN_PREFIX} letters before *`,
    );
  }
  const groups = orGroups(tokens.filter((token) => token === 'OR' || !token.negated));
  const excluded = terms.filter((term) => term.negated);
  if (groups.length === 0) {
    const why =
      excluded.length > 0 ? 'only leaves words out: add a word to look for' : 'has no words to look for';
    throw new StoreError('bad-query', `the search "${text}" ${why}`);
  }
  return { groups, excluded };
}

/** The FTS5 MATCH expression of a parsed query. */
export function toMatch(query: ParsedQuery): string {
  const required = query.groups.map((group) =>
    group.length === 1 ? ftsString(group[0]!) : `(${group.map(ftsString).join(' OR ')})`,
  );
  const positive = required.length === 1 ? required[0]! : `(${required.join(' AND ')})`;
  if (query.excluded.length === 0) return positive;
  return `${positive} NOT (${query.excluded.map(ftsString).join(' OR ')})`;
}

/** The FTS5 MATCH expression for a user's query; throws StoreError when nothing in it is searchable. */
export function toFtsQuery(text: string): string {
  return toMatch(parseQuery(text));
}

/** Splits the text into words, phrases and OR; keeps only terms FTS5 can index. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let negateNext = false;
  let i = 0;
  while (i < text.length) {
    if (/\s/u.test(text[i]!)) {
      i++;
      continue;
    }
    const dash = text[i] === '-' && i + 1 < text.length && !/\s/u.test(text[i + 1]!);
    const negated = negateNext || dash;
    if (dash) i++;
    negateNext = false;
    const { raw, phrase, end } = text[i] === '"' ? readPhrase(text, i) : readWord(text, i);
    i = end;
    if (!phrase && !negated && raw === 'OR') tokens.push('OR');
    else if (!phrase && !dash && raw === 'NOT') negateNext = true;
    else if (phrase || raw !== 'AND') {
      const prefix = !phrase && raw.endsWith('*');
      const body = prefix ? raw.replace(/\*+$/u, '') : raw;
      if (SEARCHABLE.test(body)) tokens.push({ text: body, phrase, prefix, negated });
    }
  }
  return tokens;
}

function readPhrase(text: string, start: number): { raw: string; phrase: boolean; end: number } {
  const close = text.indexOf('"', start + 1);
  if (close === -1) return { raw: text.slice(start + 1), phrase: true, end: text.length };
  return { raw: text.slice(start + 1, close), phrase: true, end: close + 1 };
}

function readWord(text: string, start: number): { raw: string; phrase: boolean; end: number } {
  let end = start;
  while (end < text.length && !/\s/u.test(text[end]!) && text[end] !== '"') end++;
  return { raw: text.slice(start, end), phrase: false, end };
}

/** Terms joined by OR become one group; a dangling OR is ignored. */
function orGroups(tokens: Token[]): Term[][] {
  const groups: Term[][] = [];
  let joinNext = false;
  for (const token of tokens) {
    if (token === 'OR') {
      joinNext = groups.length > 0;
      continue;
    }
    const last = groups.at(-1);
    if (joinNext && last) last.push(token);
    else groups.push([token]);
    joinNext = false;
  }
  return groups;
}

/** A term as an FTS5 string: double quotes doubled, a prefix star outside the quotes. */
function ftsString(term: Term): string {
  const quoted = `"${term.text.replaceAll('"', '""')}"`;
  return term.prefix ? `${quoted}*` : quoted;
}

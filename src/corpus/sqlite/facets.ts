/**
 * Filters as index tokens. Each article's `facets` column in the FTS index holds a token per
 * filterable fact: its months and year, language, site name, every suffix of its host, and the
 * words of its authors' names. A filtered search then ANDs those tokens into its MATCH, and
 * FTS5 intersects posting lists instead of looking up every match's row: on 100,000 articles a
 * common word with a date range drops from 30 ms to a few. The tokens are a coarse superset
 * (a month for a day, a word for a name); the exact SQL clauses still run on what they let through.
 *
 * Every token starts with U+E000, a private-use character: unicode61 keeps it inside the token,
 * and the query parser strips it from user text, so user words can never match a facet and
 * need no column filter (which costs a third more on a common word).
 */
import type { SearchQuery } from '../types.js';
import { foldName, hostOf } from './columns.js';

/** The facts of an article that its facet tokens encode. */
export interface FacetSource {
  site: string | null;
  host: string | null;
  lang: string | null;
  authors_key: string;
  date_key: string;
}

/** Beyond this many month and year tokens a date range is left to SQL alone. */
const MAX_DATE_TOKENS = 120;
/** Marks a facet token; see above. */
export const FACET_MARK = '\ue000';

/**
 * The tokens of an article, space-separated. After the mark all are lower-case ASCII letters and
 * digits, so the unicode61 tokenizer keeps each whole; values that are not are hashed.
 */
export function articleFacets(row: FacetSource): string {
  const tokens = new Set<string>();
  const year = row.date_key.slice(0, 4);
  const month = row.date_key.slice(5, 7);
  if (/^\d{4}$/.test(year)) tokens.add(yearToken(year));
  if (/^\d{2}$/.test(month)) tokens.add(monthToken(year, month));
  if (row.lang) tokens.add(langToken(row.lang));
  if (row.site) tokens.add(siteToken(row.site));
  if (row.host) for (const suffix of hostSuffixes(row.host)) tokens.add(hostToken(suffix));
  for (const word of row.authors_key.split(/[\s|]+/u)) if (word !== '') tokens.add(authorToken(word));
  return [...tokens].join(' ');
}

/** The date span of the corpus, for a range open at one end. */
export interface DateSpan {
  min: string;
  max: string;
}

/**
 * The FTS5 expression of a query's filters, to AND with its words; undefined without filters.
 * `since` and `until` are the normalised bounds (see columns.ts).
 */
export function facetFilter(
  query: SearchQuery,
  bounds: { since?: string; until?: string },
  span: () => DateSpan | undefined,
): string | undefined {
  const parts: string[] = [];
  if (query.site !== undefined && query.site.trim() !== '') {
    const site = query.site.trim();
    const host = (site.includes('://') ? hostOf(site) : undefined) ?? site.toLowerCase();
    parts.push(anyOf([siteToken(site), hostToken(host)].map(quoted)));
  }
  if (query.lang !== undefined && query.lang.trim() !== '') parts.push(quoted(langToken(query.lang.trim())));
  const words = query.author === undefined ? [] : foldName(query.author).split(' ').filter(Boolean);
  for (const word of words) parts.push(quoted(authorToken(word)));
  const dates =
    bounds.since !== undefined || bounds.until !== undefined ? dateTokens(bounds, span) : undefined;
  if (dates !== undefined) parts.push(anyOf(dates.map(quoted)));
  return parts.length === 0 ? undefined : `(${parts.join(' AND ')})`;
}

function anyOf(tokens: readonly string[]): string {
  return tokens.length === 1 ? tokens[0]! : `(${tokens.join(' OR ')})`;
}

/** A facet token as an FTS5 string in a MATCH. */
const quoted = (token: string): string => `"${token}"`;

/** Year tokens for whole years inside the range, month tokens for the months at its ends. */
function dateTokens(
  bounds: { since?: string; until?: string },
  span: () => DateSpan | undefined,
): string[] | undefined {
  const corpus = bounds.since === undefined || bounds.until === undefined ? span() : undefined;
  const from = monthOf(bounds.since ?? corpus?.min);
  const to = monthOf(bounds.until ?? corpus?.max);
  if (from === undefined || to === undefined) return undefined;
  if (from[0] * 12 + from[1] > to[0] * 12 + to[1]) return [monthToken('0000', '00')];
  const tokens: string[] = [];
  let [year, month] = from;
  const [lastYear, lastMonth] = to;
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    if (month === 1 && (year < lastYear || lastMonth === 12)) {
      tokens.push(yearToken(String(year)));
      year++;
    } else {
      tokens.push(monthToken(String(year), String(month).padStart(2, '0')));
      [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    }
    if (tokens.length > MAX_DATE_TOKENS) return undefined;
  }
  return tokens;
}

/** The year and month a bound or date key starts with ("2024" counts as January). */
function monthOf(value: string | undefined): [number, number] | undefined {
  const match = value === undefined ? null : /^(\d{4})(?:-(\d{2}))?/.exec(value);
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2] ?? '01')];
}

/** "www.reuters.com" -> "www.reuters.com", "reuters.com", "com". */
function hostSuffixes(host: string): string[] {
  const labels = host.split('.');
  return labels.map((_, i) => labels.slice(i).join('.')).filter(Boolean);
}

function langToken(lang: string): string {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return `${FACET_MARK}la${/^[a-z]{1,8}$/.test(primary) ? primary : hash(primary)}`;
}

const yearToken = (year: string): string => `${FACET_MARK}ye${year}`;
const monthToken = (year: string, month: string): string => `${FACET_MARK}mo${year}${month}`;
const siteToken = (site: string): string => `${FACET_MARK}si${hash(site.toLowerCase())}`;
const hostToken = (host: string): string => `${FACET_MARK}ho${hash(host.toLowerCase())}`;
const authorToken = (word: string): string => `${FACET_MARK}au${hash(word)}`;

/** FNV-1a, 32 bits, in base 36: short, ASCII, and collisions only widen the coarse filter. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

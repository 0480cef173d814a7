/**
 * The indexed columns of an article row, derived from the record: its key, host, a sortable date,
 * folded author names, and the same normalisations applied to search filters so both sides meet.
 */
import type { Article } from '../../article/types.js';
import type { FetchRecord } from '../types.js';
import { StoreError } from './errors.js';

/** The columns of `articles` that savePage writes (ids, hash and timestamps aside). */
export interface ArticleColumns {
  canonical_url: string;
  url: string;
  title: string;
  site: string | null;
  host: string | null;
  published: string | null;
  lang: string | null;
  authors: string;
  authors_key: string;
}

/** The columns of `article_texts`: what the index reads, and the rest of the record. */
export interface TextColumns {
  title: string;
  body: string;
  record: string;
}

/** The rows for an article: its `text` goes to `body`, the rest of the record to `record`. */
export function articleColumns(
  article: Article,
  fetch: FetchRecord,
): { row: ArticleColumns; text: TextColumns } {
  const key = articleKey(article, fetch);
  const { text, ...rest } = article;
  const url = article.url ?? fetch.finalUrl;
  const row: ArticleColumns = {
    canonical_url: key,
    url,
    title: article.title,
    site: article.siteName ?? null,
    // Where it was read, which the canonical link may not say (an AMP page, a syndicated copy).
    host: hostOf(url) ?? hostOf(key) ?? null,
    published: article.published ?? null,
    lang: article.lang ? article.lang.toLowerCase().replaceAll('_', '-') : null,
    authors: JSON.stringify(article.authors),
    authors_key: authorsKey(article.authors),
  };
  return { row, text: { title: article.title, body: text, record: JSON.stringify(rest) } };
}

/**
 * The key an article is stored under: its canonical URL, else where it was read. A canonical link
 * to the site's front page (a common template mistake) would fold every article of the site into
 * one, so it is ignored when the page itself lives deeper.
 */
export function articleKey(article: Article, fetch: FetchRecord): string {
  const read = withoutHash(fetch.finalUrl || fetch.url || article.url || '');
  const canonical = article.canonicalUrl ? withoutHash(article.canonicalUrl) : undefined;
  if (canonical === undefined) return read;
  if (isFrontPage(canonical) && !isFrontPage(read)) return read;
  return canonical;
}

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

function isFrontPage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.pathname === '/' || parsed.pathname === '') && parsed.search === '';
  } catch {
    return false;
  }
}

/** The lower-case host of a URL, or undefined for a file: URL or one that does not parse. */
export function hostOf(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === '' ? undefined : host;
  } catch {
    return undefined;
  }
}

/**
 * A date as the store sorts and filters it: a plain date stays "YYYY-MM-DD", a date-time becomes
 * UTC "YYYY-MM-DDTHH:MM:SS.sssZ" (one without an offset is read as UTC, never as this machine's
 * time). Both sort as strings, and a date sorts before the times of its day.
 */
export function dateKey(iso: string | undefined): string | undefined {
  if (iso === undefined) return undefined;
  const text = iso.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const zoned = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text) ? `${text}Z` : text;
  const time = Date.parse(zoned);
  if (Number.isNaN(time)) return undefined;
  const key = new Date(time).toISOString();
  // Years outside 0000-9999 print as "+012024-..." and would not sort; treat them as no date.
  return /^\d{4}-/.test(key) ? key : undefined;
}

/** The inclusive lower bound for `since`: a year, month or day from its start, or an instant. */
export function sinceBound(since: string): string {
  const period = calendarPeriod(since);
  if (period !== undefined) return since.trim();
  const instant = dateKey(since);
  if (instant === undefined) throw badDate('since', since);
  return instant;
}

/**
 * The upper bound for `until`: a year, month or day includes all of it (the bound is the start of
 * the next period, exclusive); an instant is inclusive.
 */
export function untilBound(until: string): { value: string; inclusive: boolean } {
  const period = calendarPeriod(until);
  if (period !== undefined) return { value: nextPeriod(period), inclusive: false };
  const instant = dateKey(until);
  if (instant === undefined) throw badDate('until', until);
  return { value: instant, inclusive: true };
}

type Period = [year: number, month?: number, day?: number];

function calendarPeriod(text: string): Period | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!match) return undefined;
  const parts = match.slice(1).filter((part) => part !== undefined);
  return parts.map(Number) as Period;
}

function nextPeriod([year, month, day]: Period): string {
  if (month === undefined) return String(year + 1);
  if (day === undefined) return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 7);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

function badDate(name: string, value: string): StoreError {
  return new StoreError(
    'bad-query',
    `${name} "${value}" is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 date-time`,
  );
}

/**
 * A name folded for matching: lower case, accents dropped, punctuation to single spaces
 * ("José O'Neill" -> "jose o neill").
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Every author between bars and spaces, "| amara okafor | li wei |": a search for " okafor "
 * finds whole words of one name, never across two names or inside a longer word.
 */
export function authorsKey(authors: readonly string[]): string {
  const names = authors.map(foldName).filter((name) => name !== '');
  return names.length === 0 ? '' : `| ${names.join(' | ')} |`;
}

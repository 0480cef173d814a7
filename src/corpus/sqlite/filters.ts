/**
 * A search's filters and paging, checked once and normalised as the columns are: SQL clauses
 * that decide exactly, and the bounds the facet tokens narrow by (facets.ts).
 */
import type { SearchQuery } from '../types.js';
import { foldName, hostOf, sinceBound, untilBound } from './columns.js';
import { StoreError } from './errors.js';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 1000;

/** The filters as SQL over `articles a`; the clause names also key the statement cache. */
export const CLAUSES = {
  since: ' AND a.date_key >= @since',
  untilExclusive: ' AND a.date_key < @until',
  untilInclusive: ' AND a.date_key <= @until',
  site: ` AND (a.site = @site COLLATE NOCASE OR a.host = @host OR a.host LIKE @hostSuffix ESCAPE '\\')`,
  lang: ` AND (a.lang = @lang OR a.lang LIKE @langPrefix ESCAPE '\\')`,
  author: ' AND instr(a.authors_key, @author) > 0',
} as const;

export type ClauseName = keyof typeof CLAUSES;

/** A query's filters, ready to bind. */
export interface Filters {
  names: ClauseName[];
  params: Record<string, string | number>;
  /** The normalised date bounds, for the facet tokens. */
  bounds: { since?: string; until?: string };
}

/** The filter clauses a query needs and their parameters; throws StoreError for a bad date or page. */
export function filters(query: SearchQuery): Filters {
  const names: ClauseName[] = [];
  const params: Filters['params'] = { ...paging(query) };
  const bounds: Filters['bounds'] = {};
  if (query.since !== undefined) {
    names.push('since');
    params['since'] = bounds.since = sinceBound(query.since);
  }
  if (query.until !== undefined) {
    const bound = untilBound(query.until);
    names.push(bound.inclusive ? 'untilInclusive' : 'untilExclusive');
    params['until'] = bounds.until = bound.value;
  }
  if (query.site !== undefined && query.site.trim() !== '') {
    const site = query.site.trim();
    const host = (site.includes('://') ? hostOf(site) : undefined) ?? site.toLowerCase();
    names.push('site');
    Object.assign(params, { site, host, hostSuffix: `%.${escapeLike(host)}` });
  }
  if (query.lang !== undefined && query.lang.trim() !== '') {
    const lang = query.lang.trim().toLowerCase().replaceAll('_', '-');
    names.push('lang');
    Object.assign(params, { lang, langPrefix: `${escapeLike(lang)}-%` });
  }
  if (query.author !== undefined && foldName(query.author) !== '') {
    names.push('author');
    params['author'] = ` ${foldName(query.author)} `;
  }
  return { names, params, bounds };
}

function paging(query: SearchQuery): { limit: number; offset: number } {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = query.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new StoreError(
      'bad-query',
      `limit ${limit} is out of range: give a whole number from 1 to ${MAX_LIMIT}`,
    );
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new StoreError('bad-query', `offset ${offset} is out of range: give a whole number from 0`);
  }
  return { limit, offset };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

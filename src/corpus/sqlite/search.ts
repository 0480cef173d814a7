/**
 * Full-text search: FTS5 MATCH ranked by bm25 (title weighted above body), filtered by date, site,
 * language and author, with a snippet around the matches. An empty query lists the articles that
 * pass the filters, newest first; so does a query of words found in most articles (see plan.ts).
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SearchHit, SearchQuery } from '../types.js';
import { foldName, hostOf, sinceBound, untilBound } from './columns.js';
import { StoreError } from './errors.js';
import { type Corpus, planSearch } from './plan.js';
import { parseQuery } from './query.js';

type Db = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement<unknown[]>;

/** bm25 weights of the FTS columns (title, body): a word in the headline counts four times. */
const TITLE_WEIGHT = 4;
const BODY_WEIGHT = 1;
/** Words of context in a snippet. */
const SNIPPET_TOKENS = 16;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 1000;

const HIT_COLUMNS = 'a.id AS articleId, a.url, a.title, a.published, a.site AS siteName';
const BM25 = `bm25(articles_fts, ${TITLE_WEIGHT}, ${BODY_WEIGHT})`;
/** The statements of a search, by how it runs; `where` is the filter clauses. */
const SQL = {
  // rowid = article id, so each article is one row of the index: no hit twice. Without filters the
  // ranking runs on the index alone and only the page of hits is joined.
  ranked: () => `SELECT ${HIT_COLUMNS}, h.rank
    FROM (SELECT rowid AS id, ${BM25} AS rank FROM articles_fts WHERE articles_fts MATCH @match
      ORDER BY rank LIMIT @limit OFFSET @offset) h
    JOIN articles a ON a.id = h.id ORDER BY h.rank`,
  rankedFiltered: (where: string) => `SELECT ${HIT_COLUMNS}, ${BM25} AS rank
    FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
    WHERE articles_fts MATCH @match${where}
    ORDER BY rank LIMIT @limit OFFSET @offset`,
  // Newest first, each article checked against the index: the first page comes after a few checks.
  dated: (where: string) => `SELECT ${HIT_COLUMNS}, 0 AS rank FROM articles a
    WHERE EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH @match AND rowid = a.id)${where}
    ORDER BY a.date_key DESC, a.id DESC LIMIT @limit OFFSET @offset`,
  browse: (where: string) => `SELECT ${HIT_COLUMNS}, 0 AS rank FROM articles a WHERE 1${where}
    ORDER BY a.date_key DESC, a.id DESC LIMIT @limit OFFSET @offset`,
  // Snippets for the page of hits only: computed in the ranking query they would be made for
  // every match before the sort.
  snippet: `SELECT snippet(articles_fts, 1, '[', ']', '…', ${SNIPPET_TOKENS})
    FROM articles_fts WHERE articles_fts MATCH @match AND rowid = @id`,
  lead: 'SELECT substr(body, 1, 600) FROM article_texts WHERE article_id = ?',
  // Per connection, in temp: it reads the index, stores nothing, and needs no migration.
  vocabulary: `CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_vocab USING fts5vocab(main, articles_fts, 'row')`,
  documentsWith: 'SELECT doc FROM temp.articles_vocab WHERE term = ?',
  articles: 'SELECT count(*) FROM articles',
} as const;

type Mode = 'ranked' | 'rankedFiltered' | 'dated' | 'browse';

/** The filters as SQL; the clause names also key the statement cache. */
const CLAUSES = {
  since: ' AND a.date_key >= @since',
  untilExclusive: ' AND a.date_key < @until',
  untilInclusive: ' AND a.date_key <= @until',
  site: ` AND (a.site = @site COLLATE NOCASE OR a.host = @host OR a.host LIKE @hostSuffix ESCAPE '\\')`,
  lang: ` AND (a.lang = @lang OR a.lang LIKE @langPrefix ESCAPE '\\')`,
  author: ' AND instr(a.authors_key, @author) > 0',
} as const;

type ClauseName = keyof typeof CLAUSES;
type Params = Record<string, string | number>;

interface HitRow {
  articleId: number;
  url: string;
  title: string;
  published: string | null;
  siteName: string | null;
  rank: number;
}

/** Runs searches; prepares one statement per combination of filters, on first use. */
export class Searcher {
  readonly #db: Db;
  readonly #statements = new Map<string, Statement>();
  readonly #snippet: Statement;
  readonly #lead: Statement;
  readonly #documentsWith: Statement;
  readonly #articles: Statement;

  constructor(db: Db) {
    this.#db = db;
    db.exec(SQL.vocabulary);
    this.#snippet = db.prepare(SQL.snippet).pluck();
    this.#lead = db.prepare(SQL.lead).pluck();
    this.#documentsWith = db.prepare(SQL.documentsWith).pluck();
    this.#articles = db.prepare(SQL.articles).pluck();
  }

  search(query: SearchQuery): SearchHit[] {
    const { names, params } = filters(query);
    Object.assign(params, paging(query));
    const text = query.text.trim();
    if (text === '') {
      const rows = this.#statement('browse', names).all(params) as HitRow[];
      return rows.map((row) => toHit(row, lead(String(this.#lead.get(row.articleId) ?? ''))));
    }
    const plan = planSearch(parseQuery(text), this.#corpus());
    const mode: Mode = plan.order === 'date' ? 'dated' : names.length === 0 ? 'ranked' : 'rankedFiltered';
    const match = plan.match;
    const rows = this.#statement(mode, names).all({ ...params, match }) as HitRow[];
    return rows.map((row) => toHit(row, String(this.#snippet.get({ match, id: row.articleId }) ?? '')));
  }

  #corpus(): Corpus {
    return {
      articles: Number(this.#articles.get()),
      documentsWith: (token) => Number(this.#documentsWith.get(token) ?? 0),
    };
  }

  #statement(mode: Mode, names: ClauseName[]): Statement {
    const key = `${mode}:${names.join(',')}`;
    let statement = this.#statements.get(key);
    if (statement === undefined) {
      const where = names.map((name) => CLAUSES[name]).join('');
      statement = this.#db.prepare(SQL[mode](where));
      this.#statements.set(key, statement);
    }
    return statement;
  }
}

/** The filter clauses a query needs and their parameters, normalised as the columns are. */
function filters(query: SearchQuery): { names: ClauseName[]; params: Params } {
  const names: ClauseName[] = [];
  const params: Params = {};
  if (query.since !== undefined) {
    names.push('since');
    params['since'] = sinceBound(query.since);
  }
  if (query.until !== undefined) {
    const bound = untilBound(query.until);
    names.push(bound.inclusive ? 'untilInclusive' : 'untilExclusive');
    params['until'] = bound.value;
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
  return { names, params };
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

/** The first words of a body, for a hit that matched no words (an empty query). */
function lead(text: string): string {
  const words = text.split(/\s+/u).filter((word) => word !== '');
  return words.length > SNIPPET_TOKENS ? `${words.slice(0, SNIPPET_TOKENS).join(' ')}…` : words.join(' ');
}

function toHit(row: HitRow, snippet: string): SearchHit {
  return {
    articleId: row.articleId,
    url: row.url,
    title: row.title,
    ...(row.published !== null ? { published: row.published } : {}),
    ...(row.siteName !== null ? { siteName: row.siteName } : {}),
    snippet,
    rank: row.rank,
  };
}

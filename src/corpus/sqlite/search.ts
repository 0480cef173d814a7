/**
 * Full-text search: FTS5 MATCH ranked by bm25 (title weighted above body), filtered by date, site,
 * language and author, with a snippet around the matches. An empty query lists the articles that
 * pass the filters, newest first; so does a query of words found in most articles (see plan.ts).
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SearchHit, SearchQuery } from '../types.js';
import { type DateSpan, facetFilter } from './facets.js';
import { CLAUSES, type ClauseName, filters } from './filters.js';
import { type Corpus, planSearch } from './plan.js';
import { parseQuery } from './query.js';

type Db = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement<unknown[]>;

/** bm25 weights of the FTS columns (title, body, facets): a word in the headline counts four times. */
const BM25 = 'bm25(articles_fts, 4, 1, 0)';
/** Words of context in a snippet. */
const SNIPPET_TOKENS = 16;

const HIT_COLUMNS = 'a.id AS articleId, a.url, a.title, a.published, a.site AS siteName';
/** The statements of a search, by how it runs; `where` is the filter clauses. */
const SQL = {
  // rowid = article id, so each article is one row of the index: no hit twice. Without filters the
  // ranking runs on the index alone and only the page of hits is joined.
  ranked: () => `SELECT ${HIT_COLUMNS}, h.rank
    FROM (SELECT rowid AS id, ${BM25} AS rank FROM articles_fts WHERE articles_fts MATCH @match
      ORDER BY rank LIMIT @limit OFFSET @offset) h
    JOIN articles a ON a.id = h.id ORDER BY h.rank`,
  // The facet tokens in @match have already narrowed the matches; the clauses decide exactly.
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
  // Snippets for the page of hits only: in the ranking query they would be made for every match.
  // The CAST matters: better-sqlite3 binds JS numbers as REAL, and FTS5 then answers the wrong row.
  snippet: `SELECT snippet(articles_fts, 1, '[', ']', '…', ${SNIPPET_TOKENS})
    FROM articles_fts WHERE articles_fts MATCH @match AND rowid = CAST(@id AS INTEGER)`,
  lead: 'SELECT substr(body, 1, 600) FROM article_texts WHERE article_id = ?',
  // Per connection, in temp: it reads the index, stores nothing, and needs no migration.
  vocabulary: `CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_vocab USING fts5vocab(main, articles_fts, 'row')`,
  documentsWith: 'SELECT doc FROM temp.articles_vocab WHERE term = ?',
  tokensStartingWith:
    'SELECT term FROM temp.articles_vocab WHERE term >= ? AND term < ? ORDER BY term LIMIT ?',
  articles: 'SELECT count(*) FROM articles',
  span: 'SELECT (SELECT min(date_key) FROM articles) AS min, (SELECT max(date_key) FROM articles) AS max',
} as const;

type Mode = 'ranked' | 'rankedFiltered' | 'dated' | 'browse';

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
  readonly #tokensStartingWith: Statement;
  readonly #articles: Statement;
  /** Document counts by token, kept while the corpus grows less than 5% (they only pick a plan). */
  readonly #counts = new Map<string, number>();
  #countsAt = 0;
  readonly #span: Statement;

  constructor(db: Db) {
    this.#db = db;
    db.exec(SQL.vocabulary);
    this.#snippet = db.prepare(SQL.snippet).pluck();
    this.#lead = db.prepare(SQL.lead).pluck();
    this.#documentsWith = db.prepare(SQL.documentsWith).pluck();
    this.#tokensStartingWith = db.prepare(SQL.tokensStartingWith).pluck();
    this.#articles = db.prepare(SQL.articles).pluck();
    this.#span = db.prepare(SQL.span);
  }

  search(query: SearchQuery): SearchHit[] {
    const { names, params, bounds } = filters(query);
    const text = query.text.trim();
    if (text === '') {
      const rows = this.#statement('browse', names).all(params) as HitRow[];
      return rows.map((row) => toHit(row, lead(String(this.#lead.get(row.articleId) ?? ''))));
    }
    const plan = planSearch(parseQuery(text), this.#corpus());
    // No column filter needed: user words cannot match the marked facet tokens (facets.ts).
    const words = plan.match;
    let mode: Mode = 'dated';
    let match = words;
    if (plan.order === 'rank') {
      const facets = facetFilter(query, bounds, () => this.#span.get() as DateSpan | undefined);
      mode = names.length === 0 ? 'ranked' : 'rankedFiltered';
      if (facets !== undefined) match = `${words} AND ${facets}`;
    }
    const rows = this.#statement(mode, names).all({ ...params, match }) as HitRow[];
    return rows.map((row) =>
      toHit(row, String(this.#snippet.get({ match: words, id: row.articleId }) ?? '')),
    );
  }

  #corpus(): Corpus {
    const articles = Number(this.#articles.get());
    if (Math.abs(articles - this.#countsAt) > 0.05 * this.#countsAt || this.#counts.size > 10_000) {
      this.#counts.clear();
      this.#countsAt = articles;
    }
    return {
      articles,
      documentsWith: (token) => {
        let count = this.#counts.get(token);
        if (count === undefined) {
          count = Number(this.#documentsWith.get(token) ?? 0);
          this.#counts.set(token, count);
        }
        return count;
      },
      // Index tokens sort by code point, so every token with the prefix lies below prefix + U+FFFF.
      tokensStartingWith: (prefix, limit) =>
        this.#tokensStartingWith.all(prefix, `${prefix}\uffff`, limit) as string[],
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

/**
 * savePage's steps: the fetch, then the article upserted by its key (canonical URL), then its
 * bands, signature and story. The caller runs them in one transaction.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Article } from '../../article/types.js';
import type { ArticlePage, FetchRecord, SaveResult } from '../types.js';
import { type ArticleColumns, articleColumns, dateKey, type TextColumns } from './columns.js';
import { StoreError } from './errors.js';
import { articleFacets } from './facets.js';
import { type FetchStatements, insertFetch } from './fetches.js';
import { joinStory, type Membership, type StoryStatements, saveBands } from './stories.js';

type Db = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement<unknown[]>;

const SQL = {
  runExists: 'SELECT 1 FROM runs WHERE id = ?',
  byKey:
    'SELECT id, content_hash AS contentHash, created_at AS createdAt FROM articles WHERE canonical_url = ?',
  // The first article stored with the same text: the one this copies.
  sameText: 'SELECT min(id) FROM articles WHERE content_hash = ? AND id < ?',
  insert: `INSERT INTO articles (canonical_url, url, title, site, host, published, date_key, lang, authors,
      authors_key, content_hash, fetch_id, created_at, updated_at)
    VALUES (@canonical_url, @url, @title, @site, @host, @published, @date_key, @lang, @authors,
      @authors_key, @content_hash, @fetch_id, @now, @now)`,
  update: `UPDATE articles SET url = @url, title = @title, site = @site, host = @host, published = @published,
      date_key = @date_key, lang = @lang, authors = @authors, authors_key = @authors_key,
      content_hash = @content_hash, fetch_id = @fetch_id, updated_at = @now
    WHERE id = @id`,
  // Its triggers write the search index.
  upsertText: `INSERT INTO article_texts (article_id, title, body, facets, record)
    VALUES (@id, @title, @body, @facets, @record)
    ON CONFLICT (article_id) DO UPDATE SET title = excluded.title, body = excluded.body,
      facets = excluded.facets, record = excluded.record`,
  get: 'SELECT record, body FROM article_texts WHERE article_id = ?',
} as const;

/** The article tables' prepared statements. */
export interface ArticleStatements {
  runExists: Statement;
  byKey: Statement;
  sameText: Statement;
  insert: Statement;
  update: Statement;
  upsertText: Statement;
  get: Statement;
}

export function articleStatements(db: Db): ArticleStatements {
  return {
    runExists: db.prepare(SQL.runExists).pluck(),
    byKey: db.prepare(SQL.byKey),
    sameText: db.prepare(SQL.sameText).pluck(),
    insert: db.prepare(SQL.insert),
    update: db.prepare(SQL.update),
    upsertText: db.prepare(SQL.upsertText),
    get: db.prepare(SQL.get),
  };
}

/** Everything savePage writes through. */
export interface SaveStatements {
  articles: ArticleStatements;
  fetches: FetchStatements;
  stories: StoryStatements;
}

interface Stored {
  id: number;
  contentHash: string;
  createdAt: string;
}

/** savePage, to be run inside one transaction. */
export function savePage(s: SaveStatements, fetch: FetchRecord, page?: ArticlePage): SaveResult | undefined {
  if (s.articles.runExists.get(fetch.runId) === undefined) {
    throw new StoreError('bad-argument', `run ${fetch.runId} does not exist: start one with beginRun first`);
  }
  const fetchId = insertFetch(s.fetches, fetch);
  if (page === undefined) return undefined;
  const now = new Date().toISOString();
  const columns = articleColumns(page.article, fetch);
  const stored = s.articles.byKey.get(columns.row.canonical_url) as Stored | undefined;
  const write: Write = { columns, contentHash: page.contentHash, fetchId, now };
  let articleId: number;
  let created = true;
  if (stored === undefined) {
    articleId = insertArticle(s.articles, write);
  } else if (stored.contentHash === page.contentHash) {
    articleId = stored.id;
    created = false;
  } else {
    articleId = stored.id;
    updateArticle(s.articles, stored, write);
  }
  s.fetches.link.run(articleId, fetchId);
  if (created) {
    saveBands(s.stories, articleId, page.bandKeys, page.signature);
    joinStory(s.stories, membership(articleId, page), now);
  }
  const duplicateOf = s.articles.sameText.get(page.contentHash, articleId);
  return { articleId, created, ...(typeof duplicateOf === 'number' ? { duplicateOf } : {}) };
}

/** What one article write needs. */
interface Write {
  columns: { row: ArticleColumns; text: TextColumns };
  contentHash: string;
  fetchId: number;
  now: string;
}

function insertArticle(s: ArticleStatements, w: Write): number {
  const date_key = dateKey(w.columns.row.published ?? undefined) ?? w.now;
  const row = { ...w.columns.row, date_key, content_hash: w.contentHash, fetch_id: w.fetchId, now: w.now };
  const id = Number(s.insert.run(row).lastInsertRowid);
  s.upsertText.run({ id, ...w.columns.text, facets: articleFacets({ ...w.columns.row, date_key }) });
  return id;
}

/** A corrected story: same key, new text. The rows, and through its trigger the index, follow. */
function updateArticle(s: ArticleStatements, stored: Stored, w: Write): void {
  const date_key = dateKey(w.columns.row.published ?? undefined) ?? stored.createdAt;
  const { canonical_url: _key, ...changed } = w.columns.row;
  s.update.run({
    ...changed,
    id: stored.id,
    date_key,
    content_hash: w.contentHash,
    fetch_id: w.fetchId,
    now: w.now,
  });
  s.upsertText.run({
    id: stored.id,
    ...w.columns.text,
    facets: articleFacets({ ...w.columns.row, date_key }),
  });
}

function membership(articleId: number, page: ArticlePage): Membership {
  return {
    articleId,
    similarity: page.similarity,
    ...(page.storyId !== undefined ? { storyId: page.storyId } : {}),
    ...(page.originalSource !== undefined ? { originalSource: page.originalSource } : {}),
  };
}

/** A stored article as extract returned it, or undefined. */
export function readArticle(s: ArticleStatements, id: number): Article | undefined {
  const row = s.get.get(id) as { record: string; body: string } | undefined;
  if (row === undefined) return undefined;
  return { ...(JSON.parse(row.record) as Omit<Article, 'text'>), text: row.body };
}

/**
 * The SQLite Store: one better-sqlite3 connection, the prepared statements of each table, and
 * every write in one transaction. Runs and counts live here; the rest is delegated by table.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Analysis } from '../../analyze/types.js';
import type { Article } from '../../article/types.js';
import type {
  AnalysisWrite,
  ArticlePage,
  BandCandidate,
  FetchRecord,
  KnownUrl,
  PendingAnalysis,
  QuoteHit,
  QuoteQuery,
  RunSummary,
  SaveResult,
  SearchHit,
  SearchQuery,
  Store,
  Story,
} from '../types.js';
import {
  type AnalysisStatements,
  analysisStatements,
  countPendingAnalyses,
  pendingAnalyses,
  readAnalysis,
  saveAnalysis,
  searchQuotes,
} from './analyses.js';
import { StoreError, toStoreError } from './errors.js';
import { fetchBody, fetchStatements, knownUrl } from './fetches.js';
import { articleStatements, readArticle, type SaveStatements, savePage } from './save.js';
import { Searcher } from './search.js';
import { bandCandidates, listStories, storyStatements } from './stories.js';

type Db = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement<unknown[]>;

const SQL = {
  beginRun: 'INSERT INTO runs (sources, started_at) VALUES (?, ?)',
  touchSource: `INSERT INTO sources (spec, first_run_id, last_run_id) VALUES (@spec, @run, @run)
    ON CONFLICT (spec) DO UPDATE SET last_run_id = excluded.last_run_id`,
  finishRun: `UPDATE runs SET finished_at = @finishedAt, queued = @queued, fetched = @fetched,
      stored = @stored, duplicates = @duplicates, failed = @failed, skipped = @skipped
    WHERE id = @runId`,
  counts: `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM fetches) AS fetches,
      (SELECT count(*) FROM stories) AS stories, (SELECT count(*) FROM runs) AS runs`,
} as const;

interface RunStatements {
  beginRun: Statement;
  touchSource: Statement;
  finishRun: Statement;
  counts: Statement;
}

/** A Store over one SQLite file; create it with `openStore`. */
export class SqliteStore implements Store {
  /** The database file. */
  readonly path: string;
  readonly readonly: boolean;
  readonly #db: Db;
  readonly #runs: RunStatements;
  readonly #save: SaveStatements;
  readonly #searcher: Searcher;
  readonly #analyses: AnalysisStatements;
  readonly #saveAnalysis: (write: AnalysisWrite) => void;
  readonly #savePage: (fetch: FetchRecord, page?: ArticlePage) => SaveResult | undefined;

  constructor(db: Db, path: string, readonly: boolean) {
    this.#db = db;
    this.path = path;
    this.readonly = readonly;
    this.#runs = {
      beginRun: db.prepare(SQL.beginRun),
      touchSource: db.prepare(SQL.touchSource),
      finishRun: db.prepare(SQL.finishRun),
      counts: db.prepare(SQL.counts),
    };
    this.#save = {
      articles: articleStatements(db),
      fetches: fetchStatements(db),
      stories: storyStatements(db),
    };
    this.#searcher = new Searcher(db);
    this.#analyses = analysisStatements(db);
    this.#saveAnalysis = db.transaction((write: AnalysisWrite) => saveAnalysis(this.#analyses, write));
    this.#savePage = db.transaction((fetch: FetchRecord, page?: ArticlePage) =>
      savePage(this.#save, fetch, page),
    );
  }

  beginRun(sources: readonly string[]): number {
    return this.#write(() => {
      const runId = Number(
        this.#runs.beginRun.run(JSON.stringify(sources), new Date().toISOString()).lastInsertRowid,
      );
      for (const spec of new Set(sources)) this.#runs.touchSource.run({ spec, run: runId });
      return runId;
    });
  }

  finishRun(runId: number, summary: RunSummary): void {
    this.#write(() => {
      const changed = this.#runs.finishRun.run({ ...summary, runId, finishedAt: new Date().toISOString() });
      if (changed.changes === 0) throw new StoreError('bad-argument', `run ${runId} does not exist`);
    });
  }

  knownUrl(url: string): KnownUrl | undefined {
    return this.#read(() => knownUrl(this.#save.fetches, url));
  }

  savePage(fetch: FetchRecord, page?: ArticlePage): SaveResult | undefined {
    // Inside transaction() the page joins the open transaction without a savepoint of its own:
    // FTS5 writes its pending index at every savepoint, which would triple a bulk load's time.
    if (this.#db.inTransaction) return this.#write(() => savePage(this.#save, fetch, page));
    return this.#write(() => this.#savePage(fetch, page));
  }

  bandCandidates(bandKeys: readonly string[]): BandCandidate[] {
    return this.#read(() => bandCandidates(this.#save.stories, bandKeys));
  }

  search(query: SearchQuery): SearchHit[] {
    return this.#read(() => this.#searcher.search(query));
  }

  stories(options: { minMembers?: number; limit?: number } = {}): Story[] {
    // One read transaction, so a story's members are read as of the same moment as the list.
    return this.#read(() => this.#db.transaction(() => listStories(this.#save.stories, options))());
  }

  article(id: number): Article | undefined {
    return this.#read(() => readArticle(this.#save.articles, id));
  }

  counts(): { articles: number; fetches: number; stories: number; runs: number } {
    return this.#read(() => this.#runs.counts.get() as ReturnType<Store['counts']>);
  }

  pendingAnalyses(analyzer: string, afterId: number, limit: number): PendingAnalysis[] {
    return this.#read(() => pendingAnalyses(this.#analyses, analyzer, afterId, limit));
  }

  countPendingAnalyses(analyzer: string): number {
    return this.#read(() => countPendingAnalyses(this.#analyses, analyzer));
  }

  saveAnalysis(write: AnalysisWrite): void {
    this.#write(() => this.#saveAnalysis(write));
  }

  analysis(articleId: number): Analysis | undefined {
    return this.#read(() => readAnalysis(this.#analyses, articleId));
  }

  searchQuotes(query: QuoteQuery): QuoteHit[] {
    return this.#read(() => searchQuotes(this.#analyses, query));
  }

  /** The raw bytes of a stored fetch (decompressed), or undefined. Not part of `Store` yet. */
  fetchBody(fetchId: number): Uint8Array | undefined {
    return this.#read(() => fetchBody(this.#save.fetches, fetchId));
  }

  /**
   * Runs `work` in one transaction: the saves inside it commit together, or not at all. For bulk
   * loads (a benchmark corpus); ingest saves page by page so that a kill loses one page at most.
   * A savePage that throws inside leaves its page half written: let the error end the
   * transaction (it rolls back), never catch it and go on.
   */
  transaction<T>(work: () => T): T {
    return this.#write(() => this.#db.transaction(work)());
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }

  #write<T>(work: () => T): T {
    if (this.readonly) {
      throw new StoreError(
        'read-only',
        `${this.path} was opened read-only: open it without readonly to store pages`,
      );
    }
    return this.#read(work);
  }

  #read<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw toStoreError(error, this.path);
    }
  }
}

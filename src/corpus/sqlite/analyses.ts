/**
 * The analysis tables: which articles wait for analysis, saving one article's Analysis (the
 * record, its actors, quotes and times) and searching what was said.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Analysis, Quote, Span } from '../../analyze/types.js';
import type { AnalysisWrite, PendingAnalysis, QuoteHit, QuoteQuery } from '../types.js';
import { toFtsQuery } from './query.js';

type Db = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement<unknown[]>;

/** Articles with no analysis, or one made from other text or by another analyzer version. */
const PENDING_WHERE = `FROM articles a LEFT JOIN analyses n ON n.article_id = a.id
  WHERE (n.article_id IS NULL OR n.content_hash != a.content_hash OR n.analyzer != @analyzer)`;

const SQL = {
  countPending: `SELECT count(*) ${PENDING_WHERE}`,
  clearActors: 'DELETE FROM actors WHERE article_id = ?',
  clearQuotes: 'DELETE FROM quotes WHERE article_id = ?',
  clearTimes: 'DELETE FROM times WHERE article_id = ?',
  upsert: `INSERT INTO analyses (article_id, content_hash, analyzer, analyzed_at, record)
    VALUES (@articleId, @contentHash, @analyzer, @now, @record)
    ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash,
      analyzer = excluded.analyzer, analyzed_at = excluded.analyzed_at, record = excluded.record`,
  actor: `INSERT INTO actors (article_id, local_id, name, kind, country, sector, role, anonymous, mentions)
    VALUES (@articleId, @localId, @name, @kind, @country, @sector, @role, @anonymous, @mentions)`,
  quote: `INSERT INTO quotes (article_id, speaker_id, speaker, content, cue, direct, anonymous, spans)
    VALUES (@articleId, @speakerId, @speaker, @content, @cue, @direct, @anonymous, @spans)`,
  time: 'INSERT OR IGNORE INTO times (article_id, start, end, value) VALUES (?, ?, ?, ?)',
  record: 'SELECT record FROM analyses WHERE article_id = ?',
} as const;

/** The next page of pending articles, with their text, in id order (a cursor, not OFFSET). */
const PENDING_PAGE = `SELECT a.id AS articleId, a.content_hash AS contentHash, a.title, a.published, t.body AS text
    FROM articles a JOIN article_texts t ON t.article_id = a.id
    LEFT JOIN analyses n ON n.article_id = a.id
    WHERE (n.article_id IS NULL OR n.content_hash != a.content_hash OR n.analyzer != @analyzer)
      AND a.id > @afterId
    ORDER BY a.id LIMIT @limit`;

const HIT_SQL = `SELECT q.id AS quoteId, q.article_id AS articleId, a.url, a.title, a.published,
    q.speaker, s.country AS speakerCountry, q.content, q.cue, q.direct, q.anonymous
  FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors s ON s.id = q.speaker_id`;

/** The analysis tables' prepared statements. */
export interface AnalysisStatements {
  pending: Statement;
  countPending: Statement;
  clear: Statement[];
  upsert: Statement;
  actor: Statement;
  quote: Statement;
  time: Statement;
  record: Statement;
  db: Db;
  /** Quote searches prepared so far, by their SQL: each combination of filters is prepared once. */
  searches: Map<string, Statement>;
}

export function analysisStatements(db: Db): AnalysisStatements {
  return {
    pending: db.prepare(PENDING_PAGE),
    countPending: db.prepare(SQL.countPending).pluck(),
    clear: [db.prepare(SQL.clearQuotes), db.prepare(SQL.clearActors), db.prepare(SQL.clearTimes)],
    upsert: db.prepare(SQL.upsert),
    actor: db.prepare(SQL.actor),
    quote: db.prepare(SQL.quote),
    time: db.prepare(SQL.time),
    record: db.prepare(SQL.record).pluck(),
    db,
    searches: new Map(),
  };
}

interface PendingRow {
  articleId: number;
  contentHash: string;
  title: string;
  published: string | null;
  text: string;
}

/** Up to `limit` articles after `afterId` that `analyzer` has not analysed as they now read. */
export function pendingAnalyses(
  s: AnalysisStatements,
  analyzer: string,
  afterId: number,
  limit: number,
): PendingAnalysis[] {
  const rows = s.pending.all({ analyzer, afterId, limit }) as PendingRow[];
  return rows.map(({ published, ...row }) => ({ ...row, ...(published ? { published } : {}) }));
}

export function countPendingAnalyses(s: AnalysisStatements, analyzer: string): number {
  return Number(s.countPending.get({ analyzer }));
}

/** Replaces one article's analysis rows; run inside one transaction. */
export function saveAnalysis(s: AnalysisStatements, w: AnalysisWrite): void {
  for (const clear of s.clear) clear.run(w.articleId);
  s.upsert.run({
    articleId: w.articleId,
    contentHash: w.contentHash,
    analyzer: w.analyzer,
    now: new Date().toISOString(),
    record: JSON.stringify(w.analysis),
  });
  const rowIds = saveActors(s, w);
  for (const quote of w.analysis.quotes) saveQuote(s, w, quote, rowIds);
  for (const time of w.analysis.times) s.time.run(w.articleId, time.span[0], time.span[1], time.value);
}

function saveActors(s: AnalysisStatements, w: AnalysisWrite): Map<string, { rowId: number; name: string }> {
  const rowIds = new Map<string, { rowId: number; name: string }>();
  for (const actor of w.analysis.actors) {
    const result = s.actor.run({
      articleId: w.articleId,
      localId: actor.id,
      name: actor.name,
      kind: actor.kind,
      country: actor.country ?? null,
      sector: actor.sector ?? null,
      role: actor.role ?? null,
      anonymous: actor.anonymous ? 1 : 0,
      mentions: actor.mentions.length,
    });
    rowIds.set(actor.id, { rowId: Number(result.lastInsertRowid), name: actor.name });
  }
  return rowIds;
}

function saveQuote(
  s: AnalysisStatements,
  w: AnalysisWrite,
  quote: Quote,
  actors: Map<string, { rowId: number; name: string }>,
): void {
  const speaker = quote.speaker === undefined ? undefined : actors.get(quote.speaker);
  s.quote.run({
    articleId: w.articleId,
    speakerId: speaker?.rowId ?? null,
    speaker: speaker?.name ?? textOf(w.text, quote.source),
    content: textOf(w.text, quote.content),
    cue: textOf(w.text, quote.cue),
    direct: quote.direct ? 1 : 0,
    anonymous: quote.anonymous ? 1 : 0,
    spans: JSON.stringify({ content: quote.content, cue: quote.cue, source: quote.source }),
  });
}

/** The words of a span list, fragments joined by an ellipsis. */
export function textOf(text: string, spans: readonly Span[]): string {
  return spans.map(([start, end]) => text.slice(start, end).trim()).join(' … ');
}

export function readAnalysis(s: AnalysisStatements, articleId: number): Analysis | undefined {
  const record = s.record.get(articleId);
  return typeof record === 'string' ? (JSON.parse(record) as Analysis) : undefined;
}

interface HitRow extends Omit<QuoteHit, 'direct' | 'anonymous' | 'published' | 'speakerCountry'> {
  published: string | null;
  speakerCountry: string | null;
  direct: number;
  anonymous: number;
}

/**
 * Quotes matching the words of `query` (in what was said or who said it), best first; with
 * `speaker`, only those of speakers whose name contains it. Without words, the newest quotes.
 */
export function searchQuotes(s: AnalysisStatements, query: QuoteQuery): QuoteHit[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: query.limit ?? 20 };
  let order = 'a.date_key DESC, q.id';
  let from = HIT_SQL;
  if (query.text !== undefined && query.text.trim() !== '') {
    from += ' JOIN quotes_fts f ON f.rowid = q.id';
    where.push('quotes_fts MATCH @match');
    params['match'] = toFtsQuery(query.text);
    order = 'bm25(quotes_fts)';
  }
  if (query.speaker !== undefined) {
    where.push("q.speaker LIKE @speaker ESCAPE '\\'");
    params['speaker'] = `%${query.speaker.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  if (query.since !== undefined) {
    where.push('a.date_key >= @since');
    params['since'] = query.since;
  }
  if (query.until !== undefined) {
    where.push('a.date_key < @until');
    params['until'] = `${query.until}\uffff`;
  }
  const sql = `${from}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT @limit`;
  let statement = s.searches.get(sql);
  if (statement === undefined) {
    statement = s.db.prepare(sql);
    s.searches.set(sql, statement);
  }
  const rows = statement.all(params) as HitRow[];
  return rows.map(({ published, speakerCountry, direct, anonymous, ...row }) => ({
    ...row,
    ...(published ? { published } : {}),
    ...(speakerCountry ? { speakerCountry } : {}),
    direct: direct === 1,
    anonymous: anonymous === 1,
  }));
}

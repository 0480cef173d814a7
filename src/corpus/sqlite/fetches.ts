/**
 * The fetch log: every response kept with its raw bytes (brotli-compressed) and headers, and the
 * lookup ingest uses to skip stored URLs or to ask again conditionally.
 */
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type BetterSqlite3 from 'better-sqlite3';
import type { FetchRecord, KnownUrl } from '../types.js';

type Db = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement<unknown[]>;

/**
 * Brotli quality 1. On the extraction-dev pages (174 kB each on average) quality 4 compresses to
 * 18.5% in 2.2 ms a page (gzip -6: 19.8% in 2.8 ms), but in the WARC ingest benchmark it was the
 * largest single cost (3.7 ms a page under load); quality 1 raised ingest from 46 to 58 pages/s.
 * Raw bytes are kept for re-extraction, not for size.
 */
const BROTLI_QUALITY = 1;
/** Below this the encoder's set-up costs more than the bytes it saves (a 304, an error page). */
const MIN_COMPRESS_BYTES = 1024;

const SQL = {
  insert: `INSERT INTO fetches (url, final_url, status, headers, content_type, body, body_encoding,
      body_size, fetched_at, source, run_id, etag, last_modified)
    VALUES (@url, @final_url, @status, @headers, @content_type, @body, @body_encoding,
      @body_size, @fetched_at, @source, @run_id, @etag, @last_modified)`,
  // The same response saved twice (a retried save) is one fetch.
  same: `SELECT id FROM fetches
    WHERE url = ? AND fetched_at = ? AND final_url = ? AND status = ? AND body_size = ?`,
  link: 'UPDATE fetches SET article_id = ? WHERE id = ?',
  // Latest first; validators and the article may come from an earlier fetch than the latest
  // (a 304 or a failed refetch says nothing new about them).
  history: `SELECT id, url, status, etag, last_modified, article_id FROM fetches
    WHERE url = @url OR final_url = @url ORDER BY fetched_at DESC, id DESC LIMIT 50`,
  body: 'SELECT body, body_encoding FROM fetches WHERE id = ?',
} as const;

/** The fetch log's prepared statements. */
export interface FetchStatements {
  insert: Statement;
  same: Statement;
  link: Statement;
  history: Statement;
  body: Statement;
}

export function fetchStatements(db: Db): FetchStatements {
  return {
    insert: db.prepare(SQL.insert),
    same: db.prepare(SQL.same).pluck(),
    link: db.prepare(SQL.link),
    history: db.prepare(SQL.history),
    body: db.prepare(SQL.body),
  };
}

/** Stores a fetch, or finds the identical one already stored; returns its id. */
export function insertFetch(s: FetchStatements, fetch: FetchRecord): number {
  const existing = s.same.get(
    fetch.url,
    fetch.fetchedAt,
    fetch.finalUrl,
    fetch.status,
    fetch.body.byteLength,
  );
  if (typeof existing === 'number') return existing;
  const { body, encoding } = compress(fetch.body);
  const result = s.insert.run({
    url: fetch.url,
    final_url: fetch.finalUrl,
    status: fetch.status,
    headers: JSON.stringify(fetch.headers),
    content_type: fetch.contentType ?? null,
    body,
    body_encoding: encoding,
    body_size: fetch.body.byteLength,
    fetched_at: fetch.fetchedAt,
    source: fetch.source,
    run_id: fetch.runId,
    etag: header(fetch.headers, 'etag') ?? null,
    last_modified: header(fetch.headers, 'last-modified') ?? null,
  });
  return Number(result.lastInsertRowid);
}

interface HistoryRow {
  id: number;
  url: string;
  status: number;
  etag: string | null;
  last_modified: string | null;
  article_id: number | null;
}

/** The latest fetch of a URL (asked for or landed on), with the newest validators and article. */
export function knownUrl(s: FetchStatements, url: string): KnownUrl | undefined {
  const rows = s.history.all({ url }) as HistoryRow[];
  const latest = rows[0];
  if (latest === undefined) return undefined;
  const articleId = rows.find((row) => row.article_id !== null)?.article_id;
  const validators = rows.find((row) => row.etag !== null || row.last_modified !== null);
  return {
    url: latest.url,
    fetchId: latest.id,
    status: latest.status,
    ...(articleId != null ? { articleId } : {}),
    ...(validators?.etag != null ? { etag: validators.etag } : {}),
    ...(validators?.last_modified != null ? { lastModified: validators.last_modified } : {}),
  };
}

/** The raw bytes of a stored fetch, or undefined when there is no such fetch. */
export function fetchBody(s: FetchStatements, fetchId: number): Uint8Array | undefined {
  const row = s.body.get(fetchId) as { body: Buffer; body_encoding: string } | undefined;
  if (row === undefined) return undefined;
  return row.body_encoding === 'br'
    ? new Uint8Array(brotliDecompressSync(row.body))
    : new Uint8Array(row.body);
}

function compress(bytes: Uint8Array): { body: Buffer; encoding: 'br' | 'identity' } {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (raw.byteLength < MIN_COMPRESS_BYTES) return { body: raw, encoding: 'identity' };
  const packed = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength,
    },
  });
  return packed.byteLength < raw.byteLength
    ? { body: packed, encoding: 'br' }
    : { body: raw, encoding: 'identity' };
}

/** A header by name, whatever the case the fetcher used. */
function header(headers: Record<string, string>, name: string): string | undefined {
  const direct = headers[name];
  if (direct !== undefined) return direct;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

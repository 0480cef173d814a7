/**
 * Store failures, classified by what the caller should do: pick another file, upgrade dateline,
 * fix the query or the call, or wait for another writer.
 */

/** Why the store refused. */
export type StoreErrorCode =
  /** The file is not a dateline database (another SQLite file, or not SQLite at all). */
  | 'not-dateline'
  /** The database was written by a newer dateline; upgrade before opening it. */
  | 'newer-version'
  /** A read-only open of a file that does not exist, or of a database still to be migrated. */
  | 'missing'
  /** A write through a store opened read-only. */
  | 'read-only'
  /** Another process holds the database longer than the busy timeout; retry later. */
  | 'busy'
  /** A search the store cannot run (no words to look for, a date it cannot read). */
  | 'bad-query'
  /** A call that breaks the contract (a run or story that does not exist). */
  | 'bad-argument';

/** A refusal from the store; `message` is one line that says what happened and how to fix it. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  /** Whether the same call may succeed later unchanged. */
  readonly retryable: boolean;

  constructor(code: StoreErrorCode, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'StoreError';
    this.code = code;
    this.retryable = code === 'busy';
  }
}

/** The SQLite result code of a better-sqlite3 error ("SQLITE_BUSY", ...), or ''. */
export function sqliteCode(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('code' in error)) return '';
  return typeof error.code === 'string' ? error.code : '';
}

/**
 * Turns the SQLite errors a caller can act on into StoreErrors; anything else (a bug, a full disk)
 * passes through unchanged.
 */
export function toStoreError(error: unknown, path: string): unknown {
  if (error instanceof StoreError) return error;
  const code = sqliteCode(error);
  if (code === 'SQLITE_NOTADB') {
    return new StoreError('not-dateline', `${path} is not a dateline database (not SQLite at all)`, error);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreError('busy', `${path} is busy: another process is writing to it; try again`, error);
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new StoreError(
      'read-only',
      `${path} is read-only here: open it for writing to store pages`,
      error,
    );
  }
  return error;
}

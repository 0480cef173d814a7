/**
 * Opening a corpus file: the connection settings that make it durable and fast, then the schema
 * checks and migrations.
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError, sqliteCode, toStoreError } from './errors.js';
import { checkSchema, migrate } from './migrate.js';
import { SqliteStore } from './store.js';

/** How to open a store. */
export interface OpenStoreOptions {
  /** Read only: no writes, no migration (the file must exist and be current). @default false */
  readonly?: boolean;
}

/** How long a write waits for another process's transaction before failing with `busy`. */
const BUSY_TIMEOUT_MS = 10_000;

/**
 * WAL: readers never block the writer, and a killed process leaves committed transactions whole.
 * synchronous=NORMAL: with WAL a commit survives a killed process (the OS has the bytes); only a
 * power cut may lose the last commits, never corrupt the file. Set only once the file is known to
 * be ours: a foreign database is never turned to WAL.
 */
const WRITE_PRAGMAS = ['journal_mode = WAL', 'synchronous = NORMAL', 'journal_size_limit = 67108864'];
/**
 * A 64 MiB page cache and 256 MiB of mmap keep a session's index pages at hand; ranking itself is
 * CPU-bound, and on the 100,000-article bench larger values changed nothing.
 */
const PRAGMAS = [
  'foreign_keys = ON',
  `busy_timeout = ${BUSY_TIMEOUT_MS}`,
  'cache_size = -65536',
  'mmap_size = 268435456',
  'temp_store = MEMORY',
];

/**
 * Opens (creating and migrating as needed) the corpus at `path`. Throws StoreError `not-dateline`
 * for a file that is not a dateline database, `newer-version` for one from a newer dateline,
 * `missing` for a read-only open of a file that does not exist or needs migrating.
 */
export function openStore(path: string, options: OpenStoreOptions = {}): SqliteStore {
  const readonly = options.readonly ?? false;
  if (readonly && !existsSync(path)) {
    throw new StoreError('missing', `${path} does not exist: ingest some sources into it first`);
  }
  if (!existsSync(dirname(path))) {
    throw new StoreError(
      'missing',
      `cannot open ${path}: its folder does not exist; create the folder first`,
    );
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly, timeout: BUSY_TIMEOUT_MS });
    for (const pragma of PRAGMAS) db.pragma(pragma);
    const version = checkSchema(db, path, readonly);
    if (!readonly) {
      for (const pragma of WRITE_PRAGMAS) db.pragma(pragma);
      migrate(db, version);
    }
    return new SqliteStore(db, path, readonly);
  } catch (error) {
    db?.close();
    throw openError(error, path);
  }
}

function openError(error: unknown, path: string): unknown {
  if (sqliteCode(error) === 'SQLITE_CANTOPEN') {
    return new StoreError(
      'missing',
      `cannot open ${path}: check that its folder exists and is writable`,
      error,
    );
  }
  return toStoreError(error, path);
}

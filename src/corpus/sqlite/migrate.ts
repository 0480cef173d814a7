/**
 * Opening checks and migrations: tell a dateline database from any other file, refuse one from a
 * newer dateline, and bring an older one (or an empty file) up to the current schema.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { StoreError } from './errors.js';
import { APPLICATION_ID, BOOKKEEPING_SQL, LATEST_VERSION, MIGRATIONS, type Migration } from './schema.js';

type Db = BetterSqlite3.Database;

const SQL = {
  tableCount: `SELECT count(*) FROM sqlite_schema WHERE type = 'table'`,
  hasBookkeeping: `SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'`,
  versions: 'SELECT version FROM schema_migrations ORDER BY version',
  record: 'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
} as const;

/**
 * The schema version of the file (0 for an empty one), after checking that it is a dateline
 * database this code can open. Reads only: a foreign file is left exactly as it was.
 */
export function checkSchema(db: Db, path: string, readonly: boolean): number {
  const version = inspect(db, path);
  if (version > LATEST_VERSION) {
    throw new StoreError(
      'newer-version',
      `${path} was written by a newer dateline (schema ${version}, this one knows up to ${LATEST_VERSION}): upgrade dateline to open it`,
    );
  }
  if (readonly && version < LATEST_VERSION) {
    const state = version === 0 ? 'is empty' : `has schema ${version} of ${LATEST_VERSION}`;
    throw new StoreError('missing', `${path} ${state}: open it once for writing to set it up`);
  }
  return version;
}

/** Applies the migrations after `version`, each in its own transaction. */
export function migrate(db: Db, version: number): void {
  for (const migration of MIGRATIONS) {
    if (migration.version > version) apply(db, migration);
  }
}

/** The schema version of a dateline file, 0 for an empty one; throws for anything else. */
function inspect(db: Db, path: string): number {
  const applicationId = Number(db.pragma('application_id', { simple: true }));
  if (applicationId !== APPLICATION_ID) {
    const tables = Number(db.prepare(SQL.tableCount).pluck().get());
    if (applicationId === 0 && tables === 0) return 0;
    throw new StoreError(
      'not-dateline',
      `${path} is a SQLite database, but not a dateline one: give --db a new file or a dateline corpus`,
    );
  }
  return Math.max(0, ...appliedVersions(db));
}

function appliedVersions(db: Db): number[] {
  if (Number(db.prepare(SQL.hasBookkeeping).pluck().get()) === 0) return [];
  return db.prepare(SQL.versions).pluck().all() as number[];
}

/**
 * One migration in one write transaction. Taken IMMEDIATE and checked again inside, so two
 * processes opening a new file at once apply each step exactly once.
 */
function apply(db: Db, migration: Migration): void {
  const step = db.transaction(() => {
    db.exec(BOOKKEEPING_SQL);
    if (appliedVersions(db).includes(migration.version)) return;
    db.exec(migration.sql);
    db.prepare(SQL.record).run(migration.version, migration.name, new Date().toISOString());
  });
  step.immediate();
}

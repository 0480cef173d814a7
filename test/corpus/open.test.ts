/** Opening a corpus: migrations from an empty file, re-opening, and the files it must refuse. */
import { strict as assert } from 'node:assert';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import * as corpus from '../../src/corpus/index.js';
import { openStore, StoreError } from '../../src/corpus/index.js';
import { LATEST_VERSION, MIGRATIONS } from '../../src/corpus/sqlite/schema.js';
import { fetchOf, GRAIN_TALKS, pageOf, tempDir } from './helpers.js';

test('the public entry exports openStore, StoreError and SqliteStore, and nothing else at run time', () => {
  assert.deepEqual(Object.keys(corpus).sort(), ['SqliteStore', 'StoreError', 'openStore']);
});

test('migrations are numbered 1, 2, 3... in order, each named and non-empty', () => {
  MIGRATIONS.forEach((migration, i) => {
    assert.equal(migration.version, i + 1);
    assert.ok(migration.name.trim().length > 0);
    assert.ok(migration.sql.trim().length > 0);
  });
  assert.equal(LATEST_VERSION, MIGRATIONS.length);
});

test('a new file is created and migrated: WAL, foreign keys, every step recorded once', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'corpus.db');
    openStore(path).close();
    const again = openStore(path); // re-opening applies nothing twice
    assert.deepEqual(again.counts(), { articles: 0, fetches: 0, stories: 0, runs: 0 });
    again.close();
    const db = new Database(path, { readonly: true });
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    assert.deepEqual(
      applied,
      MIGRATIONS.map(({ version, name }) => ({ version, name })),
    );
    const tables = db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`)
      .pluck()
      .all() as string[];
    for (const table of [
      'runs',
      'sources',
      'fetches',
      'articles',
      'article_texts',
      'bands',
      'signatures',
      'stories',
      'story_members',
    ]) {
      assert.ok(tables.includes(table), table);
    }
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    db.close();
  } finally {
    cleanup();
  }
});

test('an empty file (zero bytes) is set up as a new corpus', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'empty.db');
    writeFileSync(path, '');
    const store = openStore(path);
    assert.equal(store.counts().articles, 0);
    store.close();
  } finally {
    cleanup();
  }
});

test("another application's SQLite database is refused, and left as it was", () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'notes.db');
    const db = new Database(path);
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    db.close();
    assert.throws(
      () => openStore(path),
      (error: unknown) =>
        error instanceof StoreError &&
        error.code === 'not-dateline' &&
        /not a dateline one/.test(error.message),
    );
    const after = new Database(path, { readonly: true });
    assert.equal(after.pragma('journal_mode', { simple: true }), 'delete'); // never switched to WAL
    after.close();
  } finally {
    cleanup();
  }
});

test('a file that is not SQLite at all gets a one-line not-dateline error', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'feed.xml');
    writeFileSync(
      path,
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Danube Courier</title></channel></rss>\n'.repeat(
        40,
      ),
    );
    assert.throws(
      () => openStore(path),
      (error: unknown) =>
        error instanceof StoreError && error.code === 'not-dateline' && !error.message.includes('\n'),
    );
  } finally {
    cleanup();
  }
});

test('a corpus from a newer dateline is refused with newer-version', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'corpus.db');
    openStore(path).close();
    const db = new Database(path);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      LATEST_VERSION + 1,
      'from the future',
      '2031-01-01T00:00:00.000Z',
    );
    db.close();
    assert.throws(
      () => openStore(path),
      (error: unknown) =>
        error instanceof StoreError &&
        error.code === 'newer-version' &&
        /upgrade dateline/.test(error.message),
    );
  } finally {
    cleanup();
  }
});

test('read-only: a missing file is not created, a corpus is read, writes are refused', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'corpus.db');
    assert.throws(
      () => openStore(path, { readonly: true }),
      (error: unknown) => error instanceof StoreError && error.code === 'missing',
    );
    assert.equal(existsSync(path), false);
    const writer = openStore(path);
    const runId = writer.beginRun(['https://danubecourier.example/feed.xml']);
    const saved = writer.savePage(fetchOf(GRAIN_TALKS, runId), pageOf(GRAIN_TALKS));
    writer.close();
    const reader = openStore(path, { readonly: true });
    assert.equal(reader.search({ text: 'grain corridor' })[0]?.articleId, saved?.articleId);
    assert.throws(
      () => reader.beginRun(['x']),
      (error: unknown) => error instanceof StoreError && error.code === 'read-only',
    );
    reader.close();
  } finally {
    cleanup();
  }
});

test('a folder that does not exist gives a clear error, not a crash', () => {
  const { dir, cleanup } = tempDir();
  try {
    assert.throws(
      () => openStore(join(dir, 'no', 'such', 'folder', 'corpus.db')),
      (error: unknown) =>
        error instanceof StoreError &&
        error.code === 'missing' &&
        /folder does not exist/.test(error.message),
    );
  } finally {
    cleanup();
  }
});

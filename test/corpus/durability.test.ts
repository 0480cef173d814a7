/**
 * Durability: a writer killed with SIGKILL at random moments, ten times over one database. After
 * every kill the file passes SQLite's and FTS5's integrity checks, and every article the writer
 * reported as committed is there. (WAL with synchronous=NORMAL: a commit survives the process.)
 */
import { strict as assert } from 'node:assert';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openStore } from '../../src/corpus/index.js';
import { tempDir } from './helpers.js';

const WRITER = fileURLToPath(new URL('./fixtures/writer.ts', import.meta.url));
const KILLS = 10;

interface Committed {
  articleId: number;
  url: string;
}

test(`${KILLS} SIGKILLs at random moments leave a sound database with every committed article`, {
  timeout: 180_000,
}, async (t) => {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'corpus.db');
  const committed = new Map<number, Committed>();
  try {
    for (let kill = 0; kill < KILLS; kill++) {
      const delayMs = Math.floor(Math.random() * 400);
      const lines = await runAndKill(path, kill * 100_000, delayMs);
      for (const line of lines) {
        const match = /^committed (\d+) (\S+)$/.exec(line);
        if (match) committed.set(Number(match[1]), { articleId: Number(match[1]), url: match[2]! });
      }
      const when = `kill ${kill + 1} after ${delayMs} ms`;
      // Half the time a reader comes first, as `dateline search` would right after a killed ingest.
      if (kill % 2 === 1) checkCommitted(path, committed, when);
      checkIntegrity(path, when);
      checkCommitted(path, committed, when);
    }
    assert.ok(committed.size > KILLS, `the writer committed only ${committed.size} pages in ${KILLS} runs`);
    t.diagnostic(`${committed.size} committed articles checked after ${KILLS} kills`);
  } finally {
    cleanup();
  }
});

/** Starts the writer, waits until it is writing, lets it run `delayMs`, kills it; its stdout lines. */
async function runAndKill(path: string, first: number, delayMs: number): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, path, String(first)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await until(() => out.includes('ready\n') || child.exitCode !== null, child);
  assert.equal(child.exitCode, null, `the writer stopped before it was killed: ${err}`);
  // Wait for the first committed page, then a random while: kills land at any point of a save.
  await until(() => out.includes('committed'), child);
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  child.kill('SIGKILL');
  await exited;
  return out.split('\n');
}

function until(condition: () => boolean, child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (condition()) {
        clearInterval(timer);
        resolve();
      } else if (Date.now() - started > 60_000 || child.exitCode !== null) {
        clearInterval(timer);
        if (child.exitCode !== null) resolve();
        else reject(new Error('the writer did not start within 60 s'));
      }
    }, 5);
  });
}

function checkIntegrity(path: string, when: string): void {
  const db = new Database(path);
  try {
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok', when);
    assert.deepEqual(db.pragma('foreign_key_check'), [], when);
    // FTS5 checks its index against the article texts it was built from.
    db.exec(`INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)`);
  } finally {
    db.close();
  }
}

function checkCommitted(path: string, committed: Map<number, Committed>, when: string): void {
  const store = openStore(path, { readonly: true });
  try {
    for (const { articleId, url } of committed.values()) {
      assert.equal(store.article(articleId)?.url, url, `${when}: article ${articleId} (${url}) is missing`);
    }
  } finally {
    store.close();
  }
}

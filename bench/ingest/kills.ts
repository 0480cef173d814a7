/**
 * Kill points: `dateline ingest` over a WARC is killed with SIGKILL at random moments, again and
 * again on the same database. After every kill the database must pass `PRAGMA integrity_check`
 * and hold at least every article it held before; a last run to the end must store everything a
 * clean run stores.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { REPO_ROOT } from '../data.js';
import { type DevPage, writeBenchWarc } from './warc.js';

export interface KillResult {
  kills: number;
  corrupt: number;
  lostArticles: number;
  finalArticles: number;
  cleanArticles: number;
}

const CLI = join(REPO_ROOT, 'src', 'cli', 'main.ts');

/** Runs the CLI; resolves when it exits, or kills it after `killAfterMs`. */
function runIngest(warc: string, db: string, killAfterMs?: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'ingest', warc, '--db', db, '--json'], {
      stdio: 'ignore',
      cwd: REPO_ROOT,
    });
    const timer =
      killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      resolve(code);
    });
  });
}

function inspect(db: string): { ok: boolean; articles: number } {
  // Killed before it opened the database: nothing stored yet, nothing to check.
  if (!existsSync(db)) return { ok: true, articles: 0 };
  const conn = new Database(db, { readonly: true });
  try {
    const check = conn.pragma('integrity_check', { simple: true });
    // Killed while the first migration ran: the file exists, its tables not yet.
    const made = conn.prepare("SELECT 1 FROM sqlite_master WHERE name = 'articles'").get();
    const row = made ? (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }) : { n: 0 };
    return { ok: check === 'ok', articles: row.n };
  } catch {
    return { ok: false, articles: 0 };
  } finally {
    conn.close();
  }
}

/** `random` is seeded by the caller so that a run can be repeated. */
export async function runKills(
  dataDir: string,
  pages: DevPage[],
  kills: number,
  random: () => number,
): Promise<KillResult> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-kill-'));
  try {
    const warc = join(dir, 'kill.warc.gz');
    await writeBenchWarc(warc, dataDir, pages, pages.length);
    const clean = join(dir, 'clean.db');
    await runIngest(warc, clean);
    const cleanArticles = inspect(clean).articles;
    const db = join(dir, 'killed.db');
    let before = 0;
    let corrupt = 0;
    let lost = 0;
    for (let i = 0; i < kills; i++) {
      await runIngest(warc, db, 500 + Math.floor(random() * 4000));
      const state = inspect(db);
      if (!state.ok) corrupt++;
      if (state.articles < before) lost += before - state.articles;
      before = Math.max(before, state.articles);
    }
    await runIngest(warc, db);
    const final = inspect(db);
    if (!final.ok) corrupt++;
    return {
      kills,
      corrupt,
      lostArticles: lost + Math.max(0, cleanArticles - final.articles),
      finalArticles: final.articles,
      cleanArticles,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

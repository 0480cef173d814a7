import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { responseRecord } from '../../bench/ingest/warc.js';
import { EXAMPLES, MAIN, ROOT, runCli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-cli-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A WARC of `n` distinct articles, made from the example pages with a numbered paragraph added. */
async function writeWarc(path: string, n: number): Promise<void> {
  const pages = readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.html'))
    .map((f) => readFileSync(join(EXAMPLES, f), 'latin1'))
    // Each copy is its own article: without the page's canonical link, its WARC URL names it.
    .map((html) => html.replace(/<link[^>]*rel="canonical"[^>]*>|<meta[^>]*og:url[^>]*>/gi, ''));
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) {
    const html = pages[i % pages.length]!.replace(
      '</h1>',
      `</h1><p>Update ${i}: the regional council will publish the full minutes of meeting number ${i} on Friday.</p>`,
    );
    out.write(
      await responseRecord(
        `https://archive.example/story/${i}`,
        Buffer.from(html, 'latin1'),
        '2025-03-11T12:00:00Z',
      ),
    );
  }
  out.end();
  await once(out, 'finish');
}

function inspect(db: string): { check: string; articles: number } {
  // Killed before it opened the database: nothing stored yet, nothing to check.
  if (!existsSync(db)) return { check: 'ok', articles: 0 };
  const conn = new Database(db, { readonly: true });
  try {
    const check = String(conn.pragma('integrity_check', { simple: true }));
    // Killed while the first migration ran: the file exists, its tables not yet.
    const made = conn.prepare("SELECT 1 FROM sqlite_master WHERE name = 'articles'").get();
    const { n } = made
      ? (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number })
      : { n: 0 };
    return { check, articles: n };
  } finally {
    conn.close();
  }
}

describe('dateline ingest, search and stories', () => {
  test('a directory of pages is stored, searchable, and a second run skips it', async () => {
    const db = join(dir, 'pages.db');
    const first = await runCli(['ingest', EXAMPLES, '--db', db]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /4 stored/);

    const hits = await runCli(['search', 'glacier', '--db', db, '--format', 'json']);
    assert.equal(hits.code, 0, hits.stderr);
    const [hit] = JSON.parse(hits.stdout) as { url: string; title: string; snippet: string }[];
    assert.match(hit?.url ?? '', /^file:\/\/.*wire-andes-talks\.html$/);
    assert.match(hit?.snippet ?? '', /\[glacier/i);

    const again = await runCli(['ingest', EXAMPLES, '--db', db]);
    assert.match(again.stdout, /0 stored.* 4 skipped/);
  });

  test('a missing database and bad usage get one line and their exit codes', async () => {
    const missing = await runCli(['search', 'harbour', '--db', join(dir, 'none.db')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^dateline: .*no such database.*\n$/);
    const usage = await runCli(['ingest']);
    assert.equal(usage.code, 2);
    const badDate = await runCli(['search', 'x', '--since', 'yesterday']);
    assert.equal(badDate.code, 2);
  });

  test('SIGKILL at any moment leaves a sound database, and the next run finishes the job', async () => {
    const warc = join(dir, 'kill.warc.gz');
    await writeWarc(warc, 120);
    const db = join(dir, 'killed.db');
    let before = 0;
    for (const delay of [900, 1600, 2400]) {
      const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'ingest', warc, '--db', db], {
        cwd: ROOT,
        stdio: 'ignore',
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      await once(child, 'exit');
      clearTimeout(timer);
      const state = inspect(db);
      assert.equal(state.check, 'ok');
      assert.ok(state.articles >= before, 'no stored article is lost');
      before = state.articles;
    }
    const last = await runCli(['ingest', warc, '--db', db], { timeoutMs: 120_000 });
    assert.equal(last.code, 0, last.stderr);
    assert.equal(inspect(db).articles, 120);
  });
});

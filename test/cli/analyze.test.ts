/** `dateline analyze` on one page or text, on a corpus, and `dateline quotes` over what it stored. */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Analysis } from '../../src/analyze/types.js';
import {
  assertNoStack,
  assertOneLineError,
  EXAMPLES,
  makeTempDir,
  pngBytes,
  removeDir,
  runCli,
} from './helpers.js';

let dir: string;
before(async () => {
  dir = await makeTempDir();
});
after(() => removeDir(dir));

const WIRE = join(EXAMPLES, 'wire-andes-talks.html');

describe('dateline analyze <input>', () => {
  it('extracts a page, then prints its actors, quotes and dates as JSON with the text they point into', async () => {
    const r = await runCli(['analyze', WIRE]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Analysis & { text: string; title: string };
    assert.match(out.title, /Andes/);
    const fuentes = out.actors.find((a) => a.name === 'Isabel Fuentes');
    assert.equal(fuentes?.role, 'foreign minister');
    assert.equal(fuentes?.country, 'CHL');
    const hers = out.quotes.filter((q) => q.speaker === fuentes?.id);
    assert.ok(hers.length > 0, 'a quote is hers');
    for (const q of hers) for (const [s, e] of q.content) assert.ok(s >= 0 && e <= out.text.length && s < e);
    assert.ok(
      out.actors.some((a) => a.anonymous && /diplomat/.test(a.name)),
      'the unnamed diplomat is an actor',
    );
  });

  it('reads plain text from stdin, resolves dates against --published, and prints a report', async () => {
    const text = 'Oleg Varga said on Friday that the border would reopen. "We are ready," he said.\n';
    const r = await runCli(['analyze', '-', '--published', '2025-03-16', '--format', 'text'], {
      input: text,
    });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Actors \(\d+\)/);
    assert.match(r.stdout, /Oleg Varga/);
    assert.match(r.stdout, /Friday → 2025-03-14/);
  });

  it('refuses empty and binary input, and an input together with --db, in one line', async () => {
    assertOneLineError(await runCli(['analyze', '-'], { input: '' }), /stdin is empty/);
    assertOneLineError(await runCli(['analyze', '-'], { input: pngBytes() }), /binary|not html/i);
    const both = await runCli(['analyze', WIRE, '--db', join(dir, 'x.db')]);
    assert.equal(both.code, 2);
    assertNoStack(both);
  });
});

describe('dateline analyze --db and dateline quotes', () => {
  it('analyses every stored article once, then searches what was said', async () => {
    const db = join(dir, 'corpus.db');
    assert.equal((await runCli(['ingest', EXAMPLES, '--db', db])).code, 0);
    const first = await runCli(['analyze', '--db', db]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /analysed 4 articles/);
    const again = await runCli(['analyze', '--db', db, '--json']);
    assert.equal(JSON.parse(again.stdout).articles, 0, 'nothing is analysed twice');
    const hits = await runCli(['quotes', 'timetable', '--db', db, '--format', 'json']);
    assert.equal(hits.code, 0, hits.stderr);
    const found = JSON.parse(hits.stdout) as Array<{ speaker: string; content: string }>;
    assert.ok(
      found.some((h) => /Echeverry/.test(h.speaker) && /timetable/.test(h.content)),
      hits.stdout,
    );
  });
});

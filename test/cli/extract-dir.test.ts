/** `dateline extract <dir>`: every page in order, failures as lines, the exit status, EPIPE. */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  assertNoStack,
  assertOneLineError,
  EXAMPLES,
  MAIN,
  makeTempDir,
  ROOT,
  removeDir,
  runCli,
  SMALL_PAGE,
} from './helpers.js';

let dir: string;
/** The pages the walk must find, in the order it must give them. */
let expected: string[];

before(async () => {
  dir = await makeTempDir();
  const examples = (await readdir(EXAMPLES)).filter((f) => f.endsWith('.html'));
  for (const f of examples) await copyFile(join(EXAMPLES, f), join(dir, f));
  await writeFile(join(dir, 'broken.html'), '');
  await mkdir(join(dir, 'nested'));
  await writeFile(join(dir, 'nested', 'pier.HTM'), SMALL_PAGE);
  await writeFile(join(dir, 'nested', 'notes.txt'), 'not a page');
  await mkdir(join(dir, '.cache'));
  await writeFile(join(dir, '.cache', 'old.html'), SMALL_PAGE);
  expected = [...examples, 'broken.html', 'nested/pier.HTM'].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
});
after(() => removeDir(dir));

describe('extract <dir>', () => {
  it('prints one JSON line per page in sorted order; a broken page gives an error line and exit 1', async () => {
    const r = await runCli(['extract', dir]);
    assert.equal(r.code, 1);
    assertNoStack(r);
    const records = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; error?: string; title?: string });
    assert.deepEqual(
      records.map((x) => x.file),
      expected,
    );
    for (const x of records) {
      if (x.file === 'broken.html') assert.match(x.error ?? '', /^broken\.html: .*empty/);
      else {
        assert.equal(x.error, undefined, `${x.file} failed: ${x.error}`);
        assert.equal(typeof x.title, 'string');
      }
    }
    const warnings = r.stderr.split('\n').filter((l) => l !== '');
    assert.equal(warnings.length, 1, r.stderr);
    assert.match(warnings[0]!, /^dateline: broken\.html: /);
  });

  it('exits 0 when every page is extracted', async () => {
    const r = await runCli(['extract', EXAMPLES]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '', 'silent on a non-TTY stderr');
    const files = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as { file: string }).file);
    assert.ok(files.length >= 3, 'the example pages');
  });

  it('prints one JSON array with --format json', async () => {
    const r = await runCli(['extract', dir, '--format', 'json']);
    assert.equal(r.code, 1);
    const records = JSON.parse(r.stdout) as { file: string }[];
    assert.deepEqual(
      records.map((x) => x.file),
      expected,
    );
  });

  it('prints each article after a ==> file <== header with --format text', async () => {
    const r = await runCli(['extract', dir, '--format', 'text']);
    assert.equal(r.code, 1);
    const headers = [...r.stdout.matchAll(/^==> (.+) <==$/gm)].map((m) => m[1]);
    assert.deepEqual(
      headers,
      expected.filter((f) => f !== 'broken.html'),
    );
  });

  it('refuses --url with a directory as bad usage', async () => {
    const r = await runCli(['extract', dir, '--url', 'https://example.com/']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^dateline: --url /);
  });

  it('fails on one line when the directory holds no page', async () => {
    const none = join(dir, 'no-pages');
    await mkdir(none);
    await writeFile(join(none, 'readme.txt'), 'nothing to see');
    const r = await runCli(['extract', none]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assertOneLineError(r, /no \.html or \.htm files found under .*no-pages$/);
  });

  it('exits quietly with status 0 when stdout is closed early (| head)', async () => {
    const many = join(dir, 'many');
    await mkdir(many);
    for (let i = 0; i < 150; i++)
      await writeFile(join(many, `p${String(i).padStart(3, '0')}.html`), SMALL_PAGE);
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'extract', many], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
});

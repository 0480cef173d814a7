/** Bad usage exits 2 with commander's message and the usage line; --version and --help exit 0. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertNoStack, EXAMPLES, ROOT, runCli } from './helpers.js';

const page = join(EXAMPLES, 'wire-andes-talks.html');

describe('usage', () => {
  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = await runCli(['--version']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout.trim(), version);
  });

  it('extract --help documents the formats and exits 0', async () => {
    const r = await runCli(['extract', '--help']);
    assert.equal(r.code, 0);
    for (const word of [
      '--format',
      '--url',
      '--allow-private',
      '--user-agent',
      '--contact',
      '--timeout',
      'jsonl',
    ]) {
      assert.ok(r.stdout.includes(word), `help mentions ${word}`);
    }
  });

  const cases: [string, string[], RegExp][] = [
    ['an unknown option', ['extract', page, '--frobnicate'], /unknown option '--frobnicate'/],
    ['a missing argument', ['extract'], /missing required argument 'input'/],
    ['a bad --format value', ['extract', page, '--format', 'xml'], /argument 'xml' is invalid/],
    ['a bad --timeout value', ['extract', page, '--timeout', 'soon'], /--timeout/],
    ['a relative --url', ['extract', page, '--url', 'news/1'], /--url/],
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
  ];
  for (const [what, args, message] of cases) {
    it(`${what} exits 2 with the usage line`, async () => {
      const r = await runCli(args);
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
      assert.match(r.stderr, /^Usage: dateline /m);
      assertNoStack(r);
    });
  }

  it('an unsupported URL scheme exits 2 on one line', async () => {
    const r = await runCli(['extract', 'ftp://files.example/page.html']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^dateline: unsupported URL scheme 'ftp:'/);
  });
});

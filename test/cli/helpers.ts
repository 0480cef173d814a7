/** Spawning the real `dateline` CLI (through tsx) and checking what it printed. */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT: string = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The CLI entry, run from source. */
export const MAIN: string = join(ROOT, 'src', 'cli', 'main.ts');
/** The example pages shipped with the project. */
export const EXAMPLES: string = join(ROOT, 'examples', 'pages');

/** What a CLI run gave back. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Options of `runCli`. */
export interface RunOptions {
  /** Bytes for stdin; stdin is closed (empty) when absent. */
  input?: string | Uint8Array;
  /** Extra environment variables. */
  env?: Record<string, string>;
  /** Kill the run after this long. @default 60000 */
  timeoutMs?: number;
}

/** Runs `dateline <args>` as a child process and collects its output. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const { DATELINE_DEBUG: _ignored, ...env } = process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      cwd: ROOT,
      env: { ...env, NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 60_000,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

/** A stack frame line, as Node prints them. */
const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

/** Asserts that stderr holds exactly one line, `dateline: ...`, matching `pattern`, and no stack. */
export function assertOneLineError(result: CliResult, pattern: RegExp): void {
  assert.doesNotMatch(result.stderr, STACK_FRAME, 'no stack trace on stderr');
  const lines = result.stderr.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 1, `one line on stderr, got:\n${result.stderr}`);
  assert.match(lines[0]!, /^dateline: \S/);
  assert.match(lines[0]!, pattern);
}

/** Asserts there is no stack trace anywhere in stderr. */
export function assertNoStack(result: CliResult): void {
  assert.doesNotMatch(result.stderr, STACK_FRAME, 'no stack trace on stderr');
}

/** Makes a fresh temporary directory; remove it with `removeDir`. */
export function makeTempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'dateline-cli-'));
}

/** Removes a directory made by `makeTempDir`. */
export function removeDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/** A small, plain news page, written here for the tests (fictional). */
export const SMALL_PAGE: string = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour board approves new ferry pier | Test Gazette</title>
<meta property="og:site_name" content="Test Gazette">
<meta property="article:published_time" content="2025-02-03T09:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article>
<h1>Harbour board approves new ferry pier</h1>
<p class="byline">By Jo Example</p>
<p>The harbour board approved plans for a new ferry pier on Monday, ending two years of debate over the
project's cost and its effect on the fishing fleet that moors in the inner basin.</p>
<p>"This pier gives the island a second link to the mainland when the weather turns," the board's chair
said after the vote. Work is due to start in the spring and to finish before the following winter.</p>
<p>Fishermen had asked for a guarantee that the works would not close the basin during the herring
season, and the board agreed to keep one channel open at all times.</p>
</article>
<footer>© Test Gazette</footer>
</body></html>
`;

/** The first bytes of a PNG image (signature, IHDR), padded with binary noise. */
export function pngBytes(): Uint8Array {
  const head = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];
  const bytes = new Uint8Array(2048);
  bytes.set(head);
  for (let i = head.length; i < bytes.length; i++) bytes[i] = (i * 131 + 7) % 256;
  return bytes;
}

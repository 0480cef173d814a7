#!/usr/bin/env tsx
/**
 * The main job of `npm start`: ingest the sample news site that ships in examples/site into
 * ./dateline.db, then show a search and the syndicated stories over it, analyse the articles and
 * search what was said in them. No server to install:
 * this script serves the site itself, on 127.0.0.1, for as long as the job runs.
 *
 *   npm start                        (builds first, then runs this)
 *   npx tsx scripts/start.ts         (needs dist/: npm run build)
 *
 * Steps, each a child process of the built CLI under a `==>` header line:
 *   1. dateline ingest <origin>/feed.xml <origin>/sitemap.xml examples/site/archive.warc.gz
 *   2. dateline search "<SEARCH_QUERY>"
 *   3. dateline stories
 *   4. dateline analyze --db (actors, quotes, dates of every article not analysed yet)
 *   5. dateline quotes "<QUOTE_QUERY>"
 * The job exits with the first failing step's status (0 when all pass). Run it again and the
 * ingest resumes: what is stored is skipped. Stored pages are keyed by their URL, which holds the
 * port, so the site is served on a fixed port (DATELINE_SAMPLE_PORT, default 27411) and falls back
 * to any free port only when that one is taken (then the served pages are fetched again).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constants } from 'node:os';
import { extname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SITE_DIR = join(ROOT, 'examples', 'site');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const DB = './dateline.db';
const WARC = 'examples/site/archive.warc.gz';
/** A word a haulier says in the sample's wire story (and so in each of its three copies). */
const QUOTE_QUERY = 'trailers';

/** A word every copy of the sample's wire story contains, and a few other stories too. */
const SEARCH_QUERY = 'ferry fire';
/** Below the Linux ephemeral range (32768+), so a client socket rarely holds it. */
const DEFAULT_PORT = 27411;
/** Files whose `{{origin}}` placeholder becomes the served origin. */
const TEMPLATED = new Set(['/feed.xml', '/sitemap.xml', '/robots.txt']);

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '/feed.xml': 'application/rss+xml; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.gz': 'application/gzip',
};

/* ------------------------------------------------------------------ the sample site */

/** The file a request path names, or undefined when it is outside the site or not a file. */
async function siteFile(pathname: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = join(SITE_DIR, decoded);
  if (decoded.includes('\0') || !file.startsWith(SITE_DIR + sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() ? file : undefined;
}

async function handle(req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res
      .writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
      .end('405 method not allowed\n');
    return;
  }
  const { pathname } = new URL(req.url ?? '/', origin);
  const file = await siteFile(pathname);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 not found\n');
    return;
  }
  let body = await readFile(file);
  if (TEMPLATED.has(pathname)) body = Buffer.from(body.toString('utf8').replaceAll('{{origin}}', origin));
  const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
  const headers = {
    'Content-Type': CONTENT_TYPES[pathname] ?? CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    ETag: etag,
    'Cache-Control': 'no-cache',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': body.byteLength });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Serves the site on the preferred port, or on any free one when that is taken. */
export async function serveSite(): Promise<{ server: Server; origin: string; requests: () => number }> {
  let origin = '';
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    handle(req, res, origin).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`500 ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  const wanted = Number(process.env['DATELINE_SAMPLE_PORT'] ?? DEFAULT_PORT);
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535)
    throw new Error('DATELINE_SAMPLE_PORT must be a port number from 0 to 65535 (0: any free port)');
  let port: number;
  try {
    port = await listen(server, wanted);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    port = await listen(server, 0);
    console.log(`port ${wanted} is taken: serving on ${port}, so the served pages are fetched again`);
  }
  origin = `http://127.0.0.1:${port}`;
  return { server, origin, requests: () => requests };
}

/* ------------------------------------------------------------------ the steps */

let running: ChildProcess | undefined;
let interrupted = false;

/** An argument as a shell would need it, for the header lines only. */
function shown(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : JSON.stringify(arg);
}

/** Runs `dateline <args>` under a header line; resolves to its exit status. */
function step(args: readonly string[]): Promise<number> {
  console.log(`\n==> dateline ${args.map(shown).join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: 'inherit' });
    running = child;
    child.once('error', (error) => {
      console.error(`could not run dateline: ${error.message}`);
      resolve(1);
    });
    child.once('exit', (code, signal) => {
      running = undefined;
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}

/**
 * Stops after the running step. Ctrl-C on a terminal reaches the whole process group, the step
 * included, so SIGINT is passed on only when there is no terminal: a second one would cut short
 * the graceful stop that the step's first SIGINT began.
 */
function onSignal(signal: NodeJS.Signals): void {
  interrupted = true;
  if (signal !== 'SIGINT' || !process.stdin.isTTY) running?.kill(signal);
}

async function main(): Promise<number> {
  if (!existsSync(CLI)) {
    console.error('dist/cli/main.js is missing: run `npm run build` first (`npm start` does).');
    return 1;
  }
  const started = Date.now();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const { server, origin, requests } = await serveSite();
  console.log(`==> serving the sample site (examples/site) at ${origin}`);
  let status = 0;
  try {
    const ingest = await step([
      'ingest',
      `${origin}/feed.xml`,
      `${origin}/sitemap.xml`,
      WARC,
      '--db',
      DB,
      '--allow-private',
      '--delay',
      '50',
    ]);
    status = ingest;
    // Exit 1 means some source or page failed while the rest was stored: still worth showing.
    if (ingest <= 1 && !interrupted) {
      for (const args of [
        ['search', SEARCH_QUERY, '--db', DB],
        ['stories', '--db', DB],
        ['analyze', '--db', DB],
        ['quotes', QUOTE_QUERY, '--db', DB, '--limit', '3'],
      ]) {
        const code = await step(args);
        if (status === 0) status = code;
        if (interrupted) break;
      }
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const outcome = interrupted ? 'interrupted' : status === 0 ? 'done' : `failed (exit ${status})`;
  console.log(`\n==> ${outcome} in ${seconds} s; the site answered ${requests()} requests`);
  if (interrupted) console.log('    run it again to resume: what is stored is skipped');
  else if (status === 0) console.log(`    search it yourself: npx dateline search "Nordlys Star" --db ${DB}`);
  return interrupted ? 130 : status;
}

// Run the job when this file is the entry point; importing it (a test) only gets serveSite.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}

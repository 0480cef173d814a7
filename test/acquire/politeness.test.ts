/**
 * How the Fetcher treats a server: an honest User-Agent, one request at a time per host with a
 * pause, a global cap, and retries that back off and honour Retry-After.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { type FetchError, Fetcher } from '../../src/acquire/index.js';
import { FAST, gaps, type Hit, site, startServer } from './helpers.js';

test('sends an honest User-Agent with the contact, on robots.txt and on pages', async (t) => {
  const server = await startServer(site());
  const fetcher = new Fetcher({ ...FAST, contact: 'you@example.org' });
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  await fetcher.fetch(`${server.origin}/story`);
  const agents = server.hits.map((h) => h.headers['user-agent']);
  assert.equal(agents.length, 2);
  for (const agent of agents) {
    assert.match(
      agent ?? '',
      /^dateline\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/dateline-news\/dateline; contact: you@example\.org\)$/,
    );
  }
});

test('one request at a time per host, each a perHostDelayMs after the last', async (t) => {
  const server = await startServer((_req, res) => {
    setTimeout(() => res.end('<html></html>'), 20);
  });
  const fetcher = new Fetcher({ ...FAST, perHostDelayMs: 60, respectRobots: false });
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  await Promise.all(['/1', '/2', '/3'].map((path) => fetcher.fetch(`${server.origin}${path}`)));
  assert.deepEqual(
    server.hits.map((h) => h.path),
    ['/1', '/2', '/3'],
  );
  for (const gap of gaps(server.hits)) assert.ok(gap >= 55, `gap ${gap} ms is shorter than perHostDelayMs`);
});

/** True when two of the hits were being served at the same time. */
function overlapping(hits: readonly Hit[]): boolean {
  return hits.some((a, i) => hits.some((b, j) => i !== j && a.start < b.end && b.start < a.end));
}

const slowSite = (_req: unknown, res: { end(body: string): void }): void => {
  setTimeout(() => res.end('<html></html>'), 80);
};

test('different hosts are fetched in parallel', async (t) => {
  const server = await startServer(slowSite);
  const fetcher = new Fetcher({ ...FAST, respectRobots: false });
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  // Two names for one server are two hosts to the Fetcher.
  await Promise.all([`${server.origin}/a`, `http://localhost:${server.port}/b`].map((u) => fetcher.fetch(u)));
  assert.ok(overlapping(server.hits));
});

test('concurrency caps the requests in flight over all hosts', async (t) => {
  const server = await startServer(slowSite);
  const fetcher = new Fetcher({ ...FAST, respectRobots: false, concurrency: 1 });
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  await Promise.all([`${server.origin}/a`, `http://localhost:${server.port}/b`].map((u) => fetcher.fetch(u)));
  assert.equal(server.hits.length, 2);
  assert.ok(!overlapping(server.hits));
});

test('429 with Retry-After: waits as asked, then succeeds', async (t) => {
  let calls = 0;
  const server = await startServer((_req, res) => {
    calls++;
    if (calls === 1) res.writeHead(429, { 'retry-after': '1' }).end();
    else res.end('<html>ok</html>');
  });
  const fetcher = new Fetcher({ ...FAST, respectRobots: false });
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  const page = await fetcher.fetch(`${server.origin}/busy`);
  assert.equal(page.status, 200);
  const [gap] = gaps(server.hits);
  assert.ok(gap !== undefined && gap >= 990, `retried after ${gap} ms, not the 1 s asked for`);
});

test('Retry-After past maxRetryDelayMs: gives up at once, retryable, saying when to come back', async (t) => {
  const when = new Date(Date.now() + 3_600_000).toUTCString(); // an HTTP date this time
  const server = await startServer((_req, res) => res.writeHead(503, { 'retry-after': when }).end());
  const fetcher = new Fetcher({ ...FAST, respectRobots: false, maxRetryDelayMs: 5000 });
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  await assert.rejects(fetcher.fetch(`${server.origin}/later`), (error: FetchError) => {
    assert.equal(error.code, 'http');
    assert.equal(error.status, 503);
    assert.equal(error.retryable, true);
    assert.ok(error.retryAfterMs !== undefined && error.retryAfterMs > 3_500_000);
    return true;
  });
  assert.equal(server.hits.length, 1);
});

test('500 is retried with growing backoff, then fails as a retryable http error', async (t) => {
  const server = await startServer((_req, res) => res.writeHead(500).end());
  const fetcher = new Fetcher({ ...FAST, respectRobots: false, retries: 2, retryBaseDelayMs: 40 });
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  await assert.rejects(fetcher.fetch(`${server.origin}/broken`), (error: FetchError) => {
    assert.equal(error.code, 'http');
    assert.equal(error.status, 500);
    assert.equal(error.retryable, true);
    assert.match(error.message, /^HTTP 500 Internal Server Error from http:\/\/127\.0\.0\.1:\d+\/broken$/);
    return true;
  });
  assert.equal(server.hits.length, 3);
  const [first, second] = gaps(server.hits);
  assert.ok(first !== undefined && first >= 35, `first backoff ${first} ms`);
  assert.ok(second !== undefined && second >= 75, `second backoff ${second} ms`);
});

test('404 is not retried', async (t) => {
  const server = await startServer((_req, res) => res.writeHead(404).end());
  const fetcher = new Fetcher({ ...FAST, respectRobots: false });
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  await assert.rejects(fetcher.fetch(`${server.origin}/gone`), {
    code: 'http',
    status: 404,
    retryable: false,
  });
  assert.equal(server.hits.length, 1);
});

test('a closed port is a retryable network error', async (t) => {
  const server = await startServer(site());
  await server.close(); // its port is now closed
  const fetcher = new Fetcher({ ...FAST, respectRobots: false, retries: 1 });
  t.after(() => fetcher.close());

  await assert.rejects(fetcher.fetch(`${server.origin}/`), (error: FetchError) => {
    assert.equal(error.code, 'network');
    assert.equal(error.retryable, true);
    assert.match(error.message, /ECONNREFUSED/);
    return true;
  });
});

test('options are checked once, with errors that name the option', () => {
  assert.throws(
    () => new Fetcher({ concurrency: 0 }),
    /Fetcher option concurrency must be an integer of at least 1/,
  );
  assert.throws(() => new Fetcher({ perHostDelayMs: -1 }), /perHostDelayMs/);
  assert.throws(() => new Fetcher({ accept: [] }), /accept/);
  assert.throws(() => new Fetcher({ userAgent: 'bot\r\nX-Evil: 1' }), /userAgent/);
  assert.equal(new Fetcher().options.perHostDelayMs, 1000);
});

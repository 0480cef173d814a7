/**
 * robots.txt, one test per RFC 9309 case: 2xx obeyed, 4xx allows all, 5xx and unreachable disallow
 * all, Crawl-delay slows the host down, redirects are followed for robots.txt and checked for pages.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { type FetchError, Fetcher } from '../../src/acquire/index.js';
import { FAST, gaps, site, startServer } from './helpers.js';

const ROBOTS = ['User-agent: *', 'Disallow: /', '', 'User-agent: dateline', 'Disallow: /private/', ''].join(
  '\n',
);

test('robots.txt 200: a disallowed path is refused and never requested', async (t) => {
  const server = await startServer(site({ status: 200, body: ROBOTS }));
  const fetcher = new Fetcher(FAST);
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  await assert.rejects(fetcher.fetch(`${server.origin}/private/memo.html`), (error: FetchError) => {
    assert.equal(error.code, 'robots');
    assert.equal(error.retryable, false);
    assert.match(error.message, /disallows .*\/private\/memo\.html/);
    return true;
  });
  assert.deepEqual(
    server.hits.map((h) => h.path),
    ['/robots.txt'],
  );
});

test('robots.txt 200: a path allowed for our user agent is fetched, though "*" is disallowed', async (t) => {
  const server = await startServer(site({ status: 200, body: ROBOTS }));
  const fetcher = new Fetcher(FAST);
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  const page = await fetcher.fetch(`${server.origin}/news/story.html`);
  assert.equal(page.status, 200);
  assert.match(new TextDecoder().decode(page.body), /\/news\/story\.html/);
});

test('robots.txt 404 allows everything', async (t) => {
  const server = await startServer(site({ status: 404 }));
  const fetcher = new Fetcher(FAST);
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  const page = await fetcher.fetch(`${server.origin}/private/anything`);
  assert.equal(page.status, 200);
});

test('robots.txt 500 disallows the whole host, asked once per run', async (t) => {
  const server = await startServer(site({ status: 500 }));
  const fetcher = new Fetcher(FAST);
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  for (const path of ['/a', '/b']) {
    await assert.rejects(fetcher.fetch(`${server.origin}${path}`), (error: FetchError) => {
      assert.equal(error.code, 'robots');
      assert.match(error.message, /answered HTTP 500/);
      return true;
    });
  }
  assert.deepEqual(
    server.hits.map((h) => h.path),
    ['/robots.txt'],
  );
});

test('unreachable robots.txt (connection dropped) disallows the host', async (t) => {
  const server = await startServer((req, res) => {
    if (req.url === '/robots.txt') req.socket.destroy();
    else res.end('<html></html>');
  });
  const fetcher = new Fetcher(FAST);
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  await assert.rejects(fetcher.fetch(`${server.origin}/page`), { code: 'robots' });
  assert.equal(server.hitsOn('/page').length, 0);
});

test('Crawl-delay raises the pause between requests to the host', async (t) => {
  const server = await startServer(site({ status: 200, body: 'User-agent: *\nCrawl-delay: 0.15\n' }));
  const fetcher = new Fetcher(FAST); // perHostDelayMs 0: any pause comes from Crawl-delay
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  await Promise.all(['/1', '/2', '/3'].map((path) => fetcher.fetch(`${server.origin}${path}`)));
  assert.equal(server.hits.length, 4);
  for (const gap of gaps(server.hits)) assert.ok(gap >= 140, `gap ${gap} ms is shorter than the Crawl-delay`);
});

test('robots.txt is read through a redirect', async (t) => {
  const server = await startServer((req, res) => {
    if (req.url === '/robots.txt') res.writeHead(301, { location: '/rules.txt' }).end();
    else if (req.url === '/rules.txt') res.end('User-agent: *\nDisallow: /closed\n');
    else res.end('<html></html>');
  });
  const fetcher = new Fetcher(FAST);
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  await assert.rejects(fetcher.fetch(`${server.origin}/closed`), { code: 'robots' });
  assert.equal((await fetcher.fetch(`${server.origin}/open`)).status, 200);
});

test('a redirect hop into a disallowed path is refused', async (t) => {
  const server = await startServer((req, res) => {
    if (req.url === '/robots.txt') res.end('User-agent: *\nDisallow: /closed\n');
    else if (req.url === '/moved') res.writeHead(302, { location: '/closed/page' }).end();
    else res.end('<html></html>');
  });
  const fetcher = new Fetcher(FAST);
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  await assert.rejects(fetcher.fetch(`${server.origin}/moved`), { code: 'robots' });
  assert.equal(server.hitsOn('/closed/page').length, 0);
});

test('respectRobots: false never asks for robots.txt', async (t) => {
  const server = await startServer(site({ status: 200, body: 'User-agent: *\nDisallow: /\n' }));
  const fetcher = new Fetcher({ ...FAST, respectRobots: false });
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  assert.equal((await fetcher.fetch(`${server.origin}/x`)).status, 200);
  assert.equal(server.hitsOn('/robots.txt').length, 0);
});

/**
 * URL sources against a fictional site on 127.0.0.1: one fetch tells a page from a feed from a
 * sitemap (the page is not fetched again), sitemap indexes are followed once each through loops,
 * and everything goes through the one polite Fetcher.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { Fetcher } from '../../../src/acquire/index.js';
import { classifySource, readSource, SourceError } from '../../../src/acquire/sources/index.js';
import { FAST, startServer, type TestServer } from '../helpers.js';
import { collect, context, fixture } from './helpers.js';

const RSS = readFileSync(fixture('rss.xml'));
const NEWS = readFileSync(fixture('news-sitemap.xml'));
const ARTICLE =
  '<!DOCTYPE html><html><head><title>Ferry timetable</title></head><body><p>The 7:10 moves.</p></body></html>';

function urlset(origin: string, paths: string[]): string {
  const urls = paths.map((p) => `<url><loc>${origin}${p}</loc></url>`).join('');
  return `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`;
}

function index(origin: string, paths: string[]): string {
  const maps = paths.map((p) => `<sitemap><loc>${origin}${p}</loc></sitemap>`).join('');
  return `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${maps}</sitemapindex>`;
}

/** The fictional Harbour Gazette: robots.txt, a feed, an article, sitemaps and an index loop. */
async function gazette(): Promise<TestServer> {
  let origin = '';
  const send = (res: ServerResponse, type: string, body: string | Buffer, status = 200): void => {
    res.writeHead(status, { 'content-type': type }).end(body);
  };
  const server = await startServer((req, res) => {
    const routes: Record<string, () => void> = {
      '/robots.txt': () => send(res, 'text/plain', 'User-agent: *\nDisallow: /private/\n'),
      '/feed': () => send(res, 'application/rss+xml; charset=utf-8', RSS),
      '/news/ferry': () => send(res, 'text/html; charset=utf-8', ARTICLE),
      '/feed-as-html': () => send(res, 'text/html', RSS), // content outranks a wrong type
      '/sitemap_index.xml': () =>
        send(
          res,
          'application/xml',
          index(origin, [
            '/sitemap-a.xml',
            '/sitemap-b.xml.gz',
            '/sitemap_index.xml',
            '/nested.xml',
            '/gone.xml',
            '/private/s.xml',
            '/news/ferry',
          ]),
        ),
      '/nested.xml': () => send(res, 'text/xml', index(origin, ['/sitemap-a.xml', '/news-sitemap.xml'])),
      '/sitemap-a.xml': () => send(res, 'application/xml', urlset(origin, ['/news/ferry', '/news/sea-wall'])),
      '/sitemap-b.xml.gz': () =>
        send(res, 'application/x-gzip', gzipSync(urlset(origin, ['/news/fish-market']))),
      '/news-sitemap.xml': () => send(res, 'application/xml', NEWS),
      '/settings.json': () => send(res, 'application/json', '{"theme":"dark"}'),
      '/logo.png': () => send(res, 'image/png', Buffer.alloc(64)),
    };
    const route = routes[req.url ?? ''];
    if (route) route();
    else send(res, 'text/html', 'not found', 404);
  });
  origin = server.origin;
  return server;
}

test('a page URL is fetched once and handed over as a page', async (t) => {
  const server = await gazette();
  t.after(() => server.close());
  const ctx = context(t);
  const spec = `${server.origin}/news/ferry`;
  const items = await collect(readSource(spec, ctx));
  assert.equal(items.length, 1);
  const [item] = items;
  assert.ok(item?.kind === 'page');
  assert.equal(item.source, spec);
  assert.equal(item.page.contentType, 'text/html; charset=utf-8');
  assert.equal(new TextDecoder().decode(item.page.body), ARTICLE);
  assert.equal(server.hitsOn('/news/ferry').length, 1);
  const accept = server.hitsOn('/news/ferry')[0]?.headers.accept ?? '';
  assert.match(accept, /text\/html.*application\/rss\+xml.*application\/feed\+json.*application\/gzip/);
});

test('a feed URL yields its entries, relative links resolved against the feed', async (t) => {
  const server = await gazette();
  t.after(() => server.close());
  const ctx = context(t);
  for (const path of ['/feed', '/feed-as-html']) {
    const spec = `${server.origin}${path}`;
    assert.equal((await classifySource(spec, ctx)).kind, 'feed');
    const items = await collect(readSource(spec, ctx));
    assert.deepEqual(
      items.map((i) => i.kind === 'url' && i.url),
      [
        'https://harbourgazette.example/2025/03/11/ferry-timetable',
        'https://harbourgazette.example/2025/03/10/sea-wall',
        'https://harbourgazette.example/2025/03/09/fish-market',
      ],
    );
  }
});

test('a sitemap index is followed: gzip children, nesting, loops and failures', async (t) => {
  const server = await gazette();
  t.after(() => server.close());
  const ctx = context(t);
  const spec = `${server.origin}/sitemap_index.xml`;
  const items = await collect(readSource(spec, ctx));
  const o = server.origin;
  assert.deepEqual(
    items.map((i) => (i.kind === 'url' ? [i.url, i.title ?? null] : null)),
    [
      [`${o}/news/ferry`, null],
      [`${o}/news/sea-wall`, null],
      [`${o}/news/fish-market`, null],
      ['https://valleyledger.example/news/2025/03/orchard-frost', 'Orchard growers warn of late frost'],
      ['https://valleyledger.example/news/2025/03/rail-line', 'Rail line to reopen in April'],
    ],
  );
  assert.ok(items.every((i) => i.source === spec));
  assert.deepEqual(ctx.warnings, [
    `${spec}: sitemap ${o}/sitemap_index.xml is listed again (a loop?); read once`,
    `${spec}: sitemap ${o}/sitemap-a.xml is listed again (a loop?); read once`,
    `${spec}: could not fetch sitemap ${o}/gone.xml: HTTP 404 Not Found from ${o}/gone.xml`,
    `${spec}: could not fetch sitemap ${o}/private/s.xml: robots.txt of ${o.slice(7)} disallows ${o}/private/s.xml for this user agent`,
    `${spec}: ${o}/news/ferry, listed as a sitemap, is not one; skipped`,
  ]);
  assert.equal(server.hitsOn('/sitemap_index.xml').length, 1);
  assert.equal(server.hitsOn('/sitemap-a.xml').length, 1);
  assert.equal(server.hitsOn('/robots.txt').length, 1, 'one robots.txt for the whole walk');
});

test('URL sources that are no page, feed or sitemap are SourceErrors', async (t) => {
  const server = await gazette();
  t.after(() => server.close());
  const ctx = context(t);
  await assert.rejects(
    collect(readSource(`${server.origin}/settings.json`, ctx)),
    /JSON, but not a JSON Feed/,
  );
  await assert.rejects(classifySource(`${server.origin}/logo.png`, ctx), (error: unknown) => {
    assert.ok(error instanceof SourceError);
    assert.match(error.message, /logo\.png: .*image\/png, not an accepted type/);
    assert.equal(error.retryable, false);
    return true;
  });
  await assert.rejects(classifySource(`${server.origin}/missing`, ctx), /HTTP 404/);
});

test('Fetcher.fetch takes a per-call accept list, checked like the option', async (t) => {
  const server = await gazette();
  const fetcher = new Fetcher({ ...FAST, respectRobots: false });
  t.after(() => Promise.all([fetcher.close(), server.close()]));
  await assert.rejects(fetcher.fetch(`${server.origin}/feed`), { code: 'content-type' });
  const page = await fetcher.fetch(`${server.origin}/feed`, {}, { accept: ['application/rss+xml'] });
  assert.equal(page.status, 200);
  assert.equal(server.hitsOn('/feed').at(-1)?.headers.accept, 'application/rss+xml');
  await assert.rejects(fetcher.fetch(`${server.origin}/feed`, {}, { accept: [] }), TypeError);
});

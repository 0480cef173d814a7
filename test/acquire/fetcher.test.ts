/**
 * What one fetch returns or refuses: redirects, timeouts, size limits (gzip bombs included),
 * content types, private addresses, conditional requests and bad URLs.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { type FetchError, Fetcher } from '../../src/acquire/index.js';
import { FAST, site, startServer } from './helpers.js';

const OFFLINE = { ...FAST, respectRobots: false } as const;

test('follows a relative redirect and reports where the page was read', async (t) => {
  const server = await startServer((req, res) => {
    if (req.url === '/old') res.writeHead(301, { location: '/new?x=1' }).end();
    else site()(req, res);
  });
  const fetcher = new Fetcher(OFFLINE);
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  const page = await fetcher.fetch(`${server.origin}/old`);
  assert.equal(page.url, `${server.origin}/old`);
  assert.equal(page.finalUrl, `${server.origin}/new?x=1`);
  assert.equal(page.status, 200);
  assert.equal(page.contentType, 'text/html; charset=utf-8');
  assert.ok(!Number.isNaN(Date.parse(page.fetchedAt)));
});

test('a redirect loop is a redirects error', async (t) => {
  const server = await startServer((req, res) => {
    res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' }).end();
  });
  const fetcher = new Fetcher(OFFLINE);
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  await assert.rejects(fetcher.fetch(`${server.origin}/a`), (error: FetchError) => {
    assert.equal(error.code, 'redirects');
    assert.equal(error.retryable, false);
    assert.match(error.message, /redirect loop/);
    return true;
  });
  assert.equal(server.hits.length, 2);
});

test('more than maxRedirects redirects is a redirects error', async (t) => {
  const server = await startServer((req, res) => {
    res.writeHead(307, { location: `${req.url}x` }).end();
  });
  const fetcher = new Fetcher({ ...OFFLINE, maxRedirects: 2 });
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  await assert.rejects(fetcher.fetch(`${server.origin}/`), { code: 'redirects' });
  assert.equal(server.hits.length, 3);
});

test('a body that stalls times out', async (t) => {
  const server = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body>'); // and nothing more
  });
  const fetcher = new Fetcher({ ...OFFLINE, readTimeoutMs: 100, retries: 0 });
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  await assert.rejects(fetcher.fetch(`${server.origin}/`), { code: 'timeout', retryable: true });
});

test('headers that never come time out', async (t) => {
  const server = await startServer(() => {}); // never answers
  const fetcher = new Fetcher({ ...OFFLINE, readTimeoutMs: 100, retries: 0 });
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  await assert.rejects(fetcher.fetch(`${server.origin}/`), { code: 'timeout' });
});

test('a body that drips in slower than readTimeoutMs in total times out', async (t) => {
  const server = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const drip = setInterval(() => res.write(' '), 20); // never idle long enough for the idle timeout
    res.on('close', () => clearInterval(drip));
  });
  const fetcher = new Fetcher({ ...OFFLINE, readTimeoutMs: 150, retries: 0 });
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  await assert.rejects(fetcher.fetch(`${server.origin}/`), (error: FetchError) => {
    assert.equal(error.code, 'timeout');
    assert.match(error.message, /no complete response within 150 ms/);
    return true;
  });
});

test('a Content-Length over maxBytes is refused before the body is read', async (t) => {
  const server = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10_000_000) });
    res.write('<html>'); // the rest would follow if we asked
  });
  const fetcher = new Fetcher({ ...OFFLINE, maxBytes: 1000 });
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  await assert.rejects(fetcher.fetch(`${server.origin}/big`), (error: FetchError) => {
    assert.equal(error.code, 'too-large');
    assert.equal(error.retryable, false);
    assert.match(error.message, /larger than the 1000-byte limit \(Content-Length 10000000\)/);
    return true;
  });
});

test('a streamed body over maxBytes is cut off', async (t) => {
  const server = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }); // chunked: no size up front
    for (let i = 0; i < 64; i++) res.write(Buffer.alloc(16_384, 'a'));
    res.end();
  });
  const fetcher = new Fetcher({ ...OFFLINE, maxBytes: 100_000 });
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  await assert.rejects(fetcher.fetch(`${server.origin}/`), { code: 'too-large' });
});

test('a gzip bomb is cut off by its decoded size', async (t) => {
  const bomb = gzipSync(Buffer.alloc(20_000_000)); // about 20 KB on the wire
  const server = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb);
  });
  const fetcher = new Fetcher({ ...OFFLINE, maxBytes: 1_000_000 });
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  assert.ok(bomb.length < 1_000_000);
  await assert.rejects(fetcher.fetch(`${server.origin}/`), { code: 'too-large' });
});

test('gzip, deflate and br bodies are decoded', async (t) => {
  const html = Buffer.from('<html><body>Заголовок</body></html>');
  const encoded: Record<string, Buffer> = {
    gzip: gzipSync(html),
    deflate: deflateSync(html),
    br: brotliCompressSync(html),
  };
  const server = await startServer((req, res) => {
    const coding = req.url?.slice(1) ?? '';
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': coding }).end(encoded[coding]);
  });
  const fetcher = new Fetcher(OFFLINE);
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  for (const coding of Object.keys(encoded)) {
    const page = await fetcher.fetch(`${server.origin}/${coding}`);
    assert.deepEqual(Buffer.from(page.body), html, coding);
  }
  assert.equal(server.hits[0]?.headers['accept-encoding'], 'gzip, deflate, br');
});

test('a body that is not the gzip it claims is a network error, not retried', async (t) => {
  const server = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end('<html>plain</html>');
  });
  const fetcher = new Fetcher(OFFLINE);
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  await assert.rejects(fetcher.fetch(`${server.origin}/`), (error: FetchError) => {
    assert.equal(error.code, 'network');
    assert.equal(error.retryable, false);
    assert.match(error.message, /^could not decompress .*: incorrect header check$/);
    return true;
  });
  assert.equal(server.hits.length, 1);
});

test('an image is refused as content-type; the accept option widens what is taken', async (t) => {
  const server = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  });
  const fetcher = new Fetcher(OFFLINE);
  const images = new Fetcher({ ...OFFLINE, accept: ['text/html', 'image/*'] });
  t.after(() => Promise.all([fetcher.close(), images.close(), server.close()]));

  await assert.rejects(fetcher.fetch(`${server.origin}/logo.png`), (error: FetchError) => {
    assert.equal(error.code, 'content-type');
    assert.equal(error.retryable, false);
    assert.match(error.message, /is image\/png, not an accepted type \(text\/html, application\/xhtml\+xml/);
    return true;
  });
  assert.equal(server.hits[0]?.headers.accept, 'text/html, application/xhtml+xml');
  assert.equal((await images.fetch(`${server.origin}/logo.png`)).body.length, 4);
});

test('private addresses are refused by default, by IP and by a name that resolves there', async (t) => {
  const server = await startServer(site());
  const fetcher = new Fetcher({ perHostDelayMs: 0 }); // allowPrivate defaults to false
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  await assert.rejects(fetcher.fetch(`${server.origin}/`), (error: FetchError) => {
    assert.equal(error.code, 'private-address');
    assert.equal(error.retryable, false);
    assert.equal(error.message, 'refusing private address 127.0.0.1 (pass --allow-private)');
    return true;
  });
  await assert.rejects(fetcher.fetch(`http://localhost:${server.port}/`), (error: FetchError) => {
    assert.equal(error.code, 'private-address');
    assert.match(error.message, /^refusing private address (127\.0\.0\.1|::1) \(localhost resolves there\)/);
    return true;
  });
  await assert.rejects(fetcher.fetch('http://[::1]:9/'), { code: 'private-address' });
  assert.equal(server.hits.length, 0);
});

test('a conditional fetch of an unchanged page comes back as a 304 Page with an empty body', async (t) => {
  const server = await startServer((req, res) => {
    const unchanged = req.headers['if-none-match'] === '"v1"';
    res.writeHead(unchanged ? 304 : 200, { etag: '"v1"', 'content-type': 'text/html' });
    res.end(unchanged ? undefined : '<html>v1</html>');
  });
  const fetcher = new Fetcher(OFFLINE);
  t.after(() => Promise.all([fetcher.close(), server.close()]));

  const first = await fetcher.fetch(`${server.origin}/story`);
  assert.equal(first.status, 200);
  const lastModified = 'Wed, 21 Oct 2015 07:28:00 GMT';
  const { etag = '' } = first.headers;
  const again = await fetcher.fetch(`${server.origin}/story`, { etag, lastModified });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  assert.equal(server.hits[1]?.headers['if-modified-since'], lastModified);
});

test('URLs that are not absolute http(s) are bad-url errors', async (t) => {
  const fetcher = new Fetcher(OFFLINE);
  t.after(() => fetcher.close());

  for (const url of ['example.org/news', 'ftp://example.org/file', 'javascript:alert(1)']) {
    await assert.rejects(fetcher.fetch(url), { code: 'bad-url', retryable: false });
  }
});

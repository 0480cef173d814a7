/** `dateline extract <url>` against a server on 127.0.0.1 started here; nothing else is reached. */
import * as assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { assertOneLineError, pngBytes, runCli, SMALL_PAGE } from './helpers.js';

let server: Server;
let base: string;

before(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case '/story':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(SMALL_PAGE);
        return;
      case '/old-story':
        res.writeHead(301, { location: '/story' });
        res.end();
        return;
      case '/photo':
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(pngBytes());
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A port with nothing listening: bound, then released. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('extract <url>', () => {
  it('fetches the page and gives extract the final URL after redirects', async () => {
    const r = await runCli(['extract', `${base}/old-story`, '--allow-private', '--format', 'jsonl']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const article = JSON.parse(r.stdout) as { url?: string; title: string };
    assert.equal(article.url, `${base}/story`);
    assert.equal(typeof article.title, 'string');
  });

  it('refuses a loopback address without --allow-private', async () => {
    const r = await runCli(['extract', `${base}/story`]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assertOneLineError(r, /127\.0\.0\.1/);
  });

  it('reports an HTTP error on one line', async () => {
    const r = await runCli(['extract', `${base}/gone`, '--allow-private']);
    assert.equal(r.code, 1);
    assertOneLineError(r, /404/);
  });

  it('reports a response that is not a page on one line', async () => {
    const r = await runCli(['extract', `${base}/photo`, '--allow-private']);
    assert.equal(r.code, 1);
    assertOneLineError(r, /image\/png|binary|HTML/);
  });

  it('reports an unreachable server on one line', async () => {
    const port = await closedPort();
    const r = await runCli([
      'extract',
      `http://127.0.0.1:${port}/story`,
      '--allow-private',
      '--timeout',
      '2000',
    ]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assertOneLineError(r, new RegExp(`127\\.0\\.0\\.1:${port}`));
  });
});

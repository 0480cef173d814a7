/**
 * A local HTTP server for acquire tests: it records each request with its start and end times,
 * so tests can check pacing. Servers listen on 127.0.0.1, port 0; nothing leaves the machine.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Hit {
  path: string;
  headers: IncomingMessage['headers'];
  /** ms since the epoch when the request arrived and when its response ended or broke off. */
  start: number;
  end: number;
}

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  hits: Hit[];
  /** Hits on one path. */
  hitsOn(path: string): Hit[];
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Starts a server; `handler` answers everything, robots.txt included. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const hits: Hit[] = [];
  const server = createServer((req, res) => {
    const hit: Hit = { path: req.url ?? '', headers: req.headers, start: Date.now(), end: Number.NaN };
    hits.push(hit);
    res.on('close', () => {
      hit.end = Date.now();
    });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    hits,
    hitsOn: (path) => hits.filter((h) => h.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections(); // stalled responses in timeout tests would hold close() forever
        server.close(() => resolve());
      }),
  };
}

/** A handler that serves HTML on every path, with the given robots.txt (or its absence, 404). */
export function site(robots?: { status?: number; body?: string }): Handler {
  return (req, res) => {
    if (req.url === '/robots.txt') {
      res.writeHead(robots?.status ?? 404, { 'content-type': 'text/plain' });
      res.end(robots?.body ?? '');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<html><body>${req.url}</body></html>`);
  };
}

/** Options that keep tests fast: no pauses, short timeouts, quick retries, loopback allowed. */
export const FAST = {
  allowPrivate: true,
  perHostDelayMs: 0,
  retryBaseDelayMs: 10,
  connectTimeoutMs: 500,
  readTimeoutMs: 500,
} as const;

/** The gap in ms between the end of each request and the start of the next. */
export function gaps(hits: readonly Hit[]): number[] {
  return hits.slice(1).map((hit, i) => hit.start - (hits[i]?.end ?? Number.NaN));
}

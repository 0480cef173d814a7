/**
 * One HTTP exchange with undici: connect (public addresses only, unless allowed), send a GET,
 * read the body within the time and size limits. No redirects, retries or politeness here: the
 * Fetcher decides those, hop by hop.
 */
import { Agent, type Dispatcher, request } from 'undici';
import { isPrivateAddress, literalAddress, privateAddressError, publicOnlyLookup } from './address.js';
import { type BodyLimit, decodersFor, readBody, tooLarge } from './body.js';
import { FetchError, toFetchError } from './errors.js';
import type { ResolvedOptions } from './options.js';

/** A response as received: status, headers with lower-case names, and the decoded body. */
export interface Exchange {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  /** Decoded bytes of a 2xx response; empty for every other status. */
  body: Uint8Array;
  /** When the headers arrived, ISO 8601. */
  receivedAt: string;
}

/** What one request sends and accepts. */
export interface ExchangeRequest {
  headers: Record<string, string>;
  limit: BodyLimit;
  /** Media types a 2xx body may have; absent accepts any. */
  accept?: readonly string[];
}

type TransportOptions = Pick<
  ResolvedOptions,
  'userAgent' | 'connectTimeoutMs' | 'readTimeoutMs' | 'allowPrivate'
>;

/** Owns the connection pool; `close()` it when done. */
export class Transport {
  readonly #agent: Agent;
  readonly #options: TransportOptions;

  constructor(options: TransportOptions) {
    this.#options = options;
    this.#agent = new Agent({
      connect: {
        timeout: options.connectTimeoutMs,
        ...(options.allowPrivate ? {} : { lookup: publicOnlyLookup }),
      },
      // Backstops only: the deadline in send() is shorter or equal, and more precise.
      headersTimeout: options.readTimeoutMs,
      bodyTimeout: options.readTimeoutMs,
    });
  }

  /** Sends one GET to `url` and reads the answer; throws FetchError. */
  async send(url: URL, req: ExchangeRequest): Promise<Exchange> {
    this.#checkLiteralAddress(url);
    const controller = new AbortController();
    const headers = { 'user-agent': this.#options.userAgent, ...req.headers };
    // undici's idle timeouts do not stop a server that drips one byte at a time, and they tick
    // coarsely (about 1 s); this deadline on the whole response does both.
    const deadline = setTimeout(() => controller.abort(this.#tooSlow(url)), this.#options.readTimeoutMs);
    try {
      const response = await request(url, {
        dispatcher: this.#agent,
        method: 'GET',
        headers,
        signal: controller.signal,
      });
      const receivedAt = new Date().toISOString();
      const received = normaliseHeaders(response.headers);
      const body = await readFor(url.href, response.statusCode, received, response.body, req);
      return {
        status: response.statusCode,
        statusText: response.statusText,
        headers: received,
        body,
        receivedAt,
      };
    } catch (error) {
      throw toFetchError(error, url.href);
    } finally {
      clearTimeout(deadline);
    }
  }

  /** Closes idle connections and waits for requests in flight. */
  close(): Promise<void> {
    return this.#agent.close();
  }

  /** An IP literal never reaches the DNS lookup, so it is checked here. */
  #checkLiteralAddress(url: URL): void {
    const address = literalAddress(url);
    if (!this.#options.allowPrivate && address !== undefined && isPrivateAddress(address)) {
      throw privateAddressError(address);
    }
  }

  #tooSlow(url: URL): FetchError {
    const ms = this.#options.readTimeoutMs;
    return new FetchError('timeout', `timed out fetching ${url.href}: no complete response within ${ms} ms`, {
      url: url.href,
    });
  }
}

/** Reads a 2xx body after checking its declared size and type; drains any other. */
async function readFor(
  url: string,
  status: number,
  headers: Record<string, string>,
  body: Dispatcher.ResponseData['body'],
  req: ExchangeRequest,
): Promise<Uint8Array> {
  if (status < 200 || status > 299) {
    await body.dump().catch(() => {}); // a redirect or error body is not worth reading
    return new Uint8Array(0);
  }
  try {
    checkDeclaredSize(url, headers, req.limit);
    checkContentType(url, headers['content-type'], req.accept);
    return await readBody(body, decodersFor(headers['content-encoding'], url), req.limit, url);
  } catch (error) {
    // Refused before or while reading: drop the connection rather than read the rest. Destroying
    // emits an abort error that nobody else listens for, so it is swallowed here.
    body.on('error', () => {}).destroy();
    throw error;
  }
}

function checkDeclaredSize(url: string, headers: Record<string, string>, limit: BodyLimit): void {
  const declared = Number(headers['content-length']);
  if (limit.overLimit === 'error' && declared > limit.maxBytes) throw tooLarge(url, limit.maxBytes, declared);
}

/** Refuses a body whose media type is not accepted; a missing type is let through for sniffing. */
function checkContentType(url: string, contentType: string | undefined, accept?: readonly string[]): void {
  if (accept === undefined || contentType === undefined) return;
  const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (accept.some((pattern) => matchesMediaType(essence, pattern))) return;
  throw new FetchError(
    'content-type',
    `${url} is ${essence || 'of no type'}, not an accepted type (${accept.join(', ')}; widen with the accept option)`,
    { url },
  );
}

/** `text/html` matches itself, `text/*` and `*\/*`. */
function matchesMediaType(essence: string, pattern: string): boolean {
  const wanted = pattern.toLowerCase();
  if (wanted === '*/*' || wanted === essence) return true;
  return wanted.endsWith('/*') && essence.startsWith(wanted.slice(0, -1));
}

/** Lower-case names, repeated headers joined with ", " (Set-Cookie, which we never send back, too). */
function normaliseHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/**
 * The polite fetcher: robots.txt, per-host pacing, a global concurrency cap, redirects checked hop
 * by hop, and retries with backoff. One Fetcher serves a whole run (one URL or thousands): its
 * robots cache and host schedules are the state that makes it polite.
 */
import { ACCEPT_ENCODING, type BodyLimit } from './body.js';
import { FetchError, httpError, toFetchError } from './errors.js';
import {
  checkAccept,
  type FetcherOptions,
  type FetchOptions,
  type ResolvedOptions,
  ROBOTS_MAX_BYTES,
  resolveOptions,
} from './options.js';
import type { Conditional, Page } from './page.js';
import { parseRetryAfter, retryDelay } from './retry.js';
import { type RobotsAnswer, RobotsCache } from './robots.js';
import { type HostSchedule, Schedules, Slots } from './schedule.js';
import { type Exchange, type ExchangeRequest, Transport } from './transport.js';

const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);

/** RFC 9309 asks crawlers to follow at least five redirects for robots.txt. */
const ROBOTS_MAX_REDIRECTS = 5;

const ROBOTS_REQUEST: ExchangeRequest = {
  headers: { accept: 'text/plain, */*;q=0.1', 'accept-encoding': ACCEPT_ENCODING },
  limit: { maxBytes: ROBOTS_MAX_BYTES, overLimit: 'truncate' },
};

/** Fetches pages politely; share one per run and `close()` it at the end. */
export class Fetcher {
  /** The options in force, defaults applied. */
  readonly options: Readonly<ResolvedOptions>;
  readonly #transport: Transport;
  readonly #schedules: Schedules;
  readonly #slots: Slots;
  readonly #robots: RobotsCache | undefined;

  /** Throws a TypeError naming the option when one is invalid. */
  constructor(options: FetcherOptions = {}) {
    this.options = resolveOptions(options);
    this.#transport = new Transport(this.options);
    this.#schedules = new Schedules(this.options.perHostDelayMs);
    this.#slots = new Slots(this.options.concurrency);
    this.#robots = this.options.respectRobots
      ? new RobotsCache(
          (robotsUrl) => this.#loadRobots(robotsUrl),
          this.options.userAgent,
          (url, ms) => this.#schedules.for(url).raiseDelay(ms),
        )
      : undefined;
  }

  /**
   * Fetches one page, following redirects. With `conditional` validators, an unchanged page comes
   * back with status 304 and an empty body. Throws FetchError; its `retryable` says whether a later
   * attempt may succeed. `options.accept` widens or narrows the media types for this one call
   * (a TypeError names a bad list).
   */
  async fetch(url: string, conditional: Conditional = {}, options: FetchOptions = {}): Promise<Page> {
    if (options.accept !== undefined) checkAccept(options.accept);
    const requested = parseTarget(url);
    const request = this.#pageRequest(conditional, options.accept ?? this.options.accept);
    const visited = new Set<string>();
    let current = requested;
    for (;;) {
      visited.add(withoutHash(current));
      await this.#robots?.check(current);
      const exchange = await this.#withRetries(current, request);
      const next = redirectTarget(current, exchange);
      if (next === undefined) return toPage(requested, current, exchange);
      this.#checkRedirect(requested, next, visited);
      current = next;
    }
  }

  /** Closes connections; fetches still running finish first. */
  close(): Promise<void> {
    return this.#transport.close();
  }

  #pageRequest(conditional: Conditional, accept: readonly string[]): ExchangeRequest {
    const limit: BodyLimit = { maxBytes: this.options.maxBytes, overLimit: 'error' };
    const headers: Record<string, string> = {
      accept: accept.join(', '),
      'accept-encoding': ACCEPT_ENCODING,
    };
    if (conditional.etag !== undefined) headers['if-none-match'] = conditional.etag;
    if (conditional.lastModified !== undefined) headers['if-modified-since'] = conditional.lastModified;
    return { headers, limit, accept };
  }

  #checkRedirect(requested: URL, next: URL, visited: Set<string>): void {
    if (visited.has(withoutHash(next))) {
      throw new FetchError('redirects', `redirect loop from ${requested.href} back to ${next.href}`, {
        url: requested.href,
      });
    }
    if (visited.size > this.options.maxRedirects) {
      throw new FetchError(
        'redirects',
        `more than ${this.options.maxRedirects} redirects from ${requested.href} (last to ${next.href})`,
        { url: requested.href },
      );
    }
  }

  /** One hop, tried again after retryable failures; the wait holds the whole host. */
  async #withRetries(url: URL, request: ExchangeRequest): Promise<Exchange> {
    const schedule = this.#schedules.for(url);
    for (let attempt = 0; ; attempt++) {
      const exchange = await schedule.run(() => this.#attempt(url, request, attempt, schedule));
      if (exchange !== undefined) return exchange;
    }
  }

  /** Sends once; resolves undefined when a retry is due (after holding the host for the wait). */
  async #attempt(
    url: URL,
    request: ExchangeRequest,
    attempt: number,
    schedule: HostSchedule,
  ): Promise<Exchange | undefined> {
    try {
      const exchange = await this.#slots.run(() => this.#transport.send(url, request));
      if (exchange.status >= 400) {
        const retryAfterMs = parseRetryAfter(exchange.headers['retry-after']);
        throw httpError(url.href, exchange.status, exchange.statusText, retryAfterMs);
      }
      return exchange;
    } catch (error) {
      const failure = toFetchError(error, url.href);
      const wait = failure.retryable ? retryDelay(this.options, attempt, failure.retryAfterMs) : undefined;
      if (wait === undefined) throw failure;
      schedule.hold(wait); // inside the host's turn, so no other request to it starts before the wait
      return undefined;
    }
  }

  /** Fetches a robots.txt, following redirects, without retries: a failure is itself an answer. */
  async #loadRobots(robotsUrl: URL): Promise<RobotsAnswer> {
    let current = robotsUrl;
    try {
      for (let hop = 0; ; hop++) {
        const target = current;
        const exchange = await this.#schedules
          .for(target)
          .run(() => this.#slots.run(() => this.#transport.send(target, ROBOTS_REQUEST)));
        const next = hop < ROBOTS_MAX_REDIRECTS ? redirectTarget(target, exchange) : undefined;
        if (next === undefined)
          return { status: exchange.status, text: new TextDecoder().decode(exchange.body) };
        current = next;
      }
    } catch (error) {
      const failure = toFetchError(error, current.href);
      if (failure.code === 'private-address') throw failure; // the page itself would be refused too
      return { error: failure };
    }
  }
}

/** Parses the URL a caller gave; only absolute http(s) URLs are fetched. */
function parseTarget(url: string): URL {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (parsed === undefined || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new FetchError(
      'bad-url',
      `cannot fetch ${JSON.stringify(url)}: give an absolute http:// or https:// URL`,
      {
        url,
      },
    );
  }
  return parsed;
}

/** Where a redirect points, or undefined when the response is not a usable redirect. */
function redirectTarget(current: URL, exchange: Exchange): URL | undefined {
  const { location } = exchange.headers;
  if (!REDIRECT_STATUS.has(exchange.status) || location === undefined) return undefined;
  const next = URL.canParse(location, current.href) ? new URL(location, current) : undefined;
  if (next === undefined || (next.protocol !== 'http:' && next.protocol !== 'https:')) {
    throw new FetchError(
      'bad-url',
      `${current.href} redirects to ${JSON.stringify(location)}, which is not http(s)`,
      {
        url: current.href,
      },
    );
  }
  return next;
}

/** The final response as a Page; anything but 2xx and 304 is an error. */
function toPage(requested: URL, final: URL, exchange: Exchange): Page {
  const { status, statusText, headers, body, receivedAt } = exchange;
  if (!((status >= 200 && status <= 299) || status === 304)) {
    throw httpError(final.href, status, statusText);
  }
  const contentType = headers['content-type'];
  return {
    url: requested.href,
    finalUrl: final.href,
    status,
    headers,
    ...(contentType === undefined ? {} : { contentType }),
    body,
    fetchedAt: receivedAt,
  };
}

function withoutHash(url: URL): string {
  return url.href.replace(/#.*$/, '');
}

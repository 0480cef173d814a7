/**
 * Fetcher options: the politeness and safety defaults in one place, validated once.
 */
import { createRequire } from 'node:module';

/** What a caller may pass to `new Fetcher()`; every field has a default. */
export interface FetcherOptions {
  /** Sent on every request, robots.txt included. @default `dateline/<version> (+https://github.com/dateline-news/dateline)` */
  userAgent?: string;
  /** A way to reach the operator, added to the User-Agent (`; contact: you@example.org`). */
  contact?: string;
  /** Pause between two requests to one host; robots.txt Crawl-delay can raise it. @default 1000 */
  perHostDelayMs?: number;
  /** Requests in flight at once, over all hosts. @default 8 */
  concurrency?: number;
  /** Time allowed to open a connection (TCP and TLS). @default 10000 */
  connectTimeoutMs?: number;
  /** Time allowed for a whole response, headers and body, once the request is sent. @default 30000 */
  readTimeoutMs?: number;
  /** Largest body accepted, counted after decompression. @default 52428800 (50 MiB) */
  maxBytes?: number;
  /** Redirects followed per fetch; each hop is checked like the first URL. @default 5 */
  maxRedirects?: number;
  /** Extra attempts after a retryable failure (429, 5xx, timeout, network). @default 2 */
  retries?: number;
  /** First retry pause; it doubles on each attempt. @default 1000 */
  retryBaseDelayMs?: number;
  /** Longest pause before a retry; a longer Retry-After gives up instead. @default 60000 */
  maxRetryDelayMs?: number;
  /** Obey robots.txt (RFC 9309). @default true */
  respectRobots?: boolean;
  /** Allow loopback, private and link-local addresses (tests, intranets). @default false */
  allowPrivate?: boolean;
  /** Media types accepted for pages; `type/*` and `*\/*` match broadly. @default ['text/html', 'application/xhtml+xml'] */
  accept?: readonly string[];
}

/** Settings for one `Fetcher.fetch` call, over the Fetcher's own. */
export interface FetchOptions {
  /**
   * Media types accepted for this fetch instead of the Fetcher's `accept`: feeds and sitemaps (XML,
   * JSON, gzip) go through the same polite per-host schedule as pages. @default the Fetcher's `accept`
   */
  accept?: readonly string[];
}

/** Options after defaults and validation: what the rest of acquire reads. */
export type ResolvedOptions = Required<Omit<FetcherOptions, 'contact' | 'accept'>> & {
  accept: readonly string[];
};

const PROJECT_URL = 'https://github.com/dateline-news/dateline';

/**
 * Politeness and safety defaults. A crawler that is slower than it could be costs us minutes; one
 * that is faster than a site expects costs the site, and gets us blocked. So: one request at a
 * time per host with a 1 s pause (Crawl-delay may raise it), few retries with backoff, bounded waits
 * and sizes, and no requests to addresses inside the operator's own network.
 */
export const DEFAULTS: Readonly<Omit<ResolvedOptions, 'userAgent'>> = {
  perHostDelayMs: 1000,
  concurrency: 8,
  connectTimeoutMs: 10_000,
  readTimeoutMs: 30_000,
  maxBytes: 50 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  retryBaseDelayMs: 1000,
  maxRetryDelayMs: 60_000,
  respectRobots: true,
  allowPrivate: false,
  accept: ['text/html', 'application/xhtml+xml'],
};

/** RFC 9309 asks parsers to read at least 500 KiB of robots.txt; content past that is ignored. */
export const ROBOTS_MAX_BYTES: number = 500 * 1024;
/** RFC 9309: a cached robots.txt should not be used for more than 24 hours. */
export const ROBOTS_TTL_MS: number = 24 * 60 * 60 * 1000;

type NumberKey = {
  [K in keyof ResolvedOptions]: ResolvedOptions[K] extends number ? K : never;
}[keyof ResolvedOptions];

/** The smallest value each numeric option takes. */
const MINIMUM: Record<NumberKey, number> = {
  perHostDelayMs: 0,
  concurrency: 1,
  connectTimeoutMs: 1,
  readTimeoutMs: 1,
  maxBytes: 1,
  maxRedirects: 0,
  retries: 0,
  retryBaseDelayMs: 0,
  maxRetryDelayMs: 0,
};

/** Applies defaults and checks every option; throws a TypeError that names the bad option. */
export function resolveOptions(options: FetcherOptions = {}): ResolvedOptions {
  const resolved: ResolvedOptions = {
    ...DEFAULTS,
    ...definedOnly(options),
    userAgent: buildUserAgent(options.userAgent, options.contact),
  };
  for (const key of Object.keys(MINIMUM) as NumberKey[]) checkInteger(key, resolved[key], MINIMUM[key]);
  for (const key of ['respectRobots', 'allowPrivate'] as const) {
    if (typeof resolved[key] !== 'boolean') fail(key, 'must be true or false', resolved[key]);
  }
  checkAccept(resolved.accept);
  return resolved;
}

/** `dateline/<version> (+url)`, with the contact inside the comment when one is given. */
export function buildUserAgent(userAgent: string | undefined, contact: string | undefined): string {
  const base = userAgent ?? `dateline/${packageVersion()} (+${PROJECT_URL})`;
  checkHeaderText('userAgent', base);
  if (contact === undefined) return base;
  checkHeaderText('contact', contact);
  return base.endsWith(')') ? `${base.slice(0, -1)}; contact: ${contact})` : `${base} (contact: ${contact})`;
}

function definedOnly(options: FetcherOptions): Partial<ResolvedOptions> {
  const { contact: _contact, userAgent: _userAgent, ...rest } = options;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
}

function checkInteger(key: string, value: unknown, min: number): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    fail(key, `must be an integer of at least ${min}`, value);
  }
}

function checkHeaderText(key: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '' || /[\r\n]/.test(value)) {
    fail(key, 'must be a non-empty single line', value);
  }
}

/** Throws a TypeError unless `accept` is a non-empty list of media types (`type/subtype`, `type/*`). */
export function checkAccept(accept: unknown): void {
  const valid =
    Array.isArray(accept) &&
    accept.length > 0 &&
    accept.every((t) => typeof t === 'string' && /^[\w.+-]+\/[\w.+*-]+$/.test(t));
  if (!valid) fail('accept', 'must be a non-empty list of media types such as "text/html"', accept);
}

function fail(key: string, rule: string, value: unknown): never {
  throw new TypeError(`Fetcher option ${key} ${rule} (got ${JSON.stringify(value)})`);
}

let version: string | undefined;

/** The package version, read once; the path holds from src/acquire and from dist/acquire. */
function packageVersion(): string {
  if (version === undefined) {
    try {
      const pkg: unknown = createRequire(import.meta.url)('../../package.json');
      const found = (pkg as { version?: unknown }).version;
      version = typeof found === 'string' ? found : '0.0.0';
    } catch {
      version = '0.0.0';
    }
  }
  return version;
}

/**
 * Fetching one page for `dateline extract <url>`, through the polite Fetcher of the acquire
 * stage. The acquire module is loaded only when a URL is given, so file runs stay fast.
 */
import type { FetcherOptions } from '../acquire/index.js';
import { CliError } from './errors.js';

/** Network options the CLI gives the Fetcher. */
export interface NetworkOptions {
  /** Allow private, loopback and link-local addresses (off by default: SSRF guard). */
  allowPrivate?: boolean;
  /** The User-Agent header. @default the Fetcher's */
  userAgent?: string;
  /** A contact (URL or e-mail) added to the User-Agent. */
  contact?: string;
  /** Connect and read timeout, each, in milliseconds. @default the Fetcher's */
  timeoutMs?: number;
  /** Largest body accepted, in bytes. */
  maxBytes?: number;
  /** Pause between requests to one host, in milliseconds. @default the Fetcher's */
  perHostDelayMs?: number;
}

/** What extract needs from a fetched page. */
export interface FetchedPage {
  body: Uint8Array;
  finalUrl: string;
  contentType?: string;
}

/** The Fetcher options these network options ask for; every fetching command builds them here. */
export function fetcherOptions(options: NetworkOptions): FetcherOptions {
  return {
    ...(options.allowPrivate ? { allowPrivate: true } : {}),
    ...(options.userAgent !== undefined ? { userAgent: options.userAgent } : {}),
    ...(options.contact !== undefined ? { contact: options.contact } : {}),
    ...(options.timeoutMs !== undefined
      ? { connectTimeoutMs: options.timeoutMs, readTimeoutMs: options.timeoutMs }
      : {}),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    ...(options.perHostDelayMs !== undefined ? { perHostDelayMs: options.perHostDelayMs } : {}),
  };
}

/** Fetches `url`; a non-2xx answer is a failure. */
export async function fetchPage(url: string, options: NetworkOptions): Promise<FetchedPage> {
  const { Fetcher } = await import('../acquire/index.js');
  const fetcher = new Fetcher(fetcherOptions(options));
  let page: Awaited<ReturnType<typeof fetcher.fetch>>;
  try {
    page = await fetcher.fetch(url);
  } finally {
    await fetcher.close().catch(() => undefined);
  }
  if (page.status < 200 || page.status > 299) {
    throw new CliError(`${page.finalUrl} answered HTTP ${page.status}; no page to extract`);
  }
  return {
    body: page.body,
    finalUrl: page.finalUrl,
    ...(page.contentType !== undefined ? { contentType: page.contentType } : {}),
  };
}

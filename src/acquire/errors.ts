/**
 * Fetch failures, classified by what the caller should do: retry later, skip the URL, or fix a setting.
 */

/** Why a fetch failed. */
export type FetchErrorCode =
  | 'robots'
  | 'private-address'
  | 'timeout'
  | 'too-large'
  | 'content-type'
  | 'http'
  | 'network'
  | 'redirects'
  | 'bad-url';

/** Facts about a failure beyond its code and message. */
export interface FetchErrorDetails {
  /** Whether trying the same URL later may succeed. */
  retryable?: boolean;
  /** The URL whose request failed (a redirect hop, or a robots.txt, may differ from the one asked for). */
  url?: string;
  /** HTTP status, for `http` errors. */
  status?: number;
  /** How long the server asked us to wait (Retry-After), in milliseconds. */
  retryAfterMs?: number;
  cause?: unknown;
}

/** A URL that could not be fetched; `message` is one line that says what happened and how to fix it. */
export class FetchError extends Error {
  readonly code: FetchErrorCode;
  readonly retryable: boolean;
  readonly url: string | undefined;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(code: FetchErrorCode, message: string, details: FetchErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'FetchError';
    this.code = code;
    this.retryable = details.retryable ?? (code === 'timeout' || code === 'network');
    this.url = details.url;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** Statuses worth another try: the server is busy or briefly broken, not refusing. */
const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

/** The error for a final response that is not a page (4xx, 5xx, or an unusable 3xx). */
export function httpError(
  url: string,
  status: number,
  statusText: string,
  retryAfterMs?: number,
): FetchError {
  const text = statusText ? ` ${statusText}` : '';
  const wait = retryAfterMs === undefined ? '' : ` (server asks to wait ${Math.ceil(retryAfterMs / 1000)} s)`;
  return new FetchError('http', `HTTP ${status}${text} from ${url}${wait}`, {
    url,
    status,
    retryable: RETRYABLE_STATUS.has(status),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

/** Timeouts raised by undici and by the OS, each with the step that took too long. */
const TIMEOUTS: Record<string, string> = {
  UND_ERR_CONNECT_TIMEOUT: 'connecting for',
  ETIMEDOUT: 'connecting for',
  UND_ERR_HEADERS_TIMEOUT: 'waiting for the headers of',
  UND_ERR_BODY_TIMEOUT: 'waiting for more of the body of',
};
/** Failures that will not go away on a retry: the name does not exist, or the certificate is bad. */
const PERMANENT_NETWORK_CODES = new Set([
  'ENOTFOUND',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Turns whatever a request threw into a FetchError; FetchErrors pass through unchanged. */
export function toFetchError(error: unknown, url: string): FetchError {
  if (error instanceof FetchError) return error;
  const code = errorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  const step = TIMEOUTS[code];
  if (step !== undefined) return new FetchError('timeout', `timed out ${step} ${url}`, { url, cause: error });
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') {
    return new FetchError('too-large', `${url} is larger than the size limit`, { url, cause: error });
  }
  if (code.startsWith('Z_') || code.startsWith('ERR__ERROR_FORMAT') || code.startsWith('ERR_BROTLI')) {
    return new FetchError('network', `could not decompress ${url}: ${detail}`, {
      url,
      retryable: false,
      cause: error,
    });
  }
  const suffix = code && !detail.includes(code) ? ` (${code})` : '';
  return new FetchError('network', `could not fetch ${url}: ${detail}${suffix}`, {
    url,
    retryable: !PERMANENT_NETWORK_CODES.has(code),
    cause: error,
  });
}

function errorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('code' in error)) return '';
  return typeof error.code === 'string' ? error.code : '';
}

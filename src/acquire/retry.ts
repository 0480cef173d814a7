/**
 * How long to wait before trying again: exponential backoff, or what the server asked for.
 */

export interface RetryPolicy {
  retries: number;
  retryBaseDelayMs: number;
  maxRetryDelayMs: number;
}

/**
 * Milliseconds to wait before attempt `attempt + 1`, or undefined to give up: out of attempts,
 * or the server asks for a longer wait than we are willing to hold the host for (the caller may
 * come back later, using the error's `retryAfterMs`).
 */
export function retryDelay(policy: RetryPolicy, attempt: number, retryAfterMs?: number): number | undefined {
  if (attempt >= policy.retries) return undefined;
  if (retryAfterMs !== undefined) return retryAfterMs <= policy.maxRetryDelayMs ? retryAfterMs : undefined;
  return Math.min(policy.retryBaseDelayMs * 2 ** attempt, policy.maxRetryDelayMs);
}

/**
 * A Retry-After header in milliseconds from `now`: delay-seconds or an HTTP date (RFC 9110 10.2.3).
 * A date in the past means now; anything unreadable is ignored.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Backoff and Retry-After arithmetic. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parseRetryAfter, retryDelay } from '../../src/acquire/retry.js';

const POLICY = { retries: 3, retryBaseDelayMs: 1000, maxRetryDelayMs: 5000 };

test('backoff doubles per attempt, is capped, and stops after the last retry', () => {
  assert.deepEqual(
    [0, 1, 2, 3].map((attempt) => retryDelay(POLICY, attempt)),
    [1000, 2000, 4000, undefined],
  );
  assert.equal(retryDelay({ ...POLICY, retries: 9 }, 5), 5000);
});

test('Retry-After is honoured when within the cap, and gives up when beyond it', () => {
  assert.equal(retryDelay(POLICY, 0, 3000), 3000);
  assert.equal(retryDelay(POLICY, 0, 60_000), undefined);
});

test('Retry-After reads delay-seconds and HTTP dates; a past date means now', () => {
  const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
  assert.equal(parseRetryAfter('120', now), 120_000);
  assert.equal(parseRetryAfter('Wed, 21 Oct 2015 07:29:30 GMT', now), 90_000);
  assert.equal(parseRetryAfter('Tue, 20 Oct 2015 07:28:00 GMT', now), 0);
  assert.equal(parseRetryAfter('soon', now), undefined);
  assert.equal(parseRetryAfter(undefined, now), undefined);
});

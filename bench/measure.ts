/** Timing and memory helpers shared by every benchmark worker. */

/** Per-item wall times of a timed pass. */
export interface Timing {
  /** Milliseconds per item, in input order. */
  perItemMs: number[];
  /** Sum of `perItemMs`. */
  totalMs: number;
}

/** The outcome of one item: its result, or the error it threw. */
export type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * Runs `fn` on the first `warmup` items untimed (JIT and lazy module state), then on every item
 * with its own `performance.now()` clock. `prepare` turns an item into `fn`'s input outside the
 * clock, one item at a time, so that prepared inputs (decoded pages) never pile up in memory.
 * Sync results are not awaited, so sync work pays no microtask cost; errors are caught per item
 * and timed like results.
 */
export async function timeEach<T, P, R>(
  items: readonly T[],
  prepare: (item: T) => P,
  fn: (input: P) => R | Promise<R>,
  warmup: number,
): Promise<{ outcomes: Outcome<R>[]; timing: Timing }> {
  for (const item of items.slice(0, warmup)) {
    try {
      await fn(prepare(item));
    } catch {
      // Warm-up failures show again in the timed pass.
    }
  }
  const outcomes: Outcome<R>[] = [];
  const perItemMs: number[] = [];
  for (const item of items) {
    const input = prepare(item);
    const start = performance.now();
    let outcome: Outcome<R>;
    try {
      const result = fn(input);
      outcome = { ok: true, value: result instanceof Promise ? await result : result };
    } catch (error) {
      outcome = { ok: false, error };
    }
    perItemMs.push(performance.now() - start);
    outcomes.push(outcome);
  }
  return { outcomes, timing: { perItemMs, totalMs: perItemMs.reduce((a, b) => a + b, 0) } };
}

/** The median of a list of numbers (0 when empty). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Items per second over a total time in milliseconds. */
export function perSecond(count: number, totalMs: number): number {
  return totalMs > 0 ? (count * 1000) / totalMs : 0;
}

/** This process's peak resident set size so far, in MB (`maxRSS` is in kilobytes). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Total times of two functions run on the same items, interleaved item by item. */
export interface PairedTiming {
  aMs: number;
  bMs: number;
}

/**
 * Times `a` and `b` on every item, interleaved (a then b on even items, b then a on odd ones), so
 * that a busy machine slows both alike and their ratio stays meaningful. Errors are ignored:
 * timing them is what matters here. Both are warmed up first.
 */
export async function timePaired<T>(
  items: readonly T[],
  a: (item: T) => unknown,
  b: (item: T) => unknown,
  warmup: number,
): Promise<PairedTiming> {
  const once = async (fn: (item: T) => unknown, item: T): Promise<number> => {
    const start = performance.now();
    try {
      await fn(item);
    } catch {
      // Counted in the main pass.
    }
    return performance.now() - start;
  };
  for (const item of items.slice(0, warmup)) {
    await once(a, item);
    await once(b, item);
  }
  let aMs = 0;
  let bMs = 0;
  for (const [i, item] of items.entries()) {
    if (i % 2 === 0) {
      aMs += await once(a, item);
      bMs += await once(b, item);
    } else {
      bMs += await once(b, item);
      aMs += await once(a, item);
    }
  }
  return { aMs, bMs };
}

/**
 * When a request may start: one at a time per host with a pause between them, and a global cap on
 * requests in flight. Tasks queue in arrival order; nothing here knows about HTTP.
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** One host's queue: tasks run one after another, each starting a pause after the last one ended. */
export class HostSchedule {
  #delayMs: number;
  #lastEnd = 0;
  #holdUntil = 0;
  #tail: Promise<void> = Promise.resolve();

  constructor(delayMs: number) {
    this.#delayMs = delayMs;
  }

  /** The pause between requests now in force. */
  get delayMs(): number {
    return this.#delayMs;
  }

  /** Raises the pause (robots.txt Crawl-delay); it never lowers it. Applies to tasks already queued. */
  raiseDelay(ms: number): void {
    this.#delayMs = Math.max(this.#delayMs, ms);
  }

  /**
   * Holds every later task until `ms` from now (a 429 or 503 speaks for the whole host). Call it
   * from inside a running task, so that the next task cannot start before the hold is known.
   */
  hold(ms: number): void {
    this.#holdUntil = Math.max(this.#holdUntil, Date.now() + ms);
  }

  /** Runs `task` when this host's turn comes, and records when it ended. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    const previous = this.#tail;
    let release = (): void => {};
    this.#tail = new Promise((resolve) => {
      release = resolve;
    });
    await previous;
    try {
      await this.#waitTurn();
      return await task();
    } finally {
      this.#lastEnd = Date.now();
      release();
    }
  }

  /** Sleeps until the pause has passed; loops because the pause may grow while we sleep. */
  async #waitTurn(): Promise<void> {
    for (;;) {
      const wait = Math.max(this.#lastEnd + this.#delayMs, this.#holdUntil) - Date.now();
      if (wait <= 0) return;
      await sleep(wait);
    }
  }
}

/** A counting semaphore: at most `size` tasks run at once, the rest wait in arrival order. */
export class Slots {
  #free: number;
  readonly #waiting: (() => void)[] = [];

  constructor(size: number) {
    this.#free = size;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#free > 0) this.#free--;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter, so a newcomer cannot overtake it.
      const next = this.#waiting.shift();
      if (next) next();
      else this.#free++;
    }
  }
}

/** The schedules of every host seen, created on first use with the configured pause. */
export class Schedules {
  readonly #hosts = new Map<string, HostSchedule>();
  readonly #delayMs: number;

  constructor(delayMs: number) {
    this.#delayMs = delayMs;
  }

  /** Hosts are keyed by name without port: two ports of one name are one server to be polite to. */
  for(url: URL): HostSchedule {
    let schedule = this.#hosts.get(url.hostname);
    if (!schedule) {
      schedule = new HostSchedule(this.#delayMs);
      this.#hosts.set(url.hostname, schedule);
    }
    return schedule;
  }
}

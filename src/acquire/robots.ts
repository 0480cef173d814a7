/**
 * robots.txt per origin, by the RFC 9309 rules: a 2xx file is obeyed, a 4xx means no rules, and a
 * 5xx or an unreachable server means crawl nothing there. Parsing is robots-parser's; when to
 * believe a file is ours. Loading is left to the caller, so that it goes through the same polite
 * schedule as every other request.
 */
import robotsParserModule from 'robots-parser';
import { FetchError } from './errors.js';
import { ROBOTS_TTL_MS } from './options.js';

// robots-parser is CommonJS typed as an ES module: under NodeNext its default import is
// `module.exports`, which is the parser function itself, while the types put it on `.default`.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/** What fetching /robots.txt gave: a final status and text, or the reason there was none. */
export type RobotsAnswer = { status: number; text: string } | { error: FetchError };

/** Fetches a robots.txt URL; it throws only for errors that must reach the caller as they are. */
export type RobotsLoader = (robotsUrl: URL) => Promise<RobotsAnswer>;

/** The rules for one origin. */
export interface RobotsVerdict {
  /** Whether a URL on this origin may be fetched. */
  allows(url: URL): boolean;
  /** Why nothing may be fetched, when that is the verdict. */
  refusal?: string;
  /** Crawl-delay for our user agent, in milliseconds. */
  crawlDelayMs?: number;
}

/** Turns a robots.txt answer into rules for `userAgent`. Pure; exported for tests and tools. */
export function interpretRobots(robotsUrl: URL, answer: RobotsAnswer, userAgent: string): RobotsVerdict {
  const where = `robots.txt of ${robotsUrl.host}`;
  if ('error' in answer) return refuseAll(`${where} could not be read (${answer.error.message})`);
  const { status, text } = answer;
  // 429 is "come back later", not "no rules": treated like 5xx, as Google does.
  if (status >= 500 || status === 429) return refuseAll(`${where} answered HTTP ${status}`);
  // 4xx, and a redirect chain too long to follow, mean "unavailable": no rules apply.
  if (status < 200 || status > 299) return { allows: () => true };
  const robot = robotsParser(robotsUrl.href, text);
  const delay = robot.getCrawlDelay(userAgent);
  return {
    allows: (url) => robot.isAllowed(url.href, userAgent) !== false,
    ...(delay !== undefined && delay > 0 ? { crawlDelayMs: Math.round(delay * 1000) } : {}),
  };
}

function refuseAll(why: string): RobotsVerdict {
  return { allows: () => false, refusal: `${why}, so nothing there is fetched for now` };
}

interface CacheEntry {
  verdict: Promise<RobotsVerdict>;
  expires: number;
}

/** Robots rules of every origin seen, each loaded once (concurrent callers share the load). */
export class RobotsCache {
  readonly #entries = new Map<string, CacheEntry>();
  readonly #load: RobotsLoader;
  readonly #userAgent: string;
  readonly #onCrawlDelay: (url: URL, ms: number) => void;

  /** `onCrawlDelay` runs before any caller learns the verdict, so no request slips in too early. */
  constructor(load: RobotsLoader, userAgent: string, onCrawlDelay: (url: URL, ms: number) => void) {
    this.#load = load;
    this.#userAgent = userAgent;
    this.#onCrawlDelay = onCrawlDelay;
  }

  /** Resolves when robots.txt allows `url`; throws a `robots` FetchError when it does not. */
  async check(url: URL): Promise<void> {
    const verdict = await this.#verdictFor(url);
    if (verdict.allows(url)) return;
    const message = verdict.refusal ?? `robots.txt of ${url.host} disallows ${url.href} for this user agent`;
    throw new FetchError('robots', message, { url: url.href, retryable: false });
  }

  #verdictFor(url: URL): Promise<RobotsVerdict> {
    const now = Date.now();
    const cached = this.#entries.get(url.origin);
    if (cached && cached.expires > now) return cached.verdict;
    const verdict = this.#fetchVerdict(new URL('/robots.txt', url.origin));
    this.#entries.set(url.origin, { verdict, expires: now + ROBOTS_TTL_MS });
    return verdict;
  }

  async #fetchVerdict(robotsUrl: URL): Promise<RobotsVerdict> {
    const verdict = interpretRobots(robotsUrl, await this.#load(robotsUrl), this.#userAgent);
    if (verdict.crawlDelayMs !== undefined) this.#onCrawlDelay(robotsUrl, verdict.crawlDelayMs);
    return verdict;
  }
}

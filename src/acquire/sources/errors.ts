/**
 * The one error a source raises as a whole: it cannot be read, or it is not what it claims to be.
 * Damage inside a source that still yields items (a bad line, a truncated WARC) is a warning instead.
 */

/** Facts about a source failure beyond its message. */
export interface SourceErrorDetails {
  /** Whether reading the same source later may succeed (a fetch that timed out, a 503). @default false */
  retryable?: boolean;
  cause?: unknown;
}

/** A source that could not be read; `message` is one line naming the source and what to do. */
export class SourceError extends Error {
  /** The spec as the caller gave it. */
  readonly source: string;
  readonly retryable: boolean;

  constructor(source: string, reason: string, details: SourceErrorDetails = {}) {
    super(
      `cannot read ${source}: ${reason}`,
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.name = 'SourceError';
    this.source = source;
    this.retryable = details.retryable ?? false;
  }
}

import type { RunSummary } from '../corpus/types.js';

/** What happened to one item of a source. */
export type ItemOutcome = 'stored' | 'duplicate' | 'failed' | 'skipped';

/** Reports of an ingest run, for progress bars, JSON logs and the summary. */
export type IngestEvent =
  | { type: 'source'; source: string }
  | { type: 'queued'; url: string; source: string }
  | { type: 'fetched'; url: string; status: number }
  | { type: 'item'; outcome: ItemOutcome; url: string; source: string; reason?: string; articleId?: number }
  | { type: 'source-failed'; source: string; reason: string }
  | { type: 'done'; runId: number; summary: RunSummary; seconds: number };

export type IngestListener = (event: IngestEvent) => void;

/** A fresh, zeroed summary. */
export function emptySummary(): RunSummary {
  return { queued: 0, fetched: 0, stored: 0, duplicates: 0, failed: 0, skipped: 0 };
}

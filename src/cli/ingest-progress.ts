/**
 * Progress of an ingest run. On a terminal, one status line redrawn at most ten times a second:
 * the counts, the rate and the time left for what is queued. Failures are printed above it with
 * their reason; off a terminal only the failures are printed, so logs stay quiet.
 */
import type { RunSummary } from '../corpus/types.js';
import type { IngestEvent } from '../ingest/index.js';
import { emptySummary } from '../ingest/index.js';

export interface IngestProgress {
  update(event: IngestEvent): void;
  stop(): void;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
      : `${s}s`;
}

/** "queued 120 · fetched 80 · stored 75 · duplicate 3 · failed 1 · skipped 1 · 12.3 pages/s · 7s left" */
export function statusLine(counts: RunSummary, seconds: number): string {
  const done = counts.stored + counts.duplicates + counts.failed + counts.skipped;
  const rate = seconds > 0 ? done / seconds : 0;
  const left = rate > 0 ? duration((counts.queued - done) / rate) : '?';
  return (
    `queued ${counts.queued} · fetched ${counts.fetched} · stored ${counts.stored} · duplicate ${counts.duplicates}` +
    ` · failed ${counts.failed} · skipped ${counts.skipped} · ${rate.toFixed(1)} pages/s · ${left} left`
  );
}

export function createIngestProgress(stream: NodeJS.WriteStream = process.stderr): IngestProgress {
  const tty = stream.isTTY === true;
  const counts = emptySummary();
  const started = Date.now();
  let drawn = 0;
  let shown = false;
  const draw = (force = false): void => {
    if (!tty || (!force && Date.now() - drawn < 100)) return;
    drawn = Date.now();
    const line = statusLine(counts, (Date.now() - started) / 1000);
    stream.write(`\r\x1b[2K${line.slice(0, (stream.columns ?? 120) - 1)}`);
    shown = true;
  };
  const say = (line: string): void => {
    stream.write(tty && shown ? `\r\x1b[2K${line}\n` : `${line}\n`);
    draw(true);
  };
  return {
    update(event) {
      if (event.type === 'queued') counts.queued++;
      else if (event.type === 'fetched') counts.fetched++;
      else if (event.type === 'source-failed') say(`dateline: ${event.source}: ${event.reason}`);
      else if (event.type === 'item') {
        tally(counts, event.outcome);
        if (event.outcome === 'failed') say(`dateline: ${event.url}: ${event.reason ?? 'failed'}`);
      }
      draw();
    },
    stop() {
      if (tty && shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}

function tally(counts: RunSummary, outcome: string): void {
  if (outcome === 'stored') counts.stored++;
  else if (outcome === 'duplicate') counts.duplicates++;
  else if (outcome === 'failed') counts.failed++;
  else counts.skipped++;
}

/** The summary printed at the end of a run. */
export function summaryText(runId: number, s: RunSummary, db: string, interrupted: boolean): string {
  const head = interrupted
    ? `run ${runId} interrupted; run the same command again to resume`
    : `run ${runId} done`;
  return (
    `${head}: ${s.queued} queued, ${s.fetched} fetched or read, ${s.stored} stored, ` +
    `${s.duplicates} duplicate, ${s.failed} failed, ${s.skipped} skipped (already stored or no article) -> ${db}\n`
  );
}

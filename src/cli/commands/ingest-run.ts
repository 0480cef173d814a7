/** What `dateline ingest` does: open the store and the fetcher, run the ingest, report. */
import { Fetcher } from '../../acquire/index.js';
import { readSource } from '../../acquire/sources/index.js';
import { openStore } from '../../corpus/index.js';
import type { IngestEvent } from '../../ingest/index.js';
import { ingest } from '../../ingest/index.js';
import { EXIT_FAILURE, EXIT_OK } from '../errors.js';
import { fetcherOptions } from '../fetch.js';
import { createIngestProgress, summaryText } from '../ingest-progress.js';
import { writeOut } from '../output.js';
import type { IngestCommandOptions } from './ingest.js';

function fetcherFor(options: IngestCommandOptions): Fetcher {
  return new Fetcher(
    fetcherOptions({
      ...(options.allowPrivate ? { allowPrivate: true } : {}),
      ...(options.userAgent !== undefined ? { userAgent: options.userAgent } : {}),
      ...(options.contact !== undefined ? { contact: options.contact } : {}),
      ...(options.timeout !== undefined ? { timeoutMs: options.timeout } : {}),
      ...(options.delay !== undefined ? { perHostDelayMs: options.delay } : {}),
    }),
  );
}

export async function runIngest(sources: string[], options: IngestCommandOptions): Promise<number> {
  const store = openStore(options.db);
  const fetcher = fetcherFor(options);
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const progress = options.json ? undefined : createIngestProgress();
  const lines: string[] = [];
  let failures = 0;
  const listen = (event: IngestEvent): void => {
    if (event.type === 'source-failed' || (event.type === 'item' && event.outcome === 'failed')) failures++;
    if (options.json) lines.push(JSON.stringify(event));
    else progress?.update(event);
    if (lines.length >= 64) void writeOut(lines.splice(0).join('\n') + '\n');
  };
  try {
    const concurrency = options.concurrency !== undefined ? { concurrency: options.concurrency } : {};
    const { summary, runId } = await ingest(
      sources,
      { store, fetcher, readSource },
      { ...concurrency, signal: stop.signal, ...(options.refresh ? { refresh: true } : {}) },
      listen,
    );
    progress?.stop();
    if (lines.length > 0) await writeOut(`${lines.join('\n')}\n`);
    if (!options.json) await writeOut(summaryText(runId, summary, options.db, stop.signal.aborted));
  } finally {
    progress?.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    store.close();
    await fetcher.close().catch(() => undefined);
  }
  return failures > 0 ? EXIT_FAILURE : EXIT_OK;
}

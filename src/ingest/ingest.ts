import type { Conditional, Fetcher, Page } from '../acquire/index.js';
import type { SourceItem } from '../acquire/sources/index.js';
import type { FetchRecord, KnownUrl, RunSummary, Store } from '../corpus/types.js';
import { ExtractError, extract } from '../extract/index.js';
import { deriveArticlePage } from './derive.js';
import { emptySummary, type IngestListener, type ItemOutcome } from './events.js';

/**
 * The ingest run: sources -> acquire -> extract -> corpus, the stages called in order for every
 * page. Pages stream through a bounded pool, so memory stays flat however long the source; each
 * page is saved in its own transaction, so a killed run loses only the pages in flight, and the
 * next run skips what is stored.
 */

/** Reads one source into items (acquire's readSource, or a stand-in in tests). */
export type SourceReader = (
  spec: string,
  ctx: { fetcher: Fetcher; onWarning?: (m: string) => void },
) => AsyncIterable<SourceItem>;

export interface IngestOptions {
  /** Fetch stored URLs again, conditionally (ETag, Last-Modified), instead of skipping them. */
  refresh?: boolean;
  /** Pages in flight at once; the Fetcher still keeps one request per host. @default 8 */
  concurrency?: number;
  /** Stops reading sources; pages in flight finish and are saved. */
  signal?: AbortSignal;
}

export interface IngestDeps {
  store: Store;
  fetcher: Fetcher;
  readSource: SourceReader;
}

interface Run {
  deps: IngestDeps;
  options: IngestOptions;
  runId: number;
  summary: RunSummary;
  emit: IngestListener;
}

/** Ingests every source; a source that fails is reported and the others go on. */
export async function ingest(
  sources: readonly string[],
  deps: IngestDeps,
  options: IngestOptions = {},
  emit: IngestListener = () => {},
): Promise<{ runId: number; summary: RunSummary }> {
  const started = Date.now();
  const run: Run = { deps, options, runId: deps.store.beginRun(sources), summary: emptySummary(), emit };
  for (const source of sources) {
    if (options.signal?.aborted) break;
    await ingestSource(run, source);
  }
  deps.store.finishRun(run.runId, run.summary);
  emit({ type: 'done', runId: run.runId, summary: run.summary, seconds: (Date.now() - started) / 1000 });
  return { runId: run.runId, summary: run.summary };
}

async function ingestSource(run: Run, source: string): Promise<void> {
  run.emit({ type: 'source', source });
  const inFlight = new Set<Promise<void>>();
  const limit = run.options.concurrency ?? 8;
  try {
    const onWarning = (reason: string): void => run.emit({ type: 'source-failed', source, reason });
    for await (const item of run.deps.readSource(source, { fetcher: run.deps.fetcher, onWarning })) {
      const task = handleItem(run, item).finally(() => inFlight.delete(task));
      inFlight.add(task);
      if (inFlight.size >= limit) await Promise.race(inFlight);
      if (run.options.signal?.aborted) break;
    }
  } catch (error) {
    run.emit({ type: 'source-failed', source, reason: messageOf(error) });
  } finally {
    await Promise.all(inFlight);
  }
}

function itemUrl(item: SourceItem): string {
  return item.kind === 'url' ? item.url : item.page.url;
}

/** What became of one item, and why. */
interface Result {
  outcome: ItemOutcome;
  reason?: string;
  articleId?: number;
}

function finish(run: Run, item: SourceItem, result: Result): void {
  const counts = run.summary;
  if (result.outcome === 'stored') counts.stored++;
  else if (result.outcome === 'duplicate') counts.duplicates++;
  else if (result.outcome === 'failed') counts.failed++;
  else counts.skipped++;
  run.emit({ type: 'item', url: itemUrl(item), source: item.source, ...result });
}

async function handleItem(run: Run, item: SourceItem): Promise<void> {
  const url = itemUrl(item);
  run.summary.queued++;
  run.emit({ type: 'queued', url, source: item.source });
  let result: Result;
  try {
    result = await processItem(run, item, url);
  } catch (error) {
    result = { outcome: 'failed', reason: messageOf(error) };
  }
  finish(run, item, result);
}

async function processItem(run: Run, item: SourceItem, url: string): Promise<Result> {
  const known = run.deps.store.knownUrl(url);
  // A page answered before is skipped on resume; one that failed (4xx, 5xx) is tried again.
  if (known && known.status < 400 && !run.options.refresh)
    return { outcome: 'skipped', reason: 'already stored' };
  const page = item.kind === 'page' ? item.page : await run.deps.fetcher.fetch(url, conditionalFor(known));
  run.summary.fetched++;
  run.emit({ type: 'fetched', url, status: page.status });
  if (page.status === 304) return { outcome: 'skipped', reason: 'not modified' };
  return storePage(run, item, page);
}

function conditionalFor(known: KnownUrl | undefined): Conditional | undefined {
  if (!known) return undefined;
  const conditional: Conditional = {};
  if (known.etag) conditional.etag = known.etag;
  if (known.lastModified) conditional.lastModified = known.lastModified;
  return conditional.etag || conditional.lastModified ? conditional : undefined;
}

/** Extracts and saves one page; the fetch is kept even when the page holds no article. */
function storePage(run: Run, item: SourceItem, page: Page): Result {
  const record = fetchRecord(run, item, page);
  if (page.status < 200 || page.status > 299) {
    run.deps.store.savePage(record);
    return { outcome: 'failed', reason: `HTTP ${page.status}` };
  }
  let article: ReturnType<typeof extract>;
  try {
    article = extract(page.body, {
      url: page.finalUrl,
      ...(page.contentType ? { contentType: page.contentType } : {}),
    });
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    run.deps.store.savePage(record);
    return { outcome: error.code === 'empty' ? 'failed' : 'skipped', reason: error.message };
  }
  if (article.text === '') {
    run.deps.store.savePage(record);
    return { outcome: 'skipped', reason: 'no article text on the page' };
  }
  const saved = run.deps.store.savePage(record, deriveArticlePage(article, run.deps.store));
  if (!saved) return { outcome: 'failed', reason: 'not saved' };
  const { articleId } = saved;
  if (!saved.created) return { outcome: 'skipped', reason: 'unchanged', articleId };
  if (saved.duplicateOf !== undefined)
    return { outcome: 'duplicate', reason: `same text as article ${saved.duplicateOf}`, articleId };
  return { outcome: 'stored', articleId };
}

function fetchRecord(run: Run, item: SourceItem, page: Page): FetchRecord {
  return { ...page, source: item.source, runId: run.runId };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.replace(/\s*\n\s*/g, ' ') : String(error);
}

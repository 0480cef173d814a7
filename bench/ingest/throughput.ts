/**
 * WARC ingest throughput: read, extract and store every record of the benchmark WARC into a fresh
 * database, in-process, on one core; pages/s and peak RSS, with RSS sampled along the way to show
 * that memory stays flat as the corpus grows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Fetcher } from '../../src/acquire/index.js';
import { readSource } from '../../src/acquire/sources/index.js';
import { openStore } from '../../src/corpus/index.js';
import { ingest } from '../../src/ingest/index.js';
import { type DevPage, writeBenchWarc } from './warc.js';

export interface ThroughputResult {
  records: number;
  warcMb: number;
  seconds: number;
  pagesPerSecond: number;
  peakRssMb: number;
  /** RSS in MB after each quarter of the records. */
  rssByQuarter: number[];
  stored: number;
  duplicates: number;
  skipped: number;
  failed: number;
}

const rssMb = (): number => process.memoryUsage().rss / 1024 / 1024;

export async function runThroughput(
  dataDir: string,
  pages: DevPage[],
  records: number,
): Promise<ThroughputResult> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-ingest-'));
  try {
    const warc = join(dir, 'bench.warc.gz');
    const bytes = await writeBenchWarc(warc, dataDir, pages, records);
    const store = openStore(join(dir, 'bench.db'));
    const fetcher = new Fetcher();
    const quarters: number[] = [];
    let done = 0;
    const started = performance.now();
    const { summary } = await ingest([warc], { store, fetcher, readSource }, { concurrency: 1 }, (event) => {
      if (event.type !== 'item') return;
      done++;
      if (done % Math.ceil(records / 4) === 0) quarters.push(Math.round(rssMb()));
    });
    const seconds = (performance.now() - started) / 1000;
    store.close();
    await fetcher.close();
    return {
      records,
      warcMb: Math.round(bytes / 1024 / 1024),
      seconds,
      pagesPerSecond: done / seconds,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      rssByQuarter: quarters,
      stored: summary.stored,
      duplicates: summary.duplicates,
      skipped: summary.skipped,
      failed: summary.failed,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

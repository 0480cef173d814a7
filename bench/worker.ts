import { writeFileSync } from 'node:fs';
import { decodePage } from '../src/extract/decode.js';
import { loadCases } from './data.js';
import { htmlToText } from './extractors/html-text.js';
import { extractorEntry, FLOOR } from './extractors/registry.js';
import type { BenchPage, Extractor, RawResult } from './extractors/types.js';
import { type PairedTiming, peakRssMb, timeEach, timePaired } from './measure.js';

/** Pages run untimed before the timed pass. */
const WARMUP_PAGES = 5;

/** One page's prediction, in the scorer's shape, with its time. */
export interface PagePrediction {
  id: string;
  text: string;
  title?: string;
  date?: string;
  /** The authors as the extractor gives them (scored on the metadata set only). */
  author?: string;
  ms: number;
}

/** What a worker hands back to the orchestrator (as JSON in a temp file). */
export interface WorkerReport {
  name: string;
  scored: boolean;
  pages: PagePrediction[];
  totalMs: number;
  /** Peak RSS of the worker process, in MB (loading the pages included). */
  peakRssMb: number;
  /** Pages on which the extractor threw. */
  errors: { id: string; message: string }[];
  /**
   * dateline only: dateline (a) and the floor (b) timed interleaved in one process, after the
   * peak RSS was read. Their ratio holds on a busy machine, where separate runs drift.
   */
  paired?: PairedTiming;
}

/** The plain-text prediction for one raw result (runs after the clock stops). */
function toPrediction(id: string, raw: RawResult, ms: number): PagePrediction {
  const text = raw.text ?? (raw.html ? htmlToText(raw.html) : '');
  return {
    id,
    text,
    ...(raw.title === undefined ? {} : { title: raw.title }),
    ...(raw.date === undefined ? {} : { date: raw.date }),
    ...(raw.author === undefined ? {} : { author: raw.author }),
    ms,
  };
}

/**
 * Runs one extractor over every page of the set in `goldDir` in this process and writes a
 * WorkerReport to `outPath`. Run in a child process per extractor and set, so that peak RSS
 * belongs to that extractor alone. `pairFloor`: also time dateline against the floor (the body
 * set only; the metadata set is not timed for the table).
 */
export async function runWorker(
  name: string,
  goldDir: string,
  outPath: string,
  pairFloor = true,
): Promise<void> {
  const extractor = await extractorEntry(name).load();
  // The anchors read the page decoded exactly as dateline decodes it (BOM, charset, detection).
  const decode = (bytes: Uint8Array): string => decodePage(bytes).html;
  const pages: BenchPage[] = loadCases(goldDir).map(({ id, url, bytes }) => ({ id, url, bytes, html: '' }));
  // The anchors get each page decoded just before its run, outside the clock.
  const prepare = (page: BenchPage): BenchPage =>
    extractor.input === 'bytes' ? page : { ...page, bytes: new Uint8Array(0), html: decode(page.bytes) };
  const { outcomes, timing } = await timeEach(pages, prepare, (page) => extractor.run(page), WARMUP_PAGES);
  const report: WorkerReport = {
    name,
    scored: extractor.scored,
    pages: [],
    totalMs: timing.totalMs,
    peakRssMb: peakRssMb(),
    errors: [],
  };
  outcomes.forEach((outcome, i) => {
    const id = pages[i]!.id;
    const ms = timing.perItemMs[i]!;
    if (outcome.ok) report.pages.push(toPrediction(id, outcome.value, ms));
    else {
      const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
      report.errors.push({ id, message: message.slice(0, 300) });
      report.pages.push({ id, text: '', ms });
    }
  });
  if (name === 'dateline' && pairFloor)
    report.paired = await pairWithFloor(pages, (page) => extractor.run(page), decode);
  writeFileSync(outPath, JSON.stringify(report));
}

/** Times dateline against the floor page by page (see `WorkerReport.paired`). */
async function pairWithFloor(
  pages: readonly BenchPage[],
  run: Extractor['run'],
  decode: (bytes: Uint8Array) => string,
): Promise<PairedTiming> {
  const floor = await extractorEntry(FLOOR).load();
  const both = pages.map((page) => ({ page, decoded: { ...page, html: decode(page.bytes) } }));
  return timePaired(
    both,
    ({ page }) => run(page),
    ({ decoded }) => floor.run(decoded),
    WARMUP_PAGES,
  );
}

import { FLOOR } from './extractors/registry.js';
import { median, perSecond } from './measure.js';
import type { MetadataSummary } from './metadata.js';
import type { CaseScore, ScoreSummary } from './score.js';
import type { WorkerReport } from './worker.js';

/** One extractor's row: its worker report and, when scored, its scores. */
export interface Row {
  report: WorkerReport;
  summary?: ScoreSummary;
}

/** dateline's time budget, as a multiple of the parse-only floor. */
const TARGET_FLOOR_RATIO = 3;

const fixed3 = (x: number | null | undefined): string => (x === null || x === undefined ? '-' : x.toFixed(3));

/** The one results table, in Markdown. */
export function resultsTable(rows: readonly Row[]): string {
  const lines = [
    '| extractor | body P | R | F1 | exact | title acc | date acc | median ms/page | pages/s | peak RSS MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { report, summary } of rows) {
    const ms = report.pages.map((p) => p.ms);
    const cells = [
      report.name,
      fixed3(summary?.precision),
      fixed3(summary?.recall),
      fixed3(summary?.f1),
      fixed3(summary?.exact),
      summary && summary.title_n > 0 ? fixed3(summary.title_accuracy) : '-',
      summary && summary.date_n > 0 ? fixed3(summary.date_accuracy) : '-',
      median(ms).toFixed(1),
      perSecond(ms.length, report.totalMs).toFixed(1),
      report.peakRssMb.toFixed(0),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** One extractor's row in the metadata table. */
export interface MetadataRow {
  name: string;
  summary: MetadataSummary;
}

/** The second table: title, date and author accuracy on our metadata set, in Markdown. */
export function metadataTable(rows: readonly MetadataRow[]): string {
  const first = rows[0]?.summary;
  const lines = [
    `| extractor | title acc | date acc | author acc (${first?.author_n ?? 0} with authors) | pages |`,
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const { name, summary } of rows) {
    const cells = [
      name,
      fixed3(summary.title_accuracy),
      fixed3(summary.date_accuracy),
      fixed3(summary.author_accuracy),
      String(summary.n),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/**
 * The lines under the table: dateline's total time as a multiple of the parse-only floor's, from
 * their separate runs (the verdict), and interleaved page by page in one process. The second is
 * steadier on a busy machine, but there the floor also pays for some of dateline's garbage
 * collection, so it flatters dateline.
 */
export function floorRatioLines(rows: readonly Row[]): string[] {
  const dateline = rows.find((r) => r.report.name === 'dateline')?.report;
  const floor = rows.find((r) => r.report.name === FLOOR)?.report;
  if (!dateline || !floor) return [`dateline / ${FLOOR} floor: not measured (both must run)`];
  const ratio = (a: number, b: number): number => (b > 0 ? a / b : Number.POSITIVE_INFINITY);
  const separate = ratio(dateline.totalMs, floor.totalMs);
  const verdict = separate <= TARGET_FLOOR_RATIO ? 'within' : 'OVER';
  const lines = [
    `dateline / ${FLOOR} floor total time: ${separate.toFixed(2)}x ` +
      `(${dateline.totalMs.toFixed(0)} ms / ${floor.totalMs.toFixed(0)} ms; target <= ${TARGET_FLOOR_RATIO}x: ${verdict})`,
  ];
  const paired = dateline.paired;
  if (paired)
    lines.push(
      `interleaved page by page in one process: ${ratio(paired.aMs, paired.bMs).toFixed(2)}x ` +
        `(${paired.aMs.toFixed(0)} ms / ${paired.bMs.toFixed(0)} ms; steadier under load, flatters dateline)`,
    );
  return lines;
}

/** Notes on extractors that threw, one line each; empty when there is nothing to say. */
export function notes(rows: readonly Row[]): string[] {
  const out: string[] = [];
  for (const { report } of rows) {
    if (report.errors.length === 0) continue;
    const first = report.errors[0]!;
    out.push(
      `${report.name}: threw on ${report.errors.length} page(s), scored as empty; first ${first.id}: ${first.message}`,
    );
  }
  return out;
}

/** The worst cases by P + R (the scorer's own order), as tab-separated lines. */
export function worstCases(cases: readonly CaseScore[], count: number): string[] {
  return [...cases]
    .sort((a, b) => a.p + a.r - (b.p + b.r))
    .slice(0, count)
    .map((c) => `${c.id}\tP=${c.p.toFixed(3)}\tR=${c.r.toFixed(3)}`);
}

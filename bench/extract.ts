/**
 * Extraction benchmark: dateline against the anchors on the shared ScrapingHub set (bodies),
 * and on our own metadata set in bench/gold/metadata (titles, dates, authors).
 *   npm run bench:extract [-- --slow] [-- --only dateline] [-- --set body|metadata] [-- --per-case] [-- --gate]
 * Each extractor runs in its own child process per set (this script with `--worker <name>`), so
 * that its peak RSS is its own; the orchestrator scores, prints the tables and writes bench/out/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchArgs, parseBenchArgs, USAGE } from './args.js';
import {
  type DataPaths,
  findData,
  fingerprint,
  goldDirOf,
  METADATA_GOLD_DIR,
  REPO_ROOT,
  sharedRoot,
} from './data.js';
import { EXTRACTORS, extractorEntry, FLOOR } from './extractors/registry.js';
import { checkGate, readBaseline, updateBaseline } from './gate.js';
import { metadataMisses, scoreMetadata } from './metadata.js';
import {
  floorRatioLines,
  type MetadataRow,
  metadataTable,
  notes,
  type Row,
  resultsTable,
  worstCases,
} from './report.js';
import { loadScorer } from './score.js';
import { runWorker, type WorkerReport } from './worker.js';

const SCRIPT = fileURLToPath(import.meta.url);
const OUT_DIR = join(REPO_ROOT, 'bench', 'out');
const METADATA_OUT_DIR = join(OUT_DIR, 'metadata');
const WORST_CASES = 15;

/** The extractors to run, in table order; the floor is always included. */
function selectExtractors(args: BenchArgs): string[] {
  return Object.entries(EXTRACTORS)
    .filter(([name, entry]) =>
      args.only.length > 0 ? args.only.includes(name) || name === FLOOR : !entry.slow || args.slow,
    )
    .map(([name]) => name);
}

/** A worker process that did not finish; the run stops with exit 1. */
class WorkerFailed extends Error {}

/** Runs one extractor on one set in a child process and reads back its report. */
function runChild(name: string, set: 'body' | 'metadata', tempDir: string, shared: string): WorkerReport {
  const out = join(tempDir, `${name}.${set}.json`);
  process.stderr.write(`bench: running ${name}${set === 'metadata' ? ' on the metadata set' : ''}...\n`);
  // The child's stdout goes to our stderr: stdout carries only the tables.
  const argv = ['--import', 'tsx', SCRIPT, '--worker', name, '--set', set, '--out', out];
  const child = spawnSync(process.execPath, argv, {
    stdio: ['ignore', 2, 2],
    env: { ...process.env, DATELINE_SHARED: shared },
  });
  if (child.status !== 0)
    throw new WorkerFailed(
      `bench: worker ${name} failed (exit ${child.status ?? child.signal ?? 'unknown'}); its error is above`,
    );
  const report = JSON.parse(readFileSync(out, 'utf8')) as WorkerReport;
  process.stderr.write(`bench: ${name}: ${report.pages.length} pages in ${report.totalMs.toFixed(0)} ms\n`);
  return report;
}

/** Writes predictions (JSONL, the scorer's input) for every scored extractor under `dir`. */
function writeOutputs(reports: readonly WorkerReport[], dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const report of reports) {
    if (!report.scored) continue;
    const lines = report.pages.map(({ id, text, title, date, author }) =>
      JSON.stringify({ id, text, title, date, author }),
    );
    writeFileSync(join(dir, `${report.name}.predictions.jsonl`), `${lines.join('\n')}\n`);
  }
}

/** Runs the benchmark; returns the exit code. */
async function main(args: BenchArgs, data: DataPaths): Promise<number> {
  const names = selectExtractors(args);
  const shared = sharedRoot();
  const tempDir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  let bodyReports: WorkerReport[] = [];
  let metadataReports: WorkerReport[] = [];
  try {
    if (args.set !== 'metadata') bodyReports = names.map((name) => runChild(name, 'body', tempDir, shared));
    // The floor extracts nothing: it has no place in the metadata table.
    if (args.set !== 'body')
      metadataReports = names
        .filter((name) => name !== FLOOR)
        .map((name) => runChild(name, 'metadata', tempDir, shared));
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
  const f1 = bodyReports.length > 0 ? await bodyResults(args, data, bodyReports) : undefined;
  if (metadataReports.length > 0) await metadataResults(args, metadataReports, data);
  return gateAndBaseline(args, f1, data);
}

/**
 * Scores the ScrapingHub run, prints the first table and writes its outputs; returns dateline's
 * body F1 (undefined when dateline did not run), which the gate judges.
 */
async function bodyResults(
  args: BenchArgs,
  data: DataPaths,
  reports: readonly WorkerReport[],
): Promise<number | undefined> {
  const score = await loadScorer(data.scorer, data.goldDir);
  const rows: Row[] = [];
  let datelineCases: ReturnType<typeof score>['cases'] | undefined;
  for (const report of reports) {
    if (!report.scored) {
      rows.push({ report });
      continue;
    }
    const { cases, summary } = score(report.pages);
    if (report.name === 'dateline') datelineCases = cases;
    rows.push({ report, summary });
  }
  writeOutputs(reports, OUT_DIR);
  console.log(resultsTable(rows));
  console.log();
  for (const line of floorRatioLines(rows)) console.log(line);
  for (const line of notes(rows)) console.log(line);

  if (datelineCases) {
    writeFileSync(join(OUT_DIR, 'dateline.cases.json'), `${JSON.stringify(datelineCases, null, 1)}\n`);
    if (args.perCase) {
      console.log(`\ndateline, ${WORST_CASES} worst cases (all in bench/out/dateline.cases.json):`);
      for (const line of worstCases(datelineCases, WORST_CASES)) console.log(line);
    }
  }
  return rows.find((r) => r.report.name === 'dateline')?.summary?.f1;
}

/**
 * Scores the metadata run (title and date by the shared scorer, authors by bench/metadata.ts),
 * prints the second table and writes its outputs under bench/out/metadata.
 */
async function metadataResults(
  args: BenchArgs,
  reports: readonly WorkerReport[],
  data: DataPaths,
): Promise<void> {
  const score = await loadScorer(data.scorer, METADATA_GOLD_DIR);
  const rows: MetadataRow[] = [];
  writeOutputs(reports, METADATA_OUT_DIR);
  for (const report of reports) {
    const { cases, summary } = scoreMetadata(METADATA_GOLD_DIR, report.pages, score);
    rows.push({ name: report.name, summary });
    if (report.name !== 'dateline') continue;
    writeFileSync(join(METADATA_OUT_DIR, 'dateline.cases.json'), `${JSON.stringify(cases, null, 1)}\n`);
    if (args.perCase) {
      const misses = metadataMisses(cases);
      console.log(
        `\ndateline, metadata misses (${misses.length}; all cases in bench/out/metadata/dateline.cases.json):`,
      );
      for (const line of misses) console.log(line);
    }
  }
  console.log(`\nMetadata: ${rows[0]?.summary.n ?? 0} hand-written pages in bench/gold/metadata\n`);
  console.log(metadataTable(rows));
  for (const line of notes(reports.map((report) => ({ report })))) console.log(line);
}

/** Applies `--gate` and `--update-baseline` to dateline's body F1; returns the exit code. */
function gateAndBaseline(args: BenchArgs, f1: number | undefined, data: DataPaths): number {
  if (!args.gate && !args.updateBaseline) return 0;
  if (f1 === undefined) {
    console.error('bench: --gate and --update-baseline need dateline on the body set in the run');
    return 2;
  }
  const baseline = readBaseline();
  const print = fingerprint(data.goldDir);
  const result = args.updateBaseline
    ? updateBaseline(baseline, f1, print, args.allowLower)
    : checkGate(baseline, f1, print);
  console.log(result.message);
  return result.ok ? 0 : 1;
}

async function cli(): Promise<number> {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(process.argv.slice(2));
    for (const name of args.only) extractorEntry(name);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const data = findData();
  if (args.worker !== undefined) {
    if (!data || args.out === undefined) throw new Error('worker: no data or no --out');
    const metadata = args.set === 'metadata';
    await runWorker(args.worker, metadata ? METADATA_GOLD_DIR : data.goldDir, args.out, !metadata);
    return 0;
  }
  if (!data) {
    console.log(`benchmark data not found at ${goldDirOf(sharedRoot())}: skipping`);
    return 0;
  }
  try {
    return await main(args, data);
  } catch (error) {
    if (!(error instanceof WorkerFailed)) throw error;
    console.error(error.message);
    return 1;
  }
}

process.exitCode = await cli();

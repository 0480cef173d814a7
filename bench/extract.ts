/**
 * Extraction benchmark: dateline against the anchors on the shared ScrapingHub set.
 *   npm run bench:extract [-- --slow] [-- --only dateline] [-- --per-case] [-- --gate]
 * Each extractor runs in its own child process (this script with `--worker <name>`), so that its
 * peak RSS is its own; the orchestrator scores, prints one Markdown table and writes bench/out/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchArgs, parseBenchArgs, USAGE } from './args.js';
import { type DataPaths, findData, fingerprint, goldDirOf, REPO_ROOT, sharedRoot } from './data.js';
import { EXTRACTORS, extractorEntry, FLOOR } from './extractors/registry.js';
import { checkGate, readBaseline, updateBaseline } from './gate.js';
import { floorRatioLines, notes, type Row, resultsTable, worstCases } from './report.js';
import { loadScorer } from './score.js';
import { runWorker, type WorkerReport } from './worker.js';

const SCRIPT = fileURLToPath(import.meta.url);
const OUT_DIR = join(REPO_ROOT, 'bench', 'out');
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

/** Runs one extractor in a child process and reads back its report. */
function runChild(name: string, tempDir: string, shared: string): WorkerReport {
  const out = join(tempDir, `${name}.json`);
  process.stderr.write(`bench: running ${name}...\n`);
  // The child's stdout goes to our stderr: stdout carries only the table.
  const child = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, '--worker', name, '--out', out], {
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

/** Writes predictions (JSONL, the scorer's input) for every scored extractor under bench/out. */
function writeOutputs(rows: readonly Row[]): void {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const { report } of rows) {
    if (!report.scored) continue;
    const lines = report.pages.map(({ id, text, title, date }) => JSON.stringify({ id, text, title, date }));
    writeFileSync(join(OUT_DIR, `${report.name}.predictions.jsonl`), `${lines.join('\n')}\n`);
  }
}

/** Runs the benchmark; returns the exit code. */
async function main(args: BenchArgs, data: DataPaths): Promise<number> {
  const names = selectExtractors(args);
  const shared = sharedRoot();
  const tempDir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  let reports: WorkerReport[];
  try {
    reports = names.map((name) => runChild(name, tempDir, shared));
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
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
  writeOutputs(rows);
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
  return gateAndBaseline(args, rows, data);
}

/** Applies `--gate` and `--update-baseline`; returns the exit code. */
function gateAndBaseline(args: BenchArgs, rows: readonly Row[], data: DataPaths): number {
  if (!args.gate && !args.updateBaseline) return 0;
  const f1 = rows.find((r) => r.report.name === 'dateline')?.summary?.f1;
  if (f1 === undefined) {
    console.error('bench: --gate and --update-baseline need dateline in the run');
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
    await runWorker(args.worker, data.goldDir, args.out);
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

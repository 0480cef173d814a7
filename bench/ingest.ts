/**
 * Ingest benchmark: `npm run bench:ingest [-- --records 10000] [-- --kills 50] [-- --skip <part,...>]`
 *   warc         WARC ingest (read, extract, store) of the shared development pages repeated up
 *                to --records records: pages/s on one core, peak RSS, RSS by quarter
 *   syndication  story grouping precision/recall/F1 on the generated syndication set
 *   search       search latency p50/p95 on a generated 100,000-article corpus
 *   kills        --kills random SIGKILLs of `dateline ingest`: corrupt databases, lost articles
 * Parts that read the shared pages (warc, kills) say so and skip when ../shared is absent.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findData, REPO_ROOT } from './data.js';
import { runKills } from './ingest/kills.js';
import { runThroughput } from './ingest/throughput.js';
import type { DevPage } from './ingest/warc.js';
import { Rng } from './syndication/random.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
const skip = new Set((process.argv[process.argv.indexOf('--skip') + 1] ?? '').split(','));
const wants = (part: string): boolean => !process.argv.includes('--skip') || !skip.has(part);

/** A seeded generator (bench/syndication's mulberry32), so every run repeats the last. */
function seeded(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

function devPages(goldDir: string): DevPage[] {
  return readFileSync(join(goldDir, 'index.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as DevPage);
}

async function main(): Promise<void> {
  const data = findData();
  const lines: string[] = ['| part | figure | target |', '| --- | --- | --- |'];
  if (!data) process.stderr.write('bench: shared data not found: skipping the WARC and kill parts\n');
  if (data && wants('warc')) {
    const t = await runThroughput(data.goldDir, devPages(data.goldDir), option('--records', 10_000));
    lines.push(
      `| WARC ingest, ${t.records} records (${t.warcMb} MB gz) | ${t.pagesPerSecond.toFixed(0)} pages/s, peak RSS ${t.peakRssMb} MB (RSS by quarter ${t.rssByQuarter.join(' / ')} MB; ${t.stored} stored, ${t.duplicates} duplicate, ${t.skipped} skipped, ${t.failed} failed) | >= 100 pages/s, flat memory |`,
    );
  }
  if (wants('syndication')) {
    const { runSyndicationBench } = await import('./syndication/index.js');
    const s = runSyndicationBench();
    lines.push(
      `| story grouping (${s.articles} articles, ${s.groups} true stories) | P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}, ${s.msPerArticle.toFixed(2)} ms/article | F1 >= 0.95 |`,
    );
  }
  if (wants('search')) {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(REPO_ROOT, 'bench', 'search-latency.ts'), '--json'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const last = run.stdout.trim().split('\n').pop() ?? '{}';
    const r = JSON.parse(last) as { articles?: number; p50?: number; p95?: number };
    lines.push(
      `| search, ${r.articles ?? '?'} articles | p50 ${r.p50?.toFixed(1)} ms, p95 ${r.p95?.toFixed(1)} ms | p95 < 50 ms |`,
    );
  }
  if (data && wants('kills')) {
    const k = await runKills(data.goldDir, devPages(data.goldDir), option('--kills', 50), seeded(20251125));
    lines.push(
      `| ${k.kills} random SIGKILLs of ingest | ${k.corrupt} corrupt databases, ${k.lostArticles} lost articles (${k.finalArticles} stored at the end, ${k.cleanArticles} in a clean run) | 0 and 0 |`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();

/**
 * The syndication benchmark: story grouping precision, recall and F1 on the generated set, the
 * cost per article, and how often `originalSource` names the agency the text credits.
 *   npx tsx bench/syndication/run.ts [seed] [--gate]
 * `bench/ingest.ts` imports `runSyndicationBench` and prints the same figures. With `--gate`
 * (default seed only) it exits 1 when a figure falls below the floor in baseline.json.
 */
import { pathToFileURL } from 'node:url';
import { checkSyndicationGate, readSyndicationBaseline } from './gate.js';
import { measureQuality, type QualityFigures } from './quality.js';
import type { SetOptions } from './set.js';
import { syndicationSet } from './set.js';
import { eightHundredWords, timeFingerprint, timeGrouping } from './timing.js';

/** The benchmark's figures: quality and cost. */
export interface SyndicationFigures extends QualityFigures {
  /** Fingerprint, look up, assign and index, per article of the set (mean, ms). */
  msPerArticle: number;
  /** Fingerprint (hash, signature, bands, credit) of one 800-word article (ms). */
  msPer800Words: number;
}

/** Runs the benchmark on the set of `seed` (default 1: 150 syndicated stories, 40 single ones). */
export function runSyndicationBench(seed = 1, options: SetOptions = {}): SyndicationFigures {
  const quality = measureQuality(seed, options);
  const { articles } = syndicationSet(seed, options);
  return {
    ...quality,
    msPerArticle: timeGrouping(articles),
    msPer800Words: timeFingerprint(eightHundredWords(articles)),
  };
}

/** The figures as lines for a terminal. */
export function formatFigures(f: SyndicationFigures): string {
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  return [
    `syndication set, seed ${f.seed} (${f.fingerprint}): ${f.articles} articles, ${f.groups} stories`,
    `  grouping   precision ${pct(f.precision)}  recall ${pct(f.recall)}  F1 ${f.f1.toFixed(4)}  (${f.predictedGroups} stories found)`,
    `  index      ${f.exactDuplicates} exact duplicates; ${f.candidatesPerArticle.toFixed(1)} LSH candidates per article`,
    `  sources    recall ${pct(f.sourceRecall)}  precision ${pct(f.sourcePrecision)}`,
    `  cost       ${f.msPerArticle.toFixed(3)} ms per article; ${f.msPer800Words.toFixed(3)} ms to fingerprint 800 words`,
  ].join('\n');
}

function main(args: readonly string[]): number {
  const seed = Number(args.find((a) => !a.startsWith('--')) ?? 1);
  const figures = runSyndicationBench(seed);
  console.log(formatFigures(figures));
  const baseline = readSyndicationBaseline();
  if (seed !== baseline.seed) return 0;
  const verdict = checkSyndicationGate(baseline, figures);
  console.log(verdict.message);
  return args.includes('--gate') && !verdict.ok ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = main(process.argv.slice(2));

/**
 * Analysis benchmark: `npm run bench:analyze [-- --json] [-- --skip <part,...>]`
 *   attribution  who-said-what on PolNeAR dev (../shared), scored by its score.mjs, beside the
 *                floor, human agreement and published systems (bench/analyze/attribution.ts)
 *   actors       actors on our annotated articles (bench/gold/actors)
 *   times        dates on our annotated snippets (bench/gold/times), chrono-node beside us
 *   speed        articles/s of the whole analysis on news-length articles
 * The attribution part says so and skips when the shared data is absent; the others need none.
 */

import { formatReport, runAttributionBench } from './analyze/attribution.js';
import {
  formatActors,
  formatSpeed,
  formatTimes,
  runActorBench,
  runSpeedBench,
  runTimesBench,
} from './analyze/pipeline.js';

const skip = new Set((process.argv[process.argv.indexOf('--skip') + 1] ?? '').split(','));
const wants = (part: string): boolean => !process.argv.includes('--skip') || !skip.has(part);

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const out: Record<string, unknown> = {};
  // Speed first, before the other parts fill the heap with their data sets.
  const speed = wants('speed') ? runSpeedBench() : undefined;
  if (wants('attribution')) {
    const report = await runAttributionBench();
    if (!report) {
      process.stderr.write(
        'bench:analyze: PolNeAR not found under $DATELINE_SHARED or ../shared: skipping attribution\n',
      );
    } else if (json) {
      const { result, ...rest } = report;
      out['attribution'] = { ...rest, scopes: result.scopes };
    } else process.stdout.write(`${formatReport(report)}\n\n`);
  }
  if (wants('actors')) {
    const { missed, ...actors } = runActorBench();
    if (json) out['actors'] = actors;
    else process.stdout.write(`${formatActors({ ...actors, missed })}\n\n`);
  }
  if (wants('times')) {
    const times = runTimesBench();
    if (json) out['times'] = times;
    else process.stdout.write(`${formatTimes(times)}\n\n`);
  }
  if (speed !== undefined) {
    if (json) out['speed'] = speed;
    else process.stdout.write(`${formatSpeed(speed)}\n`);
  }
  if (json) process.stdout.write(`${JSON.stringify(out)}\n`);
}

await main();

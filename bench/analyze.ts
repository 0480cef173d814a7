/**
 * Analysis benchmark: `npm run bench:analyze [-- --json]`. For now the attribution part
 * (bench/analyze/attribution.ts): who-said-what on PolNeAR dev, beside the floor, human agreement
 * and published systems. Skips with a message when the shared data is absent.
 */

import { formatReport, runAttributionBench } from './analyze/attribution.js';

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const report = await runAttributionBench();
  if (!report) {
    process.stderr.write('bench:analyze: PolNeAR not found under $DATELINE_SHARED or ../shared: skipping\n');
    return;
  }
  if (json) {
    const { result, ...rest } = report;
    process.stdout.write(`${JSON.stringify({ attribution: { ...rest, scopes: result.scopes } })}\n`);
  } else process.stdout.write(`${formatReport(report)}\n`);
}

await main();

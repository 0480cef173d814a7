/**
 * Trains the quote tagger on PolNeAR train and writes `src/analyze/quotes/model.json`.
 *
 *   npx tsx scripts/train-quotes.ts [--epochs 12] [--bits 16] [--prune 0.5] [--seed 1] [--no-write]
 *
 * Deterministic for a given seed. Reads `$DATELINE_SHARED` or `../shared`
 * (`data/attribution-dev/polnear-train.jsonl`); skips with a message when it is absent. After
 * training it scores the written (pruned, quantized) model on PolNeAR dev, which is for
 * measuring only: nothing here tunes on it.
 */

import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  attributionData,
  formatSummary,
  type GoldDoc,
  loadScorer,
  runAttributionBench,
} from '../bench/analyze/attribution.js';
import { docFacts } from '../src/analyze/quotes/facts.js';
import { FEATURES_PER_TOKEN, tokenFeatures } from '../src/analyze/quotes/features.js';
import { labelsFromSpans, legalize, type TrainSequence, trainTagger } from '../src/analyze/quotes/learn.js';
import { decodeModel, encodeModel } from '../src/analyze/quotes/model-file.js';
import { LABELS } from '../src/analyze/quotes/tagger.js';
import { paragraphs, splitSentences, tokenize } from '../src/analyze/text/index.js';

const MODEL_PATH = fileURLToPath(new URL('../src/analyze/quotes/model.json', import.meta.url));

/** The paragraph sequences of one article, with gold labels. */
function sequencesOf(doc: GoldDoc): TrainSequence[] {
  const tokens = tokenize(doc.text);
  const facts = docFacts(doc.text, tokens, splitSentences(doc.text, tokens), paragraphs(doc.text));
  const roles = doc.attributions.flatMap((r) => [
    { role: 1 as const, spans: r.source },
    { role: 2 as const, spans: r.cue },
    { role: 3 as const, spans: r.content },
  ]);
  const labels = labelsFromSpans(doc.text, tokens, roles);
  return facts.blocks.map(([a, b]) => {
    const feats = new Int32Array((b - a) * FEATURES_PER_TOKEN);
    for (let i = a; i < b; i++) tokenFeatures(facts, i, a, b, feats, (i - a) * FEATURES_PER_TOKEN);
    return { feats, labels: legalize(labels.slice(a, b)) };
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      epochs: { type: 'string', default: '12' },
      bits: { type: 'string', default: '16' },
      prune: { type: 'string', default: '0.5' },
      seed: { type: 'string', default: '1' },
      'no-write': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: npx tsx scripts/train-quotes.ts [--epochs 12] [--bits 16] [--prune 0.5] [--seed 1] [--no-write]',
    );
    return;
  }
  const data = attributionData();
  if (!data) {
    console.log('train-quotes: PolNeAR not found under $DATELINE_SHARED or ../shared: skipping');
    return;
  }
  const scorer = await loadScorer(data.scorer);
  const t0 = performance.now();
  const docs = scorer.readJsonl(join(data.dir, 'polnear-train.jsonl'));
  const seqs = docs.flatMap(sequencesOf);
  const tokens = seqs.reduce((n, s) => n + s.labels.length, 0);
  console.log(
    `${docs.length} articles, ${seqs.length} paragraphs, ${tokens} tokens (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  const t1 = performance.now();
  const model = trainTagger(seqs, {
    perToken: FEATURES_PER_TOKEN,
    bits: Number(values.bits),
    epochs: Number(values.epochs),
    seed: Number(values.seed),
    onEpoch: (e, errors) =>
      console.log(
        `epoch ${e + 1}: ${errors} token errors (${((performance.now() - t1) / 1000).toFixed(1)} s)`,
      ),
  });
  const trainSeconds = (performance.now() - t1) / 1000;
  const file = encodeModel(model, {
    provenance:
      'Trained by scripts/train-quotes.ts (averaged perceptron) on PolNeAR v1.0.0 train (840 articles; ' +
      'github.com/networkdynamics/PolNeAR, research use); hashed features, no text. 2026-11-25.',
    labels: LABELS,
    features: FEATURES_PER_TOKEN,
    prune: Number(values.prune),
  });
  const json = JSON.stringify(file);
  if (!values['no-write']) writeFileSync(MODEL_PATH, `${json}\n`);
  const size = values['no-write'] ? json.length : statSync(MODEL_PATH).size;
  console.log(`trained in ${trainSeconds.toFixed(1)} s; model ${(size / 1e6).toFixed(2)} MB`);
  const shipped = decodeModel(file, { labels: LABELS, features: FEATURES_PER_TOKEN });
  const report = await runAttributionBench({ model: shipped, passes: 1 });
  if (report) console.log(formatSummary(report));
}

await main();

/**
 * Trains the quote tagger on PolNeAR train and writes `src/analyze/quotes/model.json` and the
 * table of cue stems it reads, `src/analyze/quotes/cue-stems.json` (`--no-write` scores the new
 * weights with the cue stems already there).
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
import { type CueStemFile, cueLevel, stem, stemHash } from '../src/analyze/quotes/stems.js';
import { LABEL, LABELS } from '../src/analyze/quotes/tagger.js';
import { paragraphs, splitSentences, type Token, tokenize } from '../src/analyze/text/index.js';

const MODEL_PATH = fileURLToPath(new URL('../src/analyze/quotes/model.json', import.meta.url));

const CUE_STEMS_PATH = fileURLToPath(new URL('../src/analyze/quotes/cue-stems.json', import.meta.url));
/** Folds of the cue-stem counts: each article's stem levels come from the other folds (no self-counting). */
const STEM_FOLDS = 4;

/** Tokens and gold labels of one article. */
function goldOf(doc: GoldDoc): { tokens: Token[]; labels: Uint8Array } {
  const tokens = tokenize(doc.text);
  const roles = doc.attributions.flatMap((r) => [
    { role: 1 as const, spans: r.source },
    { role: 2 as const, spans: r.cue },
    { role: 3 as const, spans: r.content },
  ]);
  return { tokens, labels: labelsFromSpans(doc.text, tokens, roles) };
}

type StemCounts = Map<string, [number, number]>;

/** Per stem of the article's words: [times inside a gold cue, times seen]. */
function stemCounts(doc: GoldDoc, tokens: readonly Token[], labels: Uint8Array): StemCounts {
  const out: StemCounts = new Map();
  tokens.forEach((t, i) => {
    if (t.kind !== 'word') return;
    const s = stem(doc.text.slice(t.start, t.end));
    const c = out.get(s) ?? [0, 0];
    if (labels[i] === LABEL.CUE) c[0]++;
    c[1]++;
    out.set(s, c);
  });
  return out;
}

function addCounts(into: StemCounts, from: StemCounts, sign = 1): void {
  for (const [s, [cue, total]] of from) {
    const c = into.get(s) ?? [0, 0];
    c[0] += sign * cue;
    c[1] += sign * total;
    into.set(s, c);
  }
}

function levelsOf(counts: StemCounts): Map<number, number> {
  const out = new Map<number, number>();
  for (const [s, [cue, total]] of counts) {
    const level = cueLevel(cue, total);
    if (level > 0) out.set(stemHash(s), level);
  }
  return out;
}

/** The shipped table: stems that are a cue at least twice in train, with their counts (stems only, no text). */
function cueStemFile(counts: StemCounts): CueStemFile {
  const stems: Record<string, [number, number]> = {};
  for (const [s, c] of [...counts].sort((x, y) => (x[0] < y[0] ? -1 : 1)))
    if (cueLevel(...c) > 0) stems[s] = c;
  return {
    provenance:
      'Derived by scripts/train-quotes.ts from PolNeAR v1.0.0 train gold cue tokens (840 articles; ' +
      'github.com/networkdynamics/PolNeAR, research use): word stems with [times in a cue, times seen]. 2026-11-25.',
    stems,
  };
}

/** The paragraph sequences of one article, with gold labels. */
function sequencesOf(
  doc: GoldDoc,
  gold: { tokens: Token[]; labels: Uint8Array },
  cueStems: ReadonlyMap<number, number>,
): TrainSequence[] {
  const { tokens, labels } = gold;
  const facts = docFacts(
    doc.text,
    tokens,
    splitSentences(doc.text, tokens),
    paragraphs(doc.text),
    undefined,
    cueStems,
  );
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
  const golds = docs.map(goldOf);
  const perDoc = docs.map((d, k) => stemCounts(d, golds[k]!.tokens, golds[k]!.labels));
  const folds = Array.from({ length: STEM_FOLDS }, (): StemCounts => new Map());
  const all: StemCounts = new Map();
  perDoc.forEach((c, k) => {
    addCounts(folds[k % STEM_FOLDS]!, c);
    addCounts(all, c);
  });
  const foldLevels = folds.map((fold) => {
    const rest: StemCounts = new Map();
    addCounts(rest, all);
    addCounts(rest, fold, -1);
    return levelsOf(rest);
  });
  const stemFile = cueStemFile(all);
  if (!values['no-write']) writeFileSync(CUE_STEMS_PATH, `${JSON.stringify(stemFile, null, 0)}\n`);
  const seqs = docs.flatMap((d, k) => sequencesOf(d, golds[k]!, foldLevels[k % STEM_FOLDS]!));
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

/**
 * Trains the quote tagger on PolNeAR train and writes `src/analyze/quotes/model.json` and the
 * table of cue stems it reads, `src/analyze/quotes/cue-stems.json` (`--no-write` scores the new
 * weights with the cue stems already there).
 *
 *   npx tsx scripts/train-quotes.ts [--epochs 12] [--bits 16] [--prune 0.5] [--seed 1] [--detector-bits 18] [--detector-epochs 5] [--no-write] [--heldout [--tune-links]]
 *
 * `--heldout` trains on three quarters of train and scores the held-out quarter (articles
 * `k % 4 === 3`), writing nothing: that is where settings are chosen, never on dev.
 *
 * Deterministic for a given seed. Reads `$DATELINE_SHARED` or `../shared`
 * (`data/attribution-dev/polnear-train.jsonl`); skips with a message when it is absent. After
 * training it scores the written (pruned, quantized) model on PolNeAR dev, which is for
 * measuring only: nothing here tunes on it.
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  attributionData,
  formatScopes,
  formatSummary,
  type GoldDoc,
  loadScorer,
  runAttributionBench,
  toRelation,
} from '../bench/analyze/attribution.js';
import { applyScores, cueScores, DETECTOR_FEATURES } from '../src/analyze/quotes/detector.js';
import { type DocFacts, docFacts } from '../src/analyze/quotes/facts.js';
import { FEATURES_PER_TOKEN, tokenFeatures } from '../src/analyze/quotes/features.js';
import { quotesFromLabels, tagDocument } from '../src/analyze/quotes/find.js';
import { labelsFromSpans, legalize, type TrainSequence, trainTagger } from '../src/analyze/quotes/learn.js';
import { trainDetectorJackknifed } from '../src/analyze/quotes/learn-detector.js';
import { tuneLinks } from '../src/analyze/quotes/learn-links.js';
import { decodeModel, encodeModel } from '../src/analyze/quotes/model-file.js';
import { LINK_COSTS, type LinkCosts } from '../src/analyze/quotes/relations.js';
import { type CueStemFile, cueLevel, stem, stemHash } from '../src/analyze/quotes/stems.js';
import { LABEL, LABELS, type TaggerModel } from '../src/analyze/quotes/tagger.js';
import { paragraphs, splitSentences, type Token, tokenize } from '../src/analyze/text/index.js';

const MODEL_PATH = fileURLToPath(new URL('../src/analyze/quotes/model.json', import.meta.url));

const CUE_STEMS_PATH = fileURLToPath(new URL('../src/analyze/quotes/cue-stems.json', import.meta.url));
const USAGE =
  'usage: npx tsx scripts/train-quotes.ts [--epochs 12] [--bits 16] [--prune 0.5] [--seed 1] [--detector-bits 18] [--detector-epochs 5] [--no-write] [--heldout [--tune-links]]';

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

/** The paragraph sequences of one article (its facts with the detector's scores applied), with gold labels. */
function sequencesOf(facts: DocFacts, labels: Uint8Array): TrainSequence[] {
  return facts.blocks.map(([a, b]) => {
    const feats = new Int32Array((b - a) * FEATURES_PER_TOKEN);
    for (let i = a; i < b; i++) tokenFeatures(facts, i, a, b, feats, (i - a) * FEATURES_PER_TOKEN);
    return { feats, labels: legalize(labels.slice(a, b)) };
  });
}

/** An article's facts with the lexicon's cue words, under the given cue-stem levels. */
function factsOf(doc: GoldDoc, tokens: Token[], cueStems: ReadonlyMap<number, number>): DocFacts {
  return docFacts(
    doc.text,
    tokens,
    splitSentences(doc.text, tokens),
    paragraphs(doc.text),
    undefined,
    cueStems,
  );
}

/** The held-out fold of `--heldout`: articles `k % STEM_FOLDS === HELDOUT_FOLD` are scored, the rest train. */
const HELDOUT_FOLD = 3;

/** Stem levels for each training article (from the other folds) and for new text (from all of them). */
function stemLevels(
  perDoc: readonly StemCounts[],
  fold: readonly number[],
): { byDoc: Array<Map<number, number>>; all: StemCounts } {
  const folds = Array.from({ length: STEM_FOLDS }, (): StemCounts => new Map());
  const all: StemCounts = new Map();
  perDoc.forEach((c, k) => {
    addCounts(folds[fold[k]!]!, c);
    addCounts(all, c);
  });
  const foldLevels = folds.map((f) => {
    const rest: StemCounts = new Map();
    addCounts(rest, all);
    addCounts(rest, f, -1);
    return levelsOf(rest);
  });
  return { byDoc: perDoc.map((_, k) => foldLevels[fold[k]!]!), all };
}

/** Scores a model on articles that training did not see, with the given cue-stem levels. */
function scoreOn(
  scorer: Awaited<ReturnType<typeof loadScorer>>,
  docs: readonly GoldDoc[],
  model: TaggerModel,
  cueStems: ReadonlyMap<number, number>,
): { result: ReturnType<typeof scorer.score>; cueTokens: string } {
  const count = { detector: [0, 0], tagger: [0, 0], gold: 0 };
  const preds = docs.map((d) => {
    const { tokens, labels } = goldOf(d);
    const sentences = splitSentences(d.text, tokens);
    const facts = docFacts(d.text, tokens, sentences, paragraphs(d.text), undefined, cueStems);
    if (model.detector) applyScores(facts, sentences, cueScores(model.detector, facts), model.detector);
    const tags = tagDocument(model, facts);
    labels.forEach((y, i) => {
      const gold = y === LABEL.CUE ? 1 : 0;
      count.gold += gold;
      if (facts.cue[i]) count.detector = [count.detector[0]! + gold, count.detector[1]! + 1];
      if (tags[i] === LABEL.CUE) count.tagger = [count.tagger[0]! + gold, count.tagger[1]! + 1];
    });
    const quotes = quotesFromLabels(facts, sentences, tags);
    return { id: d.id, attributions: quotes.map(toRelation) };
  });
  const prf = ([tp, n]: number[]): string =>
    `P ${((100 * tp!) / n!).toFixed(1)} R ${((100 * tp!) / count.gold).toFixed(1)} F1 ${((200 * tp!) / (n! + count.gold)).toFixed(1)}`;
  const cueTokens = `cue tokens: cue words (detector) ${prf(count.detector)}; tagger ${prf(count.tagger)}`;
  return { result: scorer.score([...docs], preds), cueTokens };
}

/** Tunes the grouping's costs on the held-out articles (tags computed once); returns a report. */
function linkTuning(
  scorer: Awaited<ReturnType<typeof loadScorer>>,
  docs: readonly GoldDoc[],
  model: TaggerModel,
  cueStems: ReadonlyMap<number, number>,
): string {
  const tagged = docs.map((d) => {
    const tokens = tokenize(d.text);
    const sentences = splitSentences(d.text, tokens);
    const facts = docFacts(d.text, tokens, sentences, paragraphs(d.text), undefined, cueStems);
    if (model.detector) applyScores(facts, sentences, cueScores(model.detector, facts), model.detector);
    return { id: d.id, facts, sentences, tags: tagDocument(model, facts) };
  });
  const score = (costs: Readonly<LinkCosts>): number => {
    const preds = tagged.map((t) => ({
      id: t.id,
      attributions: quotesFromLabels(t.facts, t.sentences, t.tags, costs).map(toRelation),
    }));
    const { scopes } = scorer.score([...docs], preds);
    return scopes.quoted.relations.overlap.f1 + scopes.all.relations.overlap.f1;
  };
  const start = score(LINK_COSTS);
  const tuned = tuneLinks(LINK_COSTS, score);
  return `link costs: quoted + all relation overlap F1 ${(50 * start).toFixed(2)} -> ${(50 * tuned.score).toFixed(2)} (mean) with ${JSON.stringify(tuned.costs)}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      epochs: { type: 'string', default: '12' },
      bits: { type: 'string', default: '16' },
      prune: { type: 'string', default: '0.5' },
      seed: { type: 'string', default: '1' },
      'detector-bits': { type: 'string', default: '18' },
      'detector-epochs': { type: 'string', default: '5' },
      heldout: { type: 'boolean', default: false },
      'tune-links': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const data = attributionData();
  if (!data) {
    console.log('train-quotes: PolNeAR not found under $DATELINE_SHARED or ../shared: skipping');
    return;
  }
  const scorer = await loadScorer(data.scorer);
  const t0 = performance.now();
  const everyDoc = scorer.readJsonl(join(data.dir, 'polnear-train.jsonl'));
  const heldout = values.heldout;
  const write = !values['no-write'] && !heldout;
  const docs = heldout ? everyDoc.filter((_, k) => k % STEM_FOLDS !== HELDOUT_FOLD) : everyDoc;
  const fold = everyDoc.map((_, k) => k % STEM_FOLDS).filter((f) => !heldout || f !== HELDOUT_FOLD);
  const golds = docs.map(goldOf);
  const perDoc = docs.map((d, k) => stemCounts(d, golds[k]!.tokens, golds[k]!.labels));
  const levels = stemLevels(perDoc, fold);
  if (write) writeFileSync(CUE_STEMS_PATH, `${JSON.stringify(cueStemFile(levels.all), null, 0)}\n`);
  const facts = docs.map((d, k) => factsOf(d, golds[k]!.tokens, levels.byDoc[k]!));
  const labels = golds.map((g) => g.labels);
  const stage1 = trainDetectorJackknifed(facts, labels, fold, Math.max(...fold) + 1, {
    bits: Number(values['detector-bits']),
    epochs: Number(values['detector-epochs']),
    seed: Number(values.seed),
    prune: Number(values.prune),
  });
  console.log(
    `cue detector: out-of-fold token F1 ${(100 * stage1.f1).toFixed(1)}, threshold ${stage1.detector.threshold.toFixed(2)} ` +
      `(${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  facts.forEach((f, k) => {
    applyScores(f, splitSentences(docs[k]!.text, golds[k]!.tokens), stage1.oof[k]!, stage1.detector);
  });
  const seqs = facts.flatMap((f, k) => sequencesOf(f, labels[k]!));
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
  const detector = {
    weights: stage1.weights,
    bits: stage1.detector.bits,
    features: DETECTOR_FEATURES,
    threshold: stage1.detector.threshold,
    bands: [...stage1.detector.bands],
  };
  const file = encodeModel(model, detector, {
    provenance:
      'Trained by scripts/train-quotes.ts (averaged perceptron) on PolNeAR v1.0.0 train (840 articles; ' +
      'github.com/networkdynamics/PolNeAR, research use); hashed features, no text. 2026-11-25.',
    labels: LABELS,
    features: FEATURES_PER_TOKEN,
    prune: Number(values.prune),
  });
  const json = JSON.stringify(file);
  if (write) writeFileSync(MODEL_PATH, `${json}\n`);
  console.log(`trained in ${trainSeconds.toFixed(1)} s; model ${(json.length / 1e6).toFixed(2)} MB`);
  const shipped = decodeModel(file, {
    labels: LABELS,
    features: FEATURES_PER_TOKEN,
    detectorFeatures: DETECTOR_FEATURES,
  });
  if (heldout) {
    const test = everyDoc.filter((_, k) => k % STEM_FOLDS === HELDOUT_FOLD);
    const { result, cueTokens } = scoreOn(scorer, test, shipped, levelsOf(levels.all));
    console.log(
      `train held-out quarter (${test.length} articles):\n${formatScopes(result).join('\n')}\n${cueTokens}`,
    );
    if (values['tune-links']) console.log(linkTuning(scorer, test, shipped, levelsOf(levels.all)));
    return;
  }
  const report = await runAttributionBench({ model: shipped, passes: 1 });
  if (report) console.log(formatSummary(report));
}

await main();

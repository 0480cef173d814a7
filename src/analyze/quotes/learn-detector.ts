/**
 * Training the cue detector (stage 1) for `scripts/train-quotes.ts`: jackknifed over folds of the
 * training articles, so that the scores the tagger is trained on are scores of articles the
 * detector did not see, as they will be on new text. The threshold and the band cut points come
 * from those out-of-fold scores too. Nothing at analysis time imports this module.
 */

import { type CueDetector, cueScores, DETECTOR_FEATURES, detectorFeatures, isCandidate } from './detector.js';
import type { DocFacts } from './facts.js';
import { trainDetector } from './learn.js';
import { decodeDetector, packWeights } from './model-file.js';
import { LABEL } from './tagger.js';

/** Detector training settings. */
export interface DetectorOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** Weights below this (in absolute value) are dropped, as in the shipped file. */
  prune: number;
}

/** The detector's training data from articles (their facts with lexicon cues, and gold labels). */
function detectorData(
  facts: readonly DocFacts[],
  labels: readonly Uint8Array[],
): { feats: Int32Array; labels: Uint8Array } {
  let n = 0;
  for (const f of facts) for (let i = 0; i < f.tokens.length; i++) if (isCandidate(f, i)) n++;
  const feats = new Int32Array(n * DETECTOR_FEATURES);
  const ys = new Uint8Array(n);
  let t = 0;
  facts.forEach((f, k) => {
    for (let i = 0; i < f.tokens.length; i++) {
      if (!isCandidate(f, i)) continue;
      detectorFeatures(f, i, feats, t * DETECTOR_FEATURES);
      ys[t++] = labels[k]![i] === LABEL.CUE ? 1 : 0;
    }
  });
  return { feats, labels: ys };
}

/** A trained detector as it will be shipped (quantized, pruned), with a provisional cut. */
function shipped(weights: Float32Array, opts: DetectorOptions): CueDetector {
  const { step, weights: packed } = packWeights(weights, opts.prune);
  const file = {
    bits: opts.bits,
    features: DETECTOR_FEATURES,
    step,
    threshold: 0,
    bands: [],
    weights: packed,
  };
  return decodeDetector(file, DETECTOR_FEATURES);
}

/** The score at quantile `p` of sorted scores. */
const quantile = (sorted: Float32Array, p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/**
 * The cut of out-of-fold scores: the threshold with the best token F1 on cue tokens, and band cut
 * points at fixed shares of the candidates with the threshold among them.
 */
export function chooseCut(
  scores: readonly Float32Array[],
  labels: readonly Uint8Array[],
): { threshold: number; bands: Float32Array; f1: number } {
  const pairs: Array<[number, number]> = [];
  let gold = 0;
  scores.forEach((s, k) => {
    s.forEach((v, i) => {
      const y = labels[k]![i] === LABEL.CUE ? 1 : 0;
      gold += y;
      if (isScored(v)) pairs.push([v, y]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0]);
  let tp = 0;
  let best = { threshold: 0, f1: 0 };
  pairs.forEach(([v, y], k) => {
    tp += y;
    const f1 = (2 * tp) / (k + 1 + gold);
    if (f1 > best.f1 && (k + 1 === pairs.length || pairs[k + 1]![0] < v)) best = { threshold: v, f1 };
  });
  const sorted = Float32Array.from(pairs, (p) => p[0]).sort();
  const cuts = [0.6, 0.8, 0.9, 0.94, 0.97, 0.985].map((p) => quantile(sorted, p));
  const bands = Float32Array.from(new Set([...cuts, best.threshold])).sort();
  return { threshold: best.threshold, bands, f1: best.f1 };
}

const isScored = (v: number): boolean => v > -1e8;

/**
 * Trains the detector jackknifed: for each fold, on the other folds' articles, scoring the fold's
 * articles; then on all of them. Returns the out-of-fold scores (one array per article), and the
 * final detector with the cut chosen on the out-of-fold scores.
 */
export function trainDetectorJackknifed(
  facts: readonly DocFacts[],
  labels: readonly Uint8Array[],
  fold: readonly number[],
  folds: number,
  opts: DetectorOptions,
): { oof: Float32Array[]; detector: CueDetector; weights: Float32Array; f1: number } {
  const oof: Float32Array[] = new Array(facts.length);
  for (let k = 0; k < folds; k++) {
    const rest = facts.map((_, j) => j).filter((j) => fold[j] !== k);
    const data = detectorData(
      rest.map((j) => facts[j]!),
      rest.map((j) => labels[j]!),
    );
    const d = shipped(trainDetector(data, { ...opts, perToken: DETECTOR_FEATURES }), opts);
    facts.forEach((f, j) => {
      if (fold[j] === k) oof[j] = cueScores(d, f);
    });
  }
  const cut = chooseCut(oof, labels);
  const weights = trainDetector(detectorData(facts, labels), { ...opts, perToken: DETECTOR_FEATURES });
  const detector = { ...shipped(weights, opts), threshold: cut.threshold, bands: cut.bands };
  return { oof, detector, weights, f1: cut.f1 };
}

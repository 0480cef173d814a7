/**
 * The tagger's file format: JSON with the settings, the transition weights, and the emission
 * weights as one base64 string of (index delta as a varint, weight as a 16-bit integer) pairs.
 * Near-zero weights are pruned before writing, which keeps the file to a few megabytes.
 */

import type { CueDetector } from './detector.js';
import type { FloatTagger } from './learn.js';
import { STRIDE, type TaggerModel } from './tagger.js';

/** The format tag a model file must carry. */
export const MODEL_FORMAT = 'dateline-quote-tagger/2';

/** The cue detector (stage 1) as the file holds it. */
export interface DetectorFile {
  bits: number;
  /** Features per candidate token the detector was trained with. */
  features: number;
  step: number;
  threshold: number;
  /** Score cut points of the detector bands that the tagger's features read (ascending). */
  bands: number[];
  weights: string;
}

/** What the JSON file holds. */
export interface ModelFile {
  format: string;
  /** Where the weights come from: data, script, date. */
  provenance: string;
  bits: number;
  labels: readonly string[];
  /** Features per token the model was trained with. */
  features: number;
  /** One unit of a stored 16-bit weight. */
  step: number;
  trans: number[];
  weights: string;
  /** The cue detector whose scores the tagger reads. */
  detector: DetectorFile;
}

/** Quantizes weights to 16 bits, drops those with `|w| < prune`, and packs (index delta varint, weight) pairs as base64. */
export function packWeights(weights: Float32Array, prune: number): { step: number; weights: string } {
  let max = 0;
  for (const v of weights) max = Math.max(max, Math.abs(v));
  const step = max / 32767 || 1;
  const bytes: number[] = [];
  let prev = 0;
  weights.forEach((v, k) => {
    if (Math.abs(v) < prune) return;
    const q = Math.round(v / step);
    if (q === 0) return;
    let d = k - prev;
    prev = k;
    while (d >= 0x80) {
      bytes.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    bytes.push(d, q & 0xff, (q >> 8) & 0xff);
  });
  return { step, weights: Buffer.from(bytes).toString('base64') };
}

/** Unpacks `packWeights` output into `size` 16-bit weights. */
export function unpackWeights(packed: string, size: number): Int16Array {
  const weights = new Int16Array(size);
  const bytes = Buffer.from(packed, 'base64');
  let k = 0;
  let p = 0;
  while (p < bytes.length) {
    let d = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[p++] ?? 0;
      d += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    k += d;
    if (k >= size || p + 2 > bytes.length)
      throw new Error('quote model: weights truncated or out of range; retrain with scripts/train-quotes.ts');
    weights[k] = ((bytes[p]! | (bytes[p + 1]! << 8)) << 16) >> 16;
    p += 2;
  }
  return weights;
}

/** Encodes a trained tagger and its cue detector, dropping weights with `|w| < prune`. */
export function encodeModel(
  model: FloatTagger,
  detector: { weights: Float32Array; bits: number; features: number; threshold: number; bands: number[] },
  meta: { provenance: string; labels: readonly string[]; features: number; prune: number },
): ModelFile {
  const { step, weights } = packWeights(model.weights, meta.prune);
  const d = packWeights(detector.weights, meta.prune);
  return {
    format: MODEL_FORMAT,
    provenance: meta.provenance,
    bits: model.bits,
    labels: meta.labels,
    features: meta.features,
    step,
    trans: Array.from(model.trans, (v) => Math.round(v * 1000) / 1000),
    weights,
    detector: {
      bits: detector.bits,
      features: detector.features,
      step: d.step,
      threshold: detector.threshold,
      bands: detector.bands,
      weights: d.weights,
    },
  };
}

/** The cue detector of a model file. */
export function decodeDetector(file: DetectorFile, features: number): CueDetector {
  if (file.features !== features)
    throw new Error(
      'quote model: detector trained with other features; retrain with scripts/train-quotes.ts',
    );
  return {
    bits: file.bits,
    weights: unpackWeights(file.weights, 1 << file.bits),
    step: file.step,
    threshold: file.threshold,
    bands: Float32Array.from(file.bands),
  };
}

/** Decodes a model file; throws with a message that says what to do when it does not fit. */
export function decodeModel(
  file: ModelFile,
  expect: { labels: readonly string[]; features: number; detectorFeatures: number },
): TaggerModel {
  if (file.format !== MODEL_FORMAT)
    throw new Error(`quote model: format "${file.format}", expected ${MODEL_FORMAT}`);
  if (file.features !== expect.features || file.labels.join() !== expect.labels.join()) {
    throw new Error(
      'quote model: trained with other features or labels; retrain with scripts/train-quotes.ts',
    );
  }
  const weights = unpackWeights(file.weights, (1 << file.bits) * STRIDE);
  return {
    bits: file.bits,
    weights,
    step: file.step,
    trans: Float32Array.from(file.trans),
    detector: decodeDetector(file.detector, expect.detectorFeatures),
  };
}

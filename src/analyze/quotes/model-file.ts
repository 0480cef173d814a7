/**
 * The tagger's file format: JSON with the settings, the transition weights, and the emission
 * weights as one base64 string of (index delta as a varint, weight as a 16-bit integer) pairs.
 * Near-zero weights are pruned before writing, which keeps the file to a few megabytes.
 */

import type { FloatTagger } from './learn.js';
import { STRIDE, type TaggerModel } from './tagger.js';

/** The format tag a model file must carry. */
export const MODEL_FORMAT = 'dateline-quote-tagger/1';

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
}

/** Encodes a trained model, dropping weights with `|w| < prune`. */
export function encodeModel(
  model: FloatTagger,
  meta: { provenance: string; labels: readonly string[]; features: number; prune: number },
): ModelFile {
  let max = 0;
  for (const v of model.weights) max = Math.max(max, Math.abs(v));
  const step = max / 32767 || 1;
  const bytes: number[] = [];
  let prev = 0;
  model.weights.forEach((v, k) => {
    if (Math.abs(v) < meta.prune) return;
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
  return {
    format: MODEL_FORMAT,
    provenance: meta.provenance,
    bits: model.bits,
    labels: meta.labels,
    features: meta.features,
    step,
    trans: Array.from(model.trans, (v) => Math.round(v * 1000) / 1000),
    weights: Buffer.from(bytes).toString('base64'),
  };
}

/** Decodes a model file; throws with a message that says what to do when it does not fit. */
export function decodeModel(
  file: ModelFile,
  expect: { labels: readonly string[]; features: number },
): TaggerModel {
  if (file.format !== MODEL_FORMAT)
    throw new Error(`quote model: format "${file.format}", expected ${MODEL_FORMAT}`);
  if (file.features !== expect.features || file.labels.join() !== expect.labels.join()) {
    throw new Error(
      'quote model: trained with other features or labels; retrain with scripts/train-quotes.ts',
    );
  }
  const weights = new Int16Array((1 << file.bits) * STRIDE);
  const bytes = Buffer.from(file.weights, 'base64');
  let k = 0;
  let p = 0;
  while (p < bytes.length) {
    let d = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[p++]!;
      d += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    k += d;
    const q = ((bytes[p]! | (bytes[p + 1]! << 8)) << 16) >> 16;
    p += 2;
    weights[k] = q;
  }
  return { bits: file.bits, weights, step: file.step, trans: Float32Array.from(file.trans) };
}

/**
 * Training the tagger: an averaged structured perceptron (Collins 2002) over paragraph
 * sequences, deterministic for a given seed. Used by `scripts/train-quotes.ts`; nothing at
 * analysis time imports it.
 */

import type { Token } from '../text/index.js';
import type { Span } from '../types.js';
import { isInside, LABEL, legalTransitions, NL, STRIDE, viterbi } from './tagger.js';

/** One training sequence: the features of its tokens and their gold labels. */
export interface TrainSequence {
  /** `labels.length * perToken` feature hashes. */
  feats: Int32Array;
  labels: Uint8Array;
}

/** Training settings. */
export interface TrainOptions {
  /** log2 of the number of feature buckets. @default 20 */
  bits?: number;
  /** Passes over the data. @default 8 */
  epochs?: number;
  /** Seed of the shuffling. @default 1 */
  seed?: number;
  /** Features per token. */
  perToken: number;
  /** Called after each pass with the number of mislabelled tokens. */
  onEpoch?: (epoch: number, errors: number) => void;
}

/** A small seeded generator (mulberry32), so training is repeatable. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Averaged weights before quantization: `2^bits * STRIDE` emission weights and the transitions. */
export interface FloatTagger {
  bits: number;
  weights: Float32Array;
  trans: Float32Array;
}

/** Per-token label scores under float weights (the training twin of tagger.ts `emissions`). */
function floatEmissions(m: FloatTagger, feats: Int32Array, n: number, per: number): Float64Array {
  const em = new Float64Array(n * NL);
  const mask = (1 << m.bits) - 1;
  for (let t = 0; t < n; t++) {
    const o = t * NL;
    for (let j = t * per; j < (t + 1) * per; j++) {
      const base = (feats[j]! & mask) * STRIDE;
      for (let y = 0; y < NL; y++) em[o + y]! += m.weights[base + y]!;
    }
  }
  return em;
}

/** Trains the tagger; returns the averaged weights. */
export function trainTagger(seqs: readonly TrainSequence[], opts: TrainOptions): FloatTagger {
  const bits = opts.bits ?? 20;
  const mask = (1 << bits) - 1;
  const per = opts.perToken;
  const size = (1 << bits) * STRIDE;
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  const trans = new Float32Array((NL + 1) * NL);
  const transU = new Float64Array((NL + 1) * NL);
  const model: FloatTagger = { bits, weights: w, trans };
  const order = seqs.map((_, k) => k);
  const random = rng(opts.seed ?? 1);
  let c = 1;
  for (let epoch = 0; epoch < (opts.epochs ?? 8); epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    let errors = 0;
    for (const idx of order) {
      const seq = seqs[idx]!;
      const n = seq.labels.length;
      const pred = new Uint8Array(n);
      viterbi(legalTransitions(trans), floatEmissions(model, seq.feats, n, per), n, pred);
      let prevG = NL;
      let prevP = NL;
      for (let t = 0; t < n; t++) {
        const g = seq.labels[t]!;
        const p = pred[t]!;
        if (g !== p) {
          errors++;
          for (let j = t * per; j < (t + 1) * per; j++) {
            const base = (seq.feats[j]! & mask) * STRIDE;
            w[base + g]! += 1;
            u[base + g]! += c;
            w[base + p]! -= 1;
            u[base + p]! -= c;
          }
        }
        if (g !== p || prevG !== prevP) {
          trans[prevG * NL + g]! += 1;
          transU[prevG * NL + g]! += c;
          trans[prevP * NL + p]! -= 1;
          transU[prevP * NL + p]! -= c;
        }
        prevG = g;
        prevP = p;
      }
      c++;
    }
    opts.onEpoch?.(epoch, errors);
  }
  for (let k = 0; k < size; k++) if (u[k] !== 0) w[k] = w[k]! - u[k]! / c;
  for (let k = 0; k < trans.length; k++) trans[k] = trans[k]! - transU[k]! / c;
  return model;
}

/**
 * Gold labels of a document's tokens from role spans (role 1 source, 2 cue, 3 content): each
 * span's tokens get the role's label, the first token of a source or content span its B- tag. Spans of one role in
 * one attribution separated only by whitespace count as one, as the scorer merges them.
 */
export function labelsFromSpans(
  text: string,
  tokens: readonly Token[],
  roles: ReadonlyArray<{ role: 1 | 2 | 3; spans: readonly Span[] }>,
): Uint8Array {
  const labels = new Uint8Array(tokens.length);
  const starts = tokens.map((t) => t.start);
  for (const { role, spans } of roles) {
    let prevEnd = -1;
    for (const [s, e] of [...spans].sort((x, y) => x[0] - y[0])) {
      const joined = prevEnd >= 0 && text.slice(prevEnd, s).trim() === '';
      let first = !joined;
      for (let i = lowerBound(starts, s - 64); i < tokens.length && tokens[i]!.start < e; i++) {
        if (tokens[i]!.end <= s) continue;
        labels[i] = role === 2 ? LABEL.CUE : (role === 1 ? LABEL.BSRC : LABEL.BCNT) + (first ? 0 : 1);
        first = false;
      }
      prevEnd = e;
    }
  }
  return labels;
}

/** Turns an I- tag that follows another role (or opens the sequence) into its B- tag, in place. */
export function legalize(labels: Uint8Array): Uint8Array {
  for (let t = 0; t < labels.length; t++) {
    const y = labels[t]!;
    if (!isInside(y)) continue;
    const prev = t === 0 ? LABEL.O : labels[t - 1]!;
    if (prev !== y && prev !== y - 1) labels[t] = y - 1;
  }
  return labels;
}

function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Candidate tokens of the cue detector: `labels.length * perToken` feature hashes and 0/1 labels (1: in a gold cue). */
export interface DetectorData {
  feats: Int32Array;
  labels: Uint8Array;
}

/**
 * Trains the cue detector, an averaged binary perceptron (a mistake when the score's sign is
 * wrong or the score is zero); returns the averaged float weights, `2^bits` of them.
 */
export function trainDetector(
  data: DetectorData,
  opts: { bits: number; epochs: number; seed: number; perToken: number },
): Float32Array {
  const mask = (1 << opts.bits) - 1;
  const per = opts.perToken;
  const w = new Float32Array(1 << opts.bits);
  const u = new Float64Array(1 << opts.bits);
  const n = data.labels.length;
  const order = Uint32Array.from({ length: n }, (_, k) => k);
  const random = rng(opts.seed);
  let c = 1;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let k = n - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      const t = order[k]!;
      order[k] = order[j]!;
      order[j] = t;
    }
    for (const t of order) {
      const y = data.labels[t] ? 1 : -1;
      let s = 0;
      for (let j = t * per; j < (t + 1) * per; j++) s += w[data.feats[j]! & mask]!;
      if (y * s <= 0) {
        for (let j = t * per; j < (t + 1) * per; j++) {
          const b = data.feats[j]! & mask;
          w[b]! += y;
          u[b]! += y * c;
        }
      }
      c++;
    }
  }
  for (let k = 0; k < w.length; k++) if (u[k] !== 0) w[k] = w[k]! - u[k]! / c;
  return w;
}

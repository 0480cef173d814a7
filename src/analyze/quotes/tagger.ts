/**
 * The sequence tagger: a linear model over hashed features with first-order label transitions,
 * decoded by Viterbi over one block of paragraphs at a time. Labels: O, B-SRC / I-SRC (source),
 * CUE, and B-CNT / I-CNT (content). The cue has no begin tag: two cues touch 3 times in PolNeAR
 * train's 19,823 cues, and six labels cost less to score than seven. An I- tag may only follow
 * its own B- or I- tag.
 */

import type { CueDetector } from './detector.js';

/** The labels, in weight-table order. */
export const LABELS: readonly string[] = ['O', 'B-SRC', 'I-SRC', 'CUE', 'B-CNT', 'I-CNT'];
/** Number of labels. */
export const NL = 6;
/** Label ids. */
export const LABEL = { O: 0, BSRC: 1, ISRC: 2, CUE: 3, BCNT: 4, ICNT: 5 } as const;
const ROLES = [0, 1, 1, 2, 3, 3];
/** The role of a label: 0 none, 1 source, 2 cue, 3 content. */
export const roleOf = (label: number): number => ROLES[label] ?? 0;
/** Whether a label always begins a span (runs of CUE begin where the role changes). */
export const isBegin = (label: number): boolean => label === LABEL.BSRC || label === LABEL.BCNT;
/** Whether a label continues a span (and so must follow its own B- or I- tag). */
export const isInside = (label: number): boolean => label === LABEL.ISRC || label === LABEL.ICNT;

/** Weights per feature bucket: the labels padded to 8, so a bucket never straddles a cache line. */
export const STRIDE = 8;

/** The weights of a tagger, quantized to 16-bit integers. */
export interface TaggerModel {
  /** log2 of the number of feature buckets. */
  bits: number;
  /** `2^bits * STRIDE` emission weights in units of `step`: bucket-major, label-minor. */
  weights: Int16Array;
  /** The value of one unit of `weights`. */
  step: number;
  /** `(NL + 1) * NL` transition weights; row `NL` is the start of a paragraph. */
  trans: Float32Array;
  /** The cue detector (stage 1) whose scores the features read; without it the bands stay 0 and the lexicon marks the cues. */
  detector?: CueDetector;
}

/** Whether `cur` may follow `prev` (`prev === NL` at the start). */
export function allowed(prev: number, cur: number): boolean {
  return !isInside(cur) || prev === cur || prev === cur - 1;
}

const NEG = -1e30;

/**
 * Per-token label scores from the features: `n * NL` numbers. Integer sums over 16-bit weights:
 * the table is read at random, and 16 bytes per bucket keep it small (see the speed note in
 * scripts/train-quotes.ts).
 */
export function emissions(model: TaggerModel, feats: Int32Array, n: number, perToken: number): Float64Array {
  const em = new Float64Array(n * NL);
  const w = model.weights;
  const mask = (1 << model.bits) - 1;
  const step = model.step;
  for (let t = 0; t < n; t++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    for (let j = t * perToken, end = j + perToken; j < end; j++) {
      const base = (feats[j]! & mask) << 3;
      s0 += w[base]!;
      s1 += w[base + 1]!;
      s2 += w[base + 2]!;
      s3 += w[base + 3]!;
      s4 += w[base + 4]!;
      s5 += w[base + 5]!;
    }
    const o = t * NL;
    em[o] = s0 * step;
    em[o + 1] = s1 * step;
    em[o + 2] = s2 * step;
    em[o + 3] = s3 * step;
    em[o + 4] = s4 * step;
    em[o + 5] = s5 * step;
  }
  return em;
}

/** Transition weights with the illegal ones set to a large negative number, as `viterbi` reads them. */
export function legalTransitions(trans: Float32Array): Float64Array {
  const t = new Float64Array((NL + 1) * NL);
  for (let p = 0; p <= NL; p++)
    for (let y = 0; y < NL; y++) t[p * NL + y] = allowed(p, y) ? trans[p * NL + y]! : NEG;
  return t;
}

/**
 * The best legal label sequence for scores `em` (`n * NL`) under transitions `tr` (from
 * `legalTransitions`), written into `out`. Written out for
 * the label set: an I- tag has two possible predecessors, the other labels all six.
 */
export function viterbi(tr: Float64Array, em: Float64Array, n: number, out: Uint8Array): void {
  if (n === 0) return;
  const back = new Uint8Array(n * NL);
  const score = new Float64Array(n * NL);
  for (let y = 0; y < NL; y++) score[y] = tr[NL * NL + y]! + em[y]!;
  for (let t = 1; t < n; t++) {
    const o = t * NL;
    const po = o - NL;
    for (let y = 0; y < NL; y++) {
      if (isInside(y)) {
        const fromB = score[po + y - 1]! + tr[(y - 1) * NL + y]!;
        const fromI = score[po + y]! + tr[y * NL + y]!;
        score[o + y] = Math.max(fromB, fromI) + em[o + y]!;
        back[o + y] = fromB >= fromI ? y - 1 : y;
        continue;
      }
      let best = score[po]! + tr[y]!;
      let arg = 0;
      for (let p = 1; p < NL; p++) {
        const s = score[po + p]! + tr[p * NL + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[o + y] = best + em[o + y]!;
      back[o + y] = arg;
    }
  }
  let y = 0;
  const last = (n - 1) * NL;
  for (let k = 1; k < NL; k++) if (score[last + k]! > score[last + y]!) y = k;
  for (let t = n - 1; t >= 0; t--) {
    out[t] = y;
    y = back[t * NL + y]!;
  }
}

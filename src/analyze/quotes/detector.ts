/**
 * Stage 1 of the tagger: a cue detector. For every word token (and every colon) a linear model
 * over hashed context features scores how likely the token is part of a cue ("said", "according
 * to", "is expected to"). Its scores feed the sequence tagger (features.ts) as features, and its
 * cue positions replace the lexicon's in the cue-distance facts (facts.ts `setCues`): with the
 * gold cue positions given that way the tagger's role F1s rise by 10 to 35 points, so a better
 * cue guess is worth more than anything else the tagger could be told.
 */

import type { Span } from '../types.js';
import { CUE_KINDS } from './cues.js';
import { type DocFacts, setCues } from './facts.js';
import { hashToken, QSTATE, SHAPE } from './tokens.js';

/** Number of features per candidate token. */
export const DETECTOR_FEATURES = 34;

/** The detector's weights, quantized to 16-bit integers. */
export interface CueDetector {
  /** log2 of the number of feature buckets. */
  bits: number;
  /** `2^bits` weights in units of `step`. */
  weights: Int16Array;
  /** The value of one unit of `weights`. */
  step: number;
  /** A token scoring at least this is taken for a cue (chosen on held-out train predictions). */
  threshold: number;
  /** Ascending score cut points of the bands the tagger reads (`bandOf`). */
  bands: Float32Array;
}

/** The score of a token the detector does not look at (punctuation, numbers, quotation marks). */
export const NOT_SCORED = -1e9;

const hashOf = (w: string): number => hashToken(w, 0, w.length);
/** Subjects a cue tends to follow: personal pronouns and the usual unnamed speakers. */
const SUBJECT_WORDS: ReadonlySet<number> = new Set(
  [
    'he',
    'she',
    'they',
    'we',
    'i',
    'you',
    'who',
    'officials',
    'spokesman',
    'spokeswoman',
    'aides',
    'critics',
  ].map(hashOf),
);
const THAT = hashOf('that');
const COLON = hashOf(':');
const COMMA = hashOf(',');

/** Mixes a template id with up to three values into one 32-bit hash (as features.ts does, other seeds). */
function mix(t: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(a ^ Math.imul(t + 101, 0x9e3779b1), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 13) ^ c, 0x85ebca6b);
  return h ^ (h >>> 16);
}

/**
 * Whether the detector scores token `i`: lexicon cue words, words whose stem is a cue at least 5%
 * of the time in train (stems.ts `cueLevel` 2 and up), and colons ("He said: ..."). That is a
 * fifth of the tokens, with three quarters of the gold cue tokens of PolNeAR train; the tagger
 * still tags the rest, without a detector score.
 */
export function isCandidate(f: DocFacts, i: number): boolean {
  return f.cueStem[i]! >= 2 || f.cue[i]! > 0 || f.word[i] === COLON;
}

/** 1 to 3: how far back the nearest subject-like word (a capitalised word or a pronoun) is; 0 none. */
function subjectBefore(f: DocFacts, i: number, first: number): number {
  for (let k = 1; k <= 3 && i - k >= first; k++) {
    const j = i - k;
    const s = f.shape[j]!;
    if (s === SHAPE.cap || s === SHAPE.caps || SUBJECT_WORDS.has(f.word[j]!)) return k;
    if (s === SHAPE.punct || s === SHAPE.open || s === SHAPE.close) return 0;
  }
  return 0;
}

/** What opens the clause after the token: 1 "that", 2 a colon, 3 a quotation mark, 4 a comma then a quotation mark, 5 a capitalised word. */
function clauseAfter(f: DocFacts, i: number, last: number): number {
  for (let k = 1; k <= 3 && i + k <= last; k++) {
    const j = i + k;
    const w = f.word[j]!;
    if (w === THAT) return 1;
    if (w === COLON) return 2;
    if (f.shape[j] === SHAPE.open) return 3;
    if (w === COMMA) return j + 1 <= last && f.shape[j + 1] === SHAPE.open ? 4 : 0;
    if (k === 1 && f.shape[j] === SHAPE.cap) return 5;
  }
  return 0;
}

/** Buckets a token distance: 1, 2, 3, 4-6, 7-12, 13+ (0 stays 0, "none"). */
const near = (d: number): number => (d <= 3 ? d : d <= 6 ? 4 : d <= 12 ? 5 : 6);

const EDGE = 0x1b0f;

/** The word hash at `k`, or an edge value outside the sentence `[first, last]`. */
const wordIn = (f: DocFacts, k: number, first: number, last: number): number =>
  k < first ? EDGE : k > last ? EDGE + 1 : f.word[k]!;
const stemIn = (f: DocFacts, k: number, first: number, last: number): number =>
  k < first ? EDGE : k > last ? EDGE + 1 : f.stem[k]!;
const levelIn = (f: DocFacts, k: number, first: number, last: number): number =>
  k < first ? 5 : k > last ? 6 : f.cueStem[k]!;
const shapeIn = (f: DocFacts, k: number, first: number, last: number): number =>
  k < first ? 9 : k > last ? 10 : f.shape[k]!;

/** Writes the `DETECTOR_FEATURES` feature hashes of candidate token `i` into `out` at `off`. */
export function detectorFeatures(f: DocFacts, i: number, out: Int32Array, off: number): void {
  const first = f.sentFirst[i]!;
  const last = f.sentLast[i]!;
  const w0 = f.word[i]!;
  const st = f.stem[i]!;
  const l0 = f.cueStem[i]!;
  const q = f.quote[i] === QSTATE.inside ? 1 : 0;
  const wm1 = wordIn(f, i - 1, first, last);
  const wp1 = wordIn(f, i + 1, first, last);
  const shm1 = shapeIn(f, i - 1, first, last);
  const shp1 = shapeIn(f, i + 1, first, last);
  const lm1 = levelIn(f, i - 1, first, last);
  const lp1 = levelIn(f, i + 1, first, last);
  const subj = subjectBefore(f, i, first);
  const clause = clauseAfter(f, i, last);
  const pos = Math.min(i - first, 6);
  const flags = f.sentFlags[i]!;
  let k = off;
  out[k++] = mix(0, 0);
  out[k++] = mix(1, w0);
  out[k++] = mix(2, st);
  out[k++] = mix(3, st, q);
  out[k++] = mix(4, st, wm1);
  out[k++] = mix(5, st, wp1);
  out[k++] = mix(6, st, wp1, wordIn(f, i + 2, first, last));
  out[k++] = mix(7, wordIn(f, i - 2, first, last), wm1, st);
  out[k++] = mix(8, wm1);
  out[k++] = mix(9, wp1);
  out[k++] = mix(10, st, shm1, shp1);
  out[k++] = mix(11, l0, shm1, shp1);
  out[k++] = mix(12, l0, lm1, lp1);
  out[k++] = mix(13, st, f.markRight[i]!, near(f.markRightDist[i]!));
  out[k++] = mix(14, st, pos, Math.min(last - i, 6));
  out[k++] = mix(15, st, flags);
  out[k++] = mix(16, st, subj);
  out[k++] = mix(17, st, clause);
  out[k++] = mix(18, l0, q, flags);
  out[k++] = mix(19, f.suffix[i]!, f.shape[i]!);
  out[k++] = mix(20, l0, subj, clause);
  out[k++] = mix(21, f.cue[i]!, q, f.attached[i]!);
  out[k++] = mix(22, st, near(f.cueLeft[i]!), near(f.cueRight[i]!));
  out[k++] = mix(23, wm1, w0);
  out[k++] = mix(24, w0, wp1);
  out[k++] = mix(25, stemIn(f, i - 1, first, last), st);
  out[k++] = mix(26, st, stemIn(f, i + 1, first, last));
  out[k++] = mix(27, l0, f.cueLeftKind[i]!, near(f.cueLeft[i]!));
  out[k++] = mix(28, l0, f.cueRightKind[i]!, near(f.cueRight[i]!));
  out[k++] = mix(29, st, f.shape[i]!, pos === 0 ? 1 : 0);
  out[k++] = mix(30, l0, wm1);
  out[k++] = mix(31, l0, wp1);
  out[k++] = mix(32, levelIn(f, i - 2, first, last), lm1, l0);
  out[k++] = mix(33, l0, lp1, levelIn(f, i + 2, first, last));
}

/** The detector's score of every token (`NOT_SCORED` for tokens it does not look at). */
export function cueScores(d: CueDetector, f: DocFacts): Float32Array {
  const n = f.tokens.length;
  const scores = new Float32Array(n).fill(NOT_SCORED);
  const feats = new Int32Array(DETECTOR_FEATURES);
  const mask = (1 << d.bits) - 1;
  const w = d.weights;
  for (let i = 0; i < n; i++) {
    if (!isCandidate(f, i)) continue;
    detectorFeatures(f, i, feats, 0);
    let s = 0;
    for (let j = 0; j < DETECTOR_FEATURES; j++) s += w[feats[j]! & mask]!;
    scores[i] = s * d.step;
  }
  return scores;
}

/** The cue kind of a detected cue word outside the lexicon (after the lexicon's kinds and the stem kind). */
export const DETECTED_KIND: number = CUE_KINDS.length + 2;

/** A score's band: 0 not scored, then 1 + the number of cut points at or below it. */
export function bandOf(score: number, bands: Float32Array): number {
  if (score === NOT_SCORED) return 0;
  let b = 1;
  for (const cut of bands) if (score >= cut) b++;
  return b;
}

/**
 * Applies detector scores to the facts: each token's band (`f.band`), and the tokens scoring at
 * least the threshold become the cue words (keeping their lexicon kind where they have one),
 * replacing the lexicon's guess in the cue-distance facts.
 */
export function applyScores(
  f: DocFacts,
  sentences: readonly Span[],
  scores: Float32Array,
  cut: { threshold: number; bands: Float32Array },
): void {
  const cues = new Uint8Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    f.band[i] = bandOf(s, cut.bands);
    if (s >= cut.threshold && s !== NOT_SCORED) cues[i] = f.cue[i] || DETECTED_KIND;
  }
  setCues(f, sentences, cues);
}

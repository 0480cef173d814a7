import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { FEATURES_PER_TOKEN } from '../../../src/analyze/quotes/features.js';
import { labelsFromSpans, legalize, trainTagger } from '../../../src/analyze/quotes/learn.js';
import { shippedModel } from '../../../src/analyze/quotes/model.js';
import { decodeModel, encodeModel, MODEL_FORMAT } from '../../../src/analyze/quotes/model-file.js';
import {
  allowed,
  emissions,
  LABEL,
  LABELS,
  legalTransitions,
  NL,
  STRIDE,
  viterbi,
} from '../../../src/analyze/quotes/tagger.js';
import { tokenize } from '../../../src/analyze/text/index.js';

const { O, BSRC, ISRC, CUE, BCNT, ICNT } = LABEL;

/** A detector of two buckets and one feature, for the file tests. */
const NO_DETECTOR = { weights: new Float32Array(4), bits: 2, features: 1, threshold: 0, bands: [] };

describe('viterbi', () => {
  it('never lets an I- tag follow anything but its own B- or I- tag', () => {
    const n = 6;
    const em = new Float64Array(n * NL);
    for (let t = 0; t < n; t++) em[t * NL + ICNT] = 5; // I-CNT is the best label everywhere
    const out = new Uint8Array(n);
    viterbi(legalTransitions(new Float32Array((NL + 1) * NL)), em, n, out);
    for (let t = 0; t < n; t++) assert.ok(allowed(t === 0 ? NL : out[t - 1]!, out[t]!));
    assert.deepEqual([...out], [BCNT, ICNT, ICNT, ICNT, ICNT, ICNT]);
  });

  it('follows the emission scores when transitions are flat', () => {
    const want = [BSRC, ISRC, CUE, BCNT, ICNT, O];
    const em = new Float64Array(want.length * NL);
    want.forEach((y, t) => {
      em[t * NL + y] = 1;
    });
    const out = new Uint8Array(want.length);
    viterbi(legalTransitions(new Float32Array((NL + 1) * NL)), em, want.length, out);
    assert.deepEqual([...out], want);
  });
});

describe('learning', () => {
  // Toy sequences over a tiny vocabulary: "orr said it rains": SRC CUE B-CNT I-CNT.
  const VOCAB: Record<string, number> = { orr: 11, said: 22, it: 33, rains: 44, the: 55, sky: 66 };
  const GOLD: Record<string, number> = { orr: BSRC, said: CUE, it: BCNT, rains: ICNT, the: O, sky: O };
  const seq = (words: string[]): { feats: Int32Array; labels: Uint8Array } => {
    const per = 2;
    const feats = new Int32Array(words.length * per);
    words.forEach((w, t) => {
      feats[t * per] = VOCAB[w]!;
      feats[t * per + 1] = 1;
    });
    return { feats, labels: Uint8Array.from(words.map((w) => GOLD[w]!)) };
  };
  const data = [
    seq(['orr', 'said', 'it', 'rains']),
    seq(['the', 'sky']),
    seq(['the', 'orr', 'said', 'it', 'rains']),
  ];

  it('fits a separable toy set and is deterministic', () => {
    const a = trainTagger(data, { perToken: 2, bits: 10, epochs: 10, seed: 7 });
    const b = trainTagger(data, { perToken: 2, bits: 10, epochs: 10, seed: 7 });
    assert.deepEqual(a.weights, b.weights);
    const file = encodeModel(a, NO_DETECTOR, { provenance: 'test', labels: LABELS, features: 2, prune: 0 });
    const model = decodeModel(file, { labels: LABELS, features: 2, detectorFeatures: 1 });
    for (const s of data) {
      const out = new Uint8Array(s.labels.length);
      viterbi(
        legalTransitions(model.trans),
        emissions(model, s.feats, s.labels.length, 2),
        s.labels.length,
        out,
      );
      assert.deepEqual([...out], [...s.labels]);
    }
  });

  it('labels tokens from character spans, merging spans split by whitespace only', () => {
    const text = '"It rains," Orr said. "Hard."';
    const tokens = tokenize(text);
    const labels = labelsFromSpans(text, tokens, [
      { role: 1, spans: [[12, 15]] },
      { role: 2, spans: [[16, 20]] },
      {
        role: 3,
        spans: [
          [0, 11],
          [22, 29],
        ],
      },
    ]);
    assert.deepEqual([...labels], [BCNT, ICNT, ICNT, ICNT, ICNT, BSRC, CUE, O, BCNT, ICNT, ICNT, ICNT]);
    assert.deepEqual(
      [...legalize(Uint8Array.from([ICNT, O, ICNT, ICNT, ISRC]))],
      [BCNT, O, BCNT, ICNT, BSRC],
    );
  });
});

describe('the model file', () => {
  it('round-trips weights within half a quantization step and prunes small ones', () => {
    const weights = new Float32Array((1 << 4) * STRIDE);
    weights[3] = 2.5;
    weights[17] = -1.25;
    weights[40] = 0.001;
    const trans = new Float32Array((NL + 1) * NL).map((_, k) => k / 10);
    const detector = {
      ...NO_DETECTOR,
      weights: Float32Array.from([0, 3, 0, -0.5]),
      threshold: 1.5,
      bands: [0, 1.5],
    };
    const file = encodeModel({ bits: 4, weights, trans }, detector, {
      provenance: 'x',
      labels: LABELS,
      features: 3,
      prune: 0.01,
    });
    assert.equal(file.format, MODEL_FORMAT);
    const expect = { labels: LABELS, features: 3, detectorFeatures: 1 };
    const back = decodeModel(file, expect);
    assert.ok(Math.abs(back.weights[3]! * back.step - 2.5) <= back.step / 2);
    assert.ok(Math.abs(back.weights[17]! * back.step + 1.25) <= back.step / 2);
    assert.equal(back.weights[40], 0);
    const d = back.detector!;
    assert.ok(Math.abs(d.weights[1]! * d.step - 3) <= d.step / 2);
    assert.ok(Math.abs(d.weights[3]! * d.step + 0.5) <= d.step / 2);
    assert.equal(d.threshold, 1.5);
    assert.deepEqual([...d.bands], [0, 1.5]);
    assert.throws(() => decodeModel(file, { ...expect, features: 4 }), /retrain/);
    assert.throws(() => decodeModel(file, { ...expect, detectorFeatures: 2 }), /retrain/);
    assert.throws(() => decodeModel({ ...file, format: 'other' }, expect), /format/);
  });

  it('ships a model that matches the features and labels of this code', () => {
    const model = shippedModel();
    assert.equal(model.weights.length, (1 << model.bits) * STRIDE);
    assert.equal(model.detector?.weights.length, 1 << (model.detector?.bits ?? 0));
    assert.equal(model.trans.length, (NL + 1) * NL);
    assert.ok(FEATURES_PER_TOKEN > 0);
  });
});

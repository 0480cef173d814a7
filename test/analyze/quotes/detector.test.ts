import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  applyScores,
  bandOf,
  cueScores,
  DETECTED_KIND,
  DETECTOR_FEATURES,
  detectorFeatures,
  isCandidate,
  NOT_SCORED,
} from '../../../src/analyze/quotes/detector.js';
import { docFacts } from '../../../src/analyze/quotes/facts.js';
import { trainDetector } from '../../../src/analyze/quotes/learn.js';
import { chooseCut } from '../../../src/analyze/quotes/learn-detector.js';
import { shippedModel } from '../../../src/analyze/quotes/model.js';
import { LABEL } from '../../../src/analyze/quotes/tagger.js';
import { paragraphs, splitSentences, tokenize } from '../../../src/analyze/text/index.js';

function factsOf(text: string): ReturnType<typeof docFacts> & { sentences: Array<[number, number]> } {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  return { ...docFacts(text, tokens, sentences, paragraphs(text)), sentences };
}

const indexOf = (f: ReturnType<typeof factsOf>, word: string): number =>
  f.tokens.findIndex((t) => f.text.slice(t.start, t.end) === word);

describe('cue detector', () => {
  const text = 'Mayor Lena Orr said on Tuesday that the new bridge would open in May. The table was empty.';

  it('scores cue words and cue-like stems, and leaves punctuation alone', () => {
    const f = factsOf(text);
    assert.ok(isCandidate(f, indexOf(f, 'said')));
    assert.ok(!isCandidate(f, indexOf(f, '.')));
    const scores = cueScores(shippedModel().detector!, f);
    assert.equal(scores[indexOf(f, '.')], NOT_SCORED);
  });

  it('with the shipped model, takes "said" for a cue and "table" for none', () => {
    const detector = shippedModel().detector!;
    const f = factsOf(text);
    const scores = cueScores(detector, f);
    assert.ok(scores[indexOf(f, 'said')]! >= detector.threshold);
    const table = scores[indexOf(f, 'table')]!;
    assert.ok(table === NOT_SCORED || table < detector.threshold);
  });

  it('writes a fixed number of features, the same each time', () => {
    const f = factsOf(text);
    const a = new Int32Array(DETECTOR_FEATURES + 1);
    const b = new Int32Array(DETECTOR_FEATURES + 1);
    detectorFeatures(f, indexOf(f, 'said'), a, 0);
    detectorFeatures(f, indexOf(f, 'said'), b, 1);
    assert.deepEqual([...a.subarray(0, DETECTOR_FEATURES)], [...b.subarray(1)]);
    assert.equal(new Set(a.subarray(0, DETECTOR_FEATURES)).size, DETECTOR_FEATURES);
  });

  it('replaces the cue words and the distances to them with its guess', () => {
    const f = factsOf('Orr said the plan would work, and Kim noted the cost.');
    const said = indexOf(f, 'said');
    const noted = indexOf(f, 'noted');
    const scores = new Float32Array(f.tokens.length).fill(-5);
    scores[noted] = 5;
    scores[f.tokens.length - 1] = NOT_SCORED;
    applyScores(f, f.sentences, scores, { threshold: 0, bands: Float32Array.from([-1, 0, 1]) });
    assert.equal(f.cue[said], 0, 'a lexicon cue word the detector rejects is no cue');
    assert.ok(f.cue[noted]! > 0);
    assert.equal(f.cueLeft[noted + 1], 1);
    assert.equal(f.cueRight[said], noted - said);
    assert.equal(f.band[noted], 4);
    assert.equal(f.band[said], 1);
    assert.equal(f.band[f.tokens.length - 1], 0);
  });

  it('gives a detected word outside the lexicon its own cue kind', () => {
    const f = factsOf('Orr zorbled that the plan would work.');
    const word = indexOf(f, 'zorbled');
    assert.equal(f.cue[word], 0);
    const scores = new Float32Array(f.tokens.length).fill(-1);
    scores[word] = 1;
    applyScores(f, f.sentences, scores, { threshold: 0, bands: new Float32Array(0) });
    assert.equal(f.cue[word], DETECTED_KIND);
  });

  it('bands scores by the cut points', () => {
    const bands = Float32Array.from([-2, 0, 3]);
    assert.deepEqual(
      [NOT_SCORED, -5, -2, -1, 0, 2.9, 3, 9].map((s) => bandOf(s, bands)),
      [0, 1, 2, 2, 3, 3, 4, 4],
    );
  });
});

describe('training the cue detector', () => {
  // Two features per example: a word id and a shared bias; words 1 and 2 are cues.
  const words = [1, 3, 2, 4, 1, 5, 3, 2, 4, 5];
  const data = {
    feats: Int32Array.from(words.flatMap((w) => [w, 7])),
    labels: Uint8Array.from(words.map((w) => (w <= 2 ? 1 : 0))),
  };

  it('separates a separable toy set, deterministically', () => {
    const opts = { bits: 4, epochs: 5, seed: 3, perToken: 2 };
    const w = trainDetector(data, opts);
    assert.deepEqual(w, trainDetector(data, opts));
    words.forEach((word, t) => {
      assert.equal(w[word]! + w[7]! > 0, data.labels[t] === 1, `word ${word}`);
    });
  });

  it('chooses the threshold with the best F1 over all gold cue tokens', () => {
    const { CUE, O } = LABEL;
    const scores = [Float32Array.from([5, 4, 3, 2, 1, NOT_SCORED])];
    const labels = [Uint8Array.from([CUE, CUE, O, CUE, O, CUE])];
    const cut = chooseCut(scores, labels);
    // Above 4: P 1, R 2/4 (F1 .67); above 2: P 3/4, R 3/4 (F1 .75).
    assert.equal(cut.threshold, 2);
    assert.ok(Math.abs(cut.f1 - 0.75) < 1e-9);
    assert.ok([...cut.bands].includes(2));
  });
});

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { tuneLinks } from '../../../src/analyze/quotes/learn-links.js';
import {
  groupSpans,
  LINK_COSTS,
  type LinkCosts,
  type RoleSpan,
  spansOf,
  type TokenPlaces,
} from '../../../src/analyze/quotes/relations.js';
import { LABEL } from '../../../src/analyze/quotes/tagger.js';

const { O, BSRC, ISRC, CUE, BCNT, ICNT } = LABEL;

/** Token places for `n` tokens with sentence breaks before the given token indices (one paragraph). */
function places(n: number, sentenceStarts: number[] = []): TokenPlaces {
  const sentence = new Int32Array(n);
  for (let t = 0, k = 0; t < n; t++) {
    if (sentenceStarts.includes(t)) k++;
    sentence[t] = k;
  }
  return { sentence, paragraph: new Int32Array(n) };
}

const span = (role: number, first: number, last: number): RoleSpan => ({ role, first, last });

describe('spansOf', () => {
  it('reads runs of roles; a B- tag starts a new span', () => {
    const labels = Uint8Array.from([BSRC, ISRC, CUE, BCNT, ICNT, BCNT, O, BSRC, BSRC]);
    assert.deepEqual(spansOf(labels, 10), [
      span(1, 10, 11),
      span(2, 12, 12),
      span(3, 13, 14),
      span(3, 15, 15),
      span(1, 17, 17),
      span(1, 18, 18),
    ]);
  });
});

describe('groupSpans', () => {
  it('joins each span to its nearest cue, counting other cues and sentence breaks as distance', () => {
    // [Orr] <said> {A} , and [Lind] <argued> {B} .  {C}
    const spans = [span(1, 0, 0), span(2, 1, 1), span(3, 2, 4), span(1, 7, 7), span(2, 8, 8), span(3, 9, 12)];
    const { relations, orphans } = groupSpans(spans, places(20, [14]));
    assert.equal(orphans.length, 0);
    assert.deepEqual(
      relations.map((r) => [r.cue.first, r.sources.map((s) => s.first), r.contents.map((s) => s.first)]),
      [
        [1, [0], [2]],
        [8, [7], [9]],
      ],
    );
  });

  it('lets a cue without a source share the nearest one of its sentence', () => {
    // [Orr] <said> {A} and <added> {B}
    const spans = [span(1, 0, 0), span(2, 1, 1), span(3, 2, 4), span(2, 6, 6), span(3, 7, 9)];
    const { relations } = groupSpans(spans, places(10));
    assert.deepEqual(
      relations.map((r) => r.sources.map((s) => s.first)),
      [[0], [0]],
    );
  });

  it('puts content before the cue ("quote," said X) with that cue', () => {
    const spans = [span(3, 0, 5), span(2, 6, 6), span(1, 7, 8)];
    const { relations } = groupSpans(spans, places(10));
    assert.equal(relations.length, 1);
    assert.deepEqual(relations[0]!.contents, [span(3, 0, 5)]);
    assert.deepEqual(relations[0]!.sources, [span(1, 7, 8)]);
  });

  it('returns content with no cue apart', () => {
    const { relations, orphans } = groupSpans([span(3, 0, 5)], places(6));
    assert.deepEqual(relations, []);
    assert.deepEqual(orphans, [span(3, 0, 5)]);
  });

  it('groups a long block in linear-ish time', () => {
    const spans: RoleSpan[] = [];
    for (let k = 0; k < 20_000; k++)
      spans.push(span(1, k * 10, k * 10), span(2, k * 10 + 1, k * 10 + 1), span(3, k * 10 + 2, k * 10 + 8));
    const t0 = performance.now();
    const { relations } = groupSpans(spans, places(200_000));
    assert.equal(relations.length, 20_000);
    assert.ok(performance.now() - t0 < 5000);
  });
});

describe('tuning the link costs', () => {
  it('climbs to the best grid value of each setting and keeps the start on ties', () => {
    // A made-up score that peaks at sentence 30 and interveningCue 35 and ignores the rest.
    const score = (c: Readonly<LinkCosts>): number =>
      -Math.abs(c.sentence - 30) - Math.abs(c.interveningCue - 35);
    const { costs, score: best } = tuneLinks(LINK_COSTS, score);
    assert.equal(costs.sentence, 30);
    assert.equal(costs.interveningCue, 35);
    assert.equal(costs.paragraph, LINK_COSTS.paragraph);
    assert.ok(best === 0);
  });
});

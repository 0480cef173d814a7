/**
 * Story assignment: the best candidate story at or above the threshold, ties to the older story,
 * each story scored by its closest member, and a new story (similarity 1) otherwise.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { assignStory, MINHASH, STORY_THRESHOLD } from '../../../src/corpus/dedupe/index.js';
import type { BandCandidate } from '../../../src/corpus/types.js';

const K = MINHASH.hashes;

/** A signature agreeing with `base` on exactly `same` positions (the first ones). */
function agreeing(base: Uint32Array, same: number): Uint32Array {
  return base.map((v, i) => (i < same ? v : v ^ 0x5555));
}

const BASE = Uint32Array.from({ length: K }, (_, i) => (i * 2_654_435_761) >>> 0);

function candidate(articleId: number, storyId: number, same: number): BandCandidate {
  return { articleId, storyId, signature: agreeing(BASE, same) };
}

/** The smallest number of agreeing positions that reaches the threshold. */
const AT = Math.ceil(STORY_THRESHOLD * K);

describe('assignStory', () => {
  it('starts a new story, similarity 1, when there are no candidates', () => {
    assert.deepEqual(assignStory(BASE, []), { similarity: 1 });
  });

  it('joins at the threshold and not just below it', () => {
    assert.deepEqual(assignStory(BASE, [candidate(1, 7, AT)]), { storyId: 7, similarity: AT / K });
    assert.deepEqual(assignStory(BASE, [candidate(1, 7, AT - 1)]), { similarity: 1 });
  });

  it('takes the story with the most similar member', () => {
    const result = assignStory(BASE, [
      candidate(1, 3, AT + 5),
      candidate(2, 9, AT + 20),
      candidate(3, 3, AT),
    ]);
    assert.deepEqual(result, { storyId: 9, similarity: (AT + 20) / K });
  });

  it('scores a story by its closest member, not its first or its mean', () => {
    const result = assignStory(BASE, [candidate(1, 4, 0), candidate(2, 4, K), candidate(3, 5, K - 1)]);
    assert.deepEqual(result, { storyId: 4, similarity: 1 });
  });

  it('breaks ties in favour of the older story (smaller id), in any candidate order', () => {
    const a = candidate(10, 12, AT + 3);
    const b = candidate(11, 8, AT + 3);
    assert.equal(assignStory(BASE, [a, b]).storyId, 8);
    assert.equal(assignStory(BASE, [b, a]).storyId, 8);
  });

  it('skips candidates whose signature comes from another scheme', () => {
    const old: BandCandidate = { articleId: 1, storyId: 2, signature: new Uint32Array(64) };
    assert.deepEqual(assignStory(BASE, [old]), { similarity: 1 });
  });

  it('takes a custom threshold', () => {
    assert.equal(assignStory(BASE, [candidate(1, 7, K / 2)], 0.9).storyId, undefined);
  });

  it('never joins below the threshold and always joins the best story above it (property)', () => {
    const candidates = fc.array(
      fc.record({
        articleId: fc.nat(),
        storyId: fc.integer({ min: 1, max: 6 }),
        same: fc.integer({ min: 0, max: K }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(candidates, (list) => {
        const result = assignStory(
          BASE,
          list.map((c) => candidate(c.articleId, c.storyId, c.same)),
        );
        const best = Math.max(-1, ...list.map((c) => c.same));
        if (best < AT) return assert.deepEqual(result, { similarity: 1 });
        const older = Math.min(...list.filter((c) => c.same === best).map((c) => c.storyId));
        assert.deepEqual(result, { storyId: older, similarity: best / K });
      }),
    );
  });
});

/**
 * MinHash signatures and LSH bands: exact on identical texts, unbiased against the true Jaccard
 * similarity of the shingle sets, and the same bits on every run and machine (the store keeps
 * them). Statistical properties run with a fixed fast-check seed so that a rare unlucky draw
 * cannot make CI flaky; the tolerance is 4.5 standard errors.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  bandKeys,
  contentHash,
  estimateShingleCount,
  fingerprint,
  LSH,
  MINHASH,
  minhash,
  originalSource,
  signatureOf,
  similarity,
} from '../../../src/corpus/dedupe/index.js';

const STORY =
  'PORT ANSEL (Reuters) - The Bank of Veloria raised its benchmark rate by 25 basis points to 6 percent on ' +
  'Thursday, citing stubborn inflation. The velor rose 1 percent against the dollar after the announcement. ' +
  'Governor Lena Marsh told a news conference that the board would watch wage growth closely.';

/** Words of a small fictional vocabulary, so that random texts share shingles now and then. */
const text = fc
  .array(
    fc.constantFrom(
      'bank',
      'rate',
      'quake',
      'Caldera',
      'strike',
      'union',
      'said',
      'on',
      'the',
      'Monday',
      '25%',
    ),
    {
      minLength: 0,
      maxLength: 120,
    },
  )
  .map((words) => words.join(' '));

describe('minhash and similarity', () => {
  it('has the configured length, and bands * rows covers it', () => {
    assert.equal(minhash(STORY).length, MINHASH.hashes);
    assert.equal(LSH.bands * LSH.rows, MINHASH.hashes);
  });

  it('gives a text similarity 1 with itself (property)', () => {
    fc.assert(fc.property(text, (t) => assert.equal(similarity(minhash(t), minhash(t)), 1)));
  });

  it('gives identical texts the same signature and the same bands (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const copy = `${t}`;
        assert.deepEqual(minhash(copy), minhash(t));
        assert.deepEqual(bandKeys(minhash(copy)), bandKeys(minhash(t)));
      }),
    );
  });

  it('is symmetric and stays in [0, 1] (property)', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const s = similarity(minhash(a), minhash(b));
        assert.equal(s, similarity(minhash(b), minhash(a)));
        assert.ok(s >= 0 && s <= 1);
      }),
    );
  });

  it('estimates the true Jaccard similarity of random shingle sets within 4.5 standard errors (property)', () => {
    const sets = fc
      .uniqueArray(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 30, maxLength: 400 })
      .chain((pool) => fc.tuple(fc.constant(pool), fc.nat(pool.length), fc.nat(pool.length)));
    fc.assert(
      fc.property(sets, ([pool, x, y]) => {
        const [lo, hi] = [Math.min(x, y), Math.max(x, y)];
        // a = pool[0, hi), b = pool[lo, end): their overlap is pool[lo, hi).
        const a = pool.slice(0, hi);
        const b = pool.slice(lo);
        if (a.length === 0 || b.length === 0) return;
        const jaccard = (hi - lo) / pool.length;
        const error = Math.abs(similarity(signatureOf(a), signatureOf(b)) - jaccard);
        assert.ok(
          error <= 4.5 * Math.sqrt(0.25 / MINHASH.hashes),
          `estimate off by ${error} at J = ${jaccard}`,
        );
      }),
      { seed: 20_250_601, numRuns: 300 },
    );
  });

  it('is unbiased: the mean error over many set pairs is near zero', () => {
    let seed = 1;
    const next = (): number => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed;
    };
    let sum = 0;
    const pairs = 400;
    for (let p = 0; p < pairs; p++) {
      const shared = Array.from({ length: 20 + (p % 80) }, next);
      const a = [...shared, ...Array.from({ length: 50 }, next)];
      const b = [...shared, ...Array.from({ length: 30 }, next)];
      const jaccard = shared.length / (shared.length + 80);
      sum += similarity(signatureOf(a), signatureOf(b)) - jaccard;
    }
    assert.ok(Math.abs(sum / pairs) < 0.01, `mean error ${sum / pairs}`);
  });

  it('refuses to compare signatures of different lengths', () => {
    assert.throws(() => similarity(new Uint32Array(4), new Uint32Array(5)), RangeError);
  });
});

describe('bandKeys', () => {
  it('gives one key per band, "bNN:" and 8 hex digits', () => {
    const keys = bandKeys(minhash(STORY));
    assert.equal(keys.length, LSH.bands);
    for (const [band, key] of keys.entries())
      assert.match(key, new RegExp(`^b${String(band).padStart(2, '0')}:[0-9a-f]{8}$`));
  });

  it('gives a near copy some of the same keys and an unrelated text none', () => {
    const copy = `${STORY.replace('Thursday', 'Thursday evening')} Read more: Strike halts rail services.`;
    const other =
      'Rescue teams searched rubble in Mirefield on Sunday after a magnitude 6.1 quake killed 12 people.';
    const keys = new Set(bandKeys(minhash(STORY)));
    assert.ok(bandKeys(minhash(copy)).some((k) => keys.has(k)));
    assert.ok(!bandKeys(minhash(other)).some((k) => keys.has(k)));
  });

  it('gives texts too short to compare no keys', () => {
    assert.deepEqual(bandKeys(minhash('')), []);
    assert.deepEqual(bandKeys(minhash('Photo: Lena Marsh')), []);
    assert.deepEqual(bandKeys(minhash('Strike halts rail services in Brisk')), []);
    const twentyWords =
      'Talks between the two sides resumed on Monday in Ostrava Nova after a week of clashes near the border town';
    assert.equal(bandKeys(minhash(twentyWords)).length, LSH.bands);
  });

  it('refuses a signature of another length', () => {
    assert.throws(() => bandKeys(new Uint32Array(10)), /expected a signature of 126 values/);
  });
});

describe('determinism across runs and machines', () => {
  it('estimates the shingle count from the signature alone', () => {
    const words = Array.from({ length: 103 }, (_, i) => `w${i}`).join(' ');
    const estimate = estimateShingleCount(minhash(words));
    assert.ok(estimate > 70 && estimate < 140, `estimate ${estimate} for 100 shingles`);
  });

  it('pins the signature and bands of a known text (a change here needs MINHASH.version bumped)', () => {
    const signature = minhash(STORY);
    assert.deepEqual([...signature.slice(0, 4)], PINNED.head);
    assert.deepEqual(bandKeys(signature).slice(0, 3), PINNED.bands);
  });

  it('fingerprint gives the same fields as the separate functions (property)', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('', ' (Reporting by Lena Marsh; Editing by Tom Hale)'), (t, tail) => {
        const all = `${t}${tail}`;
        const fp = fingerprint(all);
        assert.equal(fp.contentHash, contentHash(all));
        assert.deepEqual(fp.signature, minhash(all));
        assert.deepEqual(fp.bandKeys, bandKeys(minhash(all)));
        assert.equal(fp.originalSource, originalSource(all));
      }),
    );
  });
});

/** Values computed once and pinned: they must never change without a version bump. */
const PINNED = {
  head: [2_256_941_848, 2_361_695_290, 2_264_060_110, 2_155_243_914],
  bands: ['b00:886e80ab', 'b01:40dc5b2f', 'b02:a5d36d97'],
};

/**
 * Normalisation, content hashes, tokens and shingles: what counts as the same text, and which
 * shingles a text gives in spaced and unspaced scripts.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  contentHash,
  normalizeForHash,
  shingleHash,
  shingleHashes,
  shingles,
  tokens,
} from '../../../src/corpus/dedupe/index.js';
import { MINHASH } from '../../../src/corpus/dedupe/rules.js';

describe('normalizeForHash and contentHash', () => {
  it('folds case, white space, punctuation, apostrophes and Unicode forms', () => {
    assert.equal(
      normalizeForHash('  The Port-of-Ansel  strike, day 2!\n\n“It’s over,” she said. '),
      'the port of ansel strike day 2 its over she said',
    );
    assert.equal(normalizeForHash('Ｆｕｌｌ－ｗｉｄｔｈ １２３'), 'full width 123');
    assert.equal(normalizeForHash('—…!!'), '');
  });

  it('gives one hash to copies that differ only in layout and punctuation', () => {
    const a = 'MIREFIELD (Reuters) - The bank cut rates.\n\nIt said more cuts may follow.';
    const b = 'Mirefield (REUTERS) — the bank cut rates. It said more cuts may follow';
    assert.equal(contentHash(a), contentHash(b));
    assert.match(contentHash(a), /^[0-9a-f]{64}$/);
    assert.notEqual(contentHash(a), contentHash(`${a} Extra.`));
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const once = normalizeForHash(s);
        assert.equal(normalizeForHash(once), once);
      }),
    );
  });
});

describe('tokens and shingles', () => {
  it('shingles words by four, in order, without repeats', () => {
    assert.equal(MINHASH.shingleWords, 4);
    assert.deepEqual(shingles('Rain fell on Caldera. Rain fell on Caldera, again!'), [
      'rain fell on caldera',
      'fell on caldera rain',
      'on caldera rain fell',
      'caldera rain fell on',
      'fell on caldera again',
    ]);
  });

  it('gives a text shorter than one shingle a single shingle, and an empty text none', () => {
    assert.deepEqual(shingles('Quake!'), ['quake']);
    assert.deepEqual(shingles(' ,;- '), []);
  });

  it('shingles only the lead', () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i}`);
    const all = shingles(words.join(' '));
    assert.equal(all.length, MINHASH.leadWords - MINHASH.shingleWords + 1);
    assert.equal(all.at(-1), words.slice(MINHASH.leadWords - 4, MINHASH.leadWords).join(' '));
  });

  it('splits unspaced scripts into characters and shingles them as character n-grams', () => {
    assert.deepEqual(tokens('東京で地震 M6'), ['東', '京', 'で', '地', '震', 'm6']);
    const grams = shingles('東京で強い地震が発生しました');
    assert.equal(grams[0], '東 京 で 強');
    assert.equal(grams.length, 14 - MINHASH.cjkChars + 1);
  });

  it('keeps spaced scripts as words, whatever the alphabet', () => {
    assert.deepEqual(tokens('Центробанк снизил ставку'), ['центробанк', 'снизил', 'ставку']);
    assert.deepEqual(tokens('중앙은행이 금리를 동결했다'), ['중앙은행이', '금리를', '동결했다']);
  });

  it('hashes the same set of shingles on the fast path (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('bank', 'rate', 'cut', 'the', 'quake', 'Port', 'Ansel', '東', '京'), {
          maxLength: 60,
        }),
        (words) => {
          const text = words.join(' ');
          const expected = [...new Set(shingles(text).map((s) => shingleHash(s.split(' ')) >>> 0))].sort(
            (a, b) => a - b,
          );
          assert.deepEqual([...shingleHashes(text)], expected);
        },
      ),
    );
  });
});

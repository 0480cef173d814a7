import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { paragraphs, SENTENCE_STARTERS, splitSentences, tokenize } from '../../../src/analyze/text/index.js';

const sentences = (text: string): string[] =>
  splitSentences(text, tokenize(text)).map(([s, e]) => text.slice(s, e));

describe('splitSentences', () => {
  it('splits plain news sentences and keeps closing quotes with their sentence', () => {
    assert.deepEqual(sentences('Talks resumed on Monday. "We are hopeful." The minister left.'), [
      'Talks resumed on Monday.',
      '"We are hopeful."',
      'The minister left.',
    ]);
    assert.deepEqual(sentences('“It is over.” Varga left. Was it? Nobody knows!'), [
      '“It is over.”',
      'Varga left.',
      'Was it?',
      'Nobody knows!',
    ]);
  });

  it('does not split after titles, initials, months or decimals', () => {
    assert.deepEqual(
      sentences('Mr. Pell and Gen. J. R. Dane met Sept. 15 and agreed on a 3.5 percent rise.'),
      ['Mr. Pell and Gen. J. R. Dane met Sept. 15 and agreed on a 3.5 percent rise.'],
    );
  });

  it('keeps "U.S." inside a sentence but splits when it ends one before a sentence starter', () => {
    assert.deepEqual(sentences('The U.S. Senate voted. She moved to the U.S. The move was hard.'), [
      'The U.S. Senate voted.',
      'She moved to the U.S.',
      'The move was hard.',
    ]);
    assert.deepEqual(sentences('It ended at 5 p.m. Friday in Springfield, Ill. He left.'), [
      'It ended at 5 p.m. Friday in Springfield, Ill.',
      'He left.',
    ]);
  });

  it('does not split inside a quote followed by its attribution in lower case', () => {
    assert.deepEqual(sentences('"Why now?" he asked. "Because it is time," Orr said.'), [
      '"Why now?" he asked.',
      '"Because it is time," Orr said.',
    ]);
  });

  it('splits after an ellipsis only before a capital', () => {
    assert.deepEqual(sentences('We waited... and waited... Then it came.'), [
      'We waited... and waited...',
      'Then it came.',
    ]);
  });

  it('always ends a sentence at a line break, and keeps a dateline at the head', () => {
    assert.deepEqual(
      sentences('Budget talks stall\n\nVELDA CITY (Reuters) - Talks stalled on Friday. Both sides left.'),
      ['Budget talks stall', 'VELDA CITY (Reuters) - Talks stalled on Friday.', 'Both sides left.'],
    );
    assert.deepEqual(sentences('one line\nanother line'), ['one line', 'another line']);
  });

  it('handles empty, blank and unterminated input', () => {
    assert.deepEqual(sentences(''), []);
    assert.deepEqual(sentences('  \n\n '), []);
    assert.deepEqual(sentences('no period at the end'), ['no period at the end']);
  });

  it('lists sentence starters that are capitalised words', () => {
    for (const w of SENTENCE_STARTERS) assert.match(w, /^\p{Lu}\p{Ll}*$/u);
  });

  it('splits 5 MB in bounded time', () => {
    const unit = 'Mr. Pell said the U.S. plan, worth $2.5 billion, "will not work." Sept. 15 is the date. ';
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
    const t0 = performance.now();
    const spans = splitSentences(text, tokenize(text));
    assert.ok(performance.now() - t0 < 10_000);
    assert.equal(spans.length, Math.ceil(5_000_000 / unit.length) * 2);
  });
});

describe('paragraphs', () => {
  it('returns the trimmed non-blank lines', () => {
    const text = '  First paragraph. \n\n\nSecond one\nThird\r\n';
    assert.deepEqual(
      paragraphs(text).map(([s, e]) => text.slice(s, e)),
      ['First paragraph.', 'Second one', 'Third'],
    );
    assert.deepEqual(paragraphs(''), []);
  });
});

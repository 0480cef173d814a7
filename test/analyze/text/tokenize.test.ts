import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ABBREVIATIONS, type Token, tokenize } from '../../../src/analyze/text/index.js';

/** The tokens as `text/kind` strings, kind left out for words. */
function show(text: string, tokens: readonly Token[] = tokenize(text)): string[] {
  return tokens.map((t) => text.slice(t.start, t.end) + (t.kind === 'word' ? '' : `/${t.kind}`));
}

describe('tokenize', () => {
  it('keeps exact offsets and never covers whitespace', () => {
    const text = '  Mr. Pell said  the U.S.\tSenate would vote.\n\n"Yes," he said. ';
    for (const t of tokenize(text)) {
      assert.ok(t.end > t.start);
      assert.equal(text.slice(t.start, t.end).trim(), text.slice(t.start, t.end));
    }
  });

  it('keeps abbreviations, initials and times whole', () => {
    const text = 'Gen. Tomas J. Reyes met Sept. 15 at 2:45 p.m. in the U.S. capital.';
    assert.deepEqual(show(text), [
      'Gen.',
      'Tomas',
      'J.',
      'Reyes',
      'met',
      'Sept.',
      '15/number',
      'at',
      '2:45/number',
      'p.m.',
      'in',
      'the',
      'U.S.',
      'capital',
      './punct',
    ]);
  });

  it('splits possessives and negations off, curly or straight', () => {
    assert.deepEqual(show("Varga’s aides didn’t say; Orr's can't."), [
      'Varga',
      '’s',
      'aides',
      'did',
      'n’t',
      'say',
      ';/punct',
      'Orr',
      "'s",
      'ca',
      "n't",
      './punct',
    ]);
  });

  it('keeps hyphenated words, names with apostrophes and numbers whole', () => {
    assert.deepEqual(show("The rank-and-file O'Neill backed the U.S.-led $1,000.50 plan."), [
      'The',
      'rank-and-file',
      "O'Neill",
      'backed',
      'the',
      'U.S.-led',
      '$/punct',
      '1,000.50/number',
      'plan',
      './punct',
    ]);
  });

  it('gives ASCII double quotes a side by context', () => {
    assert.deepEqual(show('"We will not," he said, "give in."'), [
      '"/open-quote',
      'We',
      'will',
      'not',
      ',/punct',
      '"/close-quote',
      'he',
      'said',
      ',/punct',
      '"/open-quote',
      'give',
      'in',
      './punct',
      '"/close-quote',
    ]);
    assert.deepEqual(
      show('He called it a ("final") offer—"take it."').filter((s) => s.includes('quote')),
      ['"/open-quote', '"/close-quote', '"/open-quote', '"/close-quote'],
    );
  });

  it('reads curly double quotes by shape', () => {
    assert.deepEqual(
      show('“Enough,” she said.').map((s) => s.split('/')[1] ?? 'word'),
      ['open-quote', 'word', 'punct', 'close-quote', 'word', 'word', 'punct'],
    );
  });

  it('treats single quotes as quotes only when they clearly quote', () => {
    assert.deepEqual(show("He called it 'absurd' and left."), [
      'He',
      'called',
      'it',
      "'/open-quote",
      'absurd',
      "'/close-quote",
      'and',
      'left',
      './punct',
    ]);
    assert.deepEqual(show("The senators' plan failed in the '90s."), [
      'The',
      'senators',
      "'/punct",
      'plan',
      'failed',
      'in',
      'the',
      "'/punct",
      '90s/number',
      './punct',
    ]);
    assert.deepEqual(show('A ‘no’ vote.'), ['A', '‘/open-quote', 'no', '’/close-quote', 'vote', './punct']);
  });

  it('keeps ellipses and double hyphens as one token', () => {
    assert.deepEqual(show('Wait... no -- never…'), [
      'Wait',
      '.../punct',
      'no',
      '--/punct',
      'never',
      '…/punct',
    ]);
  });

  it('reads "No." as an abbreviation only before a number', () => {
    assert.deepEqual(show('He is No. 2. She said No.'), [
      'He',
      'is',
      'No.',
      '2/number',
      './punct',
      'She',
      'said',
      'No',
      './punct',
    ]);
  });

  it('copes with astral characters, lone surrogates and empty input', () => {
    assert.deepEqual(tokenize(''), []);
    assert.deepEqual(show('Yes 👍 no'), ['Yes', '👍/punct', 'no']);
    assert.equal(tokenize('a\ud800').length, 2);
  });
});

describe('the abbreviation list', () => {
  it('has unique ids and unique abbreviations', () => {
    assert.equal(new Set(ABBREVIATIONS.map((a) => a.id)).size, ABBREVIATIONS.length);
    assert.equal(new Set(ABBREVIATIONS.map((a) => a.abbr)).size, ABBREVIATIONS.length);
  });

  for (const a of ABBREVIATIONS) {
    it(`${a.id}: "${a.abbr}." is one token in its example`, () => {
      const words = show(a.example);
      assert.ok(words.includes(`${a.abbr}.`), `${a.example} -> ${words.join(' ')}`);
    });
  }
});

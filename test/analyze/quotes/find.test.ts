import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findQuotes, TAGGER_RULE } from '../../../src/analyze/quotes/index.js';
import { splitSentences, tokenize } from '../../../src/analyze/text/index.js';
import { byCue, quotesOf, show } from './helpers.js';

// Synthetic news paragraphs with fictional people and places, written for these tests.

describe('findQuotes: direct quotes', () => {
  it('finds "quote," X said', () => {
    const q = byCue(show('"We will not give in," Mayor Ilse Varga said on Tuesday.'), 'said');
    assert.deepEqual(q.content, ['"We will not give in,"']);
    assert.deepEqual(q.source, ['Mayor Ilse Varga']);
    assert.equal(q.direct, true);
    assert.equal(q.anonymous, false);
    assert.ok(q.rule.startsWith(TAGGER_RULE));
  });

  it('finds "quote," said X, with an apposition', () => {
    const q = byCue(
      show('“The bridge will reopen in March,” said Tomas Reyes, the transport minister.'),
      'said',
    );
    assert.deepEqual(q.content, ['“The bridge will reopen in March,”']);
    assert.match(q.source.join(' '), /^Tomas Reyes/);
  });

  it('finds X said: "quote"', () => {
    const q = byCue(show('Okafor said: “The strike is over. Everyone goes back to work on Monday.”'), 'said');
    assert.deepEqual(q.source, ['Okafor']);
    assert.deepEqual(q.content, ['“The strike is over. Everyone goes back to work on Monday.”']);
  });

  it('gives a quote interrupted by its attribution two content spans', () => {
    const q = byCue(show('"We will not," he said, "give in."'), 'said');
    assert.deepEqual(q.content, ['"We will not,"', '"give in."']);
    assert.deepEqual(q.source, ['he']);
  });

  it('continues a quote over sentences and paragraphs with the speaker named once', () => {
    const text =
      '“We have done everything we could,” Varga told reporters. “The rest is up to the courts. We will appeal.”\n\n' +
      '“Nobody should doubt our resolve.”';
    const quotes = show(text);
    assert.equal(quotes.length, 1);
    const q = quotes[0]!;
    assert.deepEqual(q.source, ['Varga']);
    assert.deepEqual(q.content, [
      '“We have done everything we could,”',
      '“The rest is up to the courts. We will appeal.”',
      '“Nobody should doubt our resolve.”',
    ]);
  });
});

describe('findQuotes: reported speech', () => {
  it('finds X said (that) ...', () => {
    const a = byCue(show('Okafor said that the vote would take place in June.'), 'said');
    assert.deepEqual(a.source, ['Okafor']);
    assert.deepEqual(a.content, ['that the vote would take place in June']);
    assert.equal(a.direct, false);
    const b = byCue(show('Senator Paul Hartley said the budget would pass.'), 'said');
    assert.deepEqual(b.source, ['Senator Paul Hartley']);
    assert.deepEqual(b.content, ['the budget would pass']);
  });

  it('finds according to X', () => {
    const q = byCue(
      show('According to Dana Whitfield, the council never voted on the plan.'),
      'According to',
    );
    assert.deepEqual(q.source, ['Dana Whitfield']);
    assert.deepEqual(q.content, ['the council never voted on the plan']);
  });

  it('finds a statement cue and two attributions of one speaker', () => {
    const quotes = show(
      'Varga told the Velda Herald that she would run again, and added: “I am not finished.”',
    );
    assert.deepEqual(byCue(quotes, 'told').content, ['that she would run again']);
    const added = byCue(quotes, 'added');
    assert.deepEqual(added.source, ['Varga']);
    assert.deepEqual(added.content, ['“I am not finished.”']);
    assert.equal(added.direct, true);
  });

  it('marks a mixed quote as direct', () => {
    const q = byCue(show('Senator Paul Hartley said the budget was "dead on arrival."'), 'said');
    assert.equal(q.direct, true);
  });
});

describe('findQuotes: anonymous sources', () => {
  it('marks unnamed officials and sources as anonymous, named people and pronouns not', () => {
    const quotes = show(
      'Officials said the talks had stalled. A senior Veldanian official said the army was ready. ' +
        'Sources familiar with the matter said the deal was close. Reyes said the deal was dead.',
    );
    const anonymous = quotes.map((q) => [q.source.join(' '), q.anonymous]);
    assert.deepEqual(anonymous, [
      ['Officials', true],
      ['A senior Veldanian official', true],
      ['Sources familiar with the matter', true],
      ['Reyes', false],
    ]);
  });
});

describe('findQuotes: robustness', () => {
  it('returns nothing for empty or blank text, and text without attributions', () => {
    assert.deepEqual(quotesOf(''), []);
    assert.deepEqual(quotesOf('  \n\n '), []);
    assert.deepEqual(quotesOf('The bridge over the Velda river is 300 metres long.'), []);
  });

  it('returns spans inside the text, sorted and non-empty', () => {
    const text =
      '"Fine," Orr said. Orr said the plan, which "nobody wanted," had failed.\n\n"Next," he said.';
    for (const q of quotesOf(text)) {
      for (const spans of [q.content, q.cue, q.source]) {
        for (const [s, e] of spans) assert.ok(s >= 0 && e <= text.length && e > s);
      }
      assert.equal(q.cue.length, 1);
    }
  });

  it('survives unbalanced quotation marks in bounded time', () => {
    const texts = [
      'He said: "This is unbalanced and never closed.',
      'She said ” the mark ” is backwards “ and “ doubled.',
      '"'.repeat(2000),
      `${'“Open '.repeat(3000)}said Orr.`,
    ];
    for (const text of texts) {
      const t0 = performance.now();
      quotesOf(text);
      assert.ok(performance.now() - t0 < 2000, text.slice(0, 40));
    }
  });

  it('handles 5 MB of news in bounded time', () => {
    const para =
      '“We will not give in,” Mayor Ilse Varga said on Tuesday. Officials said the talks had stalled, ' +
      'and Senator Paul Hartley said the budget was "dead on arrival."\n\n';
    const text = para.repeat(Math.ceil(5_000_000 / para.length));
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    const t0 = performance.now();
    const quotes = findQuotes(text, tokens, sentences);
    assert.ok(performance.now() - t0 < 60_000);
    assert.ok(quotes.length >= Math.ceil(5_000_000 / para.length) * 2);
  });
});

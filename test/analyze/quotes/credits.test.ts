import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuotes, QUOTE_RULES } from '../../../src/analyze/quotes/index.js';
import { splitSentences, tokenize } from '../../../src/analyze/text/index.js';

function quotesOf(text: string): Array<{ source: string; cue: string; content: string; rule: string }> {
  const tokens = tokenize(text);
  return findQuotes(text, tokens, splitSentences(text, tokens)).map((q) => ({
    source: q.source.map(([a, b]) => text.slice(a, b)).join(' '),
    cue: q.cue.map(([a, b]) => text.slice(a, b)).join(' '),
    content: q.content.map(([a, b]) => text.slice(a, b)).join(' '),
    rule: q.rule,
  }));
}

const example = (id: string): string => QUOTE_RULES.find((r) => r.id === id)!.example;

describe('attributions by layout', () => {
  it('a transcript label is the speaker of its paragraph', () => {
    const found = quotesOf(example('speaker-label')).find((q) => q.source === 'VARGA');
    assert.equal(found?.cue, ':');
    assert.equal(found?.content, 'We will not give in.');
    assert.match(found?.rule ?? '', /speaker-label/);
  });

  it("a headline opening with a name the story names again is that person's", () => {
    const text =
      'Varga: Council Will Not Give In\n\nGovernor Ana Varga spoke on Monday.\n\nThe Latest: More rain';
    const quotes = quotesOf(text);
    assert.deepEqual(
      quotes.filter((q) => q.cue === ':').map((q) => [q.source, q.content]),
      [['Varga', 'Council Will Not Give In']],
    );
  });

  it('a heading in capitals is no speaker', () => {
    const text = 'The council met on Monday.\n\nUPDATE: The vote was moved to Friday.';
    assert.equal(
      quotesOf(text).find((q) => q.source === 'UPDATE'),
      undefined,
    );
  });

  it("a quotation credited after a dash at the end of its line is that person's", () => {
    const quotes = quotesOf(example('dash-credit'));
    assert.deepEqual(
      quotes.filter((q) => q.cue === '―').map((q) => [q.source, q.content]),
      [
        ['Ana Varga', '“We will not give in.”'],
        ['Ivo Marek', '“Not now.”'],
      ],
    );
  });

  it('a dash that goes on into the sentence is no credit', () => {
    const text = '“We will not give in” — Ana Varga told the council on Monday.';
    assert.equal(
      quotesOf(text).some((q) => q.cue === '—'),
      false,
    );
  });
});

describe('layout credits stay linear and stay off places', () => {
  it('a place opening a round-up line is no speaker', () => {
    const text = 'Gaza: Heavy rain flooded streets overnight.\n\nResidents of Gaza City waited for pumps.';
    assert.equal(
      quotesOf(text).some((q) => q.cue === ':' && q.source === 'Gaza'),
      false,
    );
  });

  it('thousands of dash credits and transcript labels take linear time', () => {
    for (const text of [
      '“We will not give in.” ― Ana Varga\n'.repeat(4000),
      `Governor Ana Varga spoke.\n\n${'VARGA: We will not give in.\n\nHOST: Not even now?\n\n'.repeat(2000)}`,
    ]) {
      const started = performance.now();
      assert.ok(quotesOf(text).length > 1000);
      assert.ok(performance.now() - started < 10000);
    }
  });
});

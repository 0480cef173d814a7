import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { docFacts } from '../../../src/analyze/quotes/facts.js';
import { tokenPlaces } from '../../../src/analyze/quotes/find.js';
import { QUOTE_RULES } from '../../../src/analyze/quotes/index.js';
import type { RoleSpan, TokenRelation } from '../../../src/analyze/quotes/relations.js';
import { quotationIndex, type RuleContext } from '../../../src/analyze/quotes/rules.js';
import { tokenRanges } from '../../../src/analyze/quotes/tokens.js';
import { paragraphs, splitSentences, type Token, tokenize } from '../../../src/analyze/text/index.js';

/** The token span covering the first occurrence of `part` in `text`. */
function spanOf(text: string, tokens: readonly Token[], part: string, role: number): RoleSpan {
  const at = text.indexOf(part);
  assert.ok(at >= 0, `"${part}" not in "${text}"`);
  const first = tokens.findIndex((t) => t.end > at);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < at + part.length) last++;
  return { role, first, last };
}

/** Before and after for each rule's example: the tagger's relation, and the content after the rule. */
const CASES: Record<string, { cue: string; source: string; content: string[]; after: string[] }> = {
  'quote-whole': {
    cue: 'said',
    source: 'Mayor Varga',
    content: ['We will not give in'],
    after: ['“We will not give in,”'],
  },
  'drop-tail': {
    cue: 'said',
    source: 'Varga',
    content: ['“It is finished,”', 'to the council'],
    after: ['“It is finished,”'],
  },
  'quote-continues': {
    cue: 'said',
    source: 'Varga',
    content: ['“We will not give in,”'],
    after: ['“We will not give in,”', '“Not now, not ever.”'],
  },
  'paragraph-continues': {
    cue: 'said',
    source: 'Varga',
    content: ['“We will not give in,”'],
    after: ['“We will not give in,”', '“The council has spoken.”'],
  },
};

/** Rules that add relations of their own rather than change the tagger's: credits.test.ts checks them. */
const ADDING = new Set(['speaker-label', 'dash-credit']);

describe('quote rules', () => {
  it('have unique ids, each with a test case here or in credits.test.ts', () => {
    const ids = QUOTE_RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(ids.filter((id) => !ADDING.has(id)).sort(), Object.keys(CASES).sort());
  });

  for (const rule of QUOTE_RULES.filter((r) => !ADDING.has(r.id))) {
    it(`${rule.id}: does what it says on its example`, () => {
      const c = CASES[rule.id]!;
      const text = rule.example;
      const tokens = tokenize(text);
      const sentences = splitSentences(text, tokens);
      const facts = docFacts(text, tokens, sentences, paragraphs(text));
      const ctx: RuleContext = {
        facts,
        places: tokenPlaces(facts, sentences),
        sentences: tokenRanges(tokens, sentences),
        quotation: quotationIndex(facts),
      };
      const rel: TokenRelation = {
        cue: spanOf(text, tokens, c.cue, 2),
        sources: [spanOf(text, tokens, c.source, 1)],
        contents: c.content.map((part) => spanOf(text, tokens, part, 3)),
      };
      const changed = rule.apply(ctx, [rel]);
      assert.ok(changed.has(rel));
      const content = rel.contents
        .sort((x, y) => x.first - y.first)
        .map((s) => text.slice(tokens[s.first]!.start, tokens[s.last]!.end));
      assert.deepEqual(content, c.after);
      assert.equal(rule.apply(ctx, [rel]).size, 0, 'a second run changes nothing');
    });
  }
});

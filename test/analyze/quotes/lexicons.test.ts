import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ANONYMOUS_SOURCES, CUES, isAnonymousSource } from '../../../src/analyze/quotes/index.js';
import { tokenize } from '../../../src/analyze/text/index.js';

describe('the cue lexicon', () => {
  it('has unique ids and each word form once', () => {
    assert.equal(new Set(CUES.map((c) => c.id)).size, CUES.length);
    const forms = CUES.flatMap((c) => c.forms);
    assert.deepEqual(
      forms.filter((f, i) => forms.indexOf(f) !== i),
      [],
    );
  });

  it('has lower-case one-token forms', () => {
    for (const c of CUES) {
      for (const f of c.forms) {
        assert.equal(f, f.toLowerCase());
        assert.equal(tokenize(f).length, 1, f);
      }
    }
  });

  for (const c of CUES) {
    it(`${c.id}: its example uses one of its forms`, () => {
      const words = tokenize(c.example).map((t) => c.example.slice(t.start, t.end).toLowerCase());
      assert.ok(
        c.forms.some((f) => words.includes(f)),
        c.example,
      );
    });
  }
});

describe('anonymous sources', () => {
  it('has unique ids', () => {
    assert.equal(new Set(ANONYMOUS_SOURCES.map((a) => a.id)).size, ANONYMOUS_SOURCES.length);
  });

  for (const a of ANONYMOUS_SOURCES) {
    it(`${a.id}: its example is an anonymous source`, () => {
      assert.match(a.example, a.pattern);
      assert.equal(isAnonymousSource(a.example), true);
    });
  }

  it('does not take a named person or a pronoun for an anonymous source', () => {
    assert.equal(isAnonymousSource('ministry spokesman Josh Vell'), false);
    assert.equal(isAnonymousSource('spokeswoman, Ana Moss'), false);
    assert.equal(isAnonymousSource('he'), false);
    assert.equal(isAnonymousSource('Mayor Ilse Varga'), false);
    assert.equal(isAnonymousSource(''), false);
  });
});

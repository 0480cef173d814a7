import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveSpeakers } from '../../src/analyze/speakers.js';
import type { Actor, Quote, Span } from '../../src/analyze/types.js';

function at(text: string, words: string, from = 0): Span {
  const start = text.indexOf(words, from);
  assert.ok(start >= 0, `"${words}" is in the text`);
  return [start, start + words.length];
}

function person(id: string, name: string, spans: Span[], extra: Partial<Actor> = {}): Actor {
  return { id, name, kind: 'person', mentions: spans.map((span) => ({ span, rule: 'test' })), ...extra };
}

function quote(content: Span, cue: Span | undefined, source: Span | undefined, direct = true): Quote {
  return {
    content: [content],
    cue: cue ? [cue] : [],
    source: source ? [source] : [],
    anonymous: false,
    direct,
    rule: 'test',
  };
}

const TEXT = [
  'Oleg Varga, the Veldanian foreign minister, arrived in Kessel on Monday.',
  '"We came to listen," he said. "Nothing is decided."',
  '"The border stays open," a senior Morvian official said.',
  'Varga said the talks would go on.',
].join('\n\n');

/** The span of `words` inside the first occurrence of `context`. */
function within(text: string, context: string, words: string): Span {
  const [start] = at(text, context);
  const offset = context.indexOf(words);
  return [start + offset, start + offset + words.length];
}

test('a source on an actor mention is that actor; a pronoun is the last person before it', () => {
  const varga = person('a1', 'Oleg Varga', [at(TEXT, 'Oleg Varga'), within(TEXT, 'Varga said', 'Varga')]);
  const official = person('a2', 'a senior Morvian official', [at(TEXT, 'a senior Morvian official')], {
    anonymous: true,
  });
  const actors = [varga, official];
  const quotes = [
    quote(at(TEXT, '"We came to listen,"'), within(TEXT, 'he said', 'said'), within(TEXT, 'he said', 'he')),
    quote(at(TEXT, '"Nothing is decided."'), undefined, undefined),
    quote(
      at(TEXT, '"The border stays open,"'),
      within(TEXT, 'official said', 'said'),
      at(TEXT, 'a senior Morvian official'),
    ),
    quote(
      at(TEXT, 'the talks would go on'),
      within(TEXT, 'Varga said', 'said'),
      within(TEXT, 'Varga said', 'Varga'),
      false,
    ),
  ];
  resolveSpeakers(TEXT, quotes, actors);
  assert.deepEqual(
    quotes.map((q) => q.speaker),
    ['a1', 'a1', 'a2', 'a1'],
  );
  assert.equal(quotes[2]!.anonymous, true, 'an anonymous speaker makes the quote anonymous');
});

test('a source no actor covers becomes an actor of its own', () => {
  const text = '"Prices will rise," sources close to the ministry said.';
  const quotes = [
    {
      ...quote(at(text, '"Prices will rise,"'), at(text, 'said'), at(text, 'sources close to the ministry')),
      anonymous: true,
    },
  ];
  const actors: Actor[] = [];
  resolveSpeakers(text, quotes, actors);
  assert.equal(actors.length, 1);
  assert.deepEqual(
    [actors[0]!.name, actors[0]!.kind, actors[0]!.anonymous],
    ['sources close to the ministry', 'group', true],
  );
  assert.equal(quotes[0]!.speaker, actors[0]!.id);
});

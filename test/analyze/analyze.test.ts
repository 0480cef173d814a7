import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/analyze/index.js';
import type { Analysis, Span } from '../../src/analyze/types.js';

const STORY = [
  'KESSEL (Wire Service) - Morvia and Veldania agreed on Wednesday to reopen the river crossing at Dunmere, ending a dispute that has stranded grain barges since August.',
  '"We have waited long enough," said Ilona Marsh, the Morvian transport minister. "The barges will move next week."',
  'Marsh said inspectors from both sides would check the first convoy. A senior Veldanian official, who asked not to be named, said the deal was fragile.',
  'Anton Brask, a trade analyst at the Harbour Institute, said the agreement could lift grain exports by a fifth. "It is a start," he said.',
].join('\n\n');

function words(text: string, spans: readonly Span[]): string {
  return spans.map(([s, e]) => text.slice(s, e)).join(' … ');
}

function speakerName(a: Analysis, quoteWords: RegExp): string | undefined {
  const q = a.quotes.find((quote) => quoteWords.test(words(STORY, quote.content)));
  return a.actors.find((actor) => actor.id === q?.speaker)?.name;
}

test('analyze finds who said what in a wire story, with roles, anonymous sources and dates', () => {
  const a = analyze({ text: STORY, published: '2025-03-14' });
  const marsh = a.actors.find((actor) => actor.name === 'Ilona Marsh');
  assert.equal(marsh?.kind, 'person');
  assert.match(marsh?.role ?? '', /transport minister/);
  assert.ok((marsh?.mentions.length ?? 0) >= 2, 'her surname alone is the same actor');
  assert.equal(speakerName(a, /waited long enough/), 'Ilona Marsh');
  assert.equal(
    speakerName(a, /barges will move/),
    'Ilona Marsh',
    'a quote continued without a source keeps its speaker',
  );
  assert.equal(speakerName(a, /It is a start/), 'Anton Brask', '"he said" is the last person named');
  const official = a.actors.find((actor) => actor.anonymous && /official/.test(actor.name));
  assert.ok(official, 'the unnamed official is an actor');
  assert.equal(a.times.find((t) => STORY.slice(t.span[0], t.span[1]) === 'Wednesday')?.value, '2025-03-12');
  for (const [s, e] of a.sentences) assert.ok(s < e && e <= STORY.length);
  for (const actor of a.actors)
    for (const m of actor.mentions) assert.ok(m.rule.length > 0, 'every mention names its rule');
});

test('analyze takes any object with text: no title or date needed, and empty text is an empty analysis', () => {
  assert.deepEqual(analyze({ text: '' }), { sentences: [], actors: [], quotes: [], times: [] });
  const a = analyze({ text: 'Oleg Varga said the border would reopen on Friday.' });
  assert.equal(a.times.length, 0, 'a weekday without a publication date resolves to nothing');
  assert.ok(a.quotes.length >= 1);
});

test('bad input gives a result in bounded time: unbalanced quotes, binary noise, a 5 MB paragraph', () => {
  const unbalanced = '"This never closes, Varga said. And "this" opens again "and again.';
  assert.ok(Array.isArray(analyze({ text: unbalanced }).quotes));
  const noise = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 0xd7ff)).join('');
  assert.ok(Array.isArray(analyze({ text: noise }).actors));
  const paragraph = 'The minister said the talks in Kessel would go on, and officials agreed. '.repeat(
    70_000,
  );
  assert.ok(paragraph.length > 5_000_000);
  const started = Date.now();
  const big = analyze({ text: paragraph, published: '2025-03-14' });
  assert.ok(Date.now() - started < 60_000, `took ${Date.now() - started} ms`);
  assert.ok(big.sentences.length > 1000);
});

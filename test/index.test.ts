import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as dateline from '../src/index.js';

test('the public entry exports exactly the stages, their errors and the renderer formats at run time', () => {
  assert.deepEqual(Object.keys(dateline).sort(), [
    'ANALYZER_VERSION',
    'ExtractError',
    'FORMATS',
    'analyze',
    'extract',
    'render',
  ]);
});

test('extract then analyze: a page to its actors, quotes and dates', () => {
  const html = `<!doctype html><html><head><title>Varga rejects Morvian claims</title>
    <meta property="article:published_time" content="2025-03-14T10:00:00Z"></head><body><article>
    <h1>Varga rejects Morvian claims</h1>
    <p>TARSK (Wire Service) - Foreign Minister Oleg Varga on Friday rejected claims that his government had closed the border.</p>
    <p>"The border is open and it will stay open," Varga told reporters.</p>
    </article></body></html>`;
  const article = dateline.extract(html, { url: 'https://news.example/varga' });
  const analysis = dateline.analyze(article);
  const varga = analysis.actors.find((a) => a.name === 'Oleg Varga');
  assert.equal(varga?.role, 'foreign minister');
  const quote = analysis.quotes.find((q) => q.direct);
  assert.equal(quote?.speaker, varga?.id);
  assert.deepEqual(
    analysis.times.map((t) => [article.text.slice(t.span[0], t.span[1]), t.value]),
    [['Friday', '2025-03-14']],
  );
});

import * as assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Format } from '../../src/article/index.js';
import * as article from '../../src/article/index.js';
import { talks } from './render/example-article.js';

it('exports exactly render and FORMATS at run time', () => {
  assert.deepEqual(Object.keys(article).sort(), ['FORMATS', 'render']);
  assert.deepEqual(article.FORMATS, ['text', 'markdown', 'json', 'html']);
});

it('dispatches each format to its renderer', () => {
  const starts: Record<Format, string> = {
    text: '\n\nVeldoria and Karsland',
    markdown: '# Veldoria and Karsland',
    json: '{\n  "url": ',
    html: '<!DOCTYPE html>\n',
  };
  for (const format of article.FORMATS)
    assert.ok(article.render(talks, format).startsWith(starts[format]), format);
});

it('says which formats exist when given an unknown one', () => {
  const render = article.render as (a: typeof talks, f: string) => string;
  assert.throws(() => render(talks, 'pdf'), {
    name: 'TypeError',
    message: /"pdf".*text, markdown, json, html/,
  });
  assert.throws(() => render(talks, 'toString'), TypeError);
});

import * as assert from 'node:assert/strict';
import { it } from 'node:test';
import {
  escapeDestination,
  escapeHeadingEnd,
  escapeInline,
  escapeLineStarts,
  fenceFor,
} from '../../../src/article/render/markdown-escape.js';

it('leaves ordinary prose alone', () => {
  const prose = "AT&T's 2.5% rise - and 3 < 4, snake_case, Mr. Reyk (left), 'quoted' #1 fan!";
  assert.equal(escapeLineStarts(escapeInline(prose)), prose);
});

it('escapes inline markup', () => {
  assert.equal(escapeInline('*a* _b_ `c` [d] ~e~ \\f'), '\\*a\\* \\_b\\_ \\`c\\` \\[d\\] \\~e\\~ \\\\f');
  assert.equal(escapeInline('<b>bold</b> &amp; &#38;'), '\\<b>bold\\</b> \\&amp; \\&#38;');
});

it('escapes block markers at line starts only', () => {
  const lines = ['## a', '> b', '+ c', '2) d', '===', '---', '    e', '| f |'];
  const expected = ['\\## a', '\\> b', '\\+ c', '2\\) d', '\\===', '\\---', 'e', '\\| f |'];
  assert.equal(escapeLineStarts(lines.join('\n')), expected.join('\n'));
  assert.equal(escapeLineStarts('a - b > c # d'), 'a - b > c # d');
});

it('protects heading ends, link destinations and code fences', () => {
  assert.equal(escapeHeadingEnd('We are #1'), 'We are #1');
  assert.equal(escapeHeadingEnd('Vote ##'), 'Vote \\##');
  assert.equal(escapeDestination('https://a.example/b_(c) d<e>'), 'https://a.example/b_\\(c\\)%20d%3Ce%3E');
  assert.equal(fenceFor('no ticks'), '```');
  assert.equal(fenceFor('a ````` b'), '``````');
});

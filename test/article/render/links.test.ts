import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeUrl, segments } from '../../../src/article/render/links.js';

describe('safeUrl', () => {
  it('keeps http(s) and resolves relative targets against an http(s) base', () => {
    assert.equal(safeUrl('https://a.example/x'), 'https://a.example/x');
    assert.equal(safeUrl('/y?q=1', 'https://a.example/x/'), 'https://a.example/y?q=1');
    assert.equal(safeUrl('//cdn.example/z.jpg', 'http://a.example/'), 'http://cdn.example/z.jpg');
  });

  it('drops every other scheme, however it is spelled', () => {
    const hostile = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'mailto:desk@example.org',
    ];
    for (const href of hostile) assert.equal(safeUrl(href, 'https://a.example/'), undefined, href);
  });

  it('drops relative targets without a usable base', () => {
    assert.equal(safeUrl('/y'), undefined);
    assert.equal(safeUrl('/y', 'javascript:alert(1)'), undefined);
    assert.equal(safeUrl(''), undefined);
  });
});

describe('segments', () => {
  it('cuts the text at its links, in order', () => {
    const text = 'Talks in Lindau and Brenmark.';
    const links = [
      { start: 20, end: 28, href: 'https://b.example/' },
      { start: 9, end: 15, href: 'https://l.example/' },
    ];
    assert.deepEqual(segments({ type: 'paragraph', text, links }), [
      { text: 'Talks in ' },
      { text: 'Lindau', href: 'https://l.example/' },
      { text: ' and ' },
      { text: 'Brenmark', href: 'https://b.example/' },
      { text: '.' },
    ]);
  });

  it('ignores overlapping, empty and out-of-range links', () => {
    const links = [
      { start: 0, end: 4, href: 'a' },
      { start: 2, end: 6, href: 'b' },
      { start: 5, end: 5, href: 'c' },
      { start: 6, end: 99, href: 'd' },
    ];
    assert.deepEqual(segments({ type: 'paragraph', text: 'abcdefgh', links }), [
      { text: 'abcd', href: 'a' },
      { text: 'efgh' },
    ]);
  });

  it('links a whole block by its single `href`, except figures', () => {
    assert.deepEqual(segments({ type: 'heading', text: 'More', href: 'https://m.example/' }), [
      { text: 'More', href: 'https://m.example/' },
    ]);
    assert.deepEqual(segments({ type: 'figure', text: 'Caption', href: 'https://m.example/' }), [
      { text: 'Caption' },
    ]);
  });
});

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { CONTENT_SECURITY_POLICY, renderHtml } from '../../../src/article/render/html.js';
import type { Article, Block } from '../../../src/article/types.js';
import { linkOn, talks } from './example-article.js';

/** Parses with a spec-conforming HTML parser (scripts never run in JSDOM by default). */
function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

describe('renderHtml: the talks report', () => {
  const html = renderHtml(talks);
  const doc = parse(html);

  it('is a standalone HTML5 document with charset and a strict CSP', () => {
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'));
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    assert.equal(
      csp?.getAttribute('content'),
      "default-src 'none'; img-src https: http:; style-src 'unsafe-inline'",
    );
    assert.equal(CONTENT_SECURITY_POLICY, csp?.getAttribute('content'));
    assert.equal(doc.title, talks.title);
    assert.ok(html.endsWith('</html>\n'));
  });

  it('puts the headline, byline, date and lead figure in the article header', () => {
    assert.equal(doc.querySelector('article > header > h1')?.textContent, talks.title);
    assert.equal(doc.querySelector('.byline')?.textContent, 'By Mira Solberg and Jonas Adler');
    const time = doc.querySelector('time');
    assert.equal(time?.getAttribute('datetime'), '2024-03-15T23:30:00-05:00');
    assert.equal(time?.textContent, 'March 15, 2024');
    const lead = doc.querySelector('article > figure');
    assert.equal(lead?.querySelector('img')?.getAttribute('src'), 'https://img.example.org/ministers.jpg');
    assert.equal(lead?.querySelector('small')?.textContent, 'Example Herald / P. Vance');
  });

  it('renders every block kind with its element', () => {
    const tags = [...doc.querySelectorAll('article > *')].map((element) => element.tagName.toLowerCase());
    assert.deepEqual(tags, [
      'header',
      'figure',
      'p',
      'p',
      'h2',
      'ol',
      'blockquote',
      'h3',
      'table',
      'figure',
      'p',
      'footer',
    ]);
    assert.equal(doc.querySelectorAll('ol > li').length, 3);
    assert.deepEqual(
      [...doc.querySelectorAll('thead th')].map((th) => th.textContent),
      ['Year', 'Exports', 'Imports'],
    );
    assert.equal(doc.querySelectorAll('tbody tr').length, 2);
  });

  it('links with rel="nofollow noopener", resolving relative targets', () => {
    const links = [...doc.querySelectorAll('p a')].map((a) => [
      a.textContent,
      a.getAttribute('href'),
      a.getAttribute('rel'),
    ]);
    assert.deepEqual(links, [
      ['disputed border', 'https://news.example.org/explainers/border', 'nofollow noopener'],
      ['a statement', 'https://mfa.example.org/statements/42', 'nofollow noopener'],
      [talks.url, talks.url, 'nofollow noopener'],
    ]);
  });
});

describe('renderHtml: hostile input', () => {
  const attack = '</textarea></title><script>alert(1)</script><img src=x onerror=alert(1)>';
  const text = `Click here or there, ${attack}`;
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text,
      links: [
        linkOn(text, 'Click', 'javascript:alert(1)'),
        linkOn(text, 'here', ' JaVaScRiPt:alert(1)'),
        linkOn(text, 'or', 'java\tscript:alert(1)'),
        linkOn(text, 'there', 'data:text/html;base64,PHNjcmlwdD4='),
      ],
    },
    {
      type: 'heading',
      level: 2,
      text: `<iframe src="https://evil.example"></iframe>`,
      href: 'vbscript:msgbox(1)',
    },
    { type: 'list', text: '', items: ['<a href="javascript:alert(1)">x</a>', '" onmouseover="alert(1)'] },
    { type: 'quote', text: '<style>body{display:none}</style>' },
    { type: 'table', text: '', rows: [['</td></tr></table><script>alert(1)</script>']], header: true },
    { type: 'figure', text: '" onerror="alert(1)', src: 'javascript:alert(1)', href: 'javascript:alert(1)' },
    { type: 'figure', text: 'svg', src: 'data:image/svg+xml,<svg onload=alert(1)>' },
    { type: 'code', text: '</code></pre><script>alert(1)</script>' },
  ];
  const hostile: Article = {
    url: 'javascript:alert(1)//https://news.example.org/',
    canonicalUrl: '"><script>alert(1)</script>',
    title: attack,
    authors: [],
    byline: '<b onclick="alert(1)">Staff</b>',
    published: '2024-03-15"><script>alert(1)</script>',
    lang: 'en" onload="alert(1)',
    description: '"><script>alert(1)</script>',
    image: {
      url: 'vbscript:msgbox(1)',
      caption: '" onerror="alert(1)',
      credit: '</figcaption><script>x</script>',
    },
    blocks,
    text: '',
  };
  const html = renderHtml(hostile);
  const doc = parse(html);

  it('keeps every hostile string as inert text', () => {
    assert.doesNotMatch(html, /<script|<iframe|<style>body{display|<textarea|<svg|<b /i);
    assert.equal(doc.title, attack);
    assert.equal(doc.querySelector('h1')?.textContent, attack);
    assert.equal(doc.querySelector('.byline')?.textContent, 'By <b onclick="alert(1)">Staff</b>');
    assert.equal(doc.querySelector('pre code')?.textContent, '</code></pre><script>alert(1)</script>');
  });

  it('creates only the elements and attributes the renderer writes', () => {
    const allowedTags = new Set(
      'html head meta title link style body article header footer h1 h2 h3 h4 h5 h6 p time figure img figcaption small a ul ol li blockquote table thead tbody tr th td pre code'.split(
        ' ',
      ),
    );
    const allowedAttributes = new Set(
      'lang charset http-equiv content name rel href src alt loading datetime class'.split(' '),
    );
    for (const element of doc.querySelectorAll('*')) {
      assert.ok(allowedTags.has(element.tagName.toLowerCase()), element.tagName);
      for (const attribute of element.getAttributeNames())
        assert.ok(allowedAttributes.has(attribute), attribute);
    }
    assert.equal(doc.querySelectorAll('style').length, 1);
    assert.equal(doc.documentElement.getAttribute('lang'), null);
  });

  it('drops every link and image that is not http(s)', () => {
    assert.equal(doc.querySelectorAll('a').length, 0);
    assert.equal(doc.querySelectorAll('img').length, 0);
    assert.equal(doc.querySelector('link[rel="canonical"]'), null);
    assert.equal(doc.querySelector('time'), null);
    assert.equal(
      doc.querySelector('figcaption')?.textContent,
      '" onerror="alert(1) </figcaption><script>x</script>',
    );
  });
});

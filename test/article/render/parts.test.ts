import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodyBlocks, byline, headingLevel, joinNames, sourceUrl } from '../../../src/article/render/parts.js';
import type { Article } from '../../../src/article/types.js';

const article = (fields: Partial<Article>): Article => ({
  title: 'T',
  authors: [],
  blocks: [],
  text: '',
  ...fields,
});

describe('byline', () => {
  it('adds "By " to a printed byline that has no by-word', () => {
    assert.equal(byline(article({ byline: 'The Lindau Courier' })), 'By The Lindau Courier');
    assert.equal(byline(article({ byline: '  Byron  Hale ' })), 'By Byron Hale');
  });

  it('keeps a byline that already opens with a by-word', () => {
    assert.equal(byline(article({ byline: 'By Mira Solberg' })), 'By Mira Solberg');
    assert.equal(byline(article({ byline: 'BY MIRA SOLBERG' })), 'BY MIRA SOLBERG');
    assert.equal(byline(article({ byline: 'Written by Mira Solberg' })), 'Written by Mira Solberg');
    assert.equal(byline(article({ byline: 'Von Anna Berg', lang: 'de-AT' })), 'Von Anna Berg');
  });

  it("treats other languages' by-words as names outside their language", () => {
    assert.equal(byline(article({ byline: 'Von Miller', lang: 'en' })), 'By Von Miller');
  });

  it('joins the authors when there is no printed byline', () => {
    assert.equal(byline(article({ authors: ['Ana Ruiz'] })), 'By Ana Ruiz');
    assert.equal(
      byline(article({ byline: ' ', authors: ['Ana Ruiz', 'Ben Ola'] })),
      'By Ana Ruiz and Ben Ola',
    );
    assert.equal(byline(article({ authors: ['', ' '] })), undefined);
    assert.equal(joinNames(['A', 'B', 'C', 'D']), 'A, B, C and D');
  });
});

describe('other shared parts', () => {
  it('prefers the URL it was read from, then the canonical one', () => {
    assert.equal(
      sourceUrl(article({ url: 'https://a.example/', canonicalUrl: 'https://b.example/' })),
      'https://a.example/',
    );
    assert.equal(sourceUrl(article({ url: '', canonicalUrl: 'https://b.example/' })), 'https://b.example/');
    assert.equal(sourceUrl(article({})), undefined);
  });

  it('makes paragraphs from `text` when there are no blocks', () => {
    assert.deepEqual(bodyBlocks(article({ text: 'One.\n\n \nTwo.\n' })), [
      { type: 'paragraph', text: 'One.' },
      { type: 'paragraph', text: 'Two.' },
    ]);
  });

  it('clamps heading levels below the title', () => {
    assert.equal(headingLevel({ type: 'heading', text: 'x', level: 4 }), 4);
    assert.equal(headingLevel({ type: 'heading', text: 'x', level: 1 }), 2);
    assert.equal(headingLevel({ type: 'heading', text: 'x', level: 2.5 }), 2);
    assert.equal(headingLevel({ type: 'heading', text: 'x', level: 12 }), 6);
  });
});

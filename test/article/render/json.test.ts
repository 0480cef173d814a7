import * as assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderJson } from '../../../src/article/render/json.js';
import type { Article } from '../../../src/article/types.js';
import { talks } from './example-article.js';

it('is JSON.stringify with two spaces for a record built in declaration order', () => {
  assert.equal(renderJson(talks), JSON.stringify(talks, null, 2));
  assert.deepEqual(JSON.parse(renderJson(talks)), talks);
});

it('writes keys in the record order whatever order the object was built in', () => {
  const shuffled: Article = {
    text: 'Body.',
    blocks: [{ links: [{ href: 'https://a.example/', end: 4, start: 0 }], text: 'Body.', type: 'paragraph' }],
    image: { credit: 'C', url: 'https://img.example.org/a.jpg' },
    authors: [],
    title: 'T',
    url: 'https://news.example.org/a',
  };
  const keys = (json: string): string[] =>
    [...json.matchAll(/^\s*"(\w+)":/gm)].map((match) => match[1] ?? '');
  assert.deepEqual(keys(renderJson(shuffled)), [
    'url',
    'title',
    'authors',
    'image',
    'url',
    'credit',
    'blocks',
    'type',
    'text',
    'links',
    'start',
    'end',
    'href',
    'text',
  ]);
});

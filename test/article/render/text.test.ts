import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderText } from '../../../src/article/render/text.js';
import type { Article } from '../../../src/article/types.js';
import { talks } from './example-article.js';

describe('renderText', () => {
  it('prints the talks report in the seed layout', () => {
    const expected = [
      '',
      '',
      'Veldoria and Karsland Agree to Resume Border Talks',
      '',
      'By Mira Solberg and Jonas Adler',
      '',
      'March 15, 2024',
      '',
      '',
      '',
      'Anja Petrel, left, greets Tomas Reyk in Lindau on Friday.',
      '',
      'The foreign ministers of Veldoria and Karsland agreed on Friday to resume talks on their disputed border, the first such meeting in six years.',
      '',
      '"We have chosen dialogue over distrust," Foreign Minister Anja Petrel told reporters in Lindau, according to a statement from her ministry.',
      '',
      'Three points of agreement',
      '',
      '1. A joint border commission',
      '2. Two crossings reopened by June',
      '3. Monthly meetings of deputies',
      '',
      'No one should expect a breakthrough overnight.',
      '',
      'Trade at a glance',
      '',
      'Year | Exports | Imports',
      '2022 | 1.2 bn | 0.9 bn',
      '2023 | 1.4 bn | 1.1 bn',
      '',
      'The Lindau crossing, closed since 2018.',
      '',
      "Karsland's minister, Tomas Reyk, said the next round would be held in Brenmark in May.",
      '',
      'Original url:',
      '',
      '<https://news.example.org/2024/03/15/veldoria-karsland-talks>',
    ].join('\n');
    assert.equal(renderText(talks), expected);
  });

  it('skips absent parts without stray blank lines', () => {
    const bare: Article = { title: 'Ceasefire Holds', authors: [], blocks: [], text: 'Calm returned.' };
    assert.equal(renderText(bare), '\n\nCeasefire Holds\n\nCalm returned.');
  });

  it('skips the image slot when the lead image has no caption', () => {
    const article: Article = {
      title: 'Ceasefire Holds',
      authors: [],
      published: '2024-05-02',
      image: { url: 'https://img.example.org/a.jpg' },
      blocks: [{ type: 'paragraph', text: 'Calm returned.' }],
      text: 'Calm returned.',
    };
    assert.equal(renderText(article), '\n\nCeasefire Holds\n\nMay 2, 2024\n\nCalm returned.');
  });

  it('falls back to the canonical URL and to the authors', () => {
    const article: Article = {
      canonicalUrl: 'https://news.example.org/c',
      title: 'T',
      authors: ['Ana Ruiz', 'Ben Ola', 'Cy Tam'],
      blocks: [],
      text: '',
    };
    assert.equal(
      renderText(article),
      '\n\nT\n\nBy Ana Ruiz, Ben Ola and Cy Tam\n\nOriginal url:\n\n<https://news.example.org/c>',
    );
  });

  it('prints lists, tables without rows and code as their plain shapes', () => {
    const article: Article = {
      title: 'T',
      authors: [],
      blocks: [
        { type: 'list', text: 'first\nsecond' },
        { type: 'table', text: 'a b\nc d' },
        { type: 'code', text: '\n  indented()\n    deeper()\n\n' },
        { type: 'figure', text: '', src: 'https://img.example.org/no-caption.jpg' },
      ],
      text: '',
    };
    assert.equal(renderText(article), '\n\nT\n\n- first\n- second\n\na b\nc d\n\n  indented()\n    deeper()');
  });
});

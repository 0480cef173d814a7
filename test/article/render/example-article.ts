/**
 * A fictional report used by the renderer tests: talks between the foreign ministers of two
 * invented countries, with every kind of block and a few inline links.
 */
import type { Article, Block, Link } from '../../../src/article/types.js';

/** The link on `anchor`, found in `text` (offsets are computed, so the record reads naturally). */
export function linkOn(text: string, anchor: string, href: string): Link {
  const start = text.indexOf(anchor);
  if (start < 0) throw new Error(`"${anchor}" is not in "${text}"`);
  return { start, end: start + anchor.length, href };
}

const lead =
  'The foreign ministers of Veldoria and Karsland agreed on Friday to resume talks on their disputed border, the first such meeting in six years.';
const statement =
  '"We have chosen dialogue over distrust," Foreign Minister Anja Petrel told reporters in Lindau, according to a statement from her ministry.';
const closing = "Karsland's minister, Tomas Reyk, said the next round would be held in Brenmark in May.";

const blocks: Block[] = [
  { type: 'paragraph', text: lead, links: [linkOn(lead, 'disputed border', '/explainers/border')] },
  {
    type: 'paragraph',
    text: statement,
    links: [linkOn(statement, 'a statement', 'https://mfa.example.org/statements/42')],
  },
  { type: 'heading', text: 'Three points of agreement', level: 2 },
  {
    type: 'list',
    text: 'A joint border commission\nTwo crossings reopened by June\nMonthly meetings of deputies',
    items: ['A joint border commission', 'Two crossings reopened by June', 'Monthly meetings of deputies'],
    ordered: true,
  },
  { type: 'quote', text: 'No one should expect a breakthrough overnight.' },
  { type: 'heading', text: 'Trade at a glance', level: 3 },
  {
    type: 'table',
    text: 'Year Exports Imports\n2022 1.2 bn 0.9 bn\n2023 1.4 bn 1.1 bn',
    rows: [
      ['Year', 'Exports', 'Imports'],
      ['2022', '1.2 bn', '0.9 bn'],
      ['2023', '1.4 bn', '1.1 bn'],
    ],
    header: true,
  },
  {
    type: 'figure',
    text: 'The Lindau crossing, closed since 2018.',
    src: 'https://img.example.org/crossing.jpg',
    credit: 'P. Vance',
  },
  { type: 'paragraph', text: closing },
];

/** The talks report, as `extract` would return it. */
export const talks: Article = {
  url: 'https://news.example.org/2024/03/15/veldoria-karsland-talks',
  canonicalUrl: 'https://news.example.org/world/veldoria-karsland-talks',
  title: 'Veldoria and Karsland Agree to Resume Border Talks',
  authors: ['Mira Solberg', 'Jonas Adler'],
  byline: 'Mira Solberg and Jonas Adler',
  siteName: 'The Example Herald',
  // Late evening west of UTC: the calendar date as written is March 15, not 16.
  published: '2024-03-15T23:30:00-05:00',
  lang: 'en',
  description: 'The first meeting in six years ends with a plan for a joint commission.',
  image: {
    url: 'https://img.example.org/ministers.jpg',
    caption: 'Anja Petrel, left, greets Tomas Reyk in Lindau on Friday.',
    credit: 'Example Herald / P. Vance',
  },
  blocks,
  text: blocks.map((block) => block.text).join('\n\n'),
};

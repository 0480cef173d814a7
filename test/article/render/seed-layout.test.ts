/**
 * The text layout of the seed article (examples/seed-article.txt in the shared data), rebuilt
 * with a fictional article of the same shape: a byline that was printed without "By", a date, a
 * lead image with a caption, paragraphs with quotes, a subheading and the source URL.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { renderText } from '../../../src/article/render/text.js';
import type { Article } from '../../../src/article/types.js';

const paragraphs = [
  'Veldoria and Karsland see the river floods as a shared danger but remain unable to agree on a joint plan, officials in both capitals say.',
  'Differences between the neighbours are stark. Lindau suspects Brenmark of wanting control of the dams; Brenmark refuses talks while Lindau insists on a veto.',
  '"The main obstacle is the demand for a veto, which is not something we accept," a senior Karsland official said on condition of anonymity.',
];

const seedLike: Article = {
  url: 'https://www.lindau-courier.example/2015/10/04/floods-unlikely-to-unite-a10442',
  title: 'Old Suspicions Make Joint Flood Plan Unlikely',
  authors: [],
  byline: 'The Lindau Courier',
  published: '2015-10-04T09:15:00+02:00',
  image: {
    url: 'https://www.lindau-courier.example/img/a10442.jpg',
    caption: 'Volunteers fill sandbags on the river bank in Lindau on Saturday.',
  },
  blocks: [
    ...paragraphs.map((text) => ({ type: 'paragraph' as const, text })),
    { type: 'heading', level: 2, text: 'No Change in Sight' },
    { type: 'paragraph', text: '"For now, nothing moves," he said.' },
  ],
  text: '',
};

it('yields the seed layout: lead blank line, blank slot before the caption, URL last', () => {
  const expected =
    '\n\nOld Suspicions Make Joint Flood Plan Unlikely' +
    '\n\nBy The Lindau Courier' +
    '\n\nOctober 4, 2015' +
    '\n\n\n\nVolunteers fill sandbags on the river bank in Lindau on Saturday.' +
    `\n\n${paragraphs.join('\n\n')}` +
    '\n\nNo Change in Sight' +
    '\n\n"For now, nothing moves," he said.' +
    '\n\nOriginal url:' +
    '\n\n<https://www.lindau-courier.example/2015/10/04/floods-unlikely-to-unite-a10442>';
  const text = renderText(seedLike);
  assert.equal(text, expected);
  // The shape in words: no trailing newline, and only the image slot leaves three blank lines.
  assert.ok(!text.endsWith('\n'));
  assert.equal(text.match(/\n\n\n\n/g)?.length, 1);
  assert.equal(text.match(/\n\n\n\n\n/g), null);
});

// When the shared data is checked out beside the repository, compare line shapes with the seed
// itself: the header (ten lines) and the footer (three lines) must match blank for blank.
const seedPath = fileURLToPath(new URL('../../../../shared/examples/seed-article.txt', import.meta.url));

it('matches the line shapes of the seed file itself', { skip: !existsSync(seedPath) }, () => {
  const shape = (lines: string[]): string[] => lines.map((line) => (line === '' ? '' : 'text'));
  const seed = readFileSync(seedPath, 'utf8').split('\n');
  const ours = renderText(seedLike).split('\n');
  assert.deepEqual(shape(ours.slice(0, 10)), shape(seed.slice(0, 10)));
  assert.deepEqual(shape(ours.slice(-3)), shape(seed.slice(-3)));
  assert.equal(ours.at(-3), seed.at(-3));
  assert.match(seed.at(-1) ?? '', /^<https?:\/\/\S+>$/);
});

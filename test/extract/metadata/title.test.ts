/** Titles without the site name, in any language, and the visible headline preferred. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { HeadingFact } from '../../../src/extract/metadata/facts.js';
import { chooseTitle, type TitleInput } from '../../../src/extract/metadata/title.js';

const h1 = (text: string, inArticle = true): HeadingFact => ({
  text,
  h1: true,
  inArticle,
  marked: false,
  logo: false,
  after: '',
});

function titleOf(title: string, extra: Partial<TitleInput> = {}): string | undefined {
  return chooseTitle({ candidates: [{ id: 'title', text: title }], headings: [], siteNames: [], ...extra })
    .title;
}

test('site suffixes and prefixes known from the site name are cut, in any language', () => {
  assert.equal(
    titleOf('Harbour reopens after storm | Coastal Herald', { siteNames: ['Coastal Herald'] }),
    'Harbour reopens after storm',
  );
  assert.equal(
    titleOf('Hafen öffnet nach Sturm - DER KÜSTENBOTE', { siteNames: ['Der Küstenbote'] }),
    'Hafen öffnet nach Sturm',
  );
  assert.equal(
    titleOf('Порт открылся после шторма — Береговой вестник', { siteNames: ['Береговой вестник'] }),
    'Порт открылся после шторма',
  );
  assert.equal(titleOf('嵐の後に港が再開｜海岸新聞', { siteNames: ['海岸新聞'] }), '嵐の後に港が再開');
  assert.equal(
    titleOf('Coastal Herald: Harbour reopens after storm', { siteNames: ['Coastal Herald'] }),
    'Harbour reopens after storm',
  );
  assert.equal(
    titleOf('Harbour reopens :: Coastal Herald', { siteNames: ['Coastal Herald'] }),
    'Harbour reopens',
  );
});

test('the domain names the site when nothing else does', () => {
  assert.equal(
    titleOf('Harbour reopens after storm - CoastalHerald.com', { siteLabel: 'coastalherald' }),
    'Harbour reopens after storm',
  );
  const choice = chooseTitle({
    candidates: [{ id: 'title', text: 'Harbour reopens after storm | Coastal Herald' }],
    headings: [],
    siteNames: [],
  });
  assert.equal(choice.title, 'Harbour reopens after storm');
  assert.equal(choice.siteFromTitle, 'Coastal Herald');
});

test('a dash inside a headline is kept when nothing says the part after it is a site', () => {
  assert.equal(
    titleOf('Brexit - what happens next', { siteNames: ['Coastal Herald'] }),
    'Brexit - what happens next',
  );
  assert.equal(titleOf('Covid-19 cases fall in the north'), 'Covid-19 cases fall in the north');
});

test('the visible headline decides which parts are the headline, and keeps its punctuation', () => {
  const choice = chooseTitle({
    candidates: [
      { id: 'og:title', text: "Opinion | 'We had some issues,' harbour chief says" },
      { id: 'title', text: "Opinion | 'We had some issues,' harbour chief says - The Coastal Herald" },
    ],
    headings: [h1('Coastal Herald', false), h1('‘We had some issues,’ harbour chief says')],
    siteNames: [],
  });
  assert.equal(choice.headline, '‘We had some issues,’ harbour chief says');
  assert.equal(choice.title, '‘We had some issues,’ harbour chief says');
  assert.equal(choice.siteFromTitle, 'The Coastal Herald');
});

test('an unrelated <h1> outside the article (a promo, a logo) is not the headline', () => {
  const choice = chooseTitle({
    candidates: [{ id: 'og:title', text: 'Harbour reopens after storm' }],
    headings: [h1('Join our free fantasy league', false)],
    siteNames: ['Coastal Herald'],
  });
  assert.equal(choice.headline, undefined);
  assert.equal(choice.title, 'Harbour reopens after storm');
});

test('a section label before the headline and the site after it are both cut', () => {
  const choice = chooseTitle({
    candidates: [{ id: 'title', text: 'Opinion | Harbour fees are too high - The Coastal Herald' }],
    headings: [h1('Harbour fees are too high')],
    siteNames: [],
  });
  assert.equal(choice.title, 'Harbour fees are too high');
  assert.equal(choice.siteFromTitle, 'The Coastal Herald');
});

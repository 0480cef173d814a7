/** JSON-LD as publishers ship it: broken JSON, @graph, @id references, organisations. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parseLenient, readJsonLd } from '../../../src/extract/metadata/jsonld.js';

test('lenient parsing repairs trailing commas, raw newlines and bad escapes, and reads several objects', () => {
  const broken = `<!--
    {"@type": "NewsArticle", "headline": "Harbour reopens
after storm", "description": "It\\'s open",}
    {"@type": "WebSite", "name": "Coastal Herald",}
  -->`;
  const values = parseLenient(broken) as { headline?: string; name?: string; description?: string }[];
  assert.equal(values.length, 2);
  assert.equal(values[0]?.headline, 'Harbour reopens\nafter storm');
  assert.equal(values[0]?.description, "It's open");
  assert.equal(values[1]?.name, 'Coastal Herald');
});

test('the article node is found inside @graph, with authors and publisher resolved by @id', () => {
  const script = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', '@id': '#site', name: 'Coastal Herald' },
      { '@type': 'Person', '@id': '#mara', name: 'Mara Olsen' },
      { '@type': 'Organization', '@id': '#org', name: 'Coastal Herald Media' },
      {
        '@type': ['NewsArticle', 'Article'],
        headline: 'Harbour reopens after storm',
        datePublished: '2019-11-19T08:00:00+01:00',
        dateModified: '2019-11-19T10:30:00+01:00',
        author: [{ '@id': '#mara' }, { '@type': 'Person', name: 'Tomas Berg' }],
        publisher: { '@id': '#org' },
        image: {
          '@type': 'ImageObject',
          url: 'https://cdn.example/harbour.jpg',
          caption: 'The harbour at dawn',
        },
        inLanguage: 'nb-NO',
      },
    ],
  });
  const ld = readJsonLd([script]);
  assert.equal(ld.headline, 'Harbour reopens after storm');
  assert.deepEqual(
    ld.authors.map((a) => a.name),
    ['Mara Olsen', 'Tomas Berg'],
  );
  assert.equal(ld.publisher, 'Coastal Herald Media');
  assert.equal(ld.siteName, 'Coastal Herald');
  assert.equal(ld.published, '2019-11-19T08:00:00+01:00');
  assert.deepEqual(ld.image, { url: 'https://cdn.example/harbour.jpg', caption: 'The harbour at dawn' });
  assert.equal(ld.lang, 'nb-NO');
});

test('authors as a string, an organisation, or given and family names', () => {
  const asString = readJsonLd(['{"@type":"BlogPosting","headline":"A","author":"Jane Doe"}']);
  assert.deepEqual(asString.authors, [{ name: 'Jane Doe', org: false }]);
  const asOrg = readJsonLd([
    '{"@type":"http://schema.org/NewsArticle","headline":"A","author":{"@type":"NewsMediaOrganization","name":"The Moscow Times"}}',
  ]);
  assert.deepEqual(asOrg.authors, [{ name: 'The Moscow Times', org: true }]);
  const asParts = readJsonLd([
    '{"@type":"Article","headline":"A","author":{"givenName":"Ines","familyName":"Haas"}}',
  ]);
  assert.deepEqual(asParts.authors, [{ name: 'Ines Haas', org: false }]);
});

test('articleBody is decoded, stripped of tags, and keeps its paragraphs apart', () => {
  const ld = readJsonLd([
    JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Harbour reopens',
      articleBody: '<p>The harbour reopened on Tuesday.</p><p>Fishermen &amp; ferry crews cheered.</p>',
    }),
  ]);
  assert.equal(ld.body, 'The harbour reopened on Tuesday.\n\nFishermen & ferry crews cheered.');
});

test('stories in an ItemList do not lend the page their dates', () => {
  const ld = readJsonLd([
    JSON.stringify({
      '@type': 'ItemList',
      itemListElement: [{ '@type': 'NewsArticle', headline: 'Other story', datePublished: '2011-01-01' }],
    }),
  ]);
  assert.equal(ld.published, undefined);
  assert.equal(ld.headline, undefined);
});

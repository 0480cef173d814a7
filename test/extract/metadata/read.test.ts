/** readMetadata on whole pages: what each kind of page says about itself, and what wins. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { readMetadata } from '../../../src/extract/metadata/index.js';
import { parseHtml } from '../../../src/extract/parse.js';

const now = Date.UTC(2020, 0, 1);
const read = (html: string, url?: string) => readMetadata(parseHtml(html), url, { now });

test('a news page with JSON-LD, Open Graph and a printed byline', () => {
  const html = `<!doctype html><html lang="en-gb"><head>
    <title>Harbour reopens after storm | Coastal Herald</title>
    <meta property="og:title" content="Harbour reopens after storm">
    <meta property="og:site_name" content="Coastal Herald">
    <meta property="og:description" content="Ferries run again after a week of closures.">
    <meta property="og:image" content="/img/harbour-1200x630.jpg">
    <link rel="canonical" href="https://herald.example/news/harbour-reopens">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Harbour reopens after storm","datePublished":"2019-11-19T08:00:00+01:00",
      "dateModified":"2019-11-19T10:30:00+01:00",
      "author":[{"@type":"Person","name":"Mara Olsen"},{"@type":"Person","name":"Tomas Berg"}],
      "publisher":{"@type":"Organization","name":"Coastal Herald"},
      "articleBody":"The harbour reopened on Tuesday. Ferries ran at dawn."}</script>
    </head><body><header><h1 class="logo">Coastal Herald</h1></header>
    <article><h1>Harbour reopens after storm</h1>
      <div class="byline">By <a href="/mara">Mara Olsen</a> and <a href="/tomas">Tomas Berg</a> | Nov. 19, 2019</div>
      <figure><img src="/img/harbour.jpg"><figcaption>Ferries at the quay on Tuesday. Photo: Ines Haas</figcaption></figure>
      <p>The harbour reopened on Tuesday.</p></article></body></html>`;
  assert.deepEqual(read(html, 'https://herald.example/news/harbour-reopens?utm=x'), {
    title: 'Harbour reopens after storm',
    authors: ['Mara Olsen', 'Tomas Berg'],
    byline: 'By Mara Olsen and Tomas Berg',
    siteName: 'Coastal Herald',
    published: '2019-11-19T08:00:00+01:00',
    modified: '2019-11-19T10:30:00+01:00',
    lang: 'en-GB',
    description: 'Ferries run again after a week of closures.',
    canonicalUrl: 'https://herald.example/news/harbour-reopens',
    image: {
      url: 'https://herald.example/img/harbour-1200x630.jpg',
      caption: 'Ferries at the quay on Tuesday.',
      credit: 'Ines Haas',
    },
    articleBody: 'The harbour reopened on Tuesday. Ferries ran at dawn.',
    headline: 'Harbour reopens after storm',
  });
});

test('a page with Open Graph only', () => {
  const meta = read(`<html><head>
    <meta property="og:title" content="Lighthouse keeper retires after 40 years - Coastal Herald">
    <meta property="og:site_name" content="Coastal Herald">
    <meta property="og:locale" content="en_US">
    <meta property="og:url" content="https://herald.example/lighthouse">
    <meta property="og:image" content="https://cdn.herald.example/lighthouse.jpg">
    <meta property="article:published_time" content="2019-11-18T09:15:00-05:00">
    <meta property="article:author" content="https://herald.example/people/ines-haas">
    </head><body><p>Text.</p></body></html>`);
  assert.equal(meta.title, 'Lighthouse keeper retires after 40 years');
  assert.equal(meta.siteName, 'Coastal Herald');
  assert.equal(meta.lang, 'en-US');
  assert.equal(meta.canonicalUrl, 'https://herald.example/lighthouse');
  assert.equal(meta.published, '2019-11-18T09:15:00-05:00');
  assert.deepEqual(meta.authors, []); // article:author was a URL
  assert.equal(meta.byline, undefined);
  assert.deepEqual(meta.image, { url: 'https://cdn.herald.example/lighthouse.jpg' });
});

test('a page with plain meta tags only: author list, Dublin Core date, content-language', () => {
  const meta = read(`<html><head><title>Neue Fähre für die Insel - Küstenbote</title>
    <meta http-equiv="content-language" content="de_de">
    <meta name="author" content="Jana Weber und Lukas Brandt">
    <meta name="description" content="Die Insel bekommt eine neue Fähre.">
    <meta name="dc.date" content="2019-11-19">
    </head><body><h1>Neue Fähre für die Insel</h1></body></html>`);
  assert.equal(meta.title, 'Neue Fähre für die Insel');
  assert.deepEqual(meta.authors, ['Jana Weber', 'Lukas Brandt']);
  assert.equal(meta.byline, 'Jana Weber, Lukas Brandt');
  assert.equal(meta.lang, 'de-DE');
  assert.equal(meta.published, '2019-11-19');
  assert.equal(meta.description, 'Die Insel bekommt eine neue Fähre.');
  assert.equal(meta.siteName, 'Küstenbote');
});

test('an organisation byline gives no authors but keeps the printed byline', () => {
  const meta = read(
    `<html><head><title>Russia's Suspicions of U.S. Make Cooperation Unlikely | The Moscow Times</title>
    <meta name="author" content="The Moscow Times"></head><body><article>
    <h1>Russia's Suspicions of U.S. Make Cooperation Unlikely</h1>
    <div class="article-byline">By <a href="/authors/tmt">The Moscow Times</a></div>
    <time datetime="2014-09-28">September 28, 2014</time></article></body></html>`,
    'https://www.themoscowtimes.com/2014/09/28/russias-suspicions-a39868',
  );
  assert.deepEqual(meta.authors, []);
  assert.equal(meta.byline, 'By The Moscow Times');
  assert.equal(meta.siteName, 'The Moscow Times');
  assert.equal(meta.published, '2014-09-28');
});

test('dates follow the order of trust; future and impossible ones fall through', () => {
  const page = (ld: string) => `<html><head>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour","datePublished":"${ld}"}</script>
    <meta property="article:published_time" content="2019-11-18T09:00:00Z">
    <meta name="pubdate" content="2019-11-17"></head>
    <body><article><time datetime="2019-11-16">Nov 16</time></article></body></html>`;
  assert.equal(read(page('2019-11-19T08:00:00+01:00')).published, '2019-11-19T08:00:00+01:00');
  assert.equal(read(page('2031-01-01T00:00:00Z')).published, '2019-11-18T09:00:00Z'); // in the future
  assert.equal(read(page('not a date')).published, '2019-11-18T09:00:00Z');
});

test('a modified date earlier than the published one is dropped', () => {
  const meta = read(`<html><head>
    <meta property="article:published_time" content="2019-11-19T08:00:00Z">
    <meta property="article:modified_time" content="2019-11-18T08:00:00Z"></head><body></body></html>`);
  assert.equal(meta.published, '2019-11-19T08:00:00Z');
  assert.equal(meta.modified, undefined);
});

test('without metadata, the date comes from the URL, else from the dateline under the headline', () => {
  const bare = '<html><body><article><h1>Harbour reopens</h1><p>Text.</p></article></body></html>';
  assert.equal(read(bare, 'https://herald.example/2019/11/19/harbour-reopens/').published, '2019-11-19');
  const dateline = `<html><body><article><h1>Hafen öffnet wieder</h1>
    <p class="kicker">Von Jana Weber</p><p>19. November 2019, 17:04 Uhr</p><p>Text.</p></article></body></html>`;
  assert.equal(read(dateline, 'https://kuestenbote.example/hafen').published, '2019-11-19');
  const japanese = '<html><body><article><h1>港が再開</h1><p>2019年11月19日</p></article></body></html>';
  assert.equal(read(japanese).published, '2019-11-19');
});

test('bylines and dates in comments, navigation and asides are ignored', () => {
  const meta = read(`<html><body>
    <nav><span class="author">Site Admin</span></nav>
    <article><h1>Harbour reopens</h1><span class="byline">By Mara Olsen</span></article>
    <section class="comments"><div class="comment-author">Tomas Berg</div>
      <span class="date">January 2, 2011</span></section>
    <aside><h1>Most read</h1><time datetime="2010-01-01">old</time></aside></body></html>`);
  assert.deepEqual(meta.authors, ['Mara Olsen']);
  assert.equal(meta.published, undefined);
  assert.equal(meta.headline, 'Harbour reopens');
});

test('the lead image takes caption and credit from its figure, credit element or printed credit', () => {
  const withCreditElement = read(
    `<html><head><meta property="og:image" content="https://cdn.example/uploads/2019/11/ferry-quay.jpg"></head>
    <body><article><figure><picture><source srcset="https://cdn.example/uploads/2019/11/ferry-quay-1024x683.jpg 1024w">
    <img src="https://cdn.example/uploads/2019/11/ferry-quay-300x200.jpg"></picture>
    <figcaption>The first ferry leaves the quay. <span class="credit">Ines Haas / Coastal Herald</span></figcaption>
    </figure></article></body></html>`,
  );
  assert.deepEqual(withCreditElement.image, {
    url: 'https://cdn.example/uploads/2019/11/ferry-quay.jpg',
    caption: 'The first ferry leaves the quay.',
    credit: 'Ines Haas / Coastal Herald',
  });
  const agency =
    read(`<html><head><meta name="twitter:image" content="https://cdn.example/minister.jpg"></head>
    <body><figure><img src="https://cdn.example/minister.jpg?w=600">
    <figcaption>The minister arrives in Brussels. (AP Photo/Virginia Mayo)</figcaption></figure></body></html>`);
  assert.deepEqual(agency.image, {
    url: 'https://cdn.example/minister.jpg',
    caption: 'The minister arrives in Brussels.',
    credit: 'AP Photo/Virginia Mayo',
  });
});

test('language codes are normalised to BCP 47', () => {
  const lang = (head: string, htmlAttr = '') =>
    read(`<html ${htmlAttr}><head>${head}</head><body></body></html>`).lang;
  assert.equal(lang('', 'lang="EN_us"'), 'en-US');
  assert.equal(lang('<meta property="og:locale" content="pt_BR">'), 'pt-BR');
  assert.equal(lang('<meta http-equiv="Content-Language" content="fr-ca, en">'), 'fr-CA');
  assert.equal(lang('', 'lang="zh-hant-tw"'), 'zh-Hant-TW');
  assert.equal(lang('', 'lang="x-default"'), undefined);
});

test('microdata and rel=author name the authors when structured data does not', () => {
  const microdata = read(`<html><body><article><h1>Harbour reopens</h1>
    <div itemprop="author" itemscope itemtype="https://schema.org/Person">
      <img itemprop="image" src="/mara.jpg"><span itemprop="name">MARA OLSEN</span></div>
    <a rel="author" href="/tomas">Tomas Berg</a></article></body></html>`);
  assert.deepEqual(microdata.authors, ['Mara Olsen', 'Tomas Berg']);
  const relOnly = read(
    '<html><body><p>Words by <a rel="author" href="/ines">Ines Haas</a></p></body></html>',
  );
  assert.deepEqual(relOnly.authors, ['Ines Haas']);
  assert.equal(relOnly.byline, 'Ines Haas');
});

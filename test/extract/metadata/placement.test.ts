/**
 * readMetadata on whole pages where the place of a clue decides: the date and byline right
 * below the headline over those in rails and discussions, the printed headline over a sharing
 * title, and the page's language over the US order of numeric dates.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { readMetadata } from '../../../src/extract/metadata/index.js';
import { parseHtml } from '../../../src/extract/parse.js';

const now = Date.UTC(2020, 0, 1);
const read = (html: string, url?: string) => readMetadata(parseHtml(html), url, { now });

test('the date printed below the headline wins over a rail of other stories printed above it', () => {
  const meta = read(`<html><head><title>Ferry fares frozen for winter | Coastal Herald</title></head><body>
    <div class="rail"><div class="item"><a href="/a">Pier repairs</a><div class="timestamp">Oct. 30, 2019</div></div></div>
    <div class="main"><h1>Ferry fares frozen for winter</h1>
      <div class="story-byline">By Mara Olsen</div><div class="timestamp">Nov. 2, 2019</div>
      <p>Fares stay at last year's level.</p></div></body></html>`);
  assert.equal(meta.published, '2019-11-02');
});

test('a <time> below the headline wins over a "latest" strip of times above it', () => {
  const meta = read(`<html><body>
    <ul class="latest"><li><a href="/b">Bypass reopens</a> <time datetime="2019-11-16T08:10:00Z">8:10</time></li></ul>
    <div class="page"><h1 class="headline">Maternity units to close</h1>
      <span class="meta__author">By Ines Haas</span>
      <time datetime="2019-11-13T17:30:00Z">13 November 2019</time><p>Text.</p></div></body></html>`);
  assert.equal(meta.published, '2019-11-13T17:30:00Z');
});

test('a reader discussion inside the article lends neither its dates nor its names', () => {
  const meta = read(`<html><body><article><h1 class="entry-title">Save the old bridge</h1>
    <p class="post-meta">by Hollis Granger on December 4, 2019</p><p>Text.</p>
    <div class="discussion"><ol class="responses">
      <li><div class="response-author">Ken Moss</div><time datetime="2019-12-05T08:14:00Z">Dec 5</time></li>
    </ol></div></article></body></html>`);
  assert.equal(meta.published, '2019-12-04');
  assert.deepEqual(meta.authors, ['Hollis Granger']);
  assert.equal(meta.byline, 'by Hollis Granger');
});

test('a "By" line right below the headline is the byline when no markup says so', () => {
  const meta = read(`<html><body><section><header>
    <h1>Election night live: results from every ward</h1>
    <p class="liveblog__meta">By Rosa Delgado and Ben Whitlock · Started <time datetime="2019-05-02T21:00:00+01:00">9pm</time></p>
    </header><p>Polls have closed.</p></section></body></html>`);
  assert.deepEqual(meta.authors, ['Rosa Delgado', 'Ben Whitlock']);
  assert.equal(meta.byline, 'By Rosa Delgado and Ben Whitlock');
  // A standfirst that starts like a byline names no one.
  const prose = read(
    '<html><body><article><h1>Hafen öffnet</h1><p>Von der Leyen kam zur Eröffnung.</p></article></body></html>',
  );
  assert.deepEqual(prose.authors, []);
});

test('the one <h1> of the article is the title when og:title words it differently for sharing', () => {
  const meta = read(`<html><head>
    <title>Tram strike: what you need to know about Friday | Northgate Echo</title>
    <meta property="og:title" content="Tram strike: what you need to know about Friday">
    </head><body><header><a href="/">Northgate Echo</a></header>
    <article><h1 class="article__title">Tram drivers to strike on Friday after pay offer is rejected</h1>
    <p>Text.</p></article></body></html>`);
  assert.equal(meta.title, 'Tram drivers to strike on Friday after pay offer is rejected');
  // A second <h1> in the article (a section name) leaves the choice to the title tags.
  const two = read(`<html><head><meta property="og:title" content="Tram strike: what you need to know">
    </head><body><article><h1>Transport</h1><h1>Tram drivers vote to strike</h1></article></body></html>`);
  assert.equal(two.title, 'Tram strike: what you need to know');
});

test('a title that is only the site name gives way to the <h1>', () => {
  const meta = read(
    `<html><head><title>Southport Ledger</title></head><body><div id="brand">Southport Ledger</div>
    <div id="article"><h1>Dredging of the harbour to begin in March</h1>
    <p class="byline">By Olamide Bankole &ndash; Jan 30, 2019</p><p>Text.</p></div></body></html>`,
    'https://southportledger.example/news/harbour-dredging',
  );
  assert.equal(meta.title, 'Dredging of the harbour to begin in March');
  assert.equal(meta.published, '2019-01-30');
});

test('numeric dates follow the page language: day first in Spanish, month first in US English', () => {
  const page = (lang: string) =>
    `<html lang="${lang}"><body><article><h1>Cierran el puente</h1>
    <span class="nota-fecha">05/03/2019 | 18:20</span><p>Texto.</p></article></body></html>`;
  assert.equal(read(page('es-AR')).published, '2019-03-05');
  assert.equal(read(page('en-US')).published, '2019-05-03');
});

test('a printed "Updated … | Published …" line gives the published date, and the update as modified', () => {
  const meta = read(`<html><body><div class="wrap"><h1>Boil notice lifted</h1>
    <div class="author-line">By Gideon Marsh</div>
    <div class="timestamps">Updated Feb. 9, 2019, 9:15 a.m. | Published Feb. 8, 2019, 6:02 p.m.</div>
    <p>Text.</p></div></body></html>`);
  assert.equal(meta.published, '2019-02-08');
  assert.equal(meta.modified, '2019-02-09');
});

test('a standfirst that starts with "By" and a weekday names no one', () => {
  const meta = read(`<html><body><article><h1>Bridge to reopen</h1>
    <p>By Sunday, officials said, the bridge would carry traffic again.</p></article></body></html>`);
  assert.deepEqual(meta.authors, []);
});

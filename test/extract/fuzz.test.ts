/**
 * Robustness: extract() on broken, hostile and huge pages either returns an Article-shaped record
 * or throws ExtractError, and always within MAX_CASE_MS. Seeded, so a failure reproduces: the
 * report prints the seed and counterexample path. More runs: FUZZ_RUNS=100000; another seed:
 * FUZZ_SEED=123.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ExtractError, type ExtractOptions, extract } from '../../src/extract/index.js';

const { FUZZ_SEED, FUZZ_RUNS } = process.env;
const SEED = Number(FUZZ_SEED ?? 20_251_125);
const RUNS = Number(FUZZ_RUNS ?? 10_000);
/** No single page may take longer than this, however broken. */
const MAX_CASE_MS = 2000;

/**
 * Runs extract once and checks the contract: an object with `title`, `blocks` and `text` that
 * survives JSON, or an ExtractError. Any other throw, or a slow case, fails.
 */
function checkExtract(input: string | Uint8Array, options: ExtractOptions = {}): void {
  const start = performance.now();
  let article: ReturnType<typeof extract> | undefined;
  try {
    article = extract(input, options);
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
  }
  const ms = performance.now() - start;
  assert.ok(ms < MAX_CASE_MS, `extract took ${ms.toFixed(0)} ms (limit ${MAX_CASE_MS} ms)`);
  if (article === undefined) return;
  assert.equal(typeof article, 'object');
  assert.equal(typeof article.title, 'string');
  assert.ok(Array.isArray(article.blocks), 'blocks is an array');
  assert.equal(typeof article.text, 'string');
  JSON.stringify(article); // plain data: no cycles, no BigInt
}

// ---------------------------------------------------------------------------------------------
// A synthetic news page. Fictional place and people; words from several scripts so that the
// decoder sees multi-byte text.

const WORDS = [
  'council',
  'minister',
  'said',
  'on',
  'Tuesday',
  'the',
  'harbour',
  'vote',
  'budget',
  'Vellmar',
  'Zürich',
  'Москва',
  '東京',
  'القاهرة',
  'naïve',
  'café',
  '🗞️',
  'talks',
  'ceasefire',
  'in',
  'of',
  '&amp;',
  '&nbsp;',
  '&#x1F600;',
  '&bogus;',
  '<b>bold</b>',
  '<a href="/x">link</a>',
  '“quoted”',
];
const word = fc.constantFrom(...WORDS);
const sentence = fc
  .array(word, { minLength: 3, maxLength: 18 })
  .map((ws) => `${ws.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()));
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(' '));

const EXTRAS = {
  nav: '<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>',
  table: '<table><tr><th>Party</th><th>Seats</th></tr><tr><td>Blue</td><td>12</td></tr></table>',
  list: '<ul><li>First point of the story</li><li>Second point</li></ul>',
  figure:
    '<figure><img src="/img/harbour.jpg" alt="Harbour"><figcaption>The harbour. Photo: A. Lens</figcaption></figure>',
  quote: '<blockquote><p>“We will not give up,” she said.</p></blockquote>',
  script: '<script>var x = "</p><p>not text"; if (a < b) {}</script><style>p { color: red }</style>',
  comment: '<!-- <p>hidden paragraph</p> --><![CDATA[ raw ]]>',
  ad: '<div class="ad-slot advertisement" id="ad-1">Advertisement</div>',
  related: '<aside class="related"><h3>Read more</h3><a href="/a">Other story</a></aside>',
  share: '<div class="share-buttons"><a href="#">Share</a><a href="#">Tweet</a></div>',
  jsonld:
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Vote","datePublished":"2024-02-30T99:00"}</script>',
} as const;
type Extra = keyof typeof EXTRAS;
const EXTRA_NAMES = Object.keys(EXTRAS) as Extra[];

/** The page template: head metadata, site chrome, and an article with extras in between. */
const newsPage = fc
  .record({
    title: sentence,
    byline: fc.constantFrom('Ana Ferreira', 'J. Okafor', 'Staff', ''),
    date: fc.date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
    lang: fc.constantFrom('en', 'fr', 'ru', 'ja', 'ar', ''),
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 25 }),
    extras: fc.array(fc.constantFrom(...EXTRA_NAMES), { maxLength: 6 }),
  })
  .map(({ title, byline, date, lang, paragraphs, extras }) => {
    const body = paragraphs
      .map((p, i) => {
        const extra = extras[i];
        return `<p>${p}</p>${extra === undefined ? '' : EXTRAS[extra]}`;
      })
      .join('\n');
    return (
      `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title} | Vellmar Post</title>` +
      `<meta property="og:title" content="${title}"><meta property="article:published_time" content="${date.toISOString()}">` +
      `<link rel="canonical" href="https://news.example/story"></head><body>${EXTRAS.nav}` +
      `<article><h1>${title}</h1><p class="byline">By ${byline}</p><time datetime="${date.toISOString()}">` +
      `${date.toDateString()}</time>${body}</article><footer>© Vellmar Post</footer></body></html>`
    );
  });

// ---------------------------------------------------------------------------------------------
// Mutations: on the string (markup and UTF-16 damage), then on the bytes (encoding damage).

const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDE00\uD83D'];
const MARKUP_JUNK = [
  '</body>',
  '</html>',
  '<body>',
  '<div><p><span><b>',
  '<table><tr><td>',
  '</div></div></div>',
  '<p',
  '<!--',
  '<script>',
  '<style>',
  '<title>',
  '<textarea>',
  '<svg><foreignObject><p>',
  '<math><mi>',
  '<a href="',
  "<img src='",
  '<![CDATA[',
  '<?xml version="1.0"?>',
  '&#0;',
  '&#xD800;',
  '&#1114112;',
  '<meta charset="shift_jis">',
  '<meta charset="utf-16le">',
  '<meta http-equiv="content-type" content="text/html; charset=bogus">',
  '<meta charset="x-user-defined">',
  '<base href="javascript:alert(1)">',
];

type StringMutation = { at: number; text: string } | { at: number; truncate: true };

const stringMutation: fc.Arbitrary<StringMutation> = fc.oneof(
  fc.record({ at: fc.nat(), truncate: fc.constant(true as const) }),
  fc.record({ at: fc.nat(), text: fc.constantFrom(...LONE_SURROGATES) }),
  fc.record({ at: fc.nat(), text: fc.constantFrom(...MARKUP_JUNK) }),
  fc.record({ at: fc.nat(), text: fc.constantFrom('\0', '\0\0\0\0', '\uFFFE', '\uFEFF', '\r', '\u2028') }),
  fc.record({ at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 40 }) }),
  fc.record({ at: fc.nat(), text: fc.integer({ min: 10, max: 400 }).map((n) => '<div><span>'.repeat(n)) }),
);

type ByteMutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array };

const INVALID_UTF8 = [
  [0xc3],
  [0xff],
  [0xfe, 0xff],
  [0xed, 0xa0, 0x80],
  [0xc0, 0xaf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82],
];
const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 64 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.constantFrom(...INVALID_UTF8).map((b) => Uint8Array.from(b)),
  }),
);

/** Applies string mutations; a cut can split a surrogate pair, leaving a lone surrogate. */
function mutateString(page: string, mutations: readonly StringMutation[]): string {
  for (const m of mutations) {
    const i = m.at % (page.length + 1);
    page = 'truncate' in m ? page.slice(0, i) : page.slice(0, i) + m.text + page.slice(i);
  }
  return page;
}

function mutateBytes(bytes: Uint8Array, mutations: readonly ByteMutation[]): Uint8Array {
  for (const m of mutations) {
    const i = m.at % (bytes.length + 1);
    if (m.kind === 'truncate') bytes = bytes.slice(0, i);
    else if (m.kind === 'flip') {
      if (i < bytes.length) bytes[i]! ^= 1 << m.bit;
    } else {
      const next = new Uint8Array(bytes.length + m.bytes.length);
      next.set(bytes.subarray(0, i));
      next.set(m.bytes, i);
      next.set(bytes.subarray(i), i + m.bytes.length);
      bytes = next;
    }
  }
  return bytes;
}

const options: fc.Arbitrary<ExtractOptions> = fc.record(
  {
    url: fc.constantFrom(
      'https://news.example/2024/05/06/story',
      'not a url',
      '',
      'javascript:alert(1)',
      'http://[::1',
    ),
    contentType: fc.constantFrom(
      'text/html',
      'text/html; charset=utf-8',
      'text/html; charset=windows-1251',
      'text/html; charset="shift_jis"',
      'text/html; charset=utf-16',
      'text/html; charset=nonsense',
      'text/html;;charset=',
      'application/json',
    ),
  },
  { requiredKeys: [] },
);

/** A news page, damaged, given as bytes or as a string (strings keep lone surrogates). */
const fuzzCase = fc.record({
  page: newsPage,
  strings: fc.array(stringMutation, { maxLength: 4 }),
  asBytes: fc.boolean(),
  bytes: fc.array(byteMutation, { maxLength: 4 }),
  options,
});

// ---------------------------------------------------------------------------------------------

describe('extract fuzz', () => {
  it(`returns an Article or throws ExtractError on ${RUNS} damaged news pages`, () => {
    fc.assert(
      fc.property(fuzzCase, ({ page, strings, asBytes, bytes, options }) => {
        const damaged = mutateString(page, strings);
        const input = asBytes ? mutateBytes(new TextEncoder().encode(damaged), bytes) : damaged;
        checkExtract(input, options);
      }),
      { seed: SEED, numRuns: RUNS, includeErrorInReport: true },
    );
  });
});

const STORY = '<p>The council voted on Tuesday to close the harbour.</p>';

describe('extract on deep nesting', () => {
  const shapes = [
    { name: '<div>', open: '<div>', close: '</div>' },
    { name: '<span>', open: '<span>', close: '</span>' },
    { name: 'unclosed <div><span>', open: '<div><span>', close: '' },
  ];
  for (const depth of [5_000, 20_000, 50_000])
    for (const { name, open, close } of shapes)
      it(`${depth.toLocaleString('en')} levels of ${name}`, () => {
        checkExtract(
          `<html><body><article>${open.repeat(depth)}${STORY}${close.repeat(depth)}</article></body></html>`,
        );
      });
  it('5,000 nested unclosed tables', () => {
    checkExtract(`<html><body>${'<table><tr><td>'.repeat(5_000)}${STORY}</body></html>`);
  });
  it('10,000 nested unclosed quotes and lists, as bytes', () => {
    checkExtract(new TextEncoder().encode(`<body>${'<blockquote><ul><li>'.repeat(10_000)}${STORY}`));
  });
});

describe('extract on 1 MB attribute values', () => {
  const huge = 'x'.repeat(1024 * 1024);
  const article = `<article><h1>Harbour vote</h1>${STORY}</article>`;
  const pages: Record<string, string> = {
    'a class': `<html><body><div class="${huge}">${article}</div></body></html>`,
    'meta contents': `<html><head><meta property="og:title" content="${huge}"><meta name="description" content="${huge}"></head><body>${article}</body></html>`,
    'a link and a data: image': `<html><body>${article}<a href="https://news.example/${huge}">more</a><img src="data:image/png;base64,${huge}"></body></html>`,
    'a style': `<html><body><p style="${'color:red;'.repeat(100_000)}">${article}</p></body></html>`,
    'an unclosed quote': `<html><body><div title="${huge}${article}</body></html>`,
    'a JSON-LD headline': `<html><head><script type="application/ld+json">{"headline":"${huge}"}</script></head><body>${article}</body></html>`,
  };
  for (const [name, page] of Object.entries(pages)) {
    it(`in ${name}`, () => checkExtract(page));
  }
  it('in a class, as bytes', () => checkExtract(new TextEncoder().encode(pages['a class'] ?? '')));
});

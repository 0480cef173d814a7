import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ExtractError, extract } from '../../src/extract/index.js';
import { CASES_DIR } from './golden-cases.js';

const page = (name: string): Buffer => readFileSync(join(CASES_DIR, name, 'page.html'));

/** A minimal news page around the given body markup. */
function newsPage(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Port talks resume | Harbour Post</title>${head}</head>
<body><nav class="main-nav"><a href="/">Home</a><a href="/world">World</a></nav>
<article><h1>Port talks resume</h1><div class="story-body">${body}</div></article>
<footer class="site-footer">© Harbour Post</footer></body></html>`;
}

const PROSE =
  '<p>Negotiators for the port authority and the dockworkers union met again on Monday, the first session since talks collapsed in March over night-shift pay and the use of automated cranes.</p>' +
  '<p>Both sides said the meeting had been constructive, though neither would say whether a new offer had been tabled before the union ballot that is due later this month.</p>';

describe('extract: the body', () => {
  test('re-joins a paragraph that an inline ad cut in two', () => {
    const article = extract(page('org-byline'));
    assert.ok(
      article.text.includes('that the ministry was not ready to give, officials say.'),
      'the sentence continues across the ad',
    );
    assert.ok(!article.text.includes('Advertisement'));
  });

  test('leaves out cookie banners, share bars, newsletter boxes, most-read lists and comments', () => {
    const { text } = extract(page('org-byline'));
    for (const furniture of [
      'cookies',
      'Share on',
      'morning briefing',
      'Most read',
      'Bridge repairs',
      'About time',
    ]) {
      assert.ok(!text.includes(furniture), `"${furniture}" is furniture`);
    }
    assert.ok(!text.includes('Read more'), 'a "read more" insert is furniture');
  });

  test('does not repeat the headline in the body', () => {
    const article = extract(newsPage(PROSE));
    assert.equal(article.title, 'Port talks resume');
    assert.ok(article.blocks.every((b) => b.text !== 'Port talks resume'));
  });

  test('reads the body from JSON-LD articleBody when the page renders it by script', () => {
    const article = extract(page('jsonld-body'));
    assert.equal(article.blocks.length, 4);
    assert.match(article.text, /^The harbour authority has approved a plan/);
  });

  test('reads the body from <noscript> when that is the only place it lives', () => {
    const article = extract(page('noscript-body'));
    assert.match(article.text, /^Fenwick's central library reopened on Monday/);
    assert.equal(article.blocks.length, 3);
  });

  test('keeps a very short article whole', () => {
    const article = extract(page('short-brief'));
    assert.equal(article.blocks.length, 2);
    assert.ok(!article.text.includes('À lire aussi'));
  });

  test('keeps headings, tables, lists and code as blocks', () => {
    const article = extract(page('tables-and-code'));
    assert.deepEqual(
      article.blocks.map((b) => b.type),
      ['paragraph', 'heading', 'table', 'paragraph', 'list', 'heading', 'paragraph', 'code', 'paragraph'],
    );
    const table = article.blocks[2]!;
    assert.deepEqual(table.rows?.[0], ['Ticket', 'Old fare', 'New fare']);
    assert.equal(table.header, true);
    assert.equal(article.blocks[4]!.items?.length, 3);
    assert.equal(article.blocks[7]!.text, 'weekly = min(sum(fares), cap)\nsaving = old_weekly - new_weekly');
  });

  test('resolves links inside paragraphs against the page URL', () => {
    const html = newsPage(
      `${PROSE}<p>The full <a href="/docs/offer.pdf">offer document</a> was published on the authority's website on Tuesday afternoon.</p>`,
    );
    const article = extract(html, { url: 'https://harbourpost.example/news/port-talks' });
    const block = article.blocks.find((b) => b.links);
    assert.ok(block?.links);
    const [link] = block.links;
    assert.equal(link?.href, 'https://harbourpost.example/docs/offer.pdf');
    assert.equal(block.text.slice(link!.start, link!.end), 'offer document');
  });

  test('joins a cut sentence in a script without capitals', () => {
    const html = newsPage(
      '<p>港湾当局と労働組合の代表は月曜日、三月に決裂した交渉を再開し、夜間勤務の手当と自動クレーンの導入について協議した。関係者によると</p>' +
        '<div class="ad-slot">広告</div>双方は次回の会合の日程でも合意したという。<p>組合は今月中に投票を行う予定で、新たな提案が示されたかどうかについては双方とも明らかにしなかった。</p>',
    );
    const article = extract(html);
    assert.ok(article.text.includes('関係者によると 双方は次回の会合の日程でも合意したという。'));
  });

  test('script and style content never leaks into the body, whatever markup it holds', () => {
    const html = newsPage(
      '<script data-note="a > b">document.write("<p>Injected paragraph from a script.</p>");</script>' +
        '<style>p::after { content: "</div><p>Styled text</p>"; }</style>' +
        '<p>The harbour authority reopened the northern quay on Monday after three weeks of repairs to its cranes and mooring posts.</p>' +
        '<SCRIPT>var s = "</scripts><p>Still script</p>";</SCRIPT>' +
        '<p>Shipping agents said the first container vessel was expected to berth there on Wednesday morning.</p>',
    );
    const article = extract(html);
    assert.ok(article.text.includes('reopened the northern quay'));
    assert.ok(article.text.includes('expected to berth there'));
    for (const leak of ['Injected', 'Styled text', 'Still script', 'document.write'])
      assert.ok(!article.text.includes(leak), leak);
  });
});

describe('extract: the record', () => {
  test('an organisation byline gives no authors but keeps the byline as printed', () => {
    const article = extract(page('org-byline'));
    assert.deepEqual(article.authors, []);
    assert.equal(article.byline, 'By The Danube Courier');
  });

  test('the lead image carries the caption and credit of its figure, which leaves the body', () => {
    const article = extract(page('org-byline'), { url: 'https://danubecourier.example/news/grain' });
    assert.deepEqual(article.image, {
      url: 'https://danubecourier.example/img/2024/grain-port-1200.jpg',
      caption: 'Barges wait at the grain terminal in Izmail on Friday.',
      credit: 'Courier photo',
    });
    assert.ok(article.blocks.every((b) => b.type !== 'figure'));
  });

  test('bytes and the decoded string give the same record', () => {
    const bytes = page('cyrillic-1251');
    const fromBytes = extract(bytes);
    assert.equal(fromBytes.title, 'В Самаре открыли новый речной вокзал');
    const fromString = extract(new TextDecoder('windows-1251').decode(bytes));
    assert.deepEqual(fromString, fromBytes);
  });
});

describe('extract: bad input gets a clear error', () => {
  const code = (input: string | Uint8Array, contentType?: string): string => {
    try {
      extract(input, contentType ? { contentType } : {});
      return 'none';
    } catch (error) {
      assert.ok(error instanceof ExtractError);
      assert.ok(!error.message.includes('\n'), 'one line');
      return error.code;
    }
  };

  test('empty input', () => {
    assert.equal(code(''), 'empty');
    assert.equal(code(new Uint8Array(0)), 'empty');
    assert.equal(code('   \n  '), 'empty');
  });

  test('binary data', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    assert.equal(code(png), 'binary');
  });

  test('text that is not HTML, and a non-HTML content type', () => {
    assert.equal(code('Just a plain note, with no markup at all.'), 'not-html');
    assert.equal(code(newsPage(PROSE), 'application/pdf'), 'not-html');
    assert.equal(code(newsPage(PROSE), 'text/html; charset=utf-8'), 'none');
  });

  test('a page over 50 MB', () => {
    assert.equal(code(new Uint8Array(50 * 1024 * 1024 + 1)), 'too-large');
  });
});

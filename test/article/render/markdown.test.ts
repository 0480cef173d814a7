import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderMarkdown } from '../../../src/article/render/markdown.js';
import type { Article, Block } from '../../../src/article/types.js';
import { linkOn, talks } from './example-article.js';

/** The Markdown of a one-block article, without title and metadata. */
function body(block: Block, url = 'https://news.example.org/a'): string {
  const markdown = renderMarkdown({ url, title: '', authors: [], blocks: [block], text: block.text });
  return markdown.split('\n\n').slice(1).join('\n\n').trimEnd();
}

describe('renderMarkdown: the talks report', () => {
  const parts = renderMarkdown(talks).split('\n\n');

  it('opens with the title, one metadata line and the lead image with its caption', () => {
    assert.equal(parts[0], '# Veldoria and Karsland Agree to Resume Border Talks');
    assert.equal(
      parts[1],
      'By Mira Solberg and Jonas Adler · March 15, 2024 · ' +
        '[The Example Herald](https://news.example.org/2024/03/15/veldoria-karsland-talks)',
    );
    assert.equal(
      parts[2],
      '![Anja Petrel, left, greets Tomas Reyk in Lindau on Friday.](https://img.example.org/ministers.jpg)\n' +
        '*Anja Petrel, left, greets Tomas Reyk in Lindau on Friday. — Example Herald / P. Vance*',
    );
  });

  it('keeps links, resolving relative ones against the article URL', () => {
    assert.match(
      parts[3] ?? '',
      /their \[disputed border\]\(https:\/\/news\.example\.org\/explainers\/border\),/,
    );
    assert.match(parts[4] ?? '', /to \[a statement\]\(https:\/\/mfa\.example\.org\/statements\/42\) from/);
  });

  it('renders headings below the title, lists, quotes, tables and figures', () => {
    assert.ok(parts.includes('## Three points of agreement'));
    assert.ok(parts.includes('### Trade at a glance'));
    assert.ok(
      parts.includes(
        '1. A joint border commission\n2. Two crossings reopened by June\n3. Monthly meetings of deputies',
      ),
    );
    assert.ok(parts.includes('> No one should expect a breakthrough overnight.'));
    assert.ok(
      parts.includes(
        '| Year | Exports | Imports |\n| --- | --- | --- |\n| 2022 | 1.2 bn | 0.9 bn |\n| 2023 | 1.4 bn | 1.1 bn |',
      ),
    );
    assert.ok(
      parts.includes(
        '![The Lindau crossing, closed since 2018.](https://img.example.org/crossing.jpg)\n' +
          '*The Lindau crossing, closed since 2018. — P. Vance*',
      ),
    );
  });

  it('ends with the last paragraph and one newline', () => {
    assert.ok(renderMarkdown(talks).endsWith('held in Brenmark in May.\n'));
    assert.ok(!renderMarkdown(talks).endsWith('\n\n'));
  });
});

describe('renderMarkdown: blocks', () => {
  it('keeps body headings at level 2 or deeper', () => {
    assert.equal(body({ type: 'heading', level: 1, text: 'Background' }), '## Background');
    assert.equal(body({ type: 'heading', level: 9, text: 'Notes' }), '###### Notes');
    assert.equal(body({ type: 'heading', text: 'Issue #' }), '## Issue \\#');
  });

  it('prints links with unsafe targets as plain text', () => {
    const text = 'Read the full communique here.';
    const links = [
      linkOn(text, 'full communique', 'javascript:alert(1)'),
      linkOn(text, 'here', 'data:text/html,x'),
    ];
    assert.equal(body({ type: 'paragraph', text, links }), text);
  });

  it('escapes parentheses in link targets', () => {
    const text = 'See the map.';
    const links = [linkOn(text, 'map', 'https://wiki.example.org/Lindau_(city)')];
    assert.equal(
      body({ type: 'paragraph', text, links }),
      'See the [map](https://wiki.example.org/Lindau_\\(city\\)).',
    );
  });

  it('fences code with more backticks than any run inside', () => {
    assert.equal(body({ type: 'code', text: 'const fence = "```";' }), '````\nconst fence = "```";\n````');
  });

  it('escapes pipes in cells and gives a headerless table an empty header', () => {
    const rows = [
      ['Lindau', 'a|b'],
      ['Brenmark', ''],
    ];
    assert.equal(
      body({ type: 'table', text: '', rows, header: false }),
      '|  |  |\n| --- | --- |\n| Lindau | a\\|b |\n| Brenmark |  |',
    );
  });

  it('puts every line of a quote behind the marker', () => {
    assert.equal(
      body({ type: 'quote', text: 'First line.\n\nSecond line.' }),
      '> First line.\n>\n> Second line.',
    );
  });

  it('escapes what would become markup, and only that', () => {
    const cases: [string, string][] = [
      ['# Not a heading', '\\# Not a heading'],
      ['> Not a quote', '\\> Not a quote'],
      ['- Not a list', '\\- Not a list'],
      ['1998. A hard year', '1998\\. A hard year'],
      ['*Stars* and _underscores_ and `ticks`', '\\*Stars\\* and \\_underscores\\_ and \\`ticks\\`'],
      ['[Not](a link)', '\\[Not\\](a link)'],
      ['A <script>alert(1)</script> tag', 'A \\<script>alert(1)\\</script> tag'],
      ['AT&T said 3 < 4 for snake_case and 2.5% - fine.', 'AT&T said 3 < 4 for snake_case and 2.5% - fine.'],
    ];
    for (const [text, expected] of cases) assert.equal(body({ type: 'paragraph', text }), expected, text);
  });

  it('falls back to paragraphs from `text` when there are no blocks', () => {
    const article: Article = { title: 'T', authors: [], blocks: [], text: 'One.\n\nTwo.' };
    assert.equal(renderMarkdown(article), '# T\n\nOne.\n\nTwo.\n');
  });
});

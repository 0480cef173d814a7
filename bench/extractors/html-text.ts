import { Parser } from 'htmlparser2';

/**
 * Elements that start and end a block of text. An anchor's HTML output becomes one text block per
 * such element, so words from adjacent paragraphs are never glued together ("end</p><p>Start").
 */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Elements whose content is never text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math']);

/**
 * An extractor's body HTML as plain text: the text of each block element on its own, blocks
 * separated by a blank line, `<br>` a line break, white space collapsed outside `<pre>`.
 */
export function htmlToText(html: string): string {
  const blocks: string[] = [];
  let current = '';
  let hidden = 0;
  let pre = 0;
  const flush = (): void => {
    const text =
      pre > 0
        ? current.replace(/^\n+|\s+$/g, '')
        : current
            .replace(/[^\S\n]+/g, ' ')
            .replace(/ ?\n ?/g, '\n')
            .trim();
    if (text) blocks.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden++;
        else if (name === 'br') current += '\n';
        else if (BLOCK.has(name)) {
          flush();
          if (name === 'pre') pre++;
        }
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (BLOCK.has(name)) {
          flush();
          if (name === 'pre') pre = Math.max(0, pre - 1);
        }
      },
      ontext(data) {
        if (hidden > 0) return;
        current += pre > 0 ? data : data.replace(/\s+/g, ' ');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  flush();
  return blocks.join('\n\n');
}

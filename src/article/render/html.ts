/**
 * A standalone, sanitized HTML5 document built only from the record's plain text: no markup
 * from the page ever passes through. Every text and attribute is escaped, links keep only
 * http(s) targets, and a Content-Security-Policy forbids scripts, frames and remote styles.
 */
import { escapeUTF8 } from 'entities/escape';
import type { Article, Block } from '../types.js';
import { formatDate, machineDate } from './date.js';
import { safeUrl, segments } from './links.js';
import {
  bodyBlocks,
  byline,
  codeText,
  collapse,
  figurePicture,
  headingLevel,
  leadPicture,
  listItems,
  type Picture,
  sourceUrl,
  tableRows,
} from './parts.js';

/** The policy in the document's CSP meta: nothing may load but images; inline style only. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; img-src https: http:; style-src 'unsafe-inline'";

const STYLE =
  'body{max-width:42rem;margin:2rem auto;padding:0 1rem;font:1.1rem/1.6 Georgia,serif;color:#222}' +
  'img{max-width:100%;height:auto}figcaption,.byline,.dateline{color:#555;font-size:.9rem}' +
  'table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25rem .5rem}pre{overflow:auto}';

// BCP 47 shape; anything else is left out rather than escaped into `lang`.
const LANG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** Renders `article` as a complete HTML document, ending with one newline. */
export function renderHtml(article: Article): string {
  const base = sourceUrl(article);
  const lang = article.lang && LANG.test(article.lang) ? ` lang="${attr(article.lang)}"` : '';
  const lines = [
    '<!DOCTYPE html>',
    `<html${lang}>`,
    ...head(article),
    '<body>',
    '<article>',
    ...header(article),
    figure(leadPicture(article), base),
    ...bodyBlocks(article).map((block) => blockHtml(block, base)),
    footer(article),
    '</article>',
    '</body>',
    '</html>',
  ];
  return `${lines.filter(Boolean).join('\n')}\n`;
}

function head(article: Article): string[] {
  const canonical = safeUrl(article.canonicalUrl ?? article.url);
  const description = collapse(article.description ?? '');
  return [
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${text(collapse(article.title))}</title>`,
    description ? `<meta name="description" content="${attr(description)}">` : '',
    canonical ? `<link rel="canonical" href="${attr(canonical)}">` : '',
    `<style>${STYLE}</style>`,
    '</head>',
  ];
}

function header(article: Article): string[] {
  const title = collapse(article.title);
  const by = byline(article);
  const date = formatDate(article.published);
  const datetime = article.published === undefined ? undefined : machineDate(article.published);
  return [
    '<header>',
    title ? `<h1>${text(title)}</h1>` : '',
    by ? `<p class="byline">${text(by)}</p>` : '',
    date && datetime ? `<p class="dateline"><time datetime="${attr(datetime)}">${text(date)}</time></p>` : '',
    '</header>',
  ];
}

function footer(article: Article): string {
  const url = safeUrl(sourceUrl(article));
  return url ? `<footer><p>Original url: ${anchor(url, text(url))}</p></footer>` : '';
}

/** One body block; headings start at h2, below the title. */
function blockHtml(block: Block, base: string | undefined): string {
  switch (block.type) {
    case 'heading': {
      const level = headingLevel(block);
      return block.text.trim() ? `<h${level}>${linkedText(block, base)}</h${level}>` : '';
    }
    case 'list':
      return list(listItems(block), block.ordered === true);
    case 'quote':
      return block.text.trim() ? `<blockquote><p>${linkedText(block, base)}</p></blockquote>` : '';
    case 'table':
      return table(tableRows(block), block.header === true) || paragraph(block, base);
    case 'figure':
      return figure(figurePicture(block), base);
    case 'code': {
      const code = codeText(block);
      return code ? `<pre><code>${text(code)}</code></pre>` : '';
    }
    default:
      return paragraph(block, base);
  }
}

function paragraph(block: Block, base: string | undefined): string {
  return block.text.trim() ? `<p>${linkedText(block, base)}</p>` : '';
}

function linkedText(block: Block, base: string | undefined): string {
  return segments(block)
    .map((segment) => {
      const href = safeUrl(segment.href, base);
      return href && segment.text.trim() ? anchor(href, text(segment.text)) : text(segment.text);
    })
    .join('')
    .trim();
}

function list(items: string[], ordered: boolean): string {
  if (items.length === 0) return '';
  const tag = ordered ? 'ol' : 'ul';
  return [`<${tag}>`, ...items.map((item) => `<li>${text(item)}</li>`), `</${tag}>`].join('\n');
}

function table(rows: string[][], header: boolean): string {
  if (rows.length === 0) return '';
  const row = (cells: string[], tag: 'th' | 'td'): string =>
    `<tr>${cells.map((cell) => `<${tag}>${text(collapse(cell))}</${tag}>`).join('')}</tr>`;
  const [first = [], ...rest] = rows;
  const body = (header ? rest : rows).map((cells) => row(cells, 'td'));
  return [
    '<table>',
    header ? `<thead>${row(first, 'th')}</thead>` : '',
    body.length > 0 ? `<tbody>\n${body.join('\n')}\n</tbody>` : '',
    '</table>',
  ]
    .filter(Boolean)
    .join('\n');
}

function figure(picture: Picture | undefined, base: string | undefined): string {
  if (!picture) return '';
  const { src, caption, credit, href } = picture;
  const url = safeUrl(src, base);
  const note = collapse(caption ?? '');
  const by = collapse(credit ?? '');
  if (!url && !note) return '';
  const target = safeUrl(href, base);
  const img = url ? `<img src="${attr(url)}" alt="${attr(note)}" loading="lazy">` : '';
  const figcaption = [note && text(note), by && `<small>${text(by)}</small>`].filter(Boolean).join(' ');
  return [
    '<figure>',
    img && target ? anchor(target, img) : img,
    figcaption ? `<figcaption>${figcaption}</figcaption>` : '',
    '</figure>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** A link; `href` must already be a safe URL and `inner` already HTML. */
function anchor(href: string, inner: string): string {
  return `<a href="${attr(href)}" rel="nofollow noopener">${inner}</a>`;
}

// Control characters other than tab and newline are invalid in HTML; they are dropped.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

function text(value: string): string {
  return escapeUTF8(value.replace(CONTROL, ''));
}

// Attributes get the same escaping as text: `<` and `>` are harmless inside a quoted value,
// but escaping them too keeps the output inert for tools that scan markup without parsing it.
function attr(value: string): string {
  return text(value);
}

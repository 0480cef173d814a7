/**
 * Plain text in the layout of the seed article: a leading blank line, then title, byline, date,
 * the lead image (a blank line where the picture stands) and its caption, the body blocks, and
 * `Original url:` with the URL in angle brackets. Parts are separated by one blank line, absent
 * parts are skipped, and there is no trailing newline.
 */
import type { Article, Block } from '../types.js';
import { formatDate } from './date.js';
import { bodyBlocks, byline, codeText, collapse, listItems, sourceUrl, tableRows } from './parts.js';

/** Renders `article` as plain text. */
export function renderText(article: Article): string {
  return ['', ...head(article), ...body(article), ...foot(article)].join('\n\n');
}

function head(article: Article): string[] {
  const parts = [collapse(article.title), byline(article) ?? '', formatDate(article.published) ?? ''];
  const caption = collapse(article.image?.caption ?? '');
  // The image itself cannot be shown: it keeps an empty slot before its caption, as in the seed.
  // An image without a caption would leave only blank lines, so it is skipped.
  return [...parts.filter(Boolean), ...(caption ? ['', caption] : [])];
}

function body(article: Article): string[] {
  return bodyBlocks(article).map(blockText).filter(Boolean);
}

function foot(article: Article): string[] {
  const url = sourceUrl(article);
  return url ? ['Original url:', `<${url}>`] : [];
}

/** One block as plain text: no markup, only the line shapes of lists and tables. */
function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'figure':
      return collapse(block.text);
    case 'list':
      return listItems(block)
        .map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${item}`)
        .join('\n');
    case 'table': {
      const rows = tableRows(block);
      return rows.length > 0
        ? rows.map((row) => row.map(collapse).join(' | ')).join('\n')
        : block.text.trim();
    }
    case 'code':
      return codeText(block);
    default:
      return block.text.trim();
  }
}

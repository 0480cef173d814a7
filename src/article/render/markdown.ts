/**
 * Markdown (CommonMark with GFM tables): `# Title`, one compact metadata line, the lead image,
 * then the body. Text is escaped only where it would change meaning; links keep their targets
 * when they are http(s), and are printed as plain text otherwise.
 */
import type { Article, Block } from '../types.js';
import { formatDate } from './date.js';
import { safeUrl, segments } from './links.js';
import {
  escapeCell,
  escapeDestination,
  escapeHeadingEnd,
  escapeInline,
  escapeLineStarts,
  fenceFor,
} from './markdown-escape.js';
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

/** Renders `article` as Markdown, ending with one newline. */
export function renderMarkdown(article: Article): string {
  const base = sourceUrl(article);
  const parts = [
    title(article),
    meta(article),
    figure(leadPicture(article), base),
    ...bodyBlocks(article).map((block) => blockMarkdown(block, base)),
  ];
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

function title(article: Article): string {
  const text = collapse(article.title);
  return text ? heading(1, escapeInline(text)) : '';
}

/** Byline, date and source on one line: "By Jane Doe · May 2, 2024 · [example.com](https://…)". */
function meta(article: Article): string {
  const url = safeUrl(sourceUrl(article));
  const host = url === undefined ? undefined : new URL(url).host;
  const source =
    url && `[${escapeInline(collapse(article.siteName ?? '') || host || url)}](${escapeDestination(url)})`;
  const parts = [byline(article), formatDate(article.published)].map((part) => part && escapeInline(part));
  return escapeLineStarts([...parts, source].filter(Boolean).join(' · '));
}

/** One body block; headings start at level 2, below the title. */
function blockMarkdown(block: Block, base: string | undefined): string {
  switch (block.type) {
    case 'heading': {
      const text = collapse(linkedText(block, base));
      return text ? heading(headingLevel(block), text) : '';
    }
    case 'list':
      return list(listItems(block), block.ordered === true);
    case 'quote':
      return paragraph(block, base)
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'table':
      return table(tableRows(block), block.header === true) || paragraph(block, base);
    case 'figure':
      return figure(figurePicture(block), base);
    case 'code':
      return code(codeText(block));
    default:
      return paragraph(block, base);
  }
}

/** Block text with its links, and block markers at line starts neutralised. */
function paragraph(block: Block, base: string | undefined): string {
  return escapeLineStarts(linkedText(block, base)).trim();
}

/** Block text escaped, with its http(s) links as `[text](href)`. */
function linkedText(block: Block, base: string | undefined): string {
  return segments(block)
    .map((segment) => {
      const href = safeUrl(segment.href, base);
      const escaped = escapeInline(segment.text);
      return href && segment.text.trim() ? `[${escaped}](${escapeDestination(href)})` : escaped;
    })
    .join('');
}

/** An ATX heading from already escaped text. */
function heading(level: number, escaped: string): string {
  return `${'#'.repeat(level)} ${escapeHeadingEnd(escaped)}`;
}

function list(items: string[], ordered: boolean): string {
  return items
    .map((item, i) => {
      const marker = ordered ? `${i + 1}.` : '-';
      // Continuation lines are indented to the item's content column.
      const indent = ' '.repeat(marker.length + 1);
      return `${marker} ${escapeLineStarts(escapeInline(item)).replace(/\n/g, `\n${indent}`)}`;
    })
    .join('\n');
}

/** A GFM table; a table without a header row gets an empty one, as GFM requires a header. */
function table(rows: string[][], header: boolean): string {
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((row) => row.length));
  const line = (cells: string[]): string =>
    `| ${Array.from({ length: width }, (_, i) => escapeCell(cells[i] ?? '')).join(' | ')} |`;
  const [first = [], ...rest] = header ? rows : [[], ...rows];
  const divider = `|${' --- |'.repeat(width)}`;
  return [line(first), divider, ...rest.map(line)].join('\n');
}

/** An image with its caption line below: `![caption](src)` then `*caption — credit*`. */
function figure(picture: Picture | undefined, base: string | undefined): string {
  if (!picture) return '';
  const { src, caption, credit, href } = picture;
  const alt = escapeInline(collapse(caption ?? ''));
  const url = safeUrl(src, base);
  const target = safeUrl(href, base);
  const image = url ? `![${alt}](${escapeDestination(url)})` : '';
  const linked = image && target ? `[${image}](${escapeDestination(target)})` : image;
  const note = [caption, credit].map((part) => collapse(part ?? '')).filter(Boolean);
  const line = note.length > 0 ? `*${escapeInline(note.join(' — '))}*` : '';
  return [linked, line].filter(Boolean).join('\n');
}

function code(text: string): string {
  if (!text) return '';
  const fence = fenceFor(text);
  return `${fence}\n${text}\n${fence}`;
}

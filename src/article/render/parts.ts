/**
 * The facts every format prints the same way: the byline, the source URL, the body blocks and
 * the shapes inside a block (list items, table rows, heading level).
 */
import type { Article, Block } from '../types.js';

// Bylines that already open with a by-word are printed as they are ("By Jane Doe", "Written by
// Jane Doe"). English "by" counts in every language; the others only in their own language,
// because elsewhere they are name particles ("Von Miller", "Di Maio") that must still get "By ".
const ENGLISH_BY = /^(?:(?:written|reported|reporting|story|words|text|posted)\s+)?by\b/i;
const BY_WORDS: Readonly<Record<string, RegExp>> = {
  da: /^af\s/i,
  de: /^von\s/i,
  es: /^por\s/i,
  fr: /^par\s/i,
  it: /^(?:di|a cura di)\s/i,
  nb: /^av\s/i,
  nl: /^door\s/i,
  no: /^av\s/i,
  pt: /^por\s/i,
  sv: /^av\s/i,
  ru: /^(?:автор|текст)[\s:]/iu,
};

/** Runs of whitespace become one space; ends are trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The byline to print: the printed one (with "By " when it has no by-word), else the authors. */
export function byline(article: Article): string | undefined {
  const printed = collapse(article.byline ?? '');
  if (printed) return startsWithByWord(printed, article.lang) ? printed : `By ${printed}`;
  const names = article.authors.map(collapse).filter(Boolean);
  return names.length > 0 ? `By ${joinNames(names)}` : undefined;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Where the article was read, else its canonical link. */
export function sourceUrl(article: Article): string | undefined {
  return article.url?.trim() || article.canonicalUrl?.trim() || undefined;
}

/** The body blocks; an article with only `text` gets one paragraph per blank-line-separated part. */
export function bodyBlocks(article: Article): Block[] {
  if (article.blocks.length > 0) return article.blocks;
  return article.text
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => ({ type: 'paragraph', text }));
}

/** A list's items, from `items` or else the text's lines; blank items dropped. */
export function listItems(block: Block): string[] {
  return (block.items ?? block.text.split('\n')).map((item) => item.trim()).filter(Boolean);
}

/** A table's rows, empty when the block has none (renderers then print its text instead). */
export function tableRows(block: Block): string[][] {
  return (block.rows ?? []).filter((row) => row.length > 0);
}

/** A heading level clamped to [min, 6]; the article title owns level 1. */
export function headingLevel(block: Block, min = 2): number {
  const level = Number.isInteger(block.level) ? (block.level as number) : min;
  return Math.min(6, Math.max(min, level));
}

/** An image with its words, from the lead image or a figure block. */
export interface Picture {
  src: string | undefined;
  caption: string | undefined;
  credit: string | undefined;
  /** Where a click on the image leads (figures only). */
  href: string | undefined;
}

/** The lead image as a picture, when there is one. */
export function leadPicture(article: Article): Picture | undefined {
  const image = article.image;
  return image && { src: image.url, caption: image.caption, credit: image.credit, href: undefined };
}

/** A figure block as a picture: its text is the caption. */
export function figurePicture(block: Block): Picture {
  return { src: block.src, caption: block.text, credit: block.credit, href: block.href };
}

/** Code text without the blank lines around it; indentation inside is kept. */
export function codeText(block: Block): string {
  return block.text.replace(/^(?:[ \t]*\n)+/, '').trimEnd();
}

/** A label the page put before the names, in any language ("Author:", "Автор:", "Texto:"). */
const LABEL = /^[\p{L}][\p{L} ]{0,20}:\s/u;

function startsWithByWord(text: string, lang: string | undefined): boolean {
  if (ENGLISH_BY.test(text) || LABEL.test(text)) return true;
  const primary = lang?.toLowerCase().split('-')[0];
  const local = primary === undefined ? undefined : BY_WORDS[primary];
  return local?.test(text) ?? false;
}

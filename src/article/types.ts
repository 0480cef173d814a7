/**
 * The Article record: what `extract` returns and what every renderer reads.
 * Plain data only, so it crosses worker threads, JSON and the store unchanged.
 */

/** The kinds of body block, in reading order. */
export type BlockType = 'heading' | 'paragraph' | 'list' | 'quote' | 'table' | 'figure' | 'code';

/** An inline link kept inside a block's text, so Markdown and HTML can render it. */
export interface Link {
  /** Character offset of the anchor text in the block's `text`. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Absolute URL. */
  href: string;
}

/** One block of the body. */
export interface Block {
  type: BlockType;
  /** Plain text of the block; for lists the items joined by newlines, for tables the rows. */
  text: string;
  /** Heading level 1–6 (headings only). */
  level?: number;
  /** List items (lists only). */
  items?: string[];
  /** Whether a list is numbered (lists only). */
  ordered?: boolean;
  /** Table cells, row by row (tables only); the first row is the header when `header` is true. */
  rows?: string[][];
  /** Whether the first table row is a header row. */
  header?: boolean;
  /** Image URL (figures only). */
  src?: string;
  /** Target of a figure's link, or of the block's single link. */
  href?: string;
  /** Image credit (figures only). */
  credit?: string;
  /** Links inside `text` (paragraphs, quotes, headings). */
  links?: Link[];
}

/** The lead image. */
export interface ArticleImage {
  url: string;
  caption?: string;
  credit?: string;
}

/** A clean article record. Absent facts are omitted, never guessed. */
export interface Article {
  /** Where the page was read. */
  url?: string;
  /** The page's own canonical link. */
  canonicalUrl?: string;
  /** The headline, without the site-name suffix. */
  title: string;
  /** People who wrote it. */
  authors: string[];
  /** The byline as printed ("By The Moscow Times"). */
  byline?: string;
  /** Publisher. */
  siteName?: string;
  /** ISO 8601: a date, or a date-time with offset when the page gives one. */
  published?: string;
  /** ISO 8601, as `published`. */
  modified?: string;
  /** BCP 47 language code. */
  lang?: string;
  /** The page's own summary. */
  description?: string;
  /** The lead image. */
  image?: ArticleImage;
  /** The body in reading order. */
  blocks: Block[];
  /** The body as plain text, blocks separated by a blank line. */
  text: string;
}

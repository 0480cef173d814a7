/**
 * The plain record of metadata clues that one walk over a page collects (collect.ts), and
 * that every later step reads instead of the tree.
 */

/** An <h1> (or another element marked itemprop=headline) and the text printed just after it. */
export interface HeadingFact {
  text: string;
  h1: boolean;
  inArticle: boolean;
  /** Marked itemprop=headline. */
  marked: boolean;
  /** Classed as a logo or site title. */
  logo: boolean;
  /**
   * Visible text right after the heading (a bounded window), where datelines and bylines sit;
   * a line break stands where a block element began.
   */
  after: string;
}

/** An element that names the author: kind says how we know. */
export interface BylineFact {
  text: string;
  kind: 'byline' | 'author' | 'itemprop' | 'rel';
  inArticle: boolean;
}

/** A <time> element. */
export interface TimeFact {
  datetime?: string;
  text: string;
  inArticle: boolean;
  /** Marked by pubdate / itemprop / class as the published or modified time. */
  marked?: 'published' | 'modified';
  /** Index in `headings` of the heading whose text window this element sits in, if any. */
  near?: number;
}

/** Short text of a date-classed element. */
export interface DateTextFact {
  text: string;
  modified: boolean;
  inArticle: boolean;
  /** Index in `headings` of the heading whose text window this element sits in, if any. */
  near?: number;
}

/** A <figure>: its image sources, caption and credit. */
export interface FigureFact {
  srcs: string[];
  caption?: string;
  credit?: string;
}

/** All clues of one page. */
export interface PageFacts {
  lang?: string;
  title?: string;
  base?: string;
  /** Meta content by lower-cased name / property / http-equiv, or "itemprop:" + itemprop. */
  metas: Map<string, string[]>;
  /** Link hrefs by lower-cased rel token. */
  links: Map<string, string[]>;
  jsonLd: string[];
  headings: HeadingFact[];
  bylines: BylineFact[];
  times: TimeFact[];
  dateTexts: DateTextFact[];
  figures: FigureFact[];
  /** Bounded text reads spent on byline and date candidates; capped to keep the walk linear. */
  clueReads: number;
}

/** What the walk knows about an element's ancestors. */
export interface Context {
  article: boolean;
  /** Inside comments, navigation, promos or hidden markup: no visible clues here. */
  skip: boolean;
  figure?: FigureFact;
  authorScope: boolean;
  heading: boolean;
}

/** The text window after a heading, while it is still open. */
export interface Window {
  fact: HeadingFact;
  /** The heading's index in `headings`. */
  index: number;
  chars: number;
}

import type { Page } from '../acquire/page.js';
import type { Analysis } from '../analyze/types.js';
import type { Article } from '../article/types.js';

/**
 * The corpus: what ingest stores and what search and the stories read. `Store` is an interface
 * so that a PostgreSQL implementation can follow the SQLite one without touching its callers.
 */

/**
 * One fetch or read of a page, as acquire hands it over (a `file:` URL for a local file, the
 * target URI for a WARC record; raw bytes, stored compressed), with where it came from.
 */
export interface FetchRecord extends Page {
  /** The source that led to this page (a feed URL, a WARC path, ...). */
  source: string;
  /** The run that made it. */
  runId: number;
}

/** What is remembered of a URL already stored: enough to skip it or to ask conditionally. */
export interface KnownUrl {
  url: string;
  fetchId: number;
  articleId?: number;
  etag?: string;
  lastModified?: string;
  status: number;
}

/** How an article landed. */
export interface SaveResult {
  articleId: number;
  /** false when the same canonical URL and the same content were already stored. */
  created: boolean;
  /** The earlier article with exactly the same text (content hash), when there is one. */
  duplicateOf?: number;
}

/** A full-text query with filters; dates are ISO 8601 (a date or a date-time). */
export interface SearchQuery {
  text: string;
  since?: string;
  until?: string;
  /** Matches siteName or the URL's host (suffix match: "reuters.com" matches "www.reuters.com"). */
  site?: string;
  lang?: string;
  author?: string;
  /** @default 20 */
  limit?: number;
  /** @default 0 */
  offset?: number;
}

/** One search hit: each article at most once. */
export interface SearchHit {
  articleId: number;
  url: string;
  title: string;
  published?: string;
  siteName?: string;
  /** Words around the match, the matches wrapped in [ and ]. */
  snippet: string;
  /** bm25 rank, lower is better. */
  rank: number;
}

/** A wire story and the articles that carry it. */
export interface Story {
  id: number;
  /** The earliest member's title. */
  title: string;
  /** Member articles, earliest first. */
  members: StoryMember[];
  /** The member published (or stored) first. */
  earliestArticleId: number;
  /** The agency or outlet the texts credit ("Reuters", "AP"), when they say so. */
  originalSource?: string;
}

export interface StoryMember {
  articleId: number;
  url: string;
  title: string;
  siteName?: string;
  published?: string;
  /** Estimated Jaccard similarity to the closest member when it joined. */
  similarity: number;
}

/** A near-duplicate candidate found through the LSH bands. */
export interface BandCandidate {
  articleId: number;
  storyId: number;
  /** The MinHash signature stored for it. */
  signature: Uint32Array;
}

/** Counts of one ingest run, as shown in the summary. */
export interface RunSummary {
  queued: number;
  fetched: number;
  stored: number;
  duplicates: number;
  failed: number;
  skipped: number;
}

/** The corpus store. Every write is one transaction; reads never see half a page. */
export interface Store {
  /** Starts a run over these sources; returns its id. */
  beginRun(sources: readonly string[]): number;
  finishRun(runId: number, summary: RunSummary): void;
  /** What is stored for a URL (asked-for or final), or undefined. */
  knownUrl(url: string): KnownUrl | undefined;
  /**
   * Stores a fetch and, when it gave an article, the article, its search entry, its LSH bands and
   * its story membership, all in one transaction.
   */
  savePage(fetch: FetchRecord, page?: ArticlePage): SaveResult | undefined;
  /** Articles sharing at least one LSH band key with these. */
  bandCandidates(bandKeys: readonly string[]): BandCandidate[];
  search(query: SearchQuery): SearchHit[];
  /** Stories with at least `minMembers` members (default 2), newest first. */
  stories(options?: { minMembers?: number; limit?: number }): Story[];
  article(id: number): Article | undefined;
  counts(): { articles: number; fetches: number; stories: number; runs: number };
  /**
   * Up to `limit` articles with ids above `afterId` that `analyzer` (a version string) has not
   * analysed as they now read, in id order: pass the last id back to page through them.
   */
  pendingAnalyses(analyzer: string, afterId: number, limit: number): PendingAnalysis[];
  countPendingAnalyses(analyzer: string): number;
  /** Replaces an article's analysis (record, actors, quotes, times) in one transaction. */
  saveAnalysis(write: AnalysisWrite): void;
  analysis(articleId: number): Analysis | undefined;
  searchQuotes(query: QuoteQuery): QuoteHit[];
  close(): void;
}

/** An article waiting for analysis. */
export interface PendingAnalysis {
  articleId: number;
  contentHash: string;
  title: string;
  published?: string;
  text: string;
}

/** One article's analysis, as saveAnalysis stores it. */
export interface AnalysisWrite {
  articleId: number;
  /** The content hash of the text analysed, as pendingAnalyses gave it. */
  contentHash: string;
  analyzer: string;
  /** The text the spans point into. */
  text: string;
  analysis: Analysis;
}

/** A quote search. */
export interface QuoteQuery {
  /** Words in what was said or in the speaker's name. */
  text?: string;
  /** Part of the speaker's name. */
  speaker?: string;
  since?: string;
  until?: string;
  /** @default 20 */
  limit?: number;
}

/** One quote found. */
export interface QuoteHit {
  quoteId: number;
  articleId: number;
  url: string;
  title: string;
  published?: string;
  /** The speaker's name, or the source words when the speaker is not resolved. */
  speaker: string;
  speakerCountry?: string;
  /** The quoted words, fragments joined by ' … '. */
  content: string;
  cue: string;
  direct: boolean;
  anonymous: boolean;
}

/** An extracted article with what the corpus derives from it before storing. */
export interface ArticlePage {
  article: Article;
  /** SHA-256 (hex) of the normalised body text. */
  contentHash: string;
  /** MinHash signature of the body's shingles. */
  signature: Uint32Array;
  /** LSH band keys of the signature. */
  bandKeys: string[];
  /** The story it joins: an existing story id, or undefined to start a new one. */
  storyId?: number;
  /** Its estimated similarity to the story's closest member (1 for a new story). */
  similarity: number;
  /** The original source the text credits ("Reuters"), if any. */
  originalSource?: string;
}

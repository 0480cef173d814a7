/**
 * The contract every benchmarked extractor meets. An extractor is timed on `run` only; turning
 * its output into plain text (`toText` in ./html-text.ts) happens after the clock stops, so the
 * time is the extractor's own (parse included).
 */

/** One benchmark page, as every extractor sees it. */
export interface BenchPage {
  /** Case id (the folder name). */
  id: string;
  /** The page's URL from the gold record. */
  url: string;
  /** The page's bytes exactly as saved (empty for extractors that read `html`). */
  bytes: Uint8Array;
  /** The page decoded as dateline decodes it (empty for extractors that read `bytes`). */
  html: string;
}

/** What an extractor returns for one page, before conversion to text. */
export interface RawResult {
  /** Body as plain text, when the extractor gives text. */
  text?: string;
  /** Body as HTML, when the extractor gives HTML (converted to text after timing). */
  html?: string;
  title?: string;
  /** Publication date as the extractor gives it (ISO 8601 preferred). */
  date?: string;
  /** The people who wrote it, as the extractor gives them (a byline, or names joined by ", "). */
  author?: string;
}

/** A benchmarked extractor. */
export interface Extractor {
  /** Whether its body text is scored (false for the parse-only floor). */
  scored: boolean;
  /** What it reads: the raw bytes (dateline) or the decoded page (the anchors). */
  input: 'bytes' | 'html';
  run(page: BenchPage): RawResult | Promise<RawResult>;
}

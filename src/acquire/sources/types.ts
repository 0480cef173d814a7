/**
 * The records a source hands to ingest: URLs still to fetch, or pages whose bytes are already in
 * hand (a WARC record, a local file, a URL source that turned out to be a page).
 */
import type { Fetcher } from '../fetcher.js';
import type { Page } from '../page.js';

/** One thing a source yields. `source` is always the spec the caller gave `readSource`. */
export type SourceItem =
  | {
      kind: 'url';
      /** An absolute http(s) URL, to be fetched as a page. */
      url: string;
      source: string;
      /** The publication date the feed or news sitemap gives, ISO 8601, when it gives a readable one. */
      published?: string;
      /** The sitemap's `<lastmod>`, ISO 8601: when the page last changed, by the site's account. */
      modified?: string;
      /** The headline the feed or news sitemap gives. */
      title?: string;
    }
  | { kind: 'page'; page: Page; source: string };

/** What a source spec names. */
export type SourceKind = 'page-url' | 'feed' | 'sitemap' | 'warc' | 'html-file' | 'directory' | 'url-list';

/** What reading a source needs from its caller. */
export interface SourceContext {
  /** Fetches URL sources, child sitemaps and nothing else; its politeness applies to all of them. */
  fetcher: Fetcher;
  /** Told about problems that skip part of a source (a bad line, a bad record, a truncated file). */
  onWarning?: (message: string) => void;
  /** Stops reading between items; the generator then throws the signal's reason. */
  signal?: AbortSignal;
}

/**
 * What `classifySource` found. A URL source has been fetched once to tell what it is; that page is
 * kept here so that it is never fetched twice. `gzip` says the bytes are gzip-compressed
 * (`.warc.gz`, `.xml.gz`, a sitemap served as application/gzip).
 */
export type ClassifiedSource =
  | { origin: 'url'; kind: 'page-url' | 'feed' | 'sitemap'; spec: string; page: Page; gzip: boolean }
  | {
      origin: 'path';
      kind: 'feed' | 'sitemap' | 'warc' | 'html-file' | 'directory' | 'url-list';
      spec: string;
      /** The absolute path. */
      path: string;
      gzip: boolean;
    };

/**
 * The record acquire hands to extract: the bytes of one page and what the server said about them.
 */

/** One fetched page. */
export interface Page {
  /** The URL asked for, normalised (WHATWG URL). */
  url: string;
  /** Where the page was read after redirects. */
  finalUrl: string;
  /** 2xx, or 304 for a conditional fetch whose page has not changed. */
  status: number;
  /** Response headers of the final hop, names in lower case, repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The Content-Type header as sent (charset included), when there was one. */
  contentType?: string;
  /** The body after Content-Encoding is undone; empty for a 304. */
  body: Uint8Array;
  /** When the final response arrived, ISO 8601. */
  fetchedAt: string;
}

/** Validators from an earlier fetch, for a conditional request; a 304 then comes back as a Page. */
export interface Conditional {
  /** The ETag seen last time, sent as If-None-Match. */
  etag?: string;
  /** The Last-Modified seen last time, sent as If-Modified-Since. */
  lastModified?: string;
}

/** Page metadata: title, authors, byline, dates, site, language, summary, links, lead image. */

export type { DateOptions } from './dates.js';
export { dateFromUrl, normalizeDate, normalizeTextDate } from './dates.js';
export type { PageMetadata, ReadMetadataOptions } from './read.js';
export { normalizeLang, readMetadata } from './read.js';

/** acquire/sources: command-line sources (URLs, feeds, sitemaps, WARC, files, URL lists) to items. */
export { classifySource } from './classify.js';
export type { SourceErrorDetails } from './errors.js';
export { SourceError } from './errors.js';
export { readSource } from './read.js';
export type { ClassifiedSource, SourceContext, SourceItem, SourceKind } from './types.js';

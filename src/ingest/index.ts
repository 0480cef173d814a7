/** ingest: runs the stages over sources into the corpus (sources -> acquire -> extract -> corpus). */
export { deriveArticlePage } from './derive.js';
export type { IngestEvent, IngestListener, ItemOutcome } from './events.js';
export { emptySummary } from './events.js';
export type { IngestDeps, IngestOptions, SourceReader } from './ingest.js';
export { ingest } from './ingest.js';

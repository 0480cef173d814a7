/** acquire: fetch pages politely and hand back bytes and headers (see DESIGN.md). */
export { isPrivateAddress } from './address.js';
export type { FetchErrorCode, FetchErrorDetails } from './errors.js';
export { FetchError } from './errors.js';
export { Fetcher } from './fetcher.js';
export type { FetcherOptions, FetchOptions, ResolvedOptions } from './options.js';
export { buildUserAgent, DEFAULTS } from './options.js';
export type { Conditional, Page } from './page.js';
export type {
  ClassifiedSource,
  SourceContext,
  SourceErrorDetails,
  SourceItem,
  SourceKind,
} from './sources/index.js';
export { classifySource, readSource, SourceError } from './sources/index.js';

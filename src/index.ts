/** dateline's public library API. */

export type { AnalyzeOptions } from './analyze/index.js';
export { ANALYZER_VERSION, analyze } from './analyze/index.js';
export type {
  Actor,
  ActorKind,
  Analysis,
  AnalysisInput,
  Mention,
  Quote,
  Sector,
  Span,
  TimeMention,
} from './analyze/types.js';
export type { Format } from './article/index.js';
export { FORMATS, render } from './article/index.js';
export type { Article, ArticleImage, Block, BlockType, Link } from './article/types.js';
export type { ExtractErrorCode, ExtractOptions } from './extract/index.js';
export { ExtractError, extract } from './extract/index.js';

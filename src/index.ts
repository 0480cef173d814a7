/** dateline's public library API. */

export type { Format } from './article/index.js';
export { FORMATS, render } from './article/index.js';
export type { Article, ArticleImage, Block, BlockType, Link } from './article/types.js';
export type { ExtractErrorCode, ExtractOptions } from './extract/index.js';
export { ExtractError, extract } from './extract/index.js';

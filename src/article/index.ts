/** The Article record and its renderers. */

export type { Format } from './render/index.js';
export { FORMATS, render } from './render/index.js';
export type { Article, ArticleImage, Block, BlockType, Link } from './types.js';

/** Renderers: one Article in, one string out, in the format asked for. */
import type { Article } from '../types.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

/** The output formats `render` knows. */
export type Format = 'text' | 'markdown' | 'json' | 'html';

/** Every format, for option parsers and help text. */
export const FORMATS: readonly Format[] = ['text', 'markdown', 'json', 'html'];

const RENDERERS: Readonly<Record<Format, (article: Article) => string>> = {
  text: renderText,
  markdown: renderMarkdown,
  json: renderJson,
  html: renderHtml,
};

/**
 * Renders an article as plain text (the seed layout), Markdown, JSON or a sanitized HTML
 * document.
 * @throws TypeError when `format` is not one of `FORMATS` (callers from plain JavaScript).
 */
export function render(article: Article, format: Format): string {
  if (!Object.hasOwn(RENDERERS, format)) {
    throw new TypeError(`Unknown render format ${JSON.stringify(format)}: use one of ${FORMATS.join(', ')}.`);
  }
  return RENDERERS[format](article);
}

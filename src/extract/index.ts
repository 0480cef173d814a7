import type { Article, ArticleImage, Block } from '../article/types.js';
import { extractBody } from './body.js';
import { decodePage, looksBinary } from './decode.js';
import { ExtractError, MAX_PAGE_BYTES } from './errors.js';
import { type PageMetadata, readMetadata } from './metadata/index.js';
import { parseHtml } from './parse.js';
import { blocksText } from './repair.js';

export type { ExtractErrorCode } from './errors.js';
export { ExtractError, MAX_PAGE_BYTES } from './errors.js';

/** Options for `extract`. */
export interface ExtractOptions {
  /** Where the page was read; resolves relative links and feeds the URL-date rule. */
  url?: string;
  /** The HTTP Content-Type header, whose charset decodes bytes. */
  contentType?: string;
}

const HTML_TYPES = /^\s*(text\/html|application\/xhtml\+xml|text\/xml|application\/xml)\b/i;
/** Some tag in the first stretch of the page: `<html`, `<p>`, `<!doctype`, a comment. */
const HAS_TAG = /<(!doctype|!--|[a-z][a-z0-9-]*[\s/>])/i;

function checkInput(input: string | Uint8Array, contentType: string | undefined): void {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_PAGE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    throw new ExtractError(
      'too-large',
      `the page is ${mb} MB, over the ${MAX_PAGE_BYTES / 1024 / 1024} MB limit`,
    );
  }
  if (contentType && contentType.trim() !== '' && !HTML_TYPES.test(contentType))
    throw new ExtractError('not-html', `the content type is ${contentType.split(';')[0]?.trim()}, not HTML`);
  if (typeof input !== 'string' && looksBinary(input))
    throw new ExtractError('binary', 'the input is binary data, not an HTML page');
}

function decode(input: string | Uint8Array, contentType: string | undefined): string {
  const { html } = decodePage(input, contentType);
  if (html.trim() === '') throw new ExtractError('empty', 'the page is empty');
  if (!HAS_TAG.test(html.slice(0, 65536))) throw new ExtractError('not-html', 'the input has no HTML markup');
  return html;
}

/** The lead image: the page's own (og:image and the like), captioned from the body's figure. */
function leadImage(meta: PageMetadata, blocks: Block[]): { image?: ArticleImage; blocks: Block[] } {
  const index = blocks.findIndex((b) => b.type === 'figure' && b.src);
  const figure = index >= 0 && index <= 3 ? blocks[index] : undefined;
  const image = meta.image ? { ...meta.image } : figure?.src ? { url: figure.src } : undefined;
  if (!image || !figure) return image ? { image, blocks } : { blocks };
  if (!sameImage(image.url, figure.src!) && meta.image) return { image, blocks };
  if (!image.caption && figure.text) image.caption = figure.text;
  if (!image.credit && figure.credit) image.credit = figure.credit;
  // The lead figure is shown as the lead image; keeping it in the body would show it twice.
  return { image, blocks: blocks.filter((_, i) => i !== index) };
}

/** Two addresses of one picture: the same file name, whatever the size suffix or CDN query. */
function sameImage(a: string, b: string): boolean {
  const stem = (u: string): string =>
    (u.split('?')[0] ?? '')
      .split('/')
      .pop()!
      .replace(/[-_]?\d{2,4}x\d{0,4}|\.\w+$/g, '');
  return a === b || (stem(a) !== '' && stem(a) === stem(b));
}

/** HTML (a string or the page's bytes) in, a clean Article out. Throws ExtractError for bad input. */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): Article {
  checkInput(input, options.contentType);
  const doc = parseHtml(decode(input, options.contentType));
  const meta = readMetadata(doc, options.url);
  const title = meta.title ?? meta.headline ?? '';
  const found = extractBody(doc, {
    baseUrl: options.url ?? meta.canonicalUrl,
    title: title || undefined,
    articleBody: meta.articleBody,
  });
  const { image, blocks } = leadImage(meta, found.blocks);
  return assemble(options, meta, title, image, blocks);
}

function assemble(
  options: ExtractOptions,
  meta: PageMetadata,
  title: string,
  image: ArticleImage | undefined,
  blocks: Block[],
): Article {
  return {
    ...(options.url ? { url: options.url } : {}),
    ...(meta.canonicalUrl ? { canonicalUrl: meta.canonicalUrl } : {}),
    title,
    authors: meta.authors,
    ...(meta.byline ? { byline: meta.byline } : {}),
    ...(meta.siteName ? { siteName: meta.siteName } : {}),
    ...(meta.published ? { published: meta.published } : {}),
    ...(meta.modified ? { modified: meta.modified } : {}),
    ...(meta.lang ? { lang: meta.lang } : {}),
    ...(meta.description ? { description: meta.description } : {}),
    ...(image ? { image } : {}),
    blocks,
    text: blocksText(blocks),
  };
}

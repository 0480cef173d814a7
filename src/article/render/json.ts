/**
 * JSON: the record itself, pretty-printed with two spaces. Keys follow the order the types
 * declare them in, whatever order the object was built in, so output diffs stay stable; keys
 * the types do not know are kept, after the known ones.
 */
import type { Article, ArticleImage, Block, Link } from '../types.js';

// Declaration order of the record types in ../types.ts; keep in step with them.
const ARTICLE_KEYS: readonly (keyof Article)[] = [
  'url',
  'canonicalUrl',
  'title',
  'authors',
  'byline',
  'siteName',
  'published',
  'modified',
  'lang',
  'description',
  'image',
  'blocks',
  'text',
];
const IMAGE_KEYS: readonly (keyof ArticleImage)[] = ['url', 'caption', 'credit'];
const BLOCK_KEYS: readonly (keyof Block)[] = [
  'type',
  'text',
  'level',
  'items',
  'ordered',
  'rows',
  'header',
  'src',
  'href',
  'credit',
  'links',
];
const LINK_KEYS: readonly (keyof Link)[] = ['start', 'end', 'href'];

/** Renders `article` as `JSON.stringify(article, null, 2)` with keys in declaration order. */
export function renderJson(article: Article): string {
  const image = article.image && ordered(article.image, IMAGE_KEYS);
  const blocks = article.blocks.map((block) => {
    const links = block.links?.map((link) => ordered(link, LINK_KEYS));
    return ordered(links ? { ...block, links } : block, BLOCK_KEYS);
  });
  return JSON.stringify(ordered({ ...article, ...(image ? { image } : {}), blocks }, ARTICLE_KEYS), null, 2);
}

/** A shallow copy of `value` with `keys` first, in that order, then its other keys as they were. */
function ordered(value: object, keys: readonly string[]): Record<string, unknown> {
  const rank = (key: string): number => {
    const at = keys.indexOf(key);
    return at === -1 ? keys.length : at;
  };
  // Array sort is stable, so unknown keys keep their relative order.
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => rank(a) - rank(b)));
}

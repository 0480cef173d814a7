/**
 * The lead image: the URL the page declares (og:image, twitter:image, JSON-LD image), with
 * the caption and credit of the <figure> that shows the same picture.
 */
import type { ArticleImage } from '../../article/types.js';
import type { FigureFact } from './facts.js';
import { CREDIT_LABEL, CREDIT_RULES, MAX_CREDIT_WORDS } from './rules.js';
import { collapse, resolveUrl } from './text.js';

/** An image a source declares, before resolution. */
export interface ImageCandidate {
  url: string;
  caption?: string;
}

// Directory names shared by many images; a match on them says nothing.
const GENERIC_DIRS = new Set([
  'images',
  'image',
  'uploads',
  'media',
  'photos',
  'photo',
  'img',
  'assets',
  'files',
  'resize',
]);

/** Chooses the lead image and fills caption and credit from the matching figure. */
export function chooseImage(
  candidates: readonly ImageCandidate[],
  figures: readonly FigureFact[],
  base: string | undefined,
): ArticleImage | undefined {
  for (const candidate of candidates) {
    const url = resolveUrl(candidate.url, base);
    if (!url) continue;
    const figure = figures.find((f) => f.srcs.some((src) => sameImage(resolveUrl(src, base ?? url), url)));
    return describe(url, figure, candidate.caption);
  }
  return undefined;
}

function describe(
  url: string,
  figure: FigureFact | undefined,
  declaredCaption: string | undefined,
): ArticleImage {
  const image: ArticleImage = { url };
  const caption = figure?.caption || declaredCaption;
  const { caption: text, credit } = caption
    ? captionAndCredit(caption, figure?.credit)
    : { credit: figure?.credit };
  if (text) image.caption = text;
  const cleanCredit = credit && tidyCredit(credit);
  if (cleanCredit) image.credit = cleanCredit;
  return image;
}

/**
 * Separates caption and credit. A figcaption often prints the credit element inside it,
 * sometimes inside a printed frame ("(AP Photo/<span class=credit>Jane Doe</span>)"): the
 * printed pattern wins when it holds the element's text.
 */
function captionAndCredit(
  caption: string,
  elementCredit: string | undefined,
): { caption?: string; credit?: string } {
  const split = splitCredit(caption);
  if (!elementCredit || split.credit?.includes(elementCredit)) return split;
  const at = caption.lastIndexOf(elementCredit);
  const rest = at >= 0 ? caption.slice(0, at) + caption.slice(at + elementCredit.length) : caption;
  // What is left may still print the credit in full: "(Photo: Getty Images)" beside "Getty".
  const again = splitCredit(tidy(rest.replace(/\s*[([][^)\]]*$/, '')));
  const credit = again.credit?.includes(elementCredit) ? again.credit : elementCredit;
  return again.caption ? { caption: again.caption, credit } : { credit };
}

/** Splits a trailing credit ("Photo: Jane Doe", "(AP Photo/X)", "© X") off a caption. */
export function splitCredit(caption: string): { caption?: string; credit?: string } {
  const text = collapse(caption);
  for (const rule of CREDIT_RULES) {
    const m = rule.pattern.exec(text);
    if (!m?.[1]) continue;
    const rest = tidy(text.slice(0, m.index));
    return rest ? { caption: rest, credit: m[1].trim() } : { credit: m[1].trim() };
  }
  return text ? { caption: text } : {};
}

/** A credit without its label or brackets: "(Photograph: Jane Doe)" -> "Jane Doe". */
function tidyCredit(credit: string): string | undefined {
  const text = collapse(credit)
    .replace(/^[([]\s*|\s*[)\]]$/g, '')
    .replace(CREDIT_LABEL, '')
    .trim();
  return text && text.split(' ').length <= MAX_CREDIT_WORDS ? text : undefined;
}

function tidy(text: string): string {
  return collapse(text).replace(/[\s|·•–—-]+$/u, '');
}

/**
 * Whether two URLs show the same picture: the same file path (query ignored), the same file
 * name (ignoring size suffixes such as "-1024x683"), or the same specific folder (NYT
 * renditions ".../19bouieWeb/19bouieWeb-articleLarge.jpg" and "...-facebookJumbo.jpg").
 */
export function sameImage(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const left = imageKey(a);
  const right = imageKey(b);
  if (!left || !right) return false;
  if (left.path === right.path) return true;
  if (left.stem && left.stem === right.stem) return true;
  return left.dir !== '' && left.dir === right.dir;
}

interface ImageKey {
  path: string;
  stem: string;
  dir: string;
}

function imageKey(url: string, depth = 0): ImageKey | undefined {
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  // Image CDNs carry the original in a parameter (?url=https%3A%2F%2F…) or in the path
  // (/thumbor/600x315/https%3A%2F%2F…/photo.jpg): compare the original.
  const inner = parsed.searchParams.get('url') ?? path.slice(Math.max(0, path.indexOf('http')));
  if (depth === 0 && /^https?:\/\//.test(inner)) return imageKey(inner, 1);
  const segments = path.split('/').filter(Boolean);
  const file = (segments.pop() ?? '').toLowerCase();
  const stem = file
    .replace(/\.[a-z0-9]{2,5}$/, '')
    .replace(/[-_]\d{2,5}x\d{2,5}$/, '')
    .replace(/[-_](?:scaled|large|medium|small|thumb)$/, '');
  const folder = (segments.at(-1) ?? '').toLowerCase();
  const specific = folder.length >= 6 && /\p{L}/u.test(folder) && !GENERIC_DIRS.has(folder);
  return {
    path: `${parsed.host}${path}`,
    // A name without letters ("960x0", "1") is a size or an index, shared by many pictures.
    stem: /\p{L}.*\p{L}.*\p{L}/u.test(stem) ? stem : '',
    dir: specific ? `${parsed.host}/${segments.join('/')}` : '',
  };
}

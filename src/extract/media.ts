import type { AnyNode, Element } from 'domhandler';
import type { Block } from '../article/types.js';
import { classAndId, isElement, textOf, walk } from './dom.js';

/** Figures and images: the picture's address, its caption and its credit. */

const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'src'];
const CREDIT_CLASS = /credit|copyright|photographer|byline|source/i;

/** The best address of an image: lazy-load attributes first, then the largest srcset entry. */
export function imageSource(img: Element, base: string | undefined): string | undefined {
  for (const attr of LAZY_SRC) {
    const value = img.attribs[attr]?.trim();
    if (value && !value.startsWith('data:')) return absolute(value, base);
  }
  const srcset = img.attribs['srcset'] ?? img.attribs['data-srcset'];
  if (srcset) {
    const first = srcset.split(',').pop()?.trim().split(/\s+/)[0];
    if (first && !first.startsWith('data:')) return absolute(first, base);
  }
  return undefined;
}

function absolute(src: string, base: string | undefined): string | undefined {
  try {
    const url = base ? new URL(src, base) : new URL(src);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return base ? undefined : src;
  }
}

function findFirst(root: Element, test: (el: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  walk(root, (node: AnyNode) => {
    if (found) return false;
    if (isElement(node) && test(node)) {
      found = node;
      return false;
    }
    return true;
  });
  return found;
}

/** Small images are icons, spacers and tracking pixels. */
function isTiny(img: Element): boolean {
  const w = Number.parseInt(img.attribs['width'] ?? '', 10);
  const h = Number.parseInt(img.attribs['height'] ?? '', 10);
  return (w > 0 && w < 100) || (h > 0 && h < 100);
}

/** A `<figure>` as a figure block: image, caption without the credit, credit. */
export function figureBlock(figure: Element, base: string | undefined): Block | undefined {
  const img = findFirst(figure, (el) => el.name === 'img' || el.name === 'source');
  const src = img ? (imageSource(img, base) ?? srcsetOf(img, base)) : undefined;
  const captionEl = findFirst(figure, (el) => el.name === 'figcaption');
  const creditEl = captionEl ? findFirst(captionEl, (el) => CREDIT_CLASS.test(classAndId(el))) : undefined;
  const credit = creditEl ? textOf(creditEl) : '';
  let caption = captionEl ? textOf(captionEl) : '';
  if (credit && caption.endsWith(credit)) caption = caption.slice(0, -credit.length).trim();
  if (!src && !caption) return undefined;
  const block: Block = { type: 'figure', text: caption };
  if (src) block.src = src;
  if (credit) block.credit = credit;
  return block;
}

function srcsetOf(el: Element, base: string | undefined): string | undefined {
  const srcset = el.attribs['srcset'];
  const first = srcset?.split(',')[0]?.trim().split(/\s+/)[0];
  return first ? absolute(first, base) : undefined;
}

/** A lone image in the body as a figure without caption, unless it is an icon. */
export function imageBlock(img: Element, base: string | undefined): Block | undefined {
  const el = img.name === 'picture' ? findFirst(img, (e) => e.name === 'img') : img;
  if (!el || isTiny(el)) return undefined;
  const src = imageSource(el, base);
  return src ? { type: 'figure', text: '', src } : undefined;
}

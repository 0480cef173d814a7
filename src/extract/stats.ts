import type { AnyNode, Element, ParentNode } from 'domhandler';
import { classAndId, hasJunkRole, isElement, isHidden, isText } from './dom.js';
import { COMMAS, DROP_TAGS, FURNITURE_CLASS, INLINE_TAGS, SAFE_CLASS, UNLIKELY_CLASS } from './rules.js';

/** Text measures of one element, summed over its kept subtree. */
export interface NodeStats {
  /** Characters of text (whitespace runs counted once). */
  text: number;
  /** Characters of text inside links. */
  links: number;
  /** Commas, a prose signal. */
  commas: number;
  /** Characters of text in the element's own inline flow (text nodes and inline children). */
  inline: number;
  /** Kept child elements that are blocks, not inline. */
  blockKids: number;
}

/** How strict the first pass is about page furniture; a retry loosens it. */
export interface PruneOptions {
  /** Also skip containers whose class or id says furniture less surely (UNLIKELY_CLASS). */
  unlikely: boolean;
}

/** The measured tree: kept elements in document order, their stats, and what was skipped. */
export interface MeasuredTree {
  /** Kept elements, in document order (parents before children). */
  order: Element[];
  stats: Map<Element, NodeStats>;
  /** Elements skipped with their whole subtree. */
  skipped: Set<Element>;
  /** How many were skipped only for an UNLIKELY_CLASS word: when none, a looser pass is moot. */
  unlikelySkips: number;
  /** Noscript elements seen, in order: a fallback when the page hides its body there. */
  noscripts: Element[];
}

const NEVER_UNLIKELY = new Set(['html', 'body', 'a', 'main', 'article', 'p', 'td', 'tr', 'tbody', 'table']);

/** Whether an element and its subtree are not article content. */
export function skipReason(el: Element, options: PruneOptions): 'furniture' | 'unlikely' | undefined {
  if (DROP_TAGS.has(el.name) || isHidden(el) || hasJunkRole(el)) return 'furniture';
  if (el.name === 'noscript' || el.name === 'aside' || el.name === 'footer') return 'furniture';
  if (NEVER_UNLIKELY.has(el.name)) return undefined;
  const marks = classAndId(el);
  if (marks === '' || SAFE_CLASS.test(marks)) return undefined;
  if (FURNITURE_CLASS.test(marks)) return 'furniture';
  return options.unlikely && UNLIKELY_CLASS.test(marks) ? 'unlikely' : undefined;
}

/** Counts characters the way a reader sees them: whitespace runs as one. */
function visibleLength(text: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isSpace = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12;
    if (isSpace) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return space && n > 0 ? n - 1 : n;
}

function countCommas(text: string): number {
  COMMAS.lastIndex = 0;
  let n = 0;
  while (COMMAS.exec(text)) n++;
  return n;
}

/** One walk down (to skip furniture and count own text) and one back up (to sum). */
export function measure(doc: ParentNode, options: PruneOptions): MeasuredTree {
  const order: Element[] = [];
  const stats = new Map<Element, NodeStats>();
  const skipped = new Set<Element>();
  const noscripts: Element[] = [];
  let unlikelySkips = 0;
  const stack: AnyNode[] = [...doc.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) {
      const parent = node.parent as Element | null;
      const s = parent ? stats.get(parent) : undefined;
      if (s) {
        const len = visibleLength(node.data);
        s.text += len;
        s.inline += len;
        if (len > 0) s.commas += countCommas(node.data);
      }
      continue;
    }
    if (!isElement(node)) continue;
    const reason = skipReason(node, options);
    if (reason) {
      skipped.add(node);
      if (reason === 'unlikely') unlikelySkips++;
      if (node.name === 'noscript') noscripts.push(node);
      continue;
    }
    order.push(node);
    stats.set(node, { text: 0, links: 0, commas: 0, inline: 0, blockKids: 0 });
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  sumUp(order, stats);
  return { order, stats, skipped, unlikelySkips, noscripts };
}

function sumUp(order: Element[], stats: Map<Element, NodeStats>): void {
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const s = stats.get(el)!;
    if (el.name === 'a') s.links = s.text;
    const parent = el.parent as Element | null;
    const p = parent ? stats.get(parent) : undefined;
    if (!p) continue;
    p.text += s.text;
    p.links += s.links;
    p.commas += s.commas;
    if (INLINE_TAGS.has(el.name)) p.inline += s.text;
    else p.blockKids++;
  }
}

/** Share of an element's text that sits inside links. */
export function linkDensity(s: NodeStats): number {
  return s.text > 0 ? s.links / s.text : 0;
}

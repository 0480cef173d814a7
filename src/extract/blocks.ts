import type { AnyNode, Element } from 'domhandler';
import type { Block } from '../article/types.js';
import { classAndId, isElement, isText, textOf } from './dom.js';
import { addLink, appendBreak, appendText, drain, type InlineBuffer, newBuffer } from './inline.js';
import { figureBlock, imageBlock } from './media.js';
import { INLINE_TAGS, INNER_JUNK_CLASS, SCORING } from './rules.js';
import { linkDensity, type MeasuredTree } from './stats.js';
import { isLayoutTable, listBlock, tableBlock } from './structures.js';

/**
 * Turns the chosen article elements into blocks, in reading order, leaving out furniture that
 * sits inside the article (share bars, inline ads, "read more" inserts).
 */

export interface EmitContext {
  tree: MeasuredTree;
  baseUrl?: string | undefined;
  /** Total text of the chosen elements: junk is only what is small next to it. */
  rootText: number;
}

/** Blocks that follow furniture cut out of the prose: the repair step may re-join them. */
export const AFTER_CUT: WeakSet<Block> = new WeakSet();

interface Emitter {
  ctx: EmitContext;
  blocks: Block[];
  buf: InlineBuffer;
  /** What a flush of the inline buffer produces. */
  kind: 'paragraph' | 'heading' | 'quote';
  level: number;
  /** Furniture was cut since the last flush. */
  cut: boolean;
  /** Flushes so far: a link spanning one is dropped. */
  flushes: number;
}

const MAX_DEPTH = 200;

export function emitBlocks(roots: Element[], ctx: EmitContext): Block[] {
  const em: Emitter = {
    ctx,
    blocks: [],
    buf: newBuffer(),
    kind: 'paragraph',
    level: 0,
    cut: false,
    flushes: 0,
  };
  for (const root of roots) emitElement(em, root, 0);
  flush(em);
  return em.blocks;
}

function flush(em: Emitter): void {
  const pieces = drain(em.buf);
  em.flushes++;
  for (const piece of pieces) {
    const block: Block =
      em.kind === 'heading'
        ? { type: 'heading', text: piece.text, level: em.level }
        : { type: em.kind, text: piece.text };
    if (piece.links.length > 0) block.links = piece.links;
    if (em.cut) AFTER_CUT.add(block);
    em.cut = false;
    em.blocks.push(block);
  }
}

/** Emits a block element's content as one kind of block. */
function asBlock(em: Emitter, el: Element, depth: number, kind: Emitter['kind'], level = 0): void {
  flush(em);
  const saved = [em.kind, em.level] as const;
  em.kind = kind;
  em.level = level;
  emitChildren(em, el, depth);
  flush(em);
  [em.kind, em.level] = saved;
}

function emitChildren(em: Emitter, el: Element, depth: number): void {
  for (const child of el.children) emitNode(em, child, depth + 1);
}

function emitNode(em: Emitter, node: AnyNode, depth: number): void {
  if (isText(node)) appendText(em.buf, node.data);
  else if (isElement(node)) emitElement(em, node, depth);
}

function isJunk(em: Emitter, el: Element): boolean {
  const s = em.ctx.tree.stats.get(el);
  if (!s) return true;
  const marks = classAndId(el);
  if (marks !== '' && INNER_JUNK_CLASS.test(marks) && s.text < em.ctx.rootText * 0.5) return true;
  if (INLINE_TAGS.has(el.name) || s.text === 0) return false;
  // Navigation boxes: mostly links and no prose punctuation.
  return linkDensity(s) > SCORING.maxLinkDensity && s.commas < 10 && s.text < em.ctx.rootText * 0.5;
}

type Handler = (em: Emitter, el: Element, depth: number) => void;

const heading: Handler = (em, el, depth) => asBlock(em, el, depth, 'heading', Number(el.name[1]));
const list: Handler = (em, el) => pushBlock(em, listBlock(el, em.ctx));

/** How each element that is not a plain container becomes text or blocks. */
const HANDLERS: Readonly<Record<string, Handler>> = {
  br: (em) => appendBreak(em.buf),
  a: (em, el, depth) => emitLink(em, el, depth),
  img: (em, el) => emitImage(em, el),
  picture: (em, el) => emitImage(em, el),
  h1: heading,
  h2: heading,
  h3: heading,
  h4: heading,
  h5: heading,
  h6: heading,
  blockquote: (em, el, depth) => asBlock(em, el, depth, 'quote'),
  ul: list,
  ol: list,
  dl: list,
  pre: (em, el) => pushBlock(em, { type: 'code', text: preText(el) }),
  figure: (em, el) => pushBlock(em, figureBlock(el, em.ctx.baseUrl)),
  table: (em, el, depth) =>
    isLayoutTable(el, em.ctx.tree) ? container(em, el, depth) : pushBlock(em, tableBlock(el)),
  hr: (em) => flush(em),
};

/** Any other block element holds paragraphs: divs, sections, layout tables. */
function container(em: Emitter, el: Element, depth: number): void {
  asBlock(em, el, depth, em.kind === 'heading' ? 'paragraph' : em.kind);
}

function emitElement(em: Emitter, el: Element, depth: number): void {
  if (isJunk(em, el)) {
    em.cut = true;
  } else if (depth > MAX_DEPTH) {
    appendText(em.buf, ` ${textOf(el)} `);
  } else {
    const handler = HANDLERS[el.name];
    if (handler) handler(em, el, depth);
    else if (INLINE_TAGS.has(el.name)) emitChildren(em, el, depth);
    else container(em, el, depth);
  }
}

function pushBlock(em: Emitter, block: Block | undefined): void {
  flush(em);
  if (block && (block.text !== '' || block.src)) em.blocks.push(block);
}

function emitLink(em: Emitter, el: Element, depth: number): void {
  const start = em.buf.text.length;
  const flushes = em.flushes;
  emitChildren(em, el, depth);
  const href = resolveHref(el.attribs['href'], em.ctx.baseUrl);
  if (href && flushes === em.flushes) addLink(em.buf, start, href);
}

function emitImage(em: Emitter, el: Element): void {
  // An image inside a sentence stays out of the text; one standing alone becomes a figure.
  if (em.buf.text.trim() !== '') return;
  const block = imageBlock(el, em.ctx.baseUrl);
  if (block) pushBlock(em, block);
}

function preText(el: Element): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) parts.push(node.data);
    else if (isElement(node)) {
      if (node.name === 'br') parts.push('\n');
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return parts.join('').replace(/^\n+|\s+$/g, '');
}

const SAFE_SCHEME = /^(https?|mailto|ftp):/i;

/** An absolute link target, or undefined for script links and fragments. */
export function resolveHref(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    return SAFE_SCHEME.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

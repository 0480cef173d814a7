import type { AnyNode, Element, ParentNode } from 'domhandler';
import { JUNK_ROLES } from './rules.js';

/**
 * Small helpers over the domhandler tree. Every walk here is iterative: hostile pages nest
 * tens of thousands of elements, and a recursive walk would overflow the stack.
 */

/** Node type tags of domhandler (ElementType), compared by string to keep the hot path cheap. */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isText(node: AnyNode): node is AnyNode & { data: string } {
  return node.type === 'text';
}

/** The class and id of an element as one string, for the class-word rules. */
export function classAndId(el: Element): string {
  const cls = el.attribs['class'];
  const id = el.attribs['id'];
  if (cls && id) return `${cls} ${id}`;
  return cls ?? id ?? '';
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Hidden by the page itself: the hidden attribute, an inline style or aria-hidden. */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a) return true;
  const style = a['style'];
  if (style && HIDDEN_STYLE.test(style)) return true;
  // aria-hidden marks decorative duplicates; image fallbacks wear it too, so keep those.
  if (a['aria-hidden'] === 'true' && !/fallback-image/.test(a['class'] ?? '')) return true;
  return false;
}

/** A role that only page furniture has. */
export function hasJunkRole(el: Element): boolean {
  const role = el.attribs['role'];
  return role !== undefined && JUNK_ROLES.has(role);
}

/** Whether an ancestor (or the element itself) has one of the given tag names. */
export function hasAncestor(node: AnyNode, tags: ReadonlySet<string>, maxDepth = 12): boolean {
  let current: ParentNode | null = node.parent;
  for (let depth = 0; current && depth < maxDepth; depth++) {
    if (isElement(current as AnyNode) && tags.has((current as Element).name)) return true;
    current = current.parent;
  }
  return false;
}

/** Visits every node under `root` in document order, skipping subtrees where `enter` says no. */
export function walk(root: ParentNode, enter: (node: AnyNode) => boolean): void {
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!enter(node)) continue;
    if ('children' in node) {
      const kids = node.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
}

/** The plain text under a node, whitespace collapsed. */
export function textOf(root: AnyNode): string {
  if (isText(root)) return collapse(root.data);
  const parts: string[] = [];
  walk(root as ParentNode, (node) => {
    if (isText(node)) parts.push(node.data);
    else if (isElement(node) && (node.name === 'script' || node.name === 'style')) return false;
    return true;
  });
  return collapse(parts.join(''));
}

const WHITESPACE = /[\s\u00a0\u200b]+/g;

/** Collapses runs of whitespace (including no-break and zero-width spaces) to one space. */
export function collapse(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

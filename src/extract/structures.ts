import type { AnyNode, Element } from 'domhandler';
import type { Block } from '../article/types.js';
import { collapse, isElement, isText } from './dom.js';
import { SCORING } from './rules.js';
import { linkDensity, type MeasuredTree } from './stats.js';

/** Lists and tables: structures whose cells are read as short plain texts. */

const BLOCKY = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'li',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'dd',
  'dt',
]);

/** Text of a cell or item: block boundaries inside become spaces, skipped furniture stays out. */
export function cellText(el: Element, tree: MeasuredTree): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) parts.push(node.data);
    else if (isElement(node) && tree.stats.has(node)) {
      if (BLOCKY.has(node.name)) parts.push(' ');
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return collapse(parts.join(''));
}

function childElements(el: Element, names: ReadonlySet<string>): Element[] {
  return el.children.filter((c): c is Element => isElement(c) && names.has(c.name));
}

const LIST_ITEMS = new Set(['li', 'dt', 'dd']);

/** A list: its items' texts; a list of links only (related stories) is furniture. */
export function listBlock(el: Element, ctx: { tree: MeasuredTree; rootText: number }): Block | undefined {
  const s = ctx.tree.stats.get(el);
  if (!s) return undefined;
  if (linkDensity(s) > SCORING.maxLinkDensity && s.text < ctx.rootText * 0.5) return undefined;
  const kept = childElements(el, LIST_ITEMS).filter((li) => ctx.tree.stats.has(li));
  if (isTeaserList(kept, ctx.tree, linkDensity(s))) return undefined;
  const items = kept.map((li) => cellText(li, ctx.tree)).filter((t) => t !== '');
  if (items.length === 0) return undefined;
  const block: Block = { type: 'list', text: items.join('\n'), items };
  if (el.name === 'ol') block.ordered = true;
  return block;
}

/**
 * "More stories" lists: nearly every item is a short line with a link in it. Each alone reads
 * like prose, so link density misses them.
 */
function isTeaserList(items: Element[], tree: MeasuredTree, density: number): boolean {
  if (items.length < 3 || density < SCORING.teaserLinkDensity) return false;
  let linked = 0;
  let chars = 0;
  for (const li of items) {
    const s = tree.stats.get(li)!;
    if (s.links > 0) linked++;
    chars += s.text;
  }
  return linked >= items.length * 0.8 && chars / items.length < SCORING.teaserItemChars;
}

const ROW_PARTS = new Set(['thead', 'tbody', 'tfoot']);
const CELLS = new Set(['td', 'th']);

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isElement(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (ROW_PARTS.has(child.name)) rows.push(...childElements(child, new Set(['tr'])));
  }
  return rows;
}

/**
 * A table used for layout (a cell holding paragraphs, a nested table, or one big cell) is read as a
 * container, not as data.
 */
export function isLayoutTable(table: Element, tree: MeasuredTree): boolean {
  const rows = rowsOf(table);
  if (rows.length === 0) return true;
  let cells = 0;
  for (const row of rows) {
    for (const cell of childElements(row, CELLS)) {
      cells++;
      const s = tree.stats.get(cell);
      if (s && s.text > 400) return true;
      if (
        cell.children.some((c) => isElement(c) && (c.name === 'table' || c.name === 'p' || c.name === 'div'))
      )
        return true;
    }
  }
  return cells <= 1;
}

/** A data table: its rows of cell texts, the first a header when it is made of `th`. */
export function tableBlock(table: Element): Block | undefined {
  const rows: string[][] = [];
  let header = false;
  rowsOf(table).forEach((row, i) => {
    const cells = childElements(row, CELLS);
    const texts = cells.map((c) => collapse(textOfCell(c)));
    if (texts.some((t) => t !== '')) rows.push(texts);
    if (i === 0 && cells.length > 0 && cells.every((c) => c.name === 'th')) header = true;
  });
  if (rows.length === 0) return undefined;
  const block: Block = { type: 'table', text: rows.map((r) => r.join(' | ')).join('\n'), rows };
  if (header) block.header = true;
  return block;
}

function textOfCell(cell: Element): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [cell];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) parts.push(node.data);
    else if (isElement(node) && node.name !== 'script' && node.name !== 'style') {
      if (BLOCKY.has(node.name)) parts.push(' ');
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return parts.join('');
}

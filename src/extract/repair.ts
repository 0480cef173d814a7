import type { Block } from '../article/types.js';
import { AFTER_CUT } from './blocks.js';
import { BOILERPLATE_LINE, SENTENCE_END } from './rules.js';

/**
 * Mends the block list: re-joins a paragraph that furniture cut in two, drops furniture lines
 * and repeats, and the headline when the body repeats it.
 */

const STARTS_LOWER = /^[\p{Ll}]/u;
const CASED = /[\p{Lu}\p{Ll}]/u;

/** Whether `next` continues the sentence that `prev` left unfinished. */
function continues(prev: Block, next: Block): boolean {
  if (prev.type !== 'paragraph' || next.type !== 'paragraph') return false;
  if (SENTENCE_END.test(prev.text)) return false;
  if (STARTS_LOWER.test(next.text)) return true;
  // Scripts without case (Chinese, Japanese, Arabic...) give no capital to go by: trust the cut.
  return AFTER_CUT.has(next) && !CASED.test(next.text.charAt(0));
}

function join(prev: Block, next: Block): Block {
  const offset = prev.text.length + 1;
  const merged: Block = { ...prev, text: `${prev.text} ${next.text}` };
  const links = [
    ...(prev.links ?? []),
    ...(next.links ?? []).map((l) => ({ ...l, start: l.start + offset, end: l.end + offset })),
  ];
  if (links.length > 0) merged.links = links;
  return merged;
}

function isBoilerplate(block: Block): boolean {
  if (block.type === 'figure' || block.type === 'table' || block.type === 'code') return false;
  return block.text.length <= BOILERPLATE_LINE.maxChars && BOILERPLATE_LINE.pattern.test(block.text);
}

const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Short labels above the headline (kicker, section, breadcrumb) are furniture, not prose. */
const KICKER_MAX_CHARS = 60;

function dropKickers(blocks: Block[], headline: string | undefined): Block[] {
  if (!headline) return blocks;
  const at = blocks.findIndex((b) => b.type === 'heading' && fold(b.text) === headline);
  if (at <= 0) return blocks;
  const above = blocks.slice(0, at).filter((b) => b.type === 'figure' || b.text.length > KICKER_MAX_CHARS);
  return [...above, ...blocks.slice(at)];
}

export function repairBlocks(blocks: Block[], title: string | undefined): Block[] {
  const out: Block[] = [];
  const headline = title ? fold(title) : undefined;
  for (const block of dropKickers(blocks, headline)) {
    if (isBoilerplate(block)) continue;
    if (block.type === 'heading' && headline && fold(block.text) === headline) continue;
    const prev = out[out.length - 1];
    if (prev && prev.type === block.type && prev.text === block.text && block.type !== 'figure') continue;
    if (prev && continues(prev, block)) out[out.length - 1] = join(prev, block);
    else out.push(block);
  }
  return out;
}

/** The body as plain text: every block but figures (their captions are not prose). */
export function blocksText(blocks: Block[]): string {
  return blocks
    .filter((b) => b.type !== 'figure')
    .map((b) => b.text)
    .join('\n\n');
}

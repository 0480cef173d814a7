import { type AnyNode, hasChildren, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { BenchPage, Extractor, RawResult } from './types.js';

/** Total text length under `nodes`, walked iteratively (deep pages must not overflow the stack). */
function textLength(nodes: readonly AnyNode[]): number {
  let length = 0;
  const stack: AnyNode[] = [...nodes];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isText(node)) length += node.data.length;
    else if (hasChildren(node)) for (const child of node.children) stack.push(child);
  }
  return length;
}

/**
 * The floor: parse with htmlparser2 and walk the whole tree once, extracting nothing. No
 * extractor that parses the page can be faster, so dateline's time is reported as a multiple of it.
 */
export const htmlparser2Floor: Extractor = {
  scored: false,
  input: 'html',
  run(page: BenchPage): RawResult {
    const document = parseDocument(page.html, { decodeEntities: true });
    // The count is returned so that the walk cannot be optimised away.
    return { text: String(textLength(document.children)) };
  },
};

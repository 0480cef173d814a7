import type { Document, ParentNode } from 'domhandler';
import type { Block } from '../article/types.js';
import { emitBlocks } from './blocks.js';
import { selectContent } from './candidates.js';
import { blocksText, repairBlocks } from './repair.js';
import { type MeasuredTree, measure, type PruneOptions } from './stats.js';

/** The article body, and which route found it (for debugging and the benchmark). */
export interface Body {
  blocks: Block[];
  text: string;
  source: 'dom' | 'dom-loose' | 'json-ld' | 'noscript';
}

export interface BodyOptions {
  baseUrl?: string | undefined;
  title?: string | undefined;
  /** JSON-LD articleBody, the fallback for pages that render their body by script. */
  articleBody?: string | undefined;
}

/** Below this many characters a first pass is suspect and the looser pass is tried (Readability's 500). */
const SHORT_BODY = 500;

interface Pass {
  blocks: Block[];
  tree: MeasuredTree;
}

function fromTree(root: ParentNode, prune: PruneOptions, options: BodyOptions): Pass {
  const tree = measure(root, prune);
  const roots = selectContent(tree);
  const rootText = roots.reduce((n, el) => n + (tree.stats.get(el)?.text ?? 0), 0);
  const blocks = emitBlocks(roots, { tree, baseUrl: options.baseUrl, rootText });
  return { blocks: repairBlocks(blocks, options.title), tree };
}

function body(blocks: Block[], source: Body['source']): Body {
  return { blocks, text: blocksText(blocks), source };
}

function fromArticleBody(articleBody: string): Body {
  const blocks: Block[] = articleBody
    .split(/\n\s*\n|\n/)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '')
    .map((text) => ({ type: 'paragraph', text }));
  return body(blocks, 'json-ld');
}

/** Finds the body: the strict pass, a looser one for short results, then JSON-LD and noscript. */
export function extractBody(doc: Document, options: BodyOptions): Body {
  const strict = fromTree(doc, { unlikely: true }, options);
  let best = body(strict.blocks, 'dom');
  if (best.text.length < SHORT_BODY && strict.tree.unlikelySkips > 0) {
    const loose = body(fromTree(doc, { unlikely: false }, options).blocks, 'dom-loose');
    if (loose.text.length > best.text.length * 1.5) best = loose;
  }
  const ld = options.articleBody?.trim();
  if (ld && ld.length > 200 && ld.length > best.text.length * 1.5) best = fromArticleBody(ld);
  if (best.text.length < SHORT_BODY) {
    for (const noscript of strict.tree.noscripts) {
      const inner = body(fromTree(noscript, { unlikely: true }, options).blocks, 'noscript');
      if (inner.text.length > best.text.length * 1.5) best = inner;
    }
  }
  return best;
}

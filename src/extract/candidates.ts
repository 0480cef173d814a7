import type { Element, ParentNode } from 'domhandler';
import { classAndId, isElement, textOf } from './dom.js';
import { NEGATIVE_CLASS, PARAGRAPH_TAGS, POSITIVE_CLASS, SCORING, TAG_WEIGHT } from './rules.js';
import { linkDensity, type MeasuredTree, type NodeStats } from './stats.js';

/**
 * Chooses the elements that hold the article: Readability's vote of paragraphs for their
 * ancestors, on the measured tree, then the top candidate's siblings that read like the story.
 */

const CLASS_WEIGHT = 25;
const SENTENCE_IN = /[.!?。！？]( |$)/u;

function classWeight(el: Element): number {
  const marks = classAndId(el);
  if (marks === '') return 0;
  let w = 0;
  if (POSITIVE_CLASS.test(marks)) w += CLASS_WEIGHT;
  if (NEGATIVE_CLASS.test(marks)) w -= CLASS_WEIGHT;
  if (el.attribs['itemprop'] === 'articleBody') w += 2 * CLASS_WEIGHT;
  return w;
}

/** A paragraph's vote: one, plus its commas, plus a point per hundred characters (at most 3). */
function vote(s: NodeStats, chars: number): number {
  return 1 + s.commas + Math.min(3, Math.floor(chars / 100));
}

/** Characters an element contributes as a paragraph, or 0 when it is no paragraph. */
function paragraphChars(el: Element, s: NodeStats): number {
  if (PARAGRAPH_TAGS.has(el.name)) return el.name === 'li' || el.name === 'dd' ? 0 : s.text;
  // A div-like element holding prose directly is a paragraph the page did not tag as one.
  return s.inline;
}

/** Scores every element that received a paragraph's vote. */
export function scoreCandidates(tree: MeasuredTree): Map<Element, number> {
  const scores = new Map<Element, number>();
  for (const el of tree.order) {
    const s = tree.stats.get(el)!;
    const chars = paragraphChars(el, s);
    if (chars < SCORING.minParagraphChars) continue;
    const v = vote(s, chars);
    // Text mixed with blocks is wrapped into paragraphs of this element (as Readability does), so
    // the element itself takes the first vote; a pure-text div is a paragraph voting for its parent.
    const mixed = !PARAGRAPH_TAGS.has(el.name) && s.blockKids > 0;
    let ancestor: ParentNode | null = mixed ? el : el.parent;
    for (let level = 0; ancestor && level < SCORING.ancestorLevels; level++) {
      if (!isElement(ancestor) || !tree.stats.has(ancestor)) break;
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      const base = scores.get(ancestor) ?? (TAG_WEIGHT[ancestor.name] ?? 0) + classWeight(ancestor);
      scores.set(ancestor, base + v / divider);
      ancestor = ancestor.parent;
    }
  }
  for (const [el, score] of scores) scores.set(el, score * (1 - linkDensity(tree.stats.get(el)!)));
  return scores;
}

function best(scores: Map<Element, number>, n: number): [Element, number][] {
  return [...scores].sort((a, b) => b[1] - a[1]).slice(0, n);
}

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let p = el.parent; p && isElement(p); p = p.parent) out.push(p);
  return out;
}

function depthBetween(descendant: Element, ancestor: Element): number {
  let n = 0;
  for (let p: ParentNode | null = descendant; p && p !== ancestor; p = p.parent) n++;
  return n;
}

function lowestCommon(a: Element, b: Element): Element | undefined {
  const chain = new Set<ParentNode>([a, ...ancestors(a)]);
  for (let p: ParentNode | null = b; p; p = p.parent) if (chain.has(p)) return isElement(p) ? p : undefined;
  return undefined;
}

/**
 * Readability's step, widened: when near-top candidates share an ancestor, the story is there.
 * Three such candidates suffice (Readability's rule); so does one more chunk of the same kind (same
 * class) close by, as when a story is split into chunks around ad slots.
 */
function commonAncestor(top: Element, topScore: number, others: [Element, number][]): Element {
  const close = others.filter(([, s]) => s >= topScore * SCORING.alternativeShare).map(([e]) => e);
  const topClass = top.attribs['class'];
  let result = top;
  for (const [other, score] of others) {
    if (!topClass || other.attribs['class'] !== topClass || score < topScore * SCORING.chunkShare) continue;
    const common = lowestCommon(result, other);
    if (!common || common === other || common.name === 'body' || common.name === 'html') continue;
    if (depthBetween(top, common) <= SCORING.chunkLevels) result = common;
  }
  if (result !== top || close.length < 3) return result;
  for (const candidate of ancestors(top)) {
    if (candidate.name === 'body' || candidate.name === 'html') break;
    if (close.filter((e) => ancestors(e).includes(candidate)).length >= 3) return candidate;
  }
  return top;
}

/** Climbs while the candidate is its parent's only child element: the wrapper holds the rest. */
function climbSingleChildren(el: Element, tree: MeasuredTree): Element {
  let current = el;
  for (let parent = current.parent; parent && isElement(parent); parent = current.parent) {
    if (parent.name === 'body' || !tree.stats.has(parent)) break;
    const kept = parent.children.filter((c) => isElement(c) && tree.stats.has(c));
    if (kept.length !== 1) break;
    current = parent;
  }
  return current;
}

function joinsTop(sib: Element, s: NodeStats, score: number, threshold: number, topClass: string): boolean {
  const bonus = topClass !== '' && sib.attribs['class'] === topClass ? threshold : 0;
  if (score + bonus >= threshold) return true;
  // A div holding only text is a paragraph the page did not tag as one (Readability converts it).
  if (sib.name !== 'p' && (s.blockKids > 0 || s.inline === 0)) return false;
  const density = linkDensity(s);
  if (s.text > SCORING.siblingParagraphChars && density < SCORING.siblingLinkDensity) return true;
  // A short paragraph joins when it has no links and reads as a sentence.
  return s.text > 0 && density === 0 && SENTENCE_IN.test(textOf(sib));
}

const ROW_LEVEL = new Set(['tr', 'tbody', 'thead', 'table']);

/**
 * A table row wins when its cells' paragraphs vote for it, though one cell holds the story and
 * the others hold menus: descend to that cell.
 */
function descendLayoutRow(el: Element, tree: MeasuredTree): Element {
  let current = el;
  while (ROW_LEVEL.has(current.name)) {
    const total = tree.stats.get(current)?.text ?? 0;
    let best: Element | undefined;
    let bestText = 0;
    for (const child of current.children) {
      const s = isElement(child) ? tree.stats.get(child) : undefined;
      if (s && s.text > bestText) [best, bestText] = [child as Element, s.text];
    }
    if (!best || bestText < total * SCORING.dominantCell) break;
    current = best;
  }
  return current;
}

/** The article's elements in document order: the top candidate and the siblings that join it. */
export function selectContent(tree: MeasuredTree): Element[] {
  const scores = scoreCandidates(tree);
  const ranked = best(scores, 5);
  const first = ranked[0];
  if (!first) return [];
  let top = commonAncestor(first[0], first[1], ranked.slice(1));
  top = descendLayoutRow(climbSingleChildren(top, tree), tree);
  const topScore = scores.get(top) ?? first[1];
  const parent = top.parent;
  if (!parent || !isElement(parent) || parent.name === 'html') return [top];
  const threshold = Math.max(10, Math.max(topScore, first[1]) * SCORING.siblingShare);
  const topClass = top.attribs['class'] ?? '';
  const chosen: Element[] = [];
  for (const sib of parent.children) {
    if (!isElement(sib)) continue;
    const s = tree.stats.get(sib);
    if (!s) continue;
    if (sib === top || joinsTop(sib, s, scores.get(sib) ?? 0, threshold, topClass)) chosen.push(sib);
  }
  return chosen;
}

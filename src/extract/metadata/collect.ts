/**
 * The one walk over the page that gathers every metadata clue: meta tags, link rels, JSON-LD
 * scripts, <title>, <html lang>, <h1>s, <time>s, byline-ish and date-ish elements and figures.
 * Everything later works on this plain record, so no step queries the tree again.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import {
  addLink,
  attr,
  breakWindows,
  CLASS,
  feedWindows,
  pushByline,
  readClassed,
  readFigurePart,
  readHeading,
  readItemprop,
  readMeta,
  readTime,
  startFigure,
  textOf,
} from './clues.js';
import type { Context, PageFacts, Window } from './facts.js';
import { OTHER_CONTENT_TAGS, SKIP_TAGS } from './rules.js';
import { collapse } from './text.js';

const HEADING_TAGS = new Set(['h2', 'h3']);
// Elements that start a new line of text: where a heading's window gets a line break.
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'table',
  'section',
  'header',
  'footer',
  'aside',
  'nav',
  'figure',
  'blockquote',
  'address',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const ARTICLE_ROLES = new Set(['main', 'article']);

/** Walks the document once and returns every metadata clue. */
export function collectFacts(doc: Document): PageFacts {
  const facts: PageFacts = {
    metas: new Map(),
    links: new Map(),
    jsonLd: [],
    headings: [],
    bylines: [],
    times: [],
    dateTexts: [],
    figures: [],
    clueReads: 0,
  };
  const windows: Window[] = [];
  const root: Context = { article: false, skip: false, authorScope: false, heading: false };
  // Two parallel stacks (node, context) instead of tuples: no allocation per node.
  const nodes: AnyNode[] = [];
  const contexts: Context[] = [];
  for (let i = doc.children.length - 1; i >= 0; i--) {
    nodes.push(doc.children[i] as AnyNode);
    contexts.push(root);
  }
  while (nodes.length > 0) {
    const node = nodes.pop() as AnyNode;
    const ctx = contexts.pop() as Context;
    if (isText(node)) {
      if (windows.length > 0 && !ctx.skip && !ctx.heading) feedWindows(windows, node.data);
      continue;
    }
    if (!isTag(node)) continue;
    const child = visit(node, ctx, facts, windows);
    if (!child) continue;
    for (let i = node.children.length - 1; i >= 0; i--) {
      nodes.push(node.children[i] as AnyNode);
      contexts.push(child);
    }
  }
  return facts;
}

/** The attributes every element is checked for, read in one pass over its attribute list. */
interface Marks {
  /** Lower-cased class and id together. */
  cls: string;
  itemprop: string;
  role: string;
  rel: string;
  hidden: boolean;
}

const NO_MARKS: Marks = { cls: '', itemprop: '', role: '', rel: '', hidden: false };

function marksOf(el: Element): Marks {
  const attribs = el.attribs;
  let cls = '';
  let itemprop = '';
  let role = '';
  let rel = '';
  let hidden = false;
  let any = false;
  for (const key in attribs) {
    const value = attribs[key] ?? '';
    if (key === 'class' || key === 'id') cls = cls ? `${cls} ${value}` : value;
    else if (key === 'itemprop') itemprop = value;
    else if (key === 'role') role = value;
    else if (key === 'rel') rel = value;
    else if (key === 'hidden' || (key === 'style' && /display:\s*none/.test(value))) hidden = true;
    else continue;
    any = true;
  }
  if (!any) return NO_MARKS;
  return {
    cls: cls.toLowerCase(),
    itemprop: itemprop.toLowerCase(),
    role: role.toLowerCase(),
    rel: rel.toLowerCase(),
    hidden,
  };
}

/** Records what `el` tells us; returns the context for its children, or undefined to skip them. */
function visit(el: Element, ctx: Context, facts: PageFacts, windows: Window[]): Context | undefined {
  const name = el.name;
  switch (name) {
    case 'html':
      setOnce(facts, 'lang', (attr(el, 'lang') || attr(el, 'xml:lang'))?.trim());
      break;
    case 'meta':
      readMeta(el, ctx, facts);
      return undefined;
    case 'link':
      addLink(facts, attr(el, 'rel'), attr(el, 'href'));
      return undefined;
    case 'base':
      setOnce(facts, 'base', attr(el, 'href'));
      return undefined;
    case 'title':
      facts.title ??= collapse(textOf(el, 2000));
      return undefined;
    case 'script':
      if (/ld\+json/i.test(attr(el, 'type') ?? ''))
        facts.jsonLd.push(textOf(el, Number.POSITIVE_INFINITY, ''));
      return undefined;
  }
  if (SKIP_TAGS.has(name)) return undefined;
  if (windows.length > 0 && BLOCK_TAGS.has(name)) breakWindows(windows);
  const marks = marksOf(el);
  const { cls, itemprop } = marks;
  let next = ctx;
  if (
    !ctx.article &&
    (name === 'article' ||
      name === 'main' ||
      ARTICLE_ROLES.has(marks.role) ||
      itemprop.includes('articlebody'))
  ) {
    next = { ...next, article: true };
  }
  if (OTHER_CONTENT_TAGS.has(name) && !(name === 'footer' && ctx.article)) next = skipped(next);
  // Page wrappers carry feature flags in their classes ("f_commerce_promo_on"): never skipped.
  const wrapper = name === 'body' || name === 'main' || name === 'article';
  if (!next.skip && (marks.hidden || (cls && !wrapper && CLASS.skip.test(cls)))) next = skipped(next);
  if (itemprop) next = readItemprop(el, itemprop, next, facts);
  if (next.skip) return next;
  if (name === 'figure') return startFigure(facts, next);
  if (next.figure) return readFigurePart(el, name, cls, next);
  if (
    name === 'h1' ||
    itemprop.includes('headline') ||
    (cls && HEADING_TAGS.has(name) && CLASS.headline.test(cls))
  )
    return readHeading(el, name, cls, itemprop, next, facts, windows);
  if (name === 'time') readTime(el, cls, itemprop, next, facts, windows);
  else if (cls) readClassed(el, cls, next, facts, windows);
  if (name === 'a' && /\bauthor\b/.test(marks.rel)) pushByline(facts, el, 'rel', next);
  return next;
}

function setOnce(facts: PageFacts, key: 'lang' | 'base', value: string | undefined): void {
  if (value && facts[key] === undefined) facts[key] = value;
}

function skipped(ctx: Context): Context {
  return ctx.skip ? ctx : { ...ctx, skip: true };
}

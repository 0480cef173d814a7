/**
 * The one walk over the page that gathers every metadata clue: meta tags, link rels, JSON-LD
 * scripts, <title>, <html lang>, <h1>s, <time>s, byline-ish and date-ish elements and figures.
 * Everything later works on this plain record, so no step queries the tree again.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { CLASS_TOKENS, OTHER_CONTENT_TAGS, SKIP_TAGS } from './rules.js';
import { collapse } from './text.js';

/** An <h1> (or another element marked itemprop=headline) and the text printed just after it. */
export interface HeadingFact {
  text: string;
  h1: boolean;
  inArticle: boolean;
  /** Marked itemprop=headline. */
  marked: boolean;
  /** Classed as a logo or site title. */
  logo: boolean;
  /** Visible text right after the heading (a bounded window), where datelines sit. */
  after: string;
}

/** An element that names the author: kind says how we know. */
export interface BylineFact {
  text: string;
  kind: 'byline' | 'author' | 'itemprop' | 'rel';
  inArticle: boolean;
}

/** A <time> element. */
export interface TimeFact {
  datetime?: string;
  text: string;
  inArticle: boolean;
  /** Marked by pubdate / itemprop / class as the published or modified time. */
  marked?: 'published' | 'modified';
}

/** Short text of a date-classed element. */
export interface DateTextFact {
  text: string;
  modified: boolean;
  inArticle: boolean;
}

/** A <figure>: its image sources, caption and credit. */
export interface FigureFact {
  srcs: string[];
  caption?: string;
  credit?: string;
}

/** All clues of one page. */
export interface PageFacts {
  lang?: string;
  title?: string;
  base?: string;
  /** Meta content by lower-cased name / property / http-equiv, or "itemprop:" + itemprop. */
  metas: Map<string, string[]>;
  /** Link hrefs by lower-cased rel token. */
  links: Map<string, string[]>;
  jsonLd: string[];
  headings: HeadingFact[];
  bylines: BylineFact[];
  times: TimeFact[];
  dateTexts: DateTextFact[];
  figures: FigureFact[];
}

interface Context {
  article: boolean;
  /** Inside comments, navigation, promos or hidden markup: no visible clues here. */
  skip: boolean;
  figure?: FigureFact;
  authorScope: boolean;
  heading: boolean;
}

// Caps keep the walk linear on pages with thousands of teasers: only the first few of each
// kind of visible clue are kept (calibrated by eye on the ScrapingHub pages, where the
// article's own clues come well within these counts).
const LIMITS = { headings: 8, bylines: 24, times: 24, dateTexts: 30, figures: 30, windowChars: 400 };
const MAX_CLUE_CHARS = 320;

const tokenRegex = (tokens: readonly string[]): RegExp => new RegExp(tokens.join('|'));
const CLASS = {
  byline: tokenRegex(CLASS_TOKENS.byline),
  author: tokenRegex(CLASS_TOKENS.author),
  authorNoise: tokenRegex(CLASS_TOKENS.authorNoise),
  date: tokenRegex(CLASS_TOKENS.date),
  modified: tokenRegex(CLASS_TOKENS.modified),
  credit: tokenRegex(CLASS_TOKENS.credit),
  caption: tokenRegex(CLASS_TOKENS.caption),
  logo: tokenRegex(CLASS_TOKENS.logo),
  skip: new RegExp(`(?:^|[^a-z0-9])(?:${CLASS_TOKENS.skip.join('|')})s?(?:$|[^a-z0-9])`),
};
/** An attribute's value (a helper, so that no code indexes `attribs` with a literal key). */
function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

const ARTICLE_ROLES = new Set(['main', 'article']);
// Formatting tags whose text runs on without a space ("<b>Jo</b>hn").
const INLINE = new Set([
  'a',
  'b',
  'i',
  'em',
  'strong',
  'u',
  'small',
  'sup',
  'sub',
  'abbr',
  'mark',
  'font',
  'bdi',
]);

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

type Window = { fact: HeadingFact; chars: number };

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
  let marks: Marks | undefined;
  for (const key in attribs) {
    const value = attribs[key] ?? '';
    switch (key) {
      case 'class':
      case 'id':
        marks ??= { ...NO_MARKS };
        marks.cls = marks.cls ? `${marks.cls} ${value.toLowerCase()}` : value.toLowerCase();
        break;
      case 'itemprop':
        marks ??= { ...NO_MARKS };
        marks.itemprop = value.toLowerCase();
        break;
      case 'role':
      case 'rel':
        marks ??= { ...NO_MARKS };
        marks[key] = value.toLowerCase();
        break;
      case 'hidden':
      case 'style':
        if (key === 'hidden' || /display:\s*none/.test(value)) {
          marks ??= { ...NO_MARKS };
          marks.hidden = true;
        }
        break;
    }
  }
  return marks ?? NO_MARKS;
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
  if (!next.skip && (marks.hidden || (cls && CLASS.skip.test(cls)))) next = skipped(next);
  if (itemprop) next = readItemprop(el, itemprop, next, facts);
  if (next.skip) return next;
  if (name === 'figure') return startFigure(facts, next);
  if (next.figure) return readFigurePart(el, name, cls, next);
  if (name === 'h1' || itemprop.includes('headline'))
    return readHeading(el, name, cls, itemprop, next, facts, windows);
  if (name === 'time') readTime(el, cls, itemprop, next, facts);
  else if (cls) readClassed(el, cls, next, facts);
  if (name === 'a' && /\bauthor\b/.test(marks.rel)) pushByline(facts, el, 'rel', next);
  return next;
}

function setOnce(facts: PageFacts, key: 'lang' | 'base', value: string | undefined): void {
  if (value && facts[key] === undefined) facts[key] = value;
}

function skipped(ctx: Context): Context {
  return ctx.skip ? ctx : { ...ctx, skip: true };
}

function readMeta(el: Element, ctx: Context, facts: PageFacts): void {
  const content = attr(el, 'content') ?? attr(el, 'value');
  if (content === undefined || !content.trim()) return;
  const keys = [attr(el, 'name'), attr(el, 'property'), attr(el, 'http-equiv')]
    .filter((k): k is string => !!k)
    .map((k) => k.trim().toLowerCase());
  // Microdata in comments or teaser lists describes other items: only the article's counts.
  if (!ctx.skip)
    for (const prop of (attr(el, 'itemprop') ?? '').toLowerCase().split(/\s+/))
      if (prop) keys.push(`itemprop:${prop}`);
  for (const key of keys) {
    const list = facts.metas.get(key);
    if (list) list.push(content);
    else facts.metas.set(key, [content]);
  }
  // <meta itemprop="name"> inside an itemprop=author scope names the author.
  if (ctx.authorScope && keys.includes('itemprop:name') && facts.bylines.length < LIMITS.bylines) {
    facts.bylines.push({ text: collapse(content), kind: 'itemprop', inArticle: ctx.article });
  }
}

function addLink(facts: PageFacts, rel: string | undefined, href: string | undefined): void {
  if (!rel || !href) return;
  for (const token of rel.toLowerCase().split(/\s+/)) {
    if (!token) continue;
    const list = facts.links.get(token);
    if (list) list.push(href);
    else facts.links.set(token, [href]);
  }
}

/** Microdata on any element: dates go with the meta tags, author scopes name people. */
function readItemprop(el: Element, itemprop: string, ctx: Context, facts: PageFacts): Context {
  for (const prop of ['datepublished', 'datemodified', 'datecreated']) {
    if (ctx.skip || !itemprop.split(/\s+/).includes(prop)) continue;
    const value = attr(el, 'content') ?? attr(el, 'datetime') ?? collapse(textOf(el, 100));
    const key = `itemprop:${prop}`;
    if (value) facts.metas.set(key, [...(facts.metas.get(key) ?? []), value]);
  }
  if (!/\b(?:author|creator)\b/.test(itemprop)) return ctx;
  if (!ctx.skip && !ctx.figure && attr(el, 'itemscope') === undefined) pushByline(facts, el, 'itemprop', ctx);
  return ctx.authorScope ? ctx : { ...ctx, authorScope: true };
}

function readHeading(
  el: Element,
  name: string,
  cls: string,
  itemprop: string,
  ctx: Context,
  facts: PageFacts,
  windows: Window[],
): Context {
  if (facts.headings.length >= LIMITS.headings) return ctx;
  const fact: HeadingFact = {
    text: collapse(textOf(el, 600)),
    h1: name === 'h1',
    inArticle: ctx.article,
    marked: itemprop.includes('headline'),
    logo: cls !== '' && CLASS.logo.test(cls),
    after: '',
  };
  facts.headings.push(fact);
  windows.push({ fact, chars: 0 });
  return { ...ctx, heading: true };
}

function readTime(el: Element, cls: string, itemprop: string, ctx: Context, facts: PageFacts): void {
  if (facts.times.length >= LIMITS.times) return;
  const fact: TimeFact = { text: collapse(textOf(el, 120)), inArticle: ctx.article };
  const datetime = attr(el, 'datetime');
  if (datetime) fact.datetime = datetime;
  if (itemprop.includes('datemodified') || (cls && CLASS.modified.test(cls))) fact.marked = 'modified';
  else if (attr(el, 'pubdate') !== undefined || itemprop.includes('datepublished')) fact.marked = 'published';
  facts.times.push(fact);
}

/** Byline-, author- and date-classed elements. */
function readClassed(el: Element, cls: string, ctx: Context, facts: PageFacts): void {
  if (CLASS.byline.test(cls)) pushByline(facts, el, 'byline', ctx);
  else if (CLASS.author.test(cls) && !CLASS.authorNoise.test(cls)) pushByline(facts, el, 'author', ctx);
  if (CLASS.date.test(cls) && facts.dateTexts.length < LIMITS.dateTexts) {
    const text = collapse(textOf(el, MAX_CLUE_CHARS));
    if (text && text.length <= MAX_CLUE_CHARS) {
      facts.dateTexts.push({ text, modified: CLASS.modified.test(cls), inArticle: ctx.article });
    }
  }
}

function pushByline(facts: PageFacts, el: Element, kind: BylineFact['kind'], ctx: Context): void {
  if (facts.bylines.length >= LIMITS.bylines) return;
  const text = collapse(attr(el, 'content') ?? textOf(el, MAX_CLUE_CHARS)).replace(/\s+([,;])/g, '$1');
  if (text && text.length <= MAX_CLUE_CHARS) facts.bylines.push({ text, kind, inArticle: ctx.article });
}

function startFigure(facts: PageFacts, ctx: Context): Context {
  if (facts.figures.length >= LIMITS.figures) return ctx;
  const figure: FigureFact = { srcs: [] };
  facts.figures.push(figure);
  return { ...ctx, figure };
}

function readFigurePart(el: Element, name: string, cls: string, ctx: Context): Context {
  const figure = ctx.figure as FigureFact;
  if (name === 'img' || name === 'source') {
    for (const key of ['src', 'data-src', 'data-lazy-src', 'data-original', 'srcset', 'data-srcset']) {
      const value = attr(el, key)?.trim();
      if (value) figure.srcs.push(key.endsWith('srcset') ? (value.split(/\s+/)[0] ?? '') : value);
    }
  } else if (name === 'figcaption') {
    figure.caption ??= collapse(textOf(el, 1000));
  } else if (cls && CLASS.credit.test(cls)) {
    figure.credit ??= collapse(textOf(el, 200));
  } else if (cls && CLASS.caption.test(cls)) {
    figure.caption ??= collapse(textOf(el, 1000));
  }
  return ctx;
}

function feedWindows(windows: Window[], text: string): void {
  if (!/\S/.test(text)) return;
  for (const w of windows) {
    if (w.chars >= LIMITS.windowChars) continue;
    w.fact.after += ` ${text}`;
    w.chars += text.length;
  }
}

/**
 * The text under `el`, stopping once `max` characters are gathered. Block-level children are
 * separated by a space (so "<span>By</span><span>Jane</span>" reads "By Jane"); scripts and
 * styles are skipped.
 */
function textOf(el: Element, max: number, blockGap = ' '): string {
  let out = '';
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length > 0 && out.length <= max) {
    const node = stack.pop() as AnyNode;
    if (isText(node)) out += node.data;
    else if (isTag(node) && node.name !== 'script' && node.name !== 'style') {
      if (!INLINE.has(node.name)) out += blockGap;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
  }
  return out;
}

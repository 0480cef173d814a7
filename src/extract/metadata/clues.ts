/**
 * Readers for the elements the walk stops at: each records what one kind of element tells
 * about the page (meta tags, microdata, headings, times, bylines, figures) into PageFacts.
 */
import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import type {
  BylineFact,
  Context,
  DateTextFact,
  FigureFact,
  HeadingFact,
  PageFacts,
  TimeFact,
  Window,
} from './facts.js';
import { CLASS_TOKENS } from './rules.js';
import { collapse } from './text.js';

// Caps keep the walk linear on pages with thousands of teasers: only the first few of each
// kind of visible clue are kept (calibrated by eye on the ScrapingHub pages, where the
// article's own clues come well within these counts).
const LIMITS = {
  h1s: 8,
  classedHeadings: 8,
  bylines: 24,
  times: 24,
  dateTexts: 30,
  figures: 30,
  windowChars: 400,
  /** Text reads of byline- and date-classed elements, kept or not (too long, empty). */
  clueReads: 120,
};
const MAX_CLUE_CHARS = 320;

const tokenRegex = (tokens: readonly string[]): RegExp => new RegExp(tokens.join('|'));
/** Class/id matchers built from `CLASS_TOKENS`, one per meaning. */
export const CLASS: Readonly<Record<keyof typeof CLASS_TOKENS, RegExp>> = {
  byline: tokenRegex(CLASS_TOKENS.byline),
  author: tokenRegex(CLASS_TOKENS.author),
  authorNoise: tokenRegex(CLASS_TOKENS.authorNoise),
  date: tokenRegex(CLASS_TOKENS.date),
  modified: tokenRegex(CLASS_TOKENS.modified),
  credit: tokenRegex(CLASS_TOKENS.credit),
  caption: tokenRegex(CLASS_TOKENS.caption),
  logo: tokenRegex(CLASS_TOKENS.logo),
  headline: tokenRegex(CLASS_TOKENS.headline),
  skip: new RegExp(`(?:^|[^a-z0-9])(?:${CLASS_TOKENS.skip.join('|')})s?(?:$|[^a-z0-9])`),
};

/** An attribute's value (a helper, so that no code indexes `attribs` with a literal key). */
export function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

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

export function readMeta(el: Element, ctx: Context, facts: PageFacts): void {
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

export function addLink(facts: PageFacts, rel: string | undefined, href: string | undefined): void {
  if (!rel || !href) return;
  for (const token of rel.toLowerCase().split(/\s+/)) {
    if (!token) continue;
    const list = facts.links.get(token);
    if (list) list.push(href);
    else facts.links.set(token, [href]);
  }
}

/** Microdata on any element: dates go with the meta tags, author scopes name people. */
export function readItemprop(el: Element, itemprop: string, ctx: Context, facts: PageFacts): Context {
  for (const prop of ['datepublished', 'datemodified', 'datecreated']) {
    if (ctx.skip || !itemprop.split(/\s+/).includes(prop)) continue;
    const value = attr(el, 'content') ?? attr(el, 'datetime') ?? collapse(textOf(el, 100));
    const key = `itemprop:${prop}`;
    if (value) facts.metas.set(key, [...(facts.metas.get(key) ?? []), value]);
  }
  const visible = !ctx.skip && !ctx.figure;
  if (!/\b(?:author|creator)\b/.test(itemprop)) {
    // <span itemprop="name"> inside an author scope is the author's name.
    if (visible && ctx.authorScope && /\bname\b/.test(itemprop)) pushByline(facts, el, 'itemprop', ctx);
    return ctx;
  }
  // An author item (itemscope) names the person in its itemprop=name; a plain one in its text.
  if (visible && attr(el, 'itemscope') === undefined) pushByline(facts, el, 'itemprop', ctx);
  return ctx.authorScope ? ctx : { ...ctx, authorScope: true };
}

export function readHeading(
  el: Element,
  name: string,
  cls: string,
  itemprop: string,
  ctx: Context,
  facts: PageFacts,
  windows: Window[],
): Context {
  // Teaser lists of classed <h3>s must not use up the room of the real <h1>.
  const h1 = name === 'h1';
  const count = facts.headings.filter((h) => h.h1 === h1).length;
  if (count >= (h1 ? LIMITS.h1s : LIMITS.classedHeadings)) return ctx;
  const fact: HeadingFact = {
    text: collapse(textOf(el, 600)),
    h1,
    inArticle: ctx.article,
    marked: itemprop.includes('headline'),
    logo: cls !== '' && CLASS.logo.test(cls),
    after: '',
  };
  facts.headings.push(fact);
  windows.push({ fact, index: facts.headings.length - 1, chars: 0 });
  return { ...ctx, heading: true };
}

export function readTime(
  el: Element,
  cls: string,
  itemprop: string,
  ctx: Context,
  facts: PageFacts,
  windows: readonly Window[],
): void {
  if (facts.times.length >= LIMITS.times) return;
  const fact: TimeFact = { text: collapse(textOf(el, 120)), inArticle: ctx.article };
  const datetime = attr(el, 'datetime');
  if (datetime) fact.datetime = datetime;
  const near = nearestHeading(windows);
  if (near !== undefined) fact.near = near;
  if (itemprop.includes('datemodified') || (cls && CLASS.modified.test(cls))) fact.marked = 'modified';
  else if (attr(el, 'pubdate') !== undefined || itemprop.includes('datepublished')) fact.marked = 'published';
  facts.times.push(fact);
}

/** The heading whose text window is open here (the latest one), if any. */
function nearestHeading(windows: readonly Window[]): number | undefined {
  return windows.at(-1)?.index;
}

/** Byline-, author- and date-classed elements. */
export function readClassed(
  el: Element,
  cls: string,
  ctx: Context,
  facts: PageFacts,
  windows: readonly Window[],
): void {
  if (CLASS.byline.test(cls)) pushByline(facts, el, 'byline', ctx);
  else if (CLASS.author.test(cls) && !CLASS.authorNoise.test(cls)) pushByline(facts, el, 'author', ctx);
  if (
    CLASS.date.test(cls) &&
    facts.dateTexts.length < LIMITS.dateTexts &&
    facts.clueReads++ < LIMITS.clueReads
  ) {
    const text = collapse(textOf(el, MAX_CLUE_CHARS));
    if (text && text.length <= MAX_CLUE_CHARS) {
      const fact: DateTextFact = { text, modified: CLASS.modified.test(cls), inArticle: ctx.article };
      const near = nearestHeading(windows);
      if (near !== undefined) fact.near = near;
      facts.dateTexts.push(fact);
    }
  }
}

export function pushByline(facts: PageFacts, el: Element, kind: BylineFact['kind'], ctx: Context): void {
  if (facts.bylines.length >= LIMITS.bylines || facts.clueReads++ >= LIMITS.clueReads) return;
  const text = collapse(attr(el, 'content') ?? textOf(el, MAX_CLUE_CHARS)).replace(/\s+([,;])/g, '$1');
  if (text && text.length <= MAX_CLUE_CHARS) facts.bylines.push({ text, kind, inArticle: ctx.article });
}

export function startFigure(facts: PageFacts, ctx: Context): Context {
  if (facts.figures.length >= LIMITS.figures) return ctx;
  const figure: FigureFact = { srcs: [] };
  facts.figures.push(figure);
  return { ...ctx, figure };
}

export function readFigurePart(el: Element, name: string, cls: string, ctx: Context): Context {
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

/** Marks a line break in the open windows (a block element begins). */
export function breakWindows(windows: readonly Window[]): void {
  for (const w of windows) if (w.fact.after !== '' && !w.fact.after.endsWith('\n')) w.fact.after += '\n';
}

/** Adds text to the open windows after headings; full windows close, so most text skips this. */
export function feedWindows(windows: Window[], text: string): void {
  if (!/\S/.test(text)) return;
  for (let i = windows.length - 1; i >= 0; i--) {
    const w = windows[i] as Window;
    w.fact.after += ` ${text}`;
    w.chars += text.length;
    if (w.chars >= LIMITS.windowChars) windows.splice(i, 1);
  }
}

/**
 * The text under `el`, stopping once `max` characters are gathered or 4 × `max` nodes seen
 * (so a byline-classed wrapper around the whole page costs no more than a real byline).
 * Block-level children are separated by a space ("<span>By</span><span>Jane</span>" reads
 * "By Jane"); scripts and styles are skipped.
 */
export function textOf(el: Element, max: number, blockGap = ' '): string {
  let out = '';
  let budget = Math.max(200, max * 4);
  const stack: AnyNode[] = [];
  for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as AnyNode);
  while (stack.length > 0 && out.length <= max && budget-- > 0) {
    const node = stack.pop() as AnyNode;
    if (isText(node)) out += node.data;
    else if (isTag(node) && node.name !== 'script' && node.name !== 'style') {
      if (!INLINE.has(node.name)) out += blockGap;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
  }
  return out;
}

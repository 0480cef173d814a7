/**
 * Authors and the printed byline: the most trusted source that names a person wins
 * (JSON-LD, author meta tags, microdata and rel=author, byline- then author-classed elements,
 * then a "By …" line right below the headline); the byline is the printed line, trimmed to
 * the names.
 */

import { MAX_BYLINE_CHARS } from './author-rules.js';
import {
  type AuthorContext,
  dedupeNames,
  hasBylinePrefix,
  joinBylineLines,
  printedByline,
  splitAuthors,
} from './authors.js';
import type { BylineFact, HeadingFact, PageFacts } from './facts.js';
import type { JsonLdFacts } from './jsonld.js';
import { META_KEYS } from './rules.js';
import { compact } from './text.js';

// How many lines below the headline a byline may sit (after a standfirst and a kicker).
const BYLINE_LINES = 3;

/**
 * Lines right below the headline that start with a byline word ("By Rosa Delgado and Ben
 * Whitlock · Started 9pm"): the byline of pages whose markup does not say which line it is.
 */
export function headlineBylines(headings: readonly HeadingFact[], headline: string | undefined): string[] {
  const heading = headline === undefined ? undefined : headings.find((h) => h.text === headline);
  if (!heading) return [];
  const lines = heading.after
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const out: string[] = [];
  lines.slice(0, BYLINE_LINES).forEach((line, i) => {
    if (!hasBylinePrefix(line)) return;
    const byline = joinBylineLines(lines.slice(i));
    if (byline.length <= MAX_BYLINE_CHARS) out.push(byline);
  });
  return out;
}

/**
 * Authors from the most trusted source that names anyone: JSON-LD, then author meta tags,
 * then microdata and rel=author links, then byline- and author-classed elements, then a byline
 * line right below the headline.
 */
export function readAuthors(
  facts: PageFacts,
  ld: JsonLdFacts,
  ctx: AuthorContext,
  headline?: string,
): string[] {
  const tiers: string[][] = [
    ld.authors.filter((a) => !a.org).map((a) => a.name),
    META_KEYS.author.flatMap((key) => facts.metas.get(key) ?? []),
    visibleTexts(facts.bylines, ['itemprop', 'rel']),
    visibleTexts(facts.bylines, ['byline']).slice(0, 1),
    visibleTexts(facts.bylines, ['author']),
    headlineBylines(facts.headings, headline).slice(0, 1),
  ];
  for (const raws of tiers) {
    const names = dedupeNames(raws.flatMap((raw) => splitAuthors(raw, ctx)));
    if (names.length > 0) return extendFromByline(names, facts, ctx).slice(0, 12);
  }
  return [];
}

/**
 * Structured data sometimes lists only the first of several writers: a printed byline that
 * names all of them and more ("By Tariq Malik, Mike Wall") gives the full list.
 */
function extendFromByline(names: string[], facts: PageFacts, ctx: AuthorContext): string[] {
  const keys = new Set(names.map((n) => compact(n)));
  for (const text of visibleTexts(facts.bylines, ['byline', 'author'])) {
    const printed = dedupeNames(splitAuthors(text, ctx));
    const printedKeys = new Set(printed.map((n) => compact(n)));
    if (printed.length > names.length && [...keys].every((k) => printedKeys.has(k))) return printed;
  }
  return names;
}

/** Texts of byline facts of the given kinds, those inside the article first when there are any. */
function visibleTexts(bylines: readonly BylineFact[], kinds: readonly BylineFact['kind'][]): string[] {
  const matching = bylines.filter((b) => kinds.includes(b.kind));
  const inArticle = matching.filter((b) => b.inArticle);
  const texts: string[] = [];
  // Nested author elements repeat parts of their parent's text ("Reuters, Washington" then
  // "Washington"): the parent, read whole, already had its say.
  for (const { text } of inArticle.length > 0 ? inArticle : matching) {
    if (texts.length < 6 && !texts.some((t) => t.includes(text))) texts.push(text);
  }
  return texts;
}

/** The byline as printed (`below`: byline lines below the headline); else one built from the authors. */
export function readByline(
  bylines: readonly BylineFact[],
  authors: readonly string[],
  ctx: AuthorContext,
  below: readonly string[] = [],
): string | undefined {
  const ordered = [
    ...visibleTexts(bylines, ['byline']),
    ...visibleTexts(bylines, ['author', 'itemprop', 'rel']),
    ...below,
  ];
  for (const text of ordered) {
    const line = printedByline(text, authors, ctx);
    if (line) return line;
  }
  return authors.length > 0 ? authors.join(', ') : undefined;
}

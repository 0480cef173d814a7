/**
 * Published and modified dates: every source gives candidates in its tier, and the first
 * usable candidate of the most trusted tier wins (the order is `DATE_TRUST` in rules.ts).
 */

import {
  type DateLabel,
  type DateOptions,
  dateFromUrl,
  dayFirstFor,
  isBefore,
  normalizeDate,
  normalizeTextDate,
} from './dates.js';
import type { PageFacts } from './facts.js';
import type { JsonLdFacts } from './jsonld.js';
import { DATE_TRUST, type DateTier, META_DATE_KEYS } from './rules.js';

/** What the date picker needs beside the page's clues. */
export interface DateContext {
  now: number;
  /** The page URL (or its canonical link), for dates in the path. */
  url?: string | undefined;
  /** The chosen headline, whose following text may print the dateline. */
  headline?: string | undefined;
  /** The page's language (BCP 47): how to read "05/03/2024". */
  lang?: string | undefined;
}

type Field = 'published' | 'modified';

/**
 * A raw value and how to read it: machine dates keep local times, printed ones do not, and a
 * printed line may only lend a date with the given label (see `DateLabel`).
 */
interface Candidate {
  raw: string;
  printed?: DateLabel;
}

/** The page's published and modified dates as ISO 8601; modified is dropped if before published. */
export function readDates(
  facts: PageFacts,
  ld: JsonLdFacts,
  ctx: DateContext,
): { published?: string; modified?: string } {
  const published = pick(facts, ld, ctx, 'published');
  const modified = pick(facts, ld, ctx, 'modified');
  const out: { published?: string; modified?: string } = {};
  if (published) out.published = published;
  if (modified && !(published && isBefore(modified, published))) out.modified = modified;
  return out;
}

function pick(facts: PageFacts, ld: JsonLdFacts, ctx: DateContext, field: Field): string | undefined {
  const dayFirst = dayFirstFor(ctx.lang);
  const options: DateOptions = { now: ctx.now, keepLocalTime: true, dayFirst };
  for (const { id } of DATE_TRUST) {
    if (id === 'url') {
      const fromUrl = field === 'published' ? dateFromUrl(ctx.url, options) : undefined;
      if (fromUrl) return fromUrl;
      continue;
    }
    for (const c of candidates(id, field, facts, ld, ctx)) {
      const iso = c.printed
        ? normalizeTextDate(c.raw, { now: ctx.now, dayFirst }, c.printed)
        : normalizeDate(c.raw, options);
      if (iso) return iso;
    }
  }
  return undefined;
}

function candidates(
  tier: DateTier,
  field: Field,
  facts: PageFacts,
  ld: JsonLdFacts,
  ctx: DateContext,
): Candidate[] {
  switch (tier) {
    case 'jsonld':
      return raws(field === 'published' ? ld.published : ld.modified);
    case 'opengraph':
    case 'meta':
      return [
        ...META_DATE_KEYS.filter((k) => k.tier === tier && k.field === field).flatMap((k) =>
          raws(...(facts.metas.get(k.key) ?? [])),
        ),
        // A WebPage node's dates are weaker than the article's own meta tags.
        ...(tier === 'meta' ? raws(field === 'published' ? ld.pagePublished : ld.pageModified) : []),
      ];
    case 'time':
      return timeCandidates(facts, field, ctx);
    case 'text':
      return textCandidates(facts, field, ctx);
    default:
      return [];
  }
}

function raws(...values: (string | undefined)[]): Candidate[] {
  return values.filter((v): v is string => !!v).map((raw) => ({ raw }));
}

/** Indexes of the headings that print the chosen headline. */
function headlineIndexes(facts: PageFacts, ctx: DateContext): Set<number> {
  const out = new Set<number>();
  facts.headings.forEach((h, i) => {
    if (h.text === ctx.headline) out.add(i);
  });
  return out;
}

/** Items right below the chosen headline first, then those inside the article, then the rest. */
function byPlace<T extends { inArticle: boolean; near?: number }>(
  items: readonly T[],
  headline: Set<number>,
): T[] {
  const near = items.filter((d) => d.near !== undefined && headline.has(d.near));
  const rest = items.filter((d) => !near.includes(d));
  return [...near, ...rest.filter((d) => d.inArticle), ...rest.filter((d) => !d.inArticle)];
}

/**
 * <time datetime>: one marked for this field first; for published, the first right below the
 * headline, else the first in the article, else the first on the page.
 */
function timeCandidates(facts: PageFacts, field: Field, ctx: DateContext): Candidate[] {
  const marked = facts.times.filter((t) => t.marked === field && t.datetime);
  if (field === 'modified') return raws(...marked.map((t) => t.datetime));
  const unmarked = byPlace(
    facts.times.filter((t) => !t.marked && t.datetime),
    headlineIndexes(facts, ctx),
  );
  return raws(...marked.map((t) => t.datetime), unmarked[0]?.datetime);
}

/**
 * Printed dates: date-classed elements (right below the headline first, then inside the
 * article), <time> text, and the text just below the headline. For the published date, the
 * dates that a label calls updates are read only when no other date is printed; for the
 * modified date, date-classed elements marked as updates, then dates labelled as updates.
 */
function textCandidates(facts: PageFacts, field: Field, ctx: DateContext): Candidate[] {
  const placed = byPlace(facts.dateTexts, headlineIndexes(facts, ctx));
  if (field === 'modified')
    return [
      ...placed.filter((d) => d.modified).map((d): Candidate => ({ raw: d.text, printed: 'any' })),
      ...placed.filter((d) => !d.modified).map((d): Candidate => ({ raw: d.text, printed: 'update' })),
    ];
  const heading = facts.headings.find((h) => h.text === ctx.headline);
  const texts = [
    ...placed.filter((d) => !d.modified).map((d) => d.text),
    ...facts.times.filter((t) => !t.datetime && t.text).map((t) => t.text),
    ...(heading?.after ? [heading.after] : []),
  ];
  return [
    ...texts.map((raw): Candidate => ({ raw, printed: 'not-update' })),
    ...texts.map((raw): Candidate => ({ raw, printed: 'any' })),
  ];
}

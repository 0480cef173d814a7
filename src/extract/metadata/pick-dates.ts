/**
 * Published and modified dates: every source gives candidates in its tier, and the first
 * usable candidate of the most trusted tier wins (the order is `DATE_TRUST` in rules.ts).
 */

import { type DateOptions, dateFromUrl, isBefore, normalizeDate, normalizeTextDate } from './dates.js';
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
}

type Field = 'published' | 'modified';

/** A raw value and how to read it: machine dates keep local times, printed ones do not. */
interface Candidate {
  raw: string;
  printed?: boolean;
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
  const options: DateOptions = { now: ctx.now, keepLocalTime: true };
  for (const { id } of DATE_TRUST) {
    if (id === 'url') {
      const fromUrl = field === 'published' ? dateFromUrl(ctx.url, options) : undefined;
      if (fromUrl) return fromUrl;
      continue;
    }
    for (const c of candidates(id, field, facts, ld, ctx)) {
      const iso = c.printed ? normalizeTextDate(c.raw, { now: ctx.now }) : normalizeDate(c.raw, options);
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
      return timeCandidates(facts, field);
    case 'text':
      return textCandidates(facts, field, ctx);
    default:
      return [];
  }
}

function raws(...values: (string | undefined)[]): Candidate[] {
  return values.filter((v): v is string => !!v).map((raw) => ({ raw }));
}

/** <time datetime>: one marked for this field first; for published, the first in the article. */
function timeCandidates(facts: PageFacts, field: Field): Candidate[] {
  const marked = facts.times.filter((t) => t.marked === field && t.datetime);
  if (field === 'modified') return raws(...marked.map((t) => t.datetime));
  const unmarked = facts.times.filter((t) => !t.marked && t.datetime);
  const inArticle = unmarked.filter((t) => t.inArticle);
  return raws(...marked.map((t) => t.datetime), (inArticle[0] ?? unmarked[0])?.datetime);
}

/**
 * Printed dates: date-classed elements (inside the article first), <time> text, and the text
 * just below the headline.
 */
function textCandidates(facts: PageFacts, field: Field, ctx: DateContext): Candidate[] {
  const wanted = facts.dateTexts.filter((d) => d.modified === (field === 'modified'));
  const ordered = [...wanted.filter((d) => d.inArticle), ...wanted.filter((d) => !d.inArticle)].map(
    (d) => d.text,
  );
  if (field === 'modified') return ordered.map((raw) => ({ raw, printed: true }));
  const times = facts.times.filter((t) => !t.datetime && t.text).map((t) => t.text);
  const heading = facts.headings.find((h) => h.text === ctx.headline);
  const after = heading?.after ? [heading.after] : [];
  return [...ordered, ...times, ...after].map((raw) => ({ raw, printed: true }));
}

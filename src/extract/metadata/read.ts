/**
 * `readMetadata`: one walk over the page (collect.ts), then each field chosen from its
 * sources in the order of trust written in rules.ts.
 */
import type { Document } from 'domhandler';
import type { AuthorContext } from './authors.js';
import { collectFacts } from './collect.js';
import type { PageFacts } from './facts.js';
import { chooseImage, type ImageCandidate, sameImage } from './image.js';
import { type JsonLdFacts, readJsonLd } from './jsonld.js';
import { headlineBylines, readAuthors, readByline } from './pick-authors.js';
import { readDates } from './pick-dates.js';
import { META_KEYS } from './rules.js';
import { collapse, isUrlLike, resolveUrl, siteLabel } from './text.js';
import { chooseTitle, type TitleCandidate } from './title.js';

/** What a page says about itself. Absent facts are omitted, never guessed. */
export interface PageMetadata {
  title?: string;
  authors: string[];
  byline?: string;
  siteName?: string;
  published?: string;
  modified?: string;
  lang?: string;
  description?: string;
  canonicalUrl?: string;
  image?: { url: string; caption?: string; credit?: string };
  /** JSON-LD articleBody / text, when present (a fallback body). */
  articleBody?: string;
  /** The visible <h1> text most likely to be the headline. */
  headline?: string;
}

/** Options for `readMetadata`. */
export interface ReadMetadataOptions {
  /** The reference time for rejecting future dates. @default Date.now() */
  now?: Date | number;
}

/** Reads title, authors, dates, language, summary, links and lead image from a parsed page. */
export function readMetadata(doc: Document, url?: string, options: ReadMetadataOptions = {}): PageMetadata {
  const facts = collectFacts(doc);
  const ld = readJsonLd(facts.jsonLd);
  const base = resolveUrl(facts.base, url) ?? url;
  const meta = (keys: readonly string[]): string | undefined => firstMeta(facts, keys);
  const label = siteLabel(url ?? resolveUrl(facts.links.get('canonical')?.[0], undefined));
  const declared = names(meta(META_KEYS.siteName), ld.publisher, ld.siteName);
  const apps = names(meta(META_KEYS.appName));
  const siteNames = [...declared, ...apps];
  const choice = chooseTitle({
    candidates: titleCandidates(facts, ld),
    headings: facts.headings,
    siteNames,
    ...opt('siteLabel', label),
  });
  const siteName = declared[0] ?? choice.siteFromTitle ?? apps[0];
  const authorCtx: AuthorContext = {
    orgNames: siteName ? [siteName, ...siteNames] : siteNames,
    ...opt('siteLabel', label),
  };
  const authors = readAuthors(facts, ld, authorCtx, choice.headline);
  const now = options.now === undefined ? Date.now() : Number(options.now);
  const lang = readLang(facts, ld);
  const canonicalUrl = resolveUrl(facts.links.get('canonical')?.[0] ?? meta(META_KEYS.canonical), base);
  const result: PageMetadata = {
    ...opt('title', choice.title),
    authors,
    ...opt(
      'byline',
      readByline(facts.bylines, authors, authorCtx, headlineBylines(facts.headings, choice.headline)),
    ),
    ...opt('siteName', siteName),
    ...readDates(facts, ld, { now, url: url ?? canonicalUrl, headline: choice.headline, lang }),
    ...opt('lang', lang),
    ...opt('description', meta(META_KEYS.description) ?? ld.description),
    ...opt('canonicalUrl', canonicalUrl),
    ...opt('image', chooseImage(imageCandidates(facts, ld), facts.figures, base)),
    ...opt('articleBody', ld.body),
    ...opt('headline', choice.headline),
  };
  return result;
}

/** `{ key: value }` when value is defined, else `{}` (exactOptionalPropertyTypes). */
function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined || value === '' ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Site names that are names: a URL or an @handle in og:site_name says nothing useful. */
function names(...values: (string | undefined)[]): string[] {
  return values.filter((n): n is string => !!n && !isUrlLike(n) && !/^(?:https?:|@)/i.test(n));
}

function firstMeta(facts: PageFacts, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    for (const value of facts.metas.get(key) ?? []) {
      const text = collapse(value);
      if (text) return text;
    }
  }
  return undefined;
}

function titleCandidates(facts: PageFacts, ld: JsonLdFacts): TitleCandidate[] {
  const list: [string, string | undefined][] = [
    ['og:title', firstMeta(facts, ['og:title'])],
    ['jsonld:headline', ld.headline],
    ['twitter:title', firstMeta(facts, ['twitter:title'])],
    ['title', facts.title],
    ['meta:title', firstMeta(facts, META_KEYS.otherTitle)],
    ['jsonld:name', ld.name],
  ];
  return list.filter((c): c is [string, string] => !!c[1]).map(([id, text]) => ({ id, text }));
}

function readLang(facts: PageFacts, ld: JsonLdFacts): string | undefined {
  const raws = [facts.lang, ...META_KEYS.lang.flatMap((key) => facts.metas.get(key) ?? []), ld.lang];
  for (const raw of raws) {
    const lang = normalizeLang(raw);
    if (lang) return lang;
  }
  return undefined;
}

/** "en_us" -> "en-US", "EN" -> "en", "de-de, en" -> "de-DE"; rejects what is not BCP 47. */
export function normalizeLang(raw: string | undefined): string | undefined {
  const first = raw?.split(/[,;]/)[0]?.trim().replace(/_/g, '-');
  if (!first || !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(first)) return undefined;
  try {
    return Intl.getCanonicalLocales(first)[0];
  } catch {
    return undefined;
  }
}

function imageCandidates(facts: PageFacts, ld: JsonLdFacts): ImageCandidate[] {
  const list: ImageCandidate[] = META_KEYS.image.flatMap((key) =>
    (facts.metas.get(key) ?? []).slice(0, 1).map((url) => ({ url })),
  );
  if (ld.image) list.push(ld.image);
  for (const url of facts.links.get('image_src') ?? []) list.push({ url });
  // A JSON-LD caption also describes og:image when both name the same picture.
  const declared = ld.image;
  const caption = declared?.caption;
  if (!declared || !caption) return list;
  return list.map((c) => (c.caption || !sameImage(c.url, declared.url) ? c : { ...c, caption }));
}

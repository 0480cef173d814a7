/**
 * Feeds to entries: RSS 0.9x/2.0, Atom, RDF (RSS 1.0) and JSON Feed, parsed by feedsmith. Each entry
 * gives the page's URL and, as hints for extract, its title and publication date. The bytes come
 * from our Fetcher or a file; this module sees text only.
 */

import { XMLValidator } from 'fast-xml-parser';
import { type AnyFeed, parseFeed } from 'feedsmith';
import { normalizeDate } from '../../extract/metadata/dates.js';
import { SourceError } from './errors.js';

/** One feed entry that points at a page. */
export interface FeedEntry {
  /** Absolute http(s) URL of the entry's page. */
  url: string;
  title?: string;
  /** ISO 8601, when the feed gives a readable date. */
  published?: string;
}

/** A parsed feed: its format, its entries in feed order, and how many entries had no usable link. */
export interface FeedEntries {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  entries: FeedEntry[];
  skipped: number;
}

/** The parts of an entry we read, whatever the format. */
interface RawEntry {
  /** Links to the page, relative ones resolved. */
  links: (string | undefined)[];
  /** Identifiers that may be URLs (RSS guid, Atom id, JSON Feed id): used only when absolute. */
  ids: (string | undefined)[];
  title?: string | undefined;
  dates: (string | undefined)[];
  base?: string | undefined;
}

/**
 * Parses feed text. `documentUrl` (the feed's own URL) resolves relative links; a local file has
 * none, so the feed's own home link stands in. Throws SourceError for text that is no feed.
 */
export function readFeed(text: string, documentUrl: string | undefined, spec: string): FeedEntries {
  const parsed = parseOrExplain(text, spec);
  const { base, raw } = rawEntries(parsed);
  const feedBase = resolve(base, documentUrl) ?? documentUrl;
  const entries: FeedEntry[] = [];
  for (const entry of raw) {
    const made = toEntry(entry, feedBase);
    if (made !== undefined) entries.push(made);
  }
  return { format: parsed.format, entries, skipped: raw.length - entries.length };
}

function parseOrExplain(text: string, spec: string): AnyFeed<string> {
  try {
    return parseFeed<string>(text);
  } catch (error) {
    throw new SourceError(spec, explain(text, error), { cause: error });
  }
}

/** Why feedsmith refused: the XML error with its position when there is one, else its own word. */
function explain(text: string, error: unknown): string {
  if (/^\s*[{[]/.test(text)) {
    try {
      JSON.parse(text);
      return 'JSON, but not a JSON Feed (no "version": "https://jsonfeed.org/version/1.1")';
    } catch (jsonError) {
      return `not valid JSON (${(jsonError as Error).message})`;
    }
  }
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) {
    const { msg, line, col } = verdict.err;
    return `not a well-formed feed: ${msg} (line ${line}, column ${col})`;
  }
  const name = error instanceof Error ? error.message : String(error);
  return `not an RSS, Atom, RDF or JSON feed (${name.toLowerCase()})`;
}

/** The feed's own base (its home link) and its entries reduced to what we read. */
function rawEntries(parsed: AnyFeed<string>): { base?: string | undefined; raw: RawEntry[] } {
  switch (parsed.format) {
    case 'rss': {
      const { feed } = parsed;
      const raw = (feed.items ?? []).map((item) => ({
        links: [item.link],
        ids: [item.guid?.isPermaLink === false ? undefined : item.guid?.value],
        title: item.title,
        dates: [item.pubDate, ...(item.dc?.dates ?? [])],
      }));
      return { base: feed.link, raw };
    }
    case 'atom': {
      const { feed } = parsed;
      const raw = (feed.entries ?? []).map((entry) => ({
        links: alternateLinks(entry.links),
        ids: [entry.id],
        title: entry.title?.value,
        dates: [entry.published, ...(entry.dc?.dates ?? []), entry.updated],
        base: entry.xml?.base,
      }));
      return { base: feed.xml?.base ?? alternateLinks(feed.links)[0], raw };
    }
    case 'rdf': {
      const { feed } = parsed;
      const raw = (feed.items ?? []).map((item) => ({
        links: [item.link],
        ids: [item.rdf?.about],
        title: item.title,
        dates: item.dc?.dates ?? [],
      }));
      return { base: feed.link, raw };
    }
    case 'json': {
      const { feed } = parsed;
      const raw = (feed.items ?? []).map((item) => ({
        links: [item.url, item.external_url],
        ids: [item.id],
        title: item.title,
        dates: [item.date_published, item.date_modified],
      }));
      return { base: feed.home_page_url ?? feed.feed_url, raw };
    }
  }
}

/** Atom links to the entry's page: `rel="alternate"` (the default rel), HTML ones first. */
function alternateLinks(links: { href?: string; rel?: string; type?: string }[] | undefined): string[] {
  const alternates = (links ?? []).filter(
    (l) => l.href !== undefined && (l.rel ?? 'alternate') === 'alternate',
  );
  const html = alternates.filter((l) => l.type === undefined || /html/i.test(l.type));
  return [...html, ...alternates].map((l) => l.href as string);
}

function toEntry(entry: RawEntry, feedBase: string | undefined): FeedEntry | undefined {
  const base = resolve(entry.base, feedBase) ?? feedBase;
  const candidates = [
    ...entry.links.map((link) => resolve(link, base)),
    ...entry.ids.map((id) => resolve(id, undefined)),
  ];
  const url = candidates.find((u) => u !== undefined);
  if (url === undefined) return undefined;
  const title = cleanTitle(entry.title);
  const published = entry.dates
    .map((date) => normalizeDate(date, { now: Date.now() }))
    .find((d) => d !== undefined);
  return {
    url,
    ...(title === undefined ? {} : { title }),
    ...(published === undefined ? {} : { published }),
  };
}

/** An absolute http(s) URL, or undefined for anything else (`tag:` ids, `mailto:`, junk). */
function resolve(link: string | undefined, base: string | undefined): string | undefined {
  const text = link?.trim();
  if (!text) return undefined;
  const url = URL.canParse(text, base) ? new URL(text, base) : undefined;
  return url !== undefined && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : undefined;
}

/** Feed titles may carry markup (Atom `type="html"`, careless RSS): tags out, spaces collapsed. */
function cleanTitle(title: string | undefined): string | undefined {
  const text = title
    ?.replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text ? text : undefined;
}

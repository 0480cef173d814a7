/**
 * The headline: the visible <h1> most likely to be it, and the title chosen among og:title,
 * JSON-LD headline, twitter:title and <title>, with the site name cut off its end or start.
 * Nothing here is English-only: parts are compared by letters and words in any script.
 */
import type { HeadingFact } from './facts.js';
import { MAX_SITE_WORDS, STRONG_SEPARATORS, TITLE_SEPARATOR } from './rules.js';
import { collapse, isSiteName, overlap, sameWords, words } from './text.js';

/** A title as one source gives it. */
export interface TitleCandidate {
  id: string;
  text: string;
}

/** What the title chooser knows about the page. */
export interface TitleInput {
  /** Titles in order of trust. */
  candidates: TitleCandidate[];
  headings: HeadingFact[];
  /** Names the site goes by (og:site_name, publisher, application-name). */
  siteNames: string[];
  /** The registrable domain label ("nytimes"). */
  siteLabel?: string;
}

/** The chosen title, the visible headline, and a site name read off a title suffix. */
export interface TitleChoice {
  title?: string;
  headline?: string;
  /** The part cut off a title when no other source named the site. */
  siteFromTitle?: string;
}

// How much a heading must share with a title candidate to count as the headline, and the
// bonus for markup that says so; set by eye on the ScrapingHub pages (0.4–0.6 all worked).
const HEADLINE_OVERLAP = 0.5;
// The one <h1> inside the article needs less: sites give og:title a different wording for
// sharing ("Tram strike: what you need to know" over "Tram drivers to strike on Friday"), and
// the printed headline is the one readers see. Still enough shared words that a section name
// or a "Comments" heading never passes. Swept 0–0.5 on our metadata set (bench/gold/metadata)
// and the ScrapingHub pages: 0–0.4 give the same titles on both, 0.5 loses the og:title case;
// 0.25 keeps a margin against unrelated <h1>s on pages we do not have.
const SOLE_H1_OVERLAP = 0.25;

/** Picks the headline and the title. */
export function chooseTitle(full: TitleInput): TitleChoice {
  // A title that is only the site's name ("<title>Southport Ledger</title>") names no story.
  const input = { ...full, candidates: full.candidates.filter((c) => !isSite(collapse(c.text), full)) };
  const headline = pickHeadline(input);
  const choice: TitleChoice = {};
  if (headline) choice.headline = headline.text;
  const anchors = [headline?.text, ...input.candidates.map((c) => c.text)].filter((t): t is string => !!t);
  const stripped = input.candidates.map((c) => ({ ...c, ...stripSite(c.text, input, anchors) }));
  // The <title> tag's site part is the most literal; other sources' parts follow.
  const site = [...stripped]
    .sort((a, b) => Number(b.id === 'title') - Number(a.id === 'title'))
    .find((c) => c.site)?.site;
  if (site) choice.siteFromTitle = site;
  // A source that agrees word for word with the visible headline confirms it; the printed
  // headline keeps its own punctuation (typographic quotes, dashes).
  const confirmed = headline && stripped.some((c) => sameWords(c.title, headline.text));
  if (headline && (confirmed || headline.confident)) choice.title = headline.text;
  else if (stripped[0]) choice.title = stripped[0].title;
  else if (headline) choice.title = headline.text;
  return choice;
}

interface Headline {
  text: string;
  /** Resembles a title candidate or is marked as the headline. */
  confident: boolean;
}

/** The heading that is most likely the article's headline: alike a title, inside the article. */
export function pickHeadline(input: TitleInput): Headline | undefined {
  let best: { text: string; score: number; confident: boolean } | undefined;
  const usable = (h: HeadingFact): boolean =>
    !!h.text && h.text.length <= 300 && !h.logo && !isSite(h.text, input);
  const articleH1s = input.headings.filter((h) => h.h1 && h.inArticle && usable(h));
  for (const h of input.headings) {
    if (!usable(h)) continue;
    const alike = Math.max(0, ...input.candidates.map((c) => overlap(h.text, c.text)));
    const sole = articleH1s.length === 1 && articleH1s[0] === h && alike >= SOLE_H1_OVERLAP;
    const confident = alike >= HEADLINE_OVERLAP || h.marked || sole;
    const plausible = confident || (h.h1 && (h.inArticle || input.candidates.length === 0));
    if (!plausible) continue;
    const score = alike + (h.marked ? 0.5 : 0) + (h.inArticle ? 0.3 : 0) + (h.h1 ? 0.1 : 0);
    if (!best || score > best.score) best = { text: h.text, score, confident };
  }
  return best && { text: best.text, confident: best.confident };
}

/** A title without its site-name (or section) parts, and the site part if one was cut. */
export function stripSite(
  text: string,
  input: TitleInput,
  anchors: readonly string[],
): { title: string; site?: string } {
  const pieces = collapse(text).split(TITLE_SEPARATOR);
  const segments = pieces.filter((_, i) => i % 2 === 0);
  const seps = pieces.filter((_, i) => i % 2 === 1).map((s) => s.trim());
  if (segments.length === 1) return stripSitePrefix(segments[0] ?? '', input);
  let site: string | undefined;
  while (segments.length > 1 && isSite(segments.at(-1) ?? '', input)) {
    site = segments.pop();
    seps.pop();
  }
  while (segments.length > 1 && isSite(segments[0] ?? '', input)) {
    site ??= segments.shift();
    seps.shift();
  }
  const join = (from: number, to: number): string =>
    segments
      .slice(from, to)
      .reduce((acc, seg, i) => (i === 0 ? seg : `${acc}${spaced(seps[from + i - 1])}${seg}`), '');
  // Another source that prints the headline alone tells us which parts are the headline
  // ("Opinion | Headline - The New York Times" beside an <h1> "Headline").
  const anchorKeys = new Set(anchors.map((a) => words(a).join(' ')));
  for (let from = 0; from < segments.length; from++) {
    for (let to = segments.length; to > from; to--) {
      if (from === 0 && to === segments.length) continue;
      const key = words(join(from, to)).join(' ');
      if (!key || !anchorKeys.has(key)) continue;
      const rest = to < segments.length ? segments.at(-1) : undefined;
      return { title: join(from, to), ...siteOf(site ?? rest) };
    }
  }
  if (segments.length > 1 && looksLikeSiteSuffix(segments, seps, input)) {
    site ??= segments.pop();
    seps.pop();
  }
  return { title: join(0, segments.length), ...siteOf(site) };
}

function siteOf(site: string | undefined): { site?: string } {
  return site ? { site: site.trim() } : {};
}

function spaced(sep: string | undefined): string {
  if (!sep) return ' ';
  // Full-width separators are printed without spaces; ASCII ones with.
  return /^[｜：︱【】]$/u.test(sep) ? sep : ` ${sep} `;
}

/**
 * Without corroboration, a last part after a strong separator ("|", "»") is the site when it
 * is short; after a dash only when no site name is known at all and the headline is at least
 * twice as long ("Brexit - What Next" keeps its dash).
 */
function looksLikeSiteSuffix(segments: string[], seps: string[], input: TitleInput): boolean {
  const last = words(segments.at(-1) ?? '').length;
  const rest = words(segments.slice(0, -1).join(' ')).length;
  if (last === 0 || last > MAX_SITE_WORDS) return false;
  if (STRONG_SEPARATORS.has(seps.at(-1) ?? '')) return rest > last;
  return input.siteNames.length === 0 && last <= 4 && rest >= 2 * last;
}

/** "Site: Headline" when the part before the colon is the known site name. */
function stripSitePrefix(text: string, input: TitleInput): { title: string; site?: string } {
  const m = /^([^:：]{2,60})[:：]\s*(.+)$/u.exec(text);
  if (m?.[1] && m[2] && isSite(m[1], input)) return { title: m[2].trim(), site: m[1].trim() };
  return { title: text };
}

function isSite(part: string, input: TitleInput): boolean {
  return isSiteName(part, input.siteNames, input.siteLabel, MAX_SITE_WORDS);
}

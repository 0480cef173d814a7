/**
 * Author names from bylines: "By JANE DOE and John Roe, Staff Writers | Updated Nov. 19"
 * becomes ["Jane Doe", "John Roe"]; "By The Moscow Times" becomes [] (an organisation).
 */

import {
  BYLINE_NOISE,
  BYLINE_PREFIXES,
  BYLINE_STOP_WORDS,
  LOWERCASE_PREFIXES,
  MAX_BYLINE_CHARS,
  MAX_NAME_WORDS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NON_NAME_STARTS,
  ORG_WORDS,
  ROLE_WORDS,
  SPONSOR_PATTERN,
} from './author-rules.js';
import { WEEKDAY_NAMES } from './date-rules.js';
import { findDate } from './dates.js';
import { collapse, compact, isSiteName, isUrlLike, words } from './text.js';

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EDGE_L = '(?<![\\p{L}\\p{N}])';
const EDGE_R = '(?![\\p{L}\\p{N}])';

const PREFIX = new RegExp(
  `^(?:${BYLINE_PREFIXES.map((p) => (p.endsWith(':') ? `${escapeRegex(p.slice(0, -1))}\\s*:` : `${escapeRegex(p)}${EDGE_R}\\s*:?`)).join('|')})\\s*`,
  'iu',
);
// "Analysis by", "Story and photos by": a few words then "by" before the names.
const LEAD_BY = /^(?:\p{L}+\s+){1,3}by\s+(?=\p{Lu})/iu;
const LOWER_PREFIX = new RegExp(`^(?:${LOWERCASE_PREFIXES.map(escapeRegex).join('|')})\\s+(?=\\p{Lu})`, 'u');
// Between names: list punctuation, connectors ("and", "und", "и"), and a full stop after a
// word of four or more letters ("Finian Cunningham. Sputnik"; never after "J." or "Dr.").
const SPLIT = new RegExp(
  `\\s*(?:[,;|•·/&+、，]|(?<=\\p{L}\\p{Ll}{3})\\.\\s+(?=\\p{Lu})|\\s${EDGE_L}(?:${NAME_CONNECTORS.map(escapeRegex).join('|')})${EDGE_R}\\s)\\s*`,
  'iu',
);
const STOP = new RegExp(`${EDGE_L}(?:${BYLINE_STOP_WORDS.map(escapeRegex).join('|')})${EDGE_R}`, 'iu');

// A weekday left over after the date was cut ("By Jeff Foust Monday, November 18, 2019").
const TRAILING_WEEKDAY = new RegExp(
  `[\\s,|·•–—-]+(?:${WEEKDAY_NAMES.map(escapeRegex).join('|')})\\.?[\\s,]*$`,
  'iu',
);

/** What a name is compared with to tell people from the publisher. */
export interface AuthorContext {
  /** Site name, publisher name, application name: names that are not people. */
  orgNames: string[];
  /** The site's registrable domain label ("themoscowtimes"). */
  siteLabel?: string;
}

/** Cuts a byline at the first date, digit or "Updated"-like word, and removes emails, URLs, handles. */
export function trimByline(text: string): string {
  let line = collapse(text.replace(BYLINE_NOISE, ' '));
  const date = findDate(line);
  if (date) line = line.slice(0, date.index);
  const stop = STOP.exec(line);
  if (stop) line = line.slice(0, stop.index);
  line = line.replace(TRAILING_WEEKDAY, '');
  // Names hold no digits: what follows one is a time, a count or a phone ("1 day ago", "5 Min Read").
  const digit = line.search(/\d/);
  if (digit >= 0) line = line.slice(0, digit);
  return line.replace(/[\s|,;:·•–—-]+$/u, '').replace(/^[\s|,;:·•–—-]+/u, '');
}

/**
 * The byline as printed, on one line: with known authors, the stretch from the first to the
 * last name (keeping a leading "By"), so hover cards, "View author archive" and "5 Min Read"
 * fall away; without authors, an organisation's line ("By The Moscow Times"). Undefined when
 * the text is not a byline.
 */
export function printedByline(
  text: string,
  authors: readonly string[],
  ctx: AuthorContext,
): string | undefined {
  const line = trimByline(text);
  if (line.length < 2 || line.length > MAX_BYLINE_CHARS || !/\p{L}/u.test(line)) return undefined;
  if (authors.length === 0) return isOrgByline(line, ctx) ? line : undefined;
  const lower = line.toLowerCase();
  let start = Number.POSITIVE_INFINITY;
  let end = -1;
  for (const author of authors) {
    const at = lower.indexOf(author.toLowerCase());
    if (at < 0) continue;
    start = Math.min(start, at);
    end = Math.max(end, at + author.length);
  }
  if (end < 0) return undefined;
  const lead = line.slice(0, start);
  return (stripPrefix(lead) === '' ? line.slice(0, end) : line.slice(start, end)).trim();
}

/** A line naming no person that is an organisation's byline: "By Reuters", "LinkNaija". */
function isOrgByline(line: string, ctx: AuthorContext): boolean {
  const rest = stripPrefix(line);
  // "By admin" names a login, not an organisation.
  if (!rest || /\d|^\p{Ll}+$/u.test(rest) || rest.split(' ').length > MAX_NAME_WORDS) return false;
  return rest !== line.trim() || isOrganisation(rest, ctx);
}

/** The people named in one byline or author string. */
export function splitAuthors(raw: string, ctx: AuthorContext): string[] {
  if (SPONSOR_PATTERN.test(raw) || isUrlLike(raw)) return [];
  const line = stripPrefix(trimByline(raw));
  // The whole line is checked against the publisher only: "Jane Doe, Reuters" still names Jane.
  if (isPublisher(line, ctx)) return [];
  const pieces = line.split(SPLIT);
  const names = pieces.map((piece) => cleanName(piece, ctx)).filter((n): n is string => !!n);
  // Beside an agency, a lone word is a dateline place ("Reuters, Washington"), not a person.
  const withOrg = pieces.some((piece) => isOrganisation(piece, ctx));
  return withOrg ? names.filter((n) => n.includes(' ')) : names;
}

/** Keeps the first spelling of each name, compared without case, spacing or dots. */
export function dedupeNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const key = compact(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

function stripPrefix(text: string): string {
  let out = text.trim();
  for (let i = 0; i < 3; i++) {
    const next = out.replace(PREFIX, '').replace(LEAD_BY, '').replace(LOWER_PREFIX, '').trim();
    if (next === out) break;
    out = next;
  }
  return out;
}

function cleanName(piece: string, ctx: AuthorContext): string | undefined {
  let name = stripPrefix(piece).replace(/^[\s"'“”«»()[\]]+|[\s"'“”«»()[\]:.]+$/gu, '');
  name = dropOrgTail(dropRoles(name), ctx);
  if (!name || /\d/.test(name) || isUrlLike(name) || isOrganisation(name, ctx)) return undefined;
  const parts = name.split(' ');
  if (parts.length > MAX_NAME_WORDS || name.length > 60 || !/\p{L}{2}|\p{Lo}/u.test(name)) return undefined;
  // A single lower-case word is a handle ("admin", "jdoe"); a single capitalised one an
  // acronym or credential ("CNN", "MS", "RDN"); underscores mark user names ("kei_eno").
  if (parts.length === 1 && (/^\p{Ll}+$/u.test(name) || /^\p{Lu}+$/u.test(name))) return undefined;
  if (name.includes('_')) return undefined;
  const fixed = fixCase(name);
  return looksLikeName(fixed.split(' ')) ? fixed : undefined;
}

/** Capitalised words and name particles only, not starting with an article. */
function looksLikeName(parts: readonly string[]): boolean {
  if (NON_NAME_STARTS.has(parts[0]?.toLowerCase() ?? '')) return false;
  return parts.every((w) => !/^\p{Ll}/u.test(w) || NAME_PARTICLES.has(w));
}

/** "Jill Lawless Associated Press" -> "Jill Lawless": an agency printed after the name (longest tail first). */
function dropOrgTail(name: string, ctx: AuthorContext): string {
  const parts = name.split(' ');
  for (let k = Math.min(3, parts.length - 2); k >= 1; k--) {
    const tail = parts.slice(-k);
    // Only a capitalised tail is a name of its own ("Associated Press", not "Media for NJ.com").
    if (tail.every((w) => /^\p{Lu}/u.test(w)) && isOrganisation(tail.join(' '), ctx))
      return parts.slice(0, -k).join(' ');
  }
  return name;
}

/** Removes job titles: a piece made only of role words goes; trailing ones are cut off. */
function dropRoles(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  const isRole = (w: string): boolean => ROLE_WORDS.has(w.toLowerCase().replace(/[.,]$/, ''));
  if (parts.every(isRole)) return '';
  while (parts.length > 2 && isRole(parts.at(-1) ?? '')) parts.pop();
  return parts.join(' ');
}

/** Whether a name is the publisher, an agency or a desk rather than a person. */
export function isOrganisation(name: string, ctx: AuthorContext): boolean {
  const tokens = words(name);
  // "CNN Editor-at-large" on cnn.com: the site's own name as a word marks a desk, not a person.
  if (ctx.siteLabel && ctx.siteLabel.length >= 3 && tokens.includes(ctx.siteLabel)) return true;
  return isPublisher(name, ctx) || tokens.some((w) => ORG_WORDS.has(w));
}

/** Whether a name is this site's own name (site name, publisher, domain label). */
function isPublisher(name: string, ctx: AuthorContext): boolean {
  return isSiteName(name, ctx.orgNames, ctx.siteLabel, MAX_NAME_WORDS);
}

/** Title-cases names printed in all capitals (or all lower case): "JANE O'NEIL-SMITH" -> "Jane O'Neil-Smith". */
export function fixCase(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  const cased = letters.replace(/[^\p{Lu}\p{Ll}]/gu, '');
  if (!cased) return name;
  const allUpper = cased === cased.toUpperCase() && cased.length > 2;
  const allLower = cased === cased.toLowerCase();
  if (!allUpper && !allLower) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, edge: string, ch: string) => edge + ch.toUpperCase());
}

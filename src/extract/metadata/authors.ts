/**
 * Author names from bylines: "By JANE DOE and John Roe, Staff Writers | Updated Nov. 19"
 * becomes ["Jane Doe", "John Roe"]; "By The Moscow Times" becomes [] (an organisation).
 */
import { findDate } from './dates.js';
import {
  BYLINE_NOISE,
  BYLINE_PREFIXES,
  BYLINE_STOP_WORDS,
  LOWERCASE_PREFIXES,
  MAX_BYLINE_CHARS,
  MAX_NAME_WORDS,
  NAME_CONNECTORS,
  ORG_WORDS,
  ROLE_WORDS,
  SPONSOR_PATTERN,
} from './rules.js';
import { collapse, compact, fold, isSiteName, isUrlLike, words } from './text.js';

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EDGE_L = '(?<![\\p{L}\\p{N}])';
const EDGE_R = '(?![\\p{L}\\p{N}])';

const PREFIX = new RegExp(
  `^(?:${BYLINE_PREFIXES.map((p) => (p.endsWith(':') ? `${escapeRegex(p.slice(0, -1))}\\s*:` : `${escapeRegex(p)}${EDGE_R}\\s*:?`)).join('|')})\\s*`,
  'iu',
);
const LOWER_PREFIX = new RegExp(`^(?:${LOWERCASE_PREFIXES.map(escapeRegex).join('|')})\\s+(?=\\p{Lu})`, 'u');
const SPLIT = new RegExp(
  `\\s*(?:[,;|•·/&+、，]|\\s${EDGE_L}(?:${NAME_CONNECTORS.map(escapeRegex).join('|')})${EDGE_R}\\s)\\s*`,
  'iu',
);
const STOP = new RegExp(`${EDGE_L}(?:${BYLINE_STOP_WORDS.map(escapeRegex).join('|')})${EDGE_R}`, 'iu');

/** What a name is compared with to tell people from the publisher. */
export interface AuthorContext {
  /** Site name, publisher name, application name: names that are not people. */
  orgNames: string[];
  /** The site's registrable domain label ("themoscowtimes"). */
  siteLabel?: string;
}

/** Cuts a byline at the first date or "Updated"-like word, and removes emails, URLs, handles. */
export function trimByline(text: string): string {
  let line = collapse(text.replace(BYLINE_NOISE, ' '));
  const date = findDate(line);
  if (date) line = line.slice(0, date.index);
  const stop = STOP.exec(line);
  if (stop) line = line.slice(0, stop.index);
  return line.replace(/[\s|,;:·•–—-]+$/u, '').replace(/^[\s|,;:·•–—-]+/u, '');
}

/** The byline as printed, on one line, without trailing dates; undefined if it is not one. */
export function printedByline(text: string): string | undefined {
  const line = trimByline(text);
  return line.length >= 2 && line.length <= MAX_BYLINE_CHARS && /\p{L}/u.test(line) ? line : undefined;
}

/** The people named in one byline or author string. */
export function splitAuthors(raw: string, ctx: AuthorContext): string[] {
  if (SPONSOR_PATTERN.test(raw) || isUrlLike(raw)) return [];
  const line = stripPrefix(trimByline(raw));
  // The whole line is checked against the publisher only: "Jane Doe, Reuters" still names Jane.
  if (isPublisher(line, ctx)) return [];
  const names: string[] = [];
  for (const piece of line.split(SPLIT)) {
    const name = cleanName(piece, ctx);
    if (name) names.push(name);
  }
  return names;
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
    const next = out.replace(PREFIX, '').replace(LOWER_PREFIX, '').trim();
    if (next === out) break;
    out = next;
  }
  return out;
}

function cleanName(piece: string, ctx: AuthorContext): string | undefined {
  let name = stripPrefix(piece).replace(/^[\s"'“”«»()[\]]+|[\s"'“”«»()[\]:.]+$/gu, '');
  name = dropRoles(name);
  if (!name || /\d/.test(name) || isUrlLike(name) || isOrganisation(name, ctx)) return undefined;
  const parts = name.split(' ');
  if (parts.length > MAX_NAME_WORDS || name.length > 60 || !/\p{L}{2}|\p{Lo}/u.test(name)) return undefined;
  // A single lower-case word is a handle ("admin", "jdoe"), not a printed name.
  if (parts.length === 1 && /^\p{Ll}+$/u.test(name)) return undefined;
  return fixCase(name);
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
  return isPublisher(name, ctx) || words(name).some((w) => ORG_WORDS.has(w));
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

/** Whether the fold of `text` mentions any of `names` (to tie a printed byline to authors). */
export function mentionsAny(text: string, names: readonly string[]): boolean {
  const hay = fold(text);
  return names.some((n) => hay.includes(fold(n)));
}

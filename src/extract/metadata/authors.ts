/**
 * Author names from bylines: "By JANE DOE and John Roe, Staff Writers | Updated Nov. 19"
 * becomes ["Jane Doe", "John Roe"]; "By The Moscow Times" becomes [] (an organisation).
 */

import {
  BYLINE_NOISE,
  BYLINE_PREFIXES,
  BYLINE_STOP_WORDS,
  DATE_LEAD_WORDS,
  LOWERCASE_PREFIXES,
  MAX_BYLINE_CHARS,
  MAX_NAME_WORDS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NON_NAME_STARTS,
  ORG_WORDS,
  ROLE_NOUNS,
  ROLE_WORDS,
  SPONSOR_PATTERN,
} from './author-rules.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './date-rules.js';
import { findDate } from './dates.js';
import { collapse, compact, isSiteName, isUrlLike, words } from './text.js';

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EDGE_L = '(?<![\\p{L}\\p{N}])';
const EDGE_R = '(?![\\p{L}\\p{N}])';

// Colons as printed in Latin, CJK (full width) and Arabic text.
const COLON = '[:：]';
const PREFIX = new RegExp(
  `^(?:${BYLINE_PREFIXES.map((p) => (p.endsWith(':') ? `${escapeRegex(p.slice(0, -1))}\\s*${COLON}` : `${escapeRegex(p)}${EDGE_R}\\s*${COLON}?`)).join('|')})\\s*`,
  'iu',
);
// "Analysis by", "Story and photos by": a few words then "by" before the names.
const LEAD_BY = /^(?:\p{L}+\s+){1,3}by\s+(?=\p{Lu})/iu;
const LOWER_PREFIX = new RegExp(`^(?:${LOWERCASE_PREFIXES.map(escapeRegex).join('|')})\\s+(?=\\p{Lu})`, 'u');
// Between names: list punctuation and connectors ("and", "und", "и").
// "A, B, and C": a comma before the connector is one separator, not two.
const SPLIT = new RegExp(
  `\\s*(?:,?\\s+(?:${NAME_CONNECTORS.map(escapeRegex).join('|')})${EDGE_R}\\s+|[,;|•·/／&+、，])\\s*`,
  'iu',
);
const TRAILING_DATE_LEAD = new RegExp(`\\s+(?:${DATE_LEAD_WORDS.map(escapeRegex).join('|')})$`, 'u');
// A full stop after a word of four or more letters ends the names: what follows is where the
// piece ran ("Finian Cunningham. Sputnik"), a credit ("Photos by …") or a bio. Co-authors are
// joined by commas and "and", never by a full stop; "J." and "Dr." do not end a sentence.
const SENTENCE_END = /(?<=\p{L}\p{Ll}{3})\.\s+(?=\p{Lu})/u;
const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAY_NAMES,
  ...Object.values(MONTH_NAMES).flat(2),
]);
const UNSPACED_NAME = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
// "Posted by", "Published by" lead into the names: there the word is a prefix, not a stop.
const STOP = new RegExp(
  `${EDGE_L}(?:${BYLINE_STOP_WORDS.map(escapeRegex).join('|')})${EDGE_R}(?!\\s+by${EDGE_R})`,
  'iu',
);

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
  return line
    .replace(/[\s|,;:·•–—／/-]+$/u, '')
    .replace(TRAILING_DATE_LEAD, '')
    .replace(/^[\s|,;:·•–—-]+/u, '');
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

/** Whether a line starts with a byline word ("By", "Von", "Par", "Автор:", "作者："). */
export function hasBylinePrefix(line: string): boolean {
  return PREFIX.test(line.trim());
}

const CONNECTOR_END = new RegExp(`(?:[,&]|\\s(?:${NAME_CONNECTORS.map(escapeRegex).join('|')}))\\s*$`, 'iu');
const CONNECTOR_START = new RegExp(
  `^(?:[,&]|(?:${NAME_CONNECTORS.map(escapeRegex).join('|')})${EDGE_R})`,
  'iu',
);
// Lines a byline may run over when its names are links in their own blocks.
const MAX_BYLINE_LINES = 6;

/**
 * The byline that starts at `lines[0]`, joined with the lines that continue it: markup that
 * puts each name in a block of its own prints "By", "Matthew Digby", ", Minh Do on Monday…"
 * on separate lines. A line continues the byline only while the byline so far is a bare "By"
 * or ends in a comma or connector, or the line starts with one.
 */
export function joinBylineLines(lines: readonly string[]): string {
  let text = lines[0] ?? '';
  for (const next of lines.slice(1, MAX_BYLINE_LINES)) {
    const open = stripPrefix(text) === '' || CONNECTOR_END.test(text) || CONNECTOR_START.test(next);
    if (!open) break;
    text = `${text} ${next}`;
  }
  return text.replace(/\s+([,;])/g, '$1');
}

/** The people named in one byline or author string. */
export function splitAuthors(raw: string, ctx: AuthorContext): string[] {
  if (SPONSOR_PATTERN.test(raw) || isUrlLike(raw)) return [];
  const trimmed = stripPrefix(trimByline(raw));
  const end = trimmed.search(SENTENCE_END);
  const line = end < 0 ? trimmed : trimmed.slice(0, end);
  // The whole line is checked against the publisher only: "Jane Doe, Reuters" still names Jane.
  if (isPublisher(line, ctx)) return [];
  const pieces = line.split(SPLIT);
  // A line printed all in lower case may name people in lower case ("by jane doe"); in a
  // line with capitals, a lower-case piece is prose ("… with her husband, two dogs").
  const lowerLine = line === line.toLowerCase();
  const names = pieces.map((piece) => cleanName(piece, ctx, lowerLine)).filter((n): n is string => !!n);
  // Beside an agency or a full name, a lone word is a dateline place or the publication the
  // piece came from ("Reuters, Washington", "CARMEN RUIZ | TARIFA", "Jane Doe, Futurism"), not
  // a person. Names in unspaced scripts ("李明") have no spaces to count.
  const full = (n: string): boolean => n.includes(' ') || UNSPACED_NAME.test(n);
  const lone = pieces.some((piece) => isOrganisation(piece, ctx)) || names.some((n) => n.includes(' '));
  return lone ? names.filter(full) : names;
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

function cleanName(piece: string, ctx: AuthorContext, lowerLine: boolean): string | undefined {
  let name = stripPrefix(piece).replace(/^[\s"'“”«»()[\]]+|[\s"'“”«»()[\]:.]+$/gu, '');
  name = dropOrgTail(dropRoles(dropRepeat(name)), ctx);
  if (!name || /\d/.test(name) || isUrlLike(name) || isOrganisation(name, ctx)) return undefined;
  if (!lowerLine && !/\p{Lu}|\p{Lo}/u.test(name)) return undefined;
  const parts = name.split(' ');
  if (parts.length > MAX_NAME_WORDS || name.length > 60 || !/\p{L}{2}|\p{Lo}/u.test(name)) return undefined;
  // A single lower-case word is a handle ("admin", "jdoe"); a single capitalised one an
  // acronym or credential ("CNN", "MS", "RDN"); underscores mark user names ("kei_eno").
  if (parts.length === 1 && (/^\p{Ll}+$/u.test(name) || /^\p{Lu}+$/u.test(name))) return undefined;
  // "By Sunday, officials said…": a weekday or a month alone is a time, not a person.
  if (parts.length === 1 && CALENDAR_WORDS.has(name.toLowerCase())) return undefined;
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

/**
 * A name printed twice in a row keeps its first printing: author widgets repeat the name in
 * a hover card, followed by the card's title and links ("Sarah E. Needleman Sarah E.
 * Needleman The Wall Street Journal Biography…").
 */
function dropRepeat(name: string): string {
  const parts = name.split(' ');
  // What follows the repeat is a card (capitalised titles and links), not a bio's sentence
  // ("Regan Regan is a Connecticut native…" is one long piece, and no name).
  const card = (rest: readonly string[]): boolean =>
    rest.every((w) => !/^\p{Ll}/u.test(w) || NAME_PARTICLES.has(w));
  const key = (from: number, to: number): string => parts.slice(from, to).join(' ').toLowerCase();
  for (let k = 1; k <= Math.min(MAX_NAME_WORDS, parts.length >> 1); k++) {
    if (key(0, k) === key(k, 2 * k) && card(parts.slice(2 * k))) return parts.slice(0, k).join(' ');
  }
  return name;
}

/**
 * Removes job titles: a piece made only of role words goes, and so does a beat and a role
 * noun ("Transport Reporter", "City Editor"); trailing role words are cut off longer names.
 */
function dropRoles(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  const bare = (w: string): string => w.toLowerCase().replace(/[.,]$/, '');
  const isRole = (w: string): boolean => ROLE_WORDS.has(bare(w));
  if (parts.every(isRole)) return '';
  if (parts.length <= 2 && ROLE_NOUNS.has(bare(parts.at(-1) ?? ''))) return '';
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

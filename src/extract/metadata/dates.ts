/**
 * A small date normaliser of our own: ISO 8601, RFC 2822, the common meta forms, URL paths
 * and printed datelines in many languages, to ISO 8601. `Date.parse` is not used: it reads
 * "11/19/2019" and "19.11.2019" differently across engines and invents a local time zone.
 *
 * Output keeps what the page said and nothing more: a date alone stays a date
 * ("2019-11-19"); a time with a zone keeps its offset ("2019-11-19T17:04:00-05:00"); a time
 * without a zone stays local ("2019-11-19T17:04:00"), only where the caller allows it.
 */
import {
  type DateOrder,
  EARLIEST_GUESSED_YEAR,
  EARLIEST_YEAR,
  FUTURE_MARGIN_MS,
  MONTH_FIRST_LANGS,
  MONTH_NAMES,
  TEXT_DATE_RULES,
  UPDATE_LABELS,
  URL_DATE_RULES,
} from './date-rules.js';
import { pad, readTime, zoneOffset } from './time-of-day.js';

/** A calendar date with an optional time of day and offset ("Z", "+05:30"). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  offset?: string;
}

/** How strictly to read a date. */
export interface DateOptions {
  /** The reference "now"; later dates (beyond a day's margin) are rejected. */
  now: number;
  /** Keep a time that has no zone, as a local date-time. @default false */
  keepLocalTime?: boolean;
  /** The earliest year accepted. @default EARLIEST_YEAR */
  minYear?: number;
  /**
   * Read numeric dates day first ("05/03/2024" is 5 March), as the page's language does; see
   * `dayFirstFor`. @default false (month first, unless the first number cannot be a month)
   */
  dayFirst?: boolean;
}

const MONTHS: ReadonlyMap<string, number> = buildMonthMap();
const MONTH_ALTERNATION = [...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const TEXT_PATTERNS = TEXT_DATE_RULES.map((rule) => ({
  ...rule,
  regex: new RegExp(
    rule.source
      .replaceAll('{M}', MONTH_ALTERNATION)
      .replaceAll('{L}', '(?<![\\p{L}\\p{N}])')
      .replaceAll('{R}', '(?![\\p{L}\\p{N}])'),
    'giu',
  ),
}));

// Update labels; word edges only around letters that have them (not "更新" inside "更新时间").
const UPDATE_LABEL = new RegExp(
  UPDATE_LABELS.map((w) => {
    const edged = /^[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(w);
    const word = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return edged ? `(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])` : word;
  }).join('|'),
  'iu',
);
// Where one labelled date ends and the next label begins in a printed line.
const LINE_BREAK = /[|·•;\n–—]/g;

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:(?:T|\s+)(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?$/i;

function buildMonthMap(): Map<string, number> {
  const map = new Map<string, number>();
  for (const months of Object.values(MONTH_NAMES)) {
    months.forEach((names, index) => {
      for (const name of names) map.set(name, index + 1);
    });
  }
  return map;
}

/** Reads a machine date (meta content, JSON-LD, `<time datetime>`) and returns ISO 8601. */
export function normalizeDate(raw: string | undefined, options: DateOptions): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  const parts = parseEpoch(text) ?? parseIso(text) ?? findDate(text, options)?.parts;
  return parts ? accept(parts, options) : undefined;
}

/** A date found inside free text, with where it starts and ends. */
export interface DateMatch {
  parts: DateParts;
  index: number;
  end: number;
  rule: string;
}

/** How to read numeric dates whose order the text does not say. */
export interface FindDateOptions {
  /** "05/03/2024" is 5 March. @default false */
  dayFirst?: boolean;
}

/**
 * Finds the earliest printed date in `text` ("Nov. 19, 2019 at 5:04 p.m. ET", "19.11.2019",
 * "١٩ نوفمبر ٢٠١٩"). Arabic-Indic, Persian and full-width digits read as ASCII digits.
 */
export function findDate(raw: string, options: FindDateOptions = {}): DateMatch | undefined {
  const text = asciiDigits(raw);
  let best: DateMatch | undefined;
  for (const rule of TEXT_PATTERNS) {
    rule.regex.lastIndex = 0;
    for (let m = rule.regex.exec(text); m; m = rule.regex.exec(text)) {
      if (best && m.index >= best.index) break;
      const date = orderParts(rule.order, m[1] ?? '', m[2] ?? '', m[3] ?? '', options.dayFirst === true);
      if (!isCalendarDate(date)) continue;
      const end = m.index + m[0].length;
      const time = readTime(text.slice(end), date);
      best = { parts: { ...date, ...time.parts }, index: m.index, end: end + time.length, rule: rule.id };
      break;
    }
  }
  return best;
}

/** A printed date and whether a label before it says it is an update ("Updated Feb. 9, 2021"). */
export interface LabelledDate {
  match: DateMatch;
  update: boolean;
}

/** Which printed dates `normalizeTextDate` may take: any, only updates, or none of the updates. */
export type DateLabel = 'any' | 'update' | 'not-update';

// A printed line names at most a few dates of its own; more are a list of other stories.
const MAX_DATES_PER_TEXT = 4;

/** The dates printed in `text`, in order, each with whether its label calls it an update. */
export function labelledDates(text: string, options: FindDateOptions = {}): LabelledDate[] {
  const out: LabelledDate[] = [];
  let from = 0;
  while (out.length < MAX_DATES_PER_TEXT) {
    const found = findDate(text.slice(from), options);
    if (!found) break;
    // Only the stretch after the last separator labels this date: in "Updated 9:15 a.m. |
    // Published Feb. 8" the "Updated" belongs to the time before the bar.
    const gap = text.slice(from, from + found.index);
    const label = gap.slice(lastBreak(gap));
    out.push({
      match: { ...found, index: found.index + from, end: found.end + from },
      update: UPDATE_LABEL.test(label),
    });
    from += Math.max(found.end, 1);
  }
  return out;
}

function lastBreak(text: string): number {
  let at = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) at = m.index + 1;
  return at;
}

/**
 * Reads a printed date (dateline text): keeps the time only when a zone is printed too. The
 * first acceptable date wins; `label` restricts which (for the published date, first try the
 * dates not labelled as updates).
 */
export function normalizeTextDate(
  text: string,
  options: DateOptions,
  label: DateLabel = 'any',
): string | undefined {
  for (const { match, update } of labelledDates(text, options)) {
    if ((label === 'update' && !update) || (label === 'not-update' && update)) continue;
    const iso = accept(match.parts, { ...options, minYear: options.minYear ?? EARLIEST_GUESSED_YEAR });
    if (iso) return iso;
  }
  return undefined;
}

/** Whether a page in `lang` reads numeric dates day first (see `MONTH_FIRST_LANGS`). */
export function dayFirstFor(lang: string | undefined): boolean {
  return lang !== undefined && lang !== '' && !MONTH_FIRST_LANGS.has(lang.toLowerCase());
}

// Arabic-Indic (U+0660), Persian (U+06F0) and full-width (U+FF10) digits, one code unit each.
const NON_ASCII_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g;

/** ASCII digits for the other decimal digits pages print; offsets stay the same. */
function asciiDigits(text: string): string {
  NON_ASCII_DIGIT.lastIndex = 0;
  if (!NON_ASCII_DIGIT.test(text)) return text;
  return text.replace(NON_ASCII_DIGIT, (d) => {
    const code = d.charCodeAt(0);
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}

/** The date in a URL path (/2019/11/19/, /2019-11-19, /20191119/), as a plain date. */
export function dateFromUrl(url: string | undefined, options: DateOptions): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  for (const rule of URL_DATE_RULES) {
    const m = rule.pattern.exec(path);
    if (!m) continue;
    const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    const iso = accept(parts, { ...options, minYear: EARLIEST_GUESSED_YEAR });
    if (iso) return iso;
  }
  return undefined;
}

/** Whether `modified` is earlier than `published` (compared by date when either is date-only). */
export function isBefore(modified: string, published: string): boolean {
  if (modified.length <= 10 || published.length <= 10) return modified.slice(0, 10) < published.slice(0, 10);
  return instantOf(modified) < instantOf(published);
}

function parseEpoch(text: string): DateParts | undefined {
  if (!/^\d{10}$|^\d{13}$/.test(text)) return undefined;
  const date = new Date(text.length === 10 ? Number(text) * 1000 : Number(text));
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    offset: 'Z',
  };
}

function parseIso(text: string): DateParts | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const parts: DateParts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (m[4] !== undefined) {
    parts.hour = Number(m[4]);
    parts.minute = Number(m[5]);
    parts.second = Number(m[6] ?? 0);
    const offset = zoneOffset(m[7], parts);
    if (offset) parts.offset = offset;
  }
  return parts;
}

function orderParts(order: DateOrder, a: string, b: string, c: string, dayFirst: boolean): DateParts {
  const month = (s: string): number => MONTHS.get(s.toLowerCase()) ?? Number(s);
  switch (order) {
    case 'mdy':
      return { year: Number(c), month: month(a), day: Number(b) };
    case 'dmy':
      return { year: Number(c), month: month(b), day: Number(a) };
    case 'ymd':
      return { year: Number(a), month: month(b), day: Number(c) };
    case 'md?y': {
      // Day first where the page's language says so, or where the first number cannot be a month.
      const dmy = dayFirst ? Number(b) <= 12 : Number(a) > 12;
      return dmy
        ? { year: Number(c), month: Number(b), day: Number(a) }
        : { year: Number(c), month: Number(a), day: Number(b) };
    }
  }
}

function isCalendarDate({ year, month, day }: DateParts): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Validates parts (real calendar date, sane time, not too old, not in the future) and formats. */
function accept(parts: DateParts, options: DateOptions): string | undefined {
  if (parts.year < (options.minYear ?? EARLIEST_YEAR) || !isCalendarDate(parts)) return undefined;
  const hasTime = parts.hour !== undefined && (parts.offset !== undefined || options.keepLocalTime === true);
  if (hasTime && ((parts.hour ?? 0) > 23 || (parts.minute ?? 0) > 59 || (parts.second ?? 0) > 60))
    return undefined;
  const iso = hasTime
    ? `${dateString(parts)}T${pad(parts.hour ?? 0)}:${pad(parts.minute ?? 0)}:${pad(parts.second ?? 0)}${parts.offset ?? ''}`
    : dateString(parts);
  return instantOf(iso) <= options.now + FUTURE_MARGIN_MS ? iso : undefined;
}

function dateString({ year, month, day }: DateParts): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The instant of an ISO string we produced; local times and dates count as UTC. */
function instantOf(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?)?$/.exec(iso);
  if (!m) return Number.NaN;
  const utc = Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
  );
  const offset = m[7] && m[7] !== 'Z' ? m[7] : undefined;
  if (!offset) return utc;
  const minutes =
    (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * (offset[0] === '-' ? -1 : 1);
  return utc - minutes * 60_000;
}

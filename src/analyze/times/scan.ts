/**
 * The time tagger: the phrases the rules find (candidates.ts) are taken left to right (the
 * longest at each place; a NOT_TIMES phrase claims its span and yields nothing), and each is
 * resolved in text order so that anaphoric ones see the times before them.
 */
import type { TimeMention } from '../types.js';
import { parsePublished } from './calendar.js';
import { anchoredCandidates } from './candidates.js';
import type { Groups, ResolveContext, Resolved } from './context.js';
import {
  resolveCentury,
  resolveDate,
  resolveDecade,
  resolveHalf,
  resolveHoliday,
  resolveMonth,
  resolveNewYear,
  resolveQuarter,
  resolveSeason,
  resolveYear,
} from './resolve-named.js';
import {
  resolveAgo,
  resolveClock,
  resolveDeictic,
  resolveRangeDay,
  resolveShift,
  resolveUnit,
  resolveWeekday,
  resolveWeekend,
} from './resolve-relative.js';
import { type ResolveKind, TIME_RULES } from './rules.js';

const RESOLVERS: Record<ResolveKind, (g: Groups, ctx: ResolveContext) => string | undefined> = {
  date: resolveDate,
  month: resolveMonth,
  year: resolveYear,
  decade: resolveDecade,
  century: resolveCentury,
  holiday: resolveHoliday,
  'new-year': resolveNewYear,
  season: resolveSeason,
  quarter: resolveQuarter,
  half: resolveHalf,
  weekday: resolveWeekday,
  deictic: resolveDeictic,
  unit: resolveUnit,
  ago: resolveAgo,
  shift: resolveShift,
  'range-day': resolveRangeDay,
  weekend: resolveWeekend,
  clock: resolveClock,
};

/**
 * Finds the dates and times in `text` and resolves them against `published` (an ISO 8601 date
 * or date-time). Without `published`, phrases relative to it ("Friday", "last week",
 * "Sept. 15") are left out; those that carry their year ("Sept. 15, 2014", "in 2013") stay.
 * Mentions are sorted by start and never overlap.
 */
export function findTimes(text: string, published?: string): TimeMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const pub = parsePublished(published);
  const out: TimeMention[] = [];
  const previous: Resolved[] = [];
  let taken = 0;
  for (const c of anchoredCandidates(text)) {
    if (c.start < taken) continue;
    if (c.rule < 0) {
      taken = c.end;
      continue;
    }
    const rule = TIME_RULES[c.rule];
    if (!rule) continue;
    const ctx: ResolveContext = { pub, text, start: c.start, end: c.end, previous };
    const value = RESOLVERS[rule.resolve](c.groups, ctx);
    if (value === undefined) continue; // a shorter phrase here may still resolve
    out.push({ span: [c.start, c.end], value, rule: rule.id });
    previous.push({ start: c.start, end: c.end, value });
    taken = c.end;
  }
  return out;
}

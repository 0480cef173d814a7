/**
 * Resolvers for phrases whose time is counted from something else: from the publication date
 * ("Friday", "yesterday", "last week", "three years ago", "the weekend") or from the time the
 * text last talked about ("the following month", "a year earlier", "13" in "Oct. 12-13", a bare
 * clock time). Without that anchor they resolve to nothing.
 */
import {
  addDays,
  addMonths,
  type Day,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  weekdayOf,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
} from './calendar.js';
import { type Groups, type ResolveContext, type Resolved, sentenceOf, tenseOf } from './context.js';
import { numberValue, WEEKDAYS } from './lexicon.js';
import { readValue, shiftPeriod, timeSuffix, type Unit } from './values.js';

const count = (num: string | undefined): number | undefined => (num === undefined ? 1 : numberValue(num));

/** "-1" for last/this past, "+1" for next, 0 for this/coming/none. */
const step = (rel: string | undefined): number =>
  !rel ? 0 : /^[Ll]ast|past/.test(rel) ? -1 : /^[Nn]ext/.test(rel) ? 1 : 0;

/**
 * A weekday: "last Friday" is the latest before publication, "next Friday" the first after;
 * a bare one follows the tense (on or after publication for the future, else on or before).
 */
export function resolveWeekday(g: Groups, ctx: ResolveContext): string | undefined {
  const wd = WEEKDAYS.indexOf(g['weekday'] ?? '');
  const pub = ctx.pub;
  if (wd < 0 || !pub) return undefined;
  const rel = g['rel'];
  const s = step(rel);
  let day: Day;
  if (s < 0) day = weekdayOnOrBefore(pub, wd, true);
  else if (s > 0) day = weekdayOnOrAfter(pub, wd, true);
  else if (rel && /oming/.test(rel)) day = weekdayOnOrAfter(pub, wd);
  else day = tenseOf(ctx) === 'future' ? weekdayOnOrAfter(pub, wd) : weekdayOnOrBefore(pub, wd);
  return formatDay(day) + timeSuffix(g);
}

/** today, tonight, yesterday, tomorrow, this morning, last night. */
export function resolveDeictic(g: Groups, ctx: ResolveContext): string | undefined {
  const word = (g['deictic'] ?? '').toLowerCase();
  if (!ctx.pub || !word) return undefined;
  const offset = word === 'yesterday' || word === 'last' ? -1 : word === 'tomorrow' ? 1 : 0;
  const suffix = word === 'tonight' ? 'TNI' : timeSuffix(g);
  return formatDay(addDays(ctx.pub, offset)) + suffix;
}

/** last/this/next week|month|year|quarter, earlier this month, the end of the year. */
export function resolveUnit(g: Groups, ctx: ResolveContext): string | undefined {
  const pub = ctx.pub;
  if (!pub) return undefined;
  const n = step(g['rel']);
  switch (g['unit']) {
    case 'week':
      return formatWeek(addDays(pub, 7 * n));
    case 'month': {
      const m = addMonths(pub, n);
      return formatMonth(m.y, m.m);
    }
    case 'year':
      return formatYear(pub.y + n);
    case 'quarter': {
      const index = pub.y * 4 + Math.floor((pub.m - 1) / 3) + n;
      return `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
    }
    default:
      return undefined;
  }
}

/** "three days ago" is a day, "two weeks ago" a week, "a month ago" a month: the unit's grain. */
export function resolveAgo(g: Groups, ctx: ResolveContext): string | undefined {
  const n = count(g['num']);
  if (!ctx.pub || n === undefined) return undefined;
  const unit = unitOf(g['unit']);
  return shiftPeriod({ grain: unit, day: ctx.pub }, -n, unit);
}

const unitOf = (unit: string | undefined): Unit =>
  unit === 'week' || unit === 'month' || unit === 'year' ? unit : 'day';

/**
 * The time an anaphoric phrase counts from: for a year shift, a period (not a day) named earlier
 * in the same sentence — "sales in November rose from a year earlier" compares Novembers —
 * else the last time named, else the publication date.
 */
function anchorOf(ctx: ResolveContext, unit: Unit): string | undefined {
  const prev = ctx.previous;
  if (unit === 'year') {
    const from = sentenceOf(ctx);
    for (let i = prev.length - 1; i >= 0 && (prev[i]?.start ?? -1) >= from; i--) {
      const value = prev[i]?.value ?? '';
      if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
    }
  }
  return prev.at(-1)?.value ?? (ctx.pub && formatDay(ctx.pub));
}

/** "a week later", "the previous day", "the following month", "a year earlier". */
export function resolveShift(g: Groups, ctx: ResolveContext): string | undefined {
  const n = count(g['num']);
  const unit = unitOf(g['unit']);
  const anchor = anchorOf(ctx, unit);
  const period = anchor === undefined ? undefined : readValue(anchor);
  if (n === undefined || !period) return undefined;
  const back = /^(?:earlier|before|previous|preceding)$/.test(g['dir'] ?? '');
  const shifted = shiftPeriod(period, back ? -n : n, unit);
  const part = timeSuffix(g); // "the next morning"
  return shifted && part ? (/^\d{4}-\d{2}-\d{2}$/.test(shifted) ? shifted + part : undefined) : shifted;
}

/** The second day of "Oct. 12-13": the month and year of the day just before it. */
export function resolveRangeDay(g: Groups, ctx: ResolveContext): string | undefined {
  const last: Resolved | undefined = ctx.previous.at(-1);
  const m = last && /^(\d{4}-\d{2})-\d{2}/.exec(last.value);
  const day = Number(g['day']);
  if (!m?.[1] || !day || day > 31) return undefined;
  const value = `${m[1]}-${String(day).padStart(2, '0')}`;
  return readValue(value) ? value : undefined;
}

/**
 * A weekend is written as its Saturday's ISO week plus "-WE". "this weekend" is the coming one
 * (or the one under way), except early in the week in a past-tense clause ("told voters this
 * weekend", on a Monday); "the weekend" follows the tense.
 */
export function resolveWeekend(g: Groups, ctx: ResolveContext): string | undefined {
  const pub = ctx.pub;
  if (!pub) return undefined;
  const wd = weekdayOf(pub);
  const onWeekend = wd === 0 || wd === 6;
  const current = weekdayOnOrBefore(pub, 6); // this weekend's Saturday when on it, else the last
  const upcoming = onWeekend ? current : weekdayOnOrAfter(pub, 6);
  const s = step(g['rel']);
  let saturday: Day;
  if (s < 0) saturday = onWeekend ? addDays(current, -7) : current;
  else if (s > 0) saturday = onWeekend ? addDays(current, 7) : upcoming;
  else if (g['rel']) saturday = wd >= 1 && wd <= 2 && tenseOf(ctx) === 'past' ? current : upcoming;
  else saturday = onWeekend ? current : tenseOf(ctx) === 'future' ? upcoming : current;
  return `${formatWeek(saturday)}-WE`;
}

/** How far back a bare clock time looks for its day: mentions, and characters of its paragraph. */
const CLOCK_LOOKBACK = { mentions: 12, chars: 2000 };

/**
 * A bare clock time ("at about 2 a.m.") belongs to the last day named in its paragraph, else to
 * the publication date: a live blog's "4:30 p.m." headings are the day of publication.
 */
export function resolveClock(g: Groups, ctx: ResolveContext): string | undefined {
  const from = Math.max(0, ctx.start - CLOCK_LOOKBACK.chars);
  const paragraph = from + ctx.text.slice(from, ctx.start).lastIndexOf('\n') + 1;
  let day: string | undefined = ctx.pub && formatDay(ctx.pub);
  const stop = Math.max(0, ctx.previous.length - CLOCK_LOOKBACK.mentions);
  for (let i = ctx.previous.length - 1; i >= stop && (ctx.previous[i]?.start ?? -1) >= paragraph; i--) {
    const m = /^\d{4}-\d{2}-\d{2}/.exec(ctx.previous[i]?.value ?? '');
    if (m) {
      day = m[0];
      break;
    }
  }
  const suffix = timeSuffix(g);
  return day && suffix ? day + suffix : undefined;
}

/**
 * Resolvers for phrases that name their time: days and months by name or number, years,
 * decades, centuries, holidays, seasons, quarters and halves. A missing year comes from the
 * publication date and the tense (context.ts); with no publication date it stays unresolved.
 */
import {
  addDays,
  type Day,
  daysBetween,
  easter,
  formatDay,
  formatMonth,
  formatYear,
  makeDay,
  nthWeekday,
} from './calendar.js';
import { type Groups, pickYear, type ResolveContext, TENSE_REACH, tenseOf } from './context.js';
import { HOLIDAYS, monthNumber, ORDINALS, SEASONS } from './lexicon.js';
import { timeSuffix } from './values.js';

/** "14" → 2014, "98" → 1998 (two-digit years in US slashed dates). */
const fullYear = (y: string): number => {
  const n = Number(y);
  return y.length > 2 ? n : n < 50 ? 2000 + n : 1900 + n;
};

const monthOf = (g: Groups): number | undefined => (g['month'] ? monthNumber(g['month']) : Number(g['mnum']));

/** The step a "last/next/this" group gives: -1, +1 or 0. */
const step = (rel: string | undefined): number =>
  !rel ? 0 : /^[Ll]ast|past/.test(rel) ? -1 : /^[Nn]ext/.test(rel) ? 1 : 0;

/** The occurrence of a yearly day the tense and the publication date point to. */
function pickYearlyDay(make: (y: number) => Day | undefined, ctx: ResolveContext): Day | undefined {
  const pub = ctx.pub;
  if (!pub) return undefined;
  const offset = (y: number): number | undefined => {
    const day = make(y);
    return day && daysBetween(pub, day);
  };
  const y = pickYear(pub.y, offset, tenseOf(ctx), TENSE_REACH.days);
  return y === undefined ? undefined : make(y);
}

export function resolveDate(g: Groups, ctx: ResolveContext): string | undefined {
  const month = monthOf(g);
  const day = Number(g['day']);
  if (!month || !day) return undefined;
  const make = (y: number): Day | undefined => makeDay(y, month, day);
  const found = g['year'] ? make(fullYear(g['year'])) : pickYearlyDay(make, ctx);
  return found && formatDay(found);
}

export function resolveMonth(g: Groups, ctx: ResolveContext): string | undefined {
  const month = monthOf(g);
  if (!month) return undefined;
  if (g['year']) return formatMonth(Number(g['year']), month);
  const pub = ctx.pub;
  if (!pub) return undefined;
  const rel = g['rel'];
  if (rel) {
    // "last August" is the latest August before this month; "next August" the first after.
    const s = step(rel);
    const y =
      s < 0 ? (month < pub.m ? pub.y : pub.y - 1) : s > 0 ? (month > pub.m ? pub.y : pub.y + 1) : pub.y;
    return formatMonth(y, month);
  }
  const offset = (y: number): number => (y - pub.y) * 12 + month - pub.m;
  const y = pickYear(pub.y, offset, tenseOf(ctx), TENSE_REACH.months);
  return y === undefined ? undefined : formatMonth(y, month);
}

export function resolveYear(g: Groups): string | undefined {
  return g['year'] ? formatYear(Number(g['year'])) : undefined;
}

/** "the 1990s" → "199"; "the ’90s" → "199" unless the 2090s have begun. */
export function resolveDecade(g: Groups, ctx: ResolveContext): string | undefined {
  if (g['decade']) return g['decade'];
  const digit = g['decade2']?.[0];
  if (!digit) return undefined;
  const in21st = ctx.pub !== undefined && 2000 + Number(digit) * 10 <= ctx.pub.y;
  return `${in21st ? '20' : '19'}${digit}`;
}

/** "the 19th century" → "18" (TIMEX3 writes the hundreds). */
export function resolveCentury(g: Groups): string | undefined {
  const n = Number(g['century']);
  return n >= 1 ? String(n - 1).padStart(2, '0') : undefined;
}

function holidayDay(name: string, y: number): Day | undefined {
  const rule = HOLIDAYS[name.replace(/’/g, "'")];
  if (!rule) return undefined;
  if (rule.kind === 'fixed') return makeDay(y, rule.m, rule.d);
  if (rule.kind === 'easter') return addDays(easter(y), rule.offset);
  return addDays(nthWeekday(y, rule.m, rule.weekday, rule.n), rule.offset);
}

export function resolveHoliday(g: Groups, ctx: ResolveContext): string | undefined {
  const name = g['holiday'];
  if (!name) return undefined;
  const make = (y: number): Day | undefined => holidayDay(name, y);
  const found = g['year'] ? make(Number(g['year'])) : pickYearlyDay(make, ctx);
  return found && formatDay(found) + timeSuffix(g);
}

/** "the new year": the coming one late in the year, else the current one. */
export function resolveNewYear(_g: Groups, ctx: ResolveContext): string | undefined {
  return ctx.pub && formatYear(ctx.pub.m >= 10 ? ctx.pub.y + 1 : ctx.pub.y);
}

/**
 * Seasons are counted four a year (spring 0 … winter 3, winter belonging to the year it starts);
 * "last summer" is the latest summer before the current season, "the summer" follows the tense.
 */
export function resolveSeason(g: Groups, ctx: ResolveContext): string | undefined {
  const season = SEASONS[g['season'] ?? ''];
  if (!season) return undefined;
  const index = Math.floor((season.start - 3) / 3);
  if (g['year']) return `${g['year']}-${season.code}`;
  const pub = ctx.pub;
  if (!pub) return undefined;
  const current = pub.m < 3 ? (pub.y - 1) * 4 + 3 : pub.y * 4 + Math.floor((pub.m - 3) / 3);
  const seasonYear = Math.floor(current / 4); // January's winter began the year before
  const offset = (y: number): number => y * 4 + index - current;
  const s = step(g['rel']);
  let chosen: number | undefined;
  if (s < 0) chosen = offset(seasonYear) < 0 ? seasonYear : seasonYear - 1;
  else if (s > 0) chosen = offset(seasonYear) > 0 ? seasonYear : seasonYear + 1;
  else if (g['rel']) chosen = seasonYear;
  else chosen = pickYear(seasonYear, offset, tenseOf(ctx), TENSE_REACH.seasons);
  return chosen === undefined ? undefined : `${formatYear(chosen)}-${season.code}`;
}

const ordinal = (g: Groups): number | undefined => {
  const ord = g['ord']?.toLowerCase();
  return g['qnum'] ? Number(g['qnum']) : ord === 'final' ? 4 : ORDINALS[ord ?? ''];
};

/** "the third quarter" takes the year the tense points to; "of 2014" or "of next year" say it. */
export function resolveQuarter(g: Groups, ctx: ResolveContext): string | undefined {
  const q = ordinal(g);
  if (!q || q > 4) return undefined;
  if (g['year']) return `${g['year']}-Q${q}`;
  const pub = ctx.pub;
  if (!pub) return undefined;
  if (g['rel']) return `${formatYear(pub.y + step(g['rel']))}-Q${q}`;
  const current = Math.ceil(pub.m / 3);
  const offset = (y: number): number => (y - pub.y) * 4 + q - current;
  const y = pickYear(pub.y, offset, tenseOf(ctx), TENSE_REACH.quarters);
  return y === undefined ? undefined : `${formatYear(y)}-Q${q}`;
}

export function resolveHalf(g: Groups, ctx: ResolveContext): string | undefined {
  const h = ordinal(g);
  if (h !== 1 && h !== 2) return undefined;
  if (g['year']) return `${g['year']}-H${h}`;
  return ctx.pub ? `${formatYear(ctx.pub.y + step(g['rel']))}-H${h}` : undefined;
}

/**
 * TIMEX3 values as periods: reading a value back ("2014-09", "2014-Q3") to shift it for an
 * anaphoric phrase ("a year earlier", "the following month"), keeping its granularity.
 */
import {
  addDays,
  addMonths,
  type Day,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  makeDay,
  weekdayOf,
} from './calendar.js';
import type { Groups } from './context.js';
import { PARTS_OF_DAY } from './lexicon.js';

export type Unit = 'day' | 'week' | 'month' | 'year';

/** The clock time ("T15:00") or part of day ("TNI") a match adds to its day, or "". */
export function timeSuffix(g: Groups): string {
  if (g['noon']) return 'T12:00';
  if (g['hour24']) return `T${g['hour24']}:${g['minute24']}`;
  if (g['hour']) {
    const pm = /^[pP]/.test(g['ampm'] ?? '');
    const hour = (Number(g['hour']) % 12) + (pm ? 12 : 0);
    return `T${String(hour).padStart(2, '0')}:${g['minute'] ?? '00'}`;
  }
  const part = PARTS_OF_DAY[g['part'] ?? ''];
  return part ? `T${part}` : '';
}

/** A value read back: its granularity and the first day it covers. */
export interface Period {
  grain: 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year';
  day: Day;
  /** The suffix a quarter, half or season keeps across a year shift ("Q3", "H1", "SU"). */
  tag?: string;
}

/** Reads a value this tagger writes; decades, centuries and weekends give undefined. */
export function readValue(value: string): Period | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const day = makeDay(Number(m[1]), Number(m[2]), Number(m[3]));
    return day && { grain: 'day', day };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { grain: 'month', day: { y: Number(m[1]), m: Number(m[2]), d: 1 } };
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) return { grain: 'week', day: mondayOfWeek(Number(m[1]), Number(m[2])) };
  m = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$/.exec(value);
  if (m?.[2]) {
    const tag = m[2];
    const grain = tag.startsWith('Q') ? 'quarter' : tag.startsWith('H') ? 'half' : 'season';
    return { grain, day: { y: Number(m[1]), m: 1, d: 1 }, tag };
  }
  m = /^(\d{4})$/.exec(value);
  return m ? { grain: 'year', day: { y: Number(m[1]), m: 1, d: 1 } } : undefined;
}

/** The Monday of ISO week `w` of year `y`. */
export function mondayOfWeek(y: number, w: number): Day {
  const jan4 = { y, m: 1, d: 4 };
  const firstMonday = addDays(jan4, -((weekdayOf(jan4) + 6) % 7));
  return addDays(firstMonday, 7 * (w - 1));
}

/**
 * Shifts a period by `n` units. A day moves by days or weeks and becomes a month or year when
 * shifted by those ("the following month" after Aug. 30 is September); a coarser period keeps
 * its grain when shifted by years ("a year earlier" than the third quarter is the third quarter).
 */
export function shiftPeriod(p: Period, n: number, unit: Unit): string | undefined {
  if (unit === 'day') return p.grain === 'day' ? formatDay(addDays(p.day, n)) : undefined;
  if (unit === 'week') {
    if (p.grain === 'day') return formatDay(addDays(p.day, 7 * n));
    return p.grain === 'week' ? formatWeek(addDays(p.day, 7 * n)) : undefined;
  }
  if (unit === 'month') {
    if (p.grain !== 'day' && p.grain !== 'month') return undefined;
    const moved = addMonths(p.day, n);
    return formatMonth(moved.y, moved.m);
  }
  const y = p.day.y + n;
  switch (p.grain) {
    case 'day':
      return formatDay(addMonths(p.day, 12 * n));
    case 'month':
      return formatMonth(y, p.day.m);
    case 'week':
      return formatWeek(addDays(p.day, 364 * n));
    case 'year':
      return formatYear(y);
    default:
      return `${formatYear(y)}-${p.tag}`;
  }
}

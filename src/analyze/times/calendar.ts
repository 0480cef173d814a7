/**
 * Calendar arithmetic on plain `{ y, m, d }` days (proleptic Gregorian, no time zones: a
 * publication date is taken in its own zone, as printed), and the ISO 8601 / TIMEX3 spellings
 * of days, months, weeks and the coarser periods.
 */

/** A calendar day; `m` is 1-12. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Days since 1970-01-01 (negative before). */
const toSerial = (day: Day): number => Date.UTC(day.y, day.m - 1, day.d) / 86_400_000;

const fromSerial = (serial: number): Day => {
  const date = new Date(serial * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
};

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A day if the numbers make one ("Feb. 30" does not). */
export function makeDay(y: number, m: number, d: number): Day | undefined {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}

/**
 * The calendar day of an ISO 8601 date or date-time, in the zone it is written in
 * ("2014-09-28T23:30:00-04:00" is Sept. 28). Anything else gives undefined.
 */
export function parsePublished(published: string | undefined): Day | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(published ?? '');
  return m ? makeDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

export const addDays = (day: Day, n: number): Day => fromSerial(toSerial(day) + n);

/** Shifts by whole months, clamping the day ("Jan. 31" + 1 month is Feb. 28/29). */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (day: Day): number => (((toSerial(day) + 4) % 7) + 7) % 7;

/** Signed distance in days from `a` to `b`. */
export const daysBetween = (a: Day, b: Day): number => toSerial(b) - toSerial(a);

/** The ISO 8601 week of a day: the year that owns the week, and its number. */
export function isoWeek(day: Day): { y: number; w: number } {
  const iso = (weekdayOf(day) + 6) % 7; // Monday 0 … Sunday 6
  const thursday = addDays(day, 3 - iso);
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { y: thursday.y, w: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

export const formatDay = (day: Day): string => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
export const formatMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const formatYear = (y: number): string => pad(y, 4);

export function formatWeek(day: Day): string {
  const { y, w } = isoWeek(day);
  return `${pad(y, 4)}-W${pad(w)}`;
}

/** The most recent day with this weekday on or before `day` (strictly before when `strict`). */
export function weekdayOnOrBefore(day: Day, weekday: number, strict = false): Day {
  let back = (weekdayOf(day) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(day, -back);
}

/** The next day with this weekday on or after `day` (strictly after when `strict`). */
export function weekdayOnOrAfter(day: Day, weekday: number, strict = false): Day {
  let ahead = (weekday - weekdayOf(day) + 7) % 7;
  if (strict && ahead === 0) ahead = 7;
  return addDays(day, ahead);
}

/** Easter Sunday (the anonymous Gregorian algorithm, as given by Meeus). */
export function easter(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { y, m: Math.floor(n / 31), d: (n % 31) + 1 };
}

/** The n-th (1-based) given weekday of a month: US Thanksgiving is the 4th Thursday of November. */
export function nthWeekday(y: number, m: number, weekday: number, n: number): Day {
  return addDays(weekdayOnOrAfter({ y, m, d: 1 }, weekday), 7 * (n - 1));
}

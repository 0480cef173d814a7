/**
 * Dates as renderers print them. The calendar date is read as written in the ISO string, never
 * shifted into another timezone: "2014-09-28T01:00:00+04:00" is September 28 wherever we run.
 */

/** English month names come from Intl (ICU), read in UTC so that the calendar date stays as written. */
const DAY_FORMAT = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});
const MONTH_FORMAT = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' });

/** The calendar parts of an ISO 8601 date; month and day are absent for "2014" or "2014-09". */
export interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
}

// A calendar date, reduced precision allowed, optionally followed by a time part.
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s])/;
// The whole string, for a `datetime` attribute: date, time, fraction, offset.
const ISO_FULL =
  /^\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** The calendar date written at the start of an ISO 8601 string, or undefined when it is not one. */
export function calendarDate(iso: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(iso.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** "September 28, 2014" (or "September 2014", "2014"); undefined when `iso` is absent or unreadable. */
export function formatDate(iso: string | undefined): string | undefined {
  const date = iso === undefined ? undefined : calendarDate(iso);
  if (!date) return undefined;
  if (date.month === undefined) return String(date.year);
  const utc = new Date(0);
  utc.setUTCFullYear(date.year, date.month - 1, date.day ?? 1);
  return (date.day === undefined ? MONTH_FORMAT : DAY_FORMAT).format(utc);
}

/** A value for HTML's `datetime`: the string itself when it is strict ISO 8601, else its calendar date. */
export function machineDate(iso: string): string | undefined {
  const trimmed = iso.trim();
  if (ISO_FULL.test(trimmed)) return trimmed;
  const date = calendarDate(trimmed);
  if (!date) return undefined;
  return [date.year, date.month, date.day]
    .filter((part) => part !== undefined)
    .map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

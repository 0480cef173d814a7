/**
 * The time of day printed after a date ("at 5:04 p.m. ET", "17:04 Uhr", "T17:04:00Z") and
 * zone names and offsets as ISO 8601 offsets; the helpers of dates.ts for everything after the
 * calendar date.
 */

import { TIME_AFTER_DATE, US_GENERIC_ZONES, ZONE_OFFSETS } from './date-rules.js';
import type { DateParts } from './dates.js';

/** Reads "at 5:04 p.m. ET" right after a date; returns the parts and how much text it used. */
export function readTime(
  rest: string,
  date: DateParts,
): { parts: Omit<DateParts, 'year' | 'month' | 'day'>; length: number } {
  const m = TIME_AFTER_DATE.exec(rest);
  if (!m) return { parts: {}, length: 0 };
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const meridiem = m[4]?.toLowerCase().replace(/[^ap]/g, '');
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  const parts: Omit<DateParts, 'year' | 'month' | 'day'> = { hour, minute, second: Number(m[3] ?? 0) };
  const offset = zoneOffset(m[5], date);
  if (offset) parts.offset = offset;
  // A zone-like word that is not a zone ("at 5:04 the…") is not part of the time.
  const length = offset || !m[5] ? m[0].length : m[0].length - m[5].length;
  return { parts, length };
}

/** Turns "Z", "+0000", "-05", "GMT+2", "EDT" or "ET" (on `date`) into "Z" or "±HH:MM". */
export function zoneOffset(zone: string | undefined, date: DateParts): string | undefined {
  if (!zone) return undefined;
  const z = zone.toLowerCase().replace(/\s+/g, '');
  const known = ZONE_OFFSETS[z];
  if (known) return known;
  const generic = US_GENERIC_ZONES[z];
  if (generic !== undefined) return formatOffset((generic + (isUsSummerTime(date) ? 1 : 0)) * 60);
  const m = /^(?:gmt|utc)?([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
  if (!m) return undefined;
  const minutes = (Number(m[2]) * 60 + Number(m[3] ?? 0)) * (m[1] === '-' ? -1 : 1);
  return Math.abs(minutes) <= 14 * 60 ? formatOffset(minutes) : undefined;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** US daylight saving: second Sunday of March to first Sunday of November (since 2007). */
function isUsSummerTime({ year, month, day }: DateParts): boolean {
  const nthSunday = (m: number, n: number): number => {
    const first = new Date(Date.UTC(year, m - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + (n - 1) * 7;
  };
  const start = year >= 2007 ? [3, nthSunday(3, 2)] : [4, nthSunday(4, 1)];
  const end =
    year >= 2007 ? [11, nthSunday(11, 1)] : [10, nthSunday(10, 5) > 31 ? nthSunday(10, 4) : nthSunday(10, 5)];
  const key = month * 100 + day;
  return key >= (start[0] ?? 0) * 100 + (start[1] ?? 0) && key < (end[0] ?? 0) * 100 + (end[1] ?? 0);
}

/** Two digits: 5 -> "05". */
export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

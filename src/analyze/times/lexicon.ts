/**
 * The words of English news dates, as reviewed data: month and weekday spellings, number words,
 * parts of day, seasons and holidays. The rule patterns (rules.ts) name these through `{SLOT}`
 * placeholders, so a spelling is added here once and every rule that uses the slot gets it.
 *
 * Provenance: written by the dateline developers from public knowledge (AP and Reuters style
 * abbreviations; TIMEX3 codes from the TimeML 1.2.1 guidelines), MIT, 2026-11-25.
 * Change log: 2026-11-25 first version.
 */

/** Full month names, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Abbreviations, as AP, Reuters and British papers print them (with or without a period). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  Jan: 1,
  Feb: 2,
  Mar: 3,
  Apr: 4,
  Jun: 6,
  Jul: 7,
  Aug: 8,
  Sept: 9,
  Sep: 9,
  Oct: 10,
  Nov: 11,
  Dec: 12,
};

/** The month number of a spelling from either table ("Sept." → 9), or undefined. */
export function monthNumber(spelling: string): number | undefined {
  const bare = spelling.replace(/\.$/, '');
  const full = MONTH_NAMES.indexOf(bare);
  return full >= 0 ? full + 1 : MONTH_ABBREVIATIONS[bare];
}

/** Weekday names → 0 (Sunday) … 6. Abbreviations ("Wed", "Sat") are left out: too ambiguous. */
export const WEEKDAYS: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** Number words for "three days ago"; "a"/"an" count one. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

/** "seventy-four" → 74, "three" → 3, "12" → 12; undefined for anything else. */
export function numberValue(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  let total = 0;
  for (const part of word.toLowerCase().split('-')) {
    const n = NUMBER_WORDS[part];
    if (n === undefined) return undefined;
    total += n;
  }
  return total;
}

/** Ordinals of quarters and halves ("the third quarter", "first-half"). */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/** Parts of day → TIMEX3 code. */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
};

/** Seasons → TIMEX3 code and the month each starts in (northern hemisphere, meteorological). */
export const SEASONS: Readonly<Record<string, { code: string; start: number }>> = {
  spring: { code: 'SP', start: 3 },
  summer: { code: 'SU', start: 6 },
  autumn: { code: 'FA', start: 9 },
  fall: { code: 'FA', start: 9 },
  winter: { code: 'WI', start: 12 },
};

/**
 * Holidays that name a day. `fixed`: month and day; `easter`: days from Easter Sunday;
 * `nth`: the n-th weekday of a month, plus an offset (Black Friday follows US Thanksgiving).
 */
export type HolidayDate =
  | { kind: 'fixed'; m: number; d: number }
  | { kind: 'easter'; offset: number }
  | { kind: 'nth'; m: number; weekday: number; n: number; offset: number };

export const HOLIDAYS: Readonly<Record<string, HolidayDate>> = {
  "New Year's Day": { kind: 'fixed', m: 1, d: 1 },
  "New Year's Eve": { kind: 'fixed', m: 12, d: 31 },
  "Valentine's Day": { kind: 'fixed', m: 2, d: 14 },
  Halloween: { kind: 'fixed', m: 10, d: 31 },
  'Christmas Eve': { kind: 'fixed', m: 12, d: 24 },
  'Christmas Day': { kind: 'fixed', m: 12, d: 25 },
  Christmas: { kind: 'fixed', m: 12, d: 25 },
  'Boxing Day': { kind: 'fixed', m: 12, d: 26 },
  'Good Friday': { kind: 'easter', offset: -2 },
  'Easter Sunday': { kind: 'easter', offset: 0 },
  'Easter Monday': { kind: 'easter', offset: 1 },
  Easter: { kind: 'easter', offset: 0 },
  Thanksgiving: { kind: 'nth', m: 11, weekday: 4, n: 4, offset: 0 },
  'Black Friday': { kind: 'nth', m: 11, weekday: 4, n: 4, offset: 1 },
};

/**
 * Plural nouns that make a bare four-digit number a count, not a year ("2000 people"). AP style
 * writes counts with a comma ("2,000"), so the list only needs the common slips.
 */
export const COUNT_NOUNS: readonly string[] = [
  'people',
  'troops',
  'soldiers',
  'residents',
  'workers',
  'jobs',
  'homes',
  'houses',
  'cases',
  'deaths',
  'votes',
  'members',
  'students',
  'children',
  'refugees',
  'units',
  'tons',
  'tonnes',
  'barrels',
  'meters',
  'metres',
  'feet',
  'miles',
  'kilometers',
  'kilometres',
  'km',
  'kg',
  'hectares',
  'acres',
  'dollars',
  'euros',
  'points',
  'percent',
  'per',
];

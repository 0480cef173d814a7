/**
 * The pattern language of the time rules: a rule's `pattern` is a JavaScript regex source in
 * which `{SLOT}` stands for one of the alternations below, built from the lexicon. Each slot
 * captures a named group that the resolvers read (`month`, `day`, `year`, `weekday`, …), so a
 * rule's pattern reads like the phrase it finds: `{MONTH}\s{DAY},?\s{YEAR}`.
 *
 * Every quantifier is bounded and no slot can match the empty string, so no pattern can
 * backtrack catastrophically: the cost of a match attempt is bounded by the longest phrase.
 */
import {
  COUNT_NOUNS,
  HOLIDAYS,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  NUMBER_WORDS,
  WEEKDAYS,
} from './lexicon.js';

/** "last" → "[Ll]ast": sentence-initial capitals without a case-insensitive flag (which would
 * also let "may" and "march" in). */
export const cap = (word: string): string =>
  /^[a-z]/.test(word) ? `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}` : word;

const words = (list: readonly string[]): string => list.map(cap).join('|');
const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");

// Longest first: an alternation takes the first that fits ("Sept" before "Sep"). Only an
// abbreviation takes a period: "talks broke down on 19 May." ends the sentence, not the month.
const FULL_MONTHS = `(?:${MONTH_NAMES.join('|')})`;
const ABBREVIATIONS = `(?:${Object.keys(MONTH_ABBREVIATIONS).join('|')})`;
const TENS = words(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const DAY_NUMBER = '3[01]|[12]\\d|0?[1-9]';
/** After a number: no further digit, letter or decimal part ("15.5", "15:30" are not days). */
const NUMBER_END = '(?![\\dA-Za-z]|[.:,]\\d)';
const NOT_WORD = '(?![A-Za-z])';

/** The slots, by name. Group names are shared across slots only where they mean the same. */
export const SLOTS: Readonly<Record<string, string>> = {
  /** Any month spelling, abbreviations with an optional period: "Sept.", "Sep", "September". */
  MONTH: `(?<month>${FULL_MONTHS}${NOT_WORD}|${ABBREVIATIONS}${NOT_WORD}\\.?)`,
  /** The same without a capture, for look-arounds. */
  ANY_MONTH: `(?:${FULL_MONTHS}${NOT_WORD}|${ABBREVIATIONS}${NOT_WORD}\\.?)`,
  /** Full month names only: a bare abbreviation ("Mar", "Dec") is not a date by itself. */
  MONTHNAME: `(?<month>${FULL_MONTHS})${NOT_WORD}`,
  DAY: `(?<day>${DAY_NUMBER})(?:st|nd|rd|th)?${NUMBER_END}`,
  ANY_DAY: `(?:${DAY_NUMBER})(?:st|nd|rd|th)?`,
  YEAR: `(?<year>1[5-9]\\d\\d|20\\d\\d)${NUMBER_END}`,
  WEEKDAY: `(?<weekday>${WEEKDAYS.join('|')})${NOT_WORD}`,
  /** Early/late/mid: a TIMEX3 `mod`, part of the span but not of the value. */
  MOD: `(?<mod>${words(['early', 'late'])}|[Mm]id-?)`,
  /** Relative words before a unit or a name: "last week", "next Friday", "this past weekend". */
  REL: `(?<rel>${words(['this past', 'this coming', 'last', 'next', 'this', 'coming'])})`,
  NUM: `(?<num>\\d{1,3}|(?:${TENS})-(?:${UNITS})|${words(Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length))})`,
  UNIT: '(?<unit>day|week|month|year)s?',
  PART: '(?<part>morning|afternoon|evening|night)',
  SEASON: `(?<season>spring|summer|autumn|fall|winter)${NOT_WORD}`,
  ORD: `(?<ord>${words(['first', 'second', 'third', 'fourth', 'final', '1st', '2nd', '3rd', '4th'])})`,
  HOLIDAY: `(?<holiday>${Object.keys(HOLIDAYS)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|')})${NOT_WORD}`,
  /** A clock time with a.m./p.m. ("9 a.m.", "3:30 p.m.") or noon. */
  CLOCK: `(?:(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\\d))?\\s?(?<ampm>[ap]\\.m\\.|[ap]m${NOT_WORD}|[AP]M${NOT_WORD})|\\b(?<noon>${words(['noon', 'midday'])})${NOT_WORD})`,
  /** A number of units in a duration, without a capture: "the past three years". */
  COUNTED: `(?:\\d{1,3}|few|several|many|${Object.keys(NUMBER_WORDS).join('|')})`,
  /** Nouns that make a bare four-digit number a count ("2000 people"). */
  COUNT: COUNT_NOUNS.join('|'),
  /** A short run of spaces (news text has doubled and no-break spaces). */
  S: '\\s{1,3}',
  /** The same, or none ("mid-2016", "mid 2016"). */
  S0: '\\s{0,3}',
};

/** Expands the `{SLOT}` placeholders of a rule pattern; an unknown slot is an error. */
export function expandSlots(pattern: string): string {
  return pattern.replace(/\{([A-Z][A-Z_0-9]*)\}/g, (_, name: string) => {
    const slot = SLOTS[name];
    if (slot === undefined) throw new Error(`unknown slot {${name}} in time pattern ${pattern}`);
    return slot;
  });
}

/** Compiles a rule pattern into a global regex (`d` for group offsets is not needed). */
export const compilePattern = (pattern: string): RegExp => new RegExp(expandSlots(pattern), 'g');

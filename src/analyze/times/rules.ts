/**
 * The reviewed rules of the time tagger: what a date or time looks like in English news, and how
 * each is resolved. A rule is a regex pattern (with `{SLOT}` placeholders, see slots.ts), the
 * anchor word class it contains, the name of its resolver (resolve-named.ts, resolve-relative.ts)
 * and the example it exists for; the test suite checks that every example resolves to its value
 * through its own rule. The rules are in rules-named.ts and rules-relative.ts, the guards
 * (NOT_TIMES, tense cues) in cues.ts. Spans follow TIMEX3: the governing preposition ("on",
 * "in", "since") stays out, determiners and modifiers ("the", "last", "early") stay in.
 *
 * Where they come from: the expression types of the TimeML TIMEX3 guidelines, written afresh for
 * the shapes AP, Reuters and British papers print, and checked on our gold set
 * (bench/gold/times) and on a sample of real articles read at development time.
 * Provenance: written by the dateline developers, MIT, 2026-11-25.
 * Change log: 2026-11-25 first version.
 */
import { HOLIDAYS, MONTH_ABBREVIATIONS, MONTH_NAMES } from './lexicon.js';
import { NAMED_RULES } from './rules-named.js';
import { RELATIVE_RULES } from './rules-relative.js';

/**
 * The first words of the holiday names ("Good Friday" → "Good"), for the anchor: only the first,
 * so that the anchor pass still sees the weekday in "Good Friday" as a weekday anchor.
 */
const HOLIDAY_HEADS = [...new Set(Object.keys(HOLIDAYS).map((name) => name.split(/['’\s]/)[0]))].join('|');

/**
 * The words that every time phrase contains at least one of. The tagger finds these first, in
 * one pass, and runs only the rules of that class, only near them: most of a news article is
 * never looked at by the rule patterns. Each class is a regex source (case-sensitive).
 */
export type AnchorClass =
  | 'month'
  | 'weekday'
  | 'year'
  | 'slash'
  | 'unit'
  | 'deictic'
  | 'clock'
  | 'season'
  | 'holiday'
  | 'decade'
  | 'century';

export const ANCHORS: Readonly<Record<AnchorClass, string>> = {
  month: `\\b(?:${[...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS)].join('|')})(?![A-Za-z])`,
  weekday: '\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b',
  year: '(?<!\\d)(?:1[5-9]|20)\\d\\d(?!\\d)',
  slash: '\\d/\\d',
  unit: '\\b(?:day|week|weekend|month|year|quarter|half|decade)s?\\b',
  deictic: '\\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|morning|afternoon|evening|night)\\b',
  clock: '\\d\\s?(?:[ap]\\.m\\.|[ap]m\\b|[AP]M\\b)|\\b(?:[Nn]oon|[Mm]idday)\\b|\\d:\\d\\d',
  season: '\\b(?:spring|summer|autumn|fall|winter)\\b',
  holiday: `\\b(?:${HOLIDAY_HEADS})\\b`,
  decade: "['’]\\d0s",
  century: '\\bcentury\\b',
};

/**
 * How a matched phrase becomes a value; each is one function in resolve-named.ts or
 * resolve-relative.ts, dispatched in scan.ts.
 */
export type ResolveKind =
  | 'date'
  | 'month'
  | 'year'
  | 'decade'
  | 'century'
  | 'weekday'
  | 'deictic'
  | 'unit'
  | 'ago'
  | 'shift'
  | 'range-day'
  | 'season'
  | 'quarter'
  | 'half'
  | 'weekend'
  | 'holiday'
  | 'new-year'
  | 'clock';

/** A rule's example: this text, published then, yields this value through this rule. */
export interface RuleExample {
  text: string;
  published: string;
  value: string;
}

export interface TimeRule {
  id: string;
  /** The word class every match of this rule contains; the tagger only looks near those. */
  anchor: AnchorClass;
  pattern: string;
  resolve: ResolveKind;
  example: RuleExample;
}

/** Every rule: longest match wins; among equal spans, the earlier rule in this order. */
export const TIME_RULES: readonly TimeRule[] = [...NAMED_RULES, ...RELATIVE_RULES];

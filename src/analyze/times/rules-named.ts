/**
 * Rules for phrases that name their time: days and months by name or number, years, decades,
 * centuries, holidays, seasons, quarters and halves. See rules.ts for the pattern language and
 * the provenance; resolve-named.ts for how each kind resolves.
 */
import type { TimeRule } from './rules.js';

const PUB = '2014-09-28'; // a Sunday, ISO week 39: most examples resolve against it

export const NAMED_RULES: readonly TimeRule[] = [
  // Absolute days.
  {
    id: 'month-day-year',
    anchor: 'month',
    pattern: '(?:{WEEKDAY},?{S})?{MONTH}{S}{DAY},?{S}{YEAR}',
    resolve: 'date',
    example: {
      text: 'The vote was held on Sept. 28, 2014, officials said.',
      published: PUB,
      value: '2014-09-28',
    },
  },
  {
    id: 'day-month-year',
    anchor: 'month',
    pattern: '(?:{WEEKDAY},?{S})?{DAY}{S}(?:of{S})?{MONTH},?{S}{YEAR}',
    resolve: 'date',
    example: { text: 'The canal reopened on 14 September 2014.', published: PUB, value: '2014-09-14' },
  },
  {
    id: 'month-day',
    anchor: 'month',
    pattern: '(?:{WEEKDAY},?{S})?{MONTH}{S}{DAY}',
    resolve: 'date',
    example: { text: 'The fire broke out on Sept. 15th, police said.', published: PUB, value: '2014-09-15' },
  },
  {
    id: 'day-month',
    anchor: 'month',
    pattern: '(?:{WEEKDAY},?{S})?{DAY}{S}{MONTH}',
    resolve: 'date',
    example: { text: 'The union will strike on Saturday 4 October.', published: PUB, value: '2014-10-04' },
  },
  {
    id: 'range-start-day',
    anchor: 'month',
    pattern:
      '(?<![\\d/.,-]){DAY}(?=\\s?(?:[-–]|to|and|or)\\s?(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?{S}(?:of{S})?{MONTHNAME})',
    resolve: 'date',
    example: { text: 'Talks will be held on 14-15 October in Halden.', published: PUB, value: '2014-10-14' },
  },
  {
    id: 'the-day-of-month',
    anchor: 'month',
    pattern: '[Tt]he{S}{DAY}{S}of{S}{MONTH}(?:,?{S}{YEAR})?',
    resolve: 'date',
    example: { text: 'The show takes place on the 3rd of October.', published: PUB, value: '2014-10-03' },
  },
  {
    id: 'iso-date',
    anchor: 'year',
    pattern:
      '(?<![\\d-])(?<year>1[5-9]\\d\\d|20\\d\\d)-(?<mnum>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])(?!\\d)',
    resolve: 'date',
    example: { text: 'A notice dated 2014-09-26 warned of delays.', published: PUB, value: '2014-09-26' },
  },
  {
    id: 'us-slash-year',
    anchor: 'slash',
    pattern:
      '(?<![\\d/.])(?<mnum>1[0-2]|0?[1-9])/(?<day>3[01]|[12]\\d|0?[1-9])/(?<year>(?:19|20)\\d\\d|\\d\\d)(?![\\d/])',
    resolve: 'date',
    example: {
      text: 'The order, dated 9/26/2014, gives the firm a month.',
      published: PUB,
      value: '2014-09-26',
    },
  },
  {
    id: 'us-slash',
    anchor: 'slash',
    pattern:
      '(?<=\\b(?:on|On|dated|since|until)\\s)(?<mnum>1[0-2]|0?[1-9])/(?<day>3[01]|[12]\\d|0?[1-9])(?![\\d/])',
    resolve: 'date',
    example: { text: 'Tickets go on sale on 10/2 at the box office.', published: PUB, value: '2014-10-02' },
  },
  {
    id: 'range-end-day',
    anchor: 'month',
    pattern: '(?<={ANY_MONTH}\\s{ANY_DAY}\\s?(?:[-–]|to|through|and|or)\\s?){DAY}',
    resolve: 'range-day',
    example: { text: 'Ministers will meet on Oct. 12-13 in Halden.', published: PUB, value: '2014-10-13' },
  },
  {
    id: 'holiday',
    anchor: 'holiday',
    pattern: '{HOLIDAY}(?:,?{S}{YEAR}|{S}{PART})?',
    resolve: 'holiday',
    example: { text: 'Postal workers will strike before Christmas.', published: PUB, value: '2014-12-25' },
  },
  // Months, years, decades.
  {
    id: 'month-year',
    anchor: 'month',
    pattern: '(?:{MOD}{S})?{MONTH}{S}(?:of{S})?{YEAR}',
    resolve: 'month',
    example: { text: 'Brevik took office in March 2013.', published: PUB, value: '2013-03' },
  },
  {
    id: 'month-after-preposition',
    anchor: 'month',
    pattern:
      '(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Dd]uring|[Ff]rom|[Tt]hrough|[Tt]hroughout|[Ii]nto|[Oo]f|[Bb]efore|[Aa]fter|[Tt]o|and|or|[Ee]arly|[Ll]ate)\\s{1,3}|[Mm]id-)(?:{MOD}{S})?{MONTHNAME}',
    resolve: 'month',
    example: { text: 'The protest lasted three days in August.', published: PUB, value: '2014-08' },
  },
  {
    id: 'month-modified',
    anchor: 'month',
    pattern: '{MOD}{S0}{MONTHNAME}',
    resolve: 'month',
    example: { text: 'Results are expected by mid-October.', published: PUB, value: '2014-10' },
  },
  {
    id: 'month-relative',
    anchor: 'month',
    pattern: '{REL}{S}{MONTHNAME}',
    resolve: 'month',
    example: { text: 'Sales were weaker than last December.', published: PUB, value: '2013-12' },
  },
  {
    id: 'month-subject',
    anchor: 'month',
    pattern:
      '(?<=(?:^|[.!?]["”’]?\\s{1,3}|\\n))(?:{MOD}{S})?{MONTHNAME}(?={S}(?:(?:was|is|has been|had been){S}(?:the|a|an|one){S}|saw|brought|marked|ended)\\b)',
    resolve: 'month',
    example: {
      text: 'The river rose again. August was the wettest month.',
      published: PUB,
      value: '2014-08',
    },
  },
  {
    id: 'year',
    anchor: 'year',
    pattern:
      '(?<![\\d$€£#.,/:-]|\\d[,.]|No\\.\\s)(?:{MOD}{S0})?{YEAR}(?![-–/]\\d\\d(?!\\d)|\\s?%|{S}(?:{COUNT})\\b)',
    resolve: 'year',
    example: { text: 'The bank was fined in 2013 over a similar lapse.', published: PUB, value: '2013' },
  },
  {
    id: 'decade',
    anchor: 'year',
    pattern: "(?:[Tt]he{S})?(?:{MOD}{S0})?(?<decade>1[5-9]\\d|20\\d)0['’]?s\\b",
    resolve: 'decade',
    example: { text: 'The warehouse was built in the 1950s.', published: PUB, value: '195' },
  },
  {
    id: 'decade-short',
    anchor: 'decade',
    pattern: "(?:[Tt]he{S})?(?:{MOD}{S0})?['’](?<decade2>[1-9]0)s\\b",
    resolve: 'decade',
    example: { text: 'Prices last fell like this in the late ’90s.', published: PUB, value: '199' },
  },
  {
    id: 'century',
    anchor: 'century',
    pattern: '[Tt]he{S}(?:{MOD}{S0})?(?<century>1\\d|2[01]|[1-9])(?:st|nd|rd|th){S}century',
    resolve: 'century',
    example: { text: 'The canal was dug in the 19th century.', published: PUB, value: '18' },
  },
  // Seasons, quarters, halves, and the edges of named periods.
  {
    id: 'season',
    anchor: 'season',
    pattern: '(?:{REL}|(?<the>[Tt]he)){S}(?:{MOD}{S})?{SEASON}(?:{S}of{S}{YEAR}|(?!{S}of\\b))',
    resolve: 'season',
    example: { text: 'The bypass may finally open in the autumn.', published: PUB, value: '2014-FA' },
  },
  {
    id: 'season-year',
    anchor: 'season',
    pattern: '(?<=\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil){S}){SEASON}(?:{S}{YEAR})?',
    resolve: 'season',
    example: { text: 'The ferry line closed in spring 2013.', published: PUB, value: '2013-SP' },
  },
  {
    id: 'quarter',
    anchor: 'unit',
    pattern: '(?:[Tt]he{S})?{ORD}[\\s-]quarter(?!-?final)(?:{S}of{S}(?:{YEAR}|{REL}{S}year))?',
    resolve: 'quarter',
    example: { text: 'Profit rose 9 percent in the third quarter.', published: PUB, value: '2014-Q3' },
  },
  {
    id: 'quarter-short',
    anchor: 'year',
    pattern: '\\bQ(?<qnum>[1-4]){S}{YEAR}',
    resolve: 'quarter',
    example: { text: 'Deliveries fell in Q2 2014, the carmaker said.', published: PUB, value: '2014-Q2' },
  },
  {
    id: 'half-year',
    anchor: 'unit',
    pattern: '(?:[Tt]he{S})?{ORD}{S}half{S}of{S}(?:{YEAR}|{REL}{S}year)',
    resolve: 'half',
    example: {
      text: 'Orders should recover in the second half of next year.',
      published: PUB,
      value: '2015-H2',
    },
  },
  {
    id: 'edge-of-month',
    anchor: 'month',
    pattern: '[Tt]he{S}(?<pos>start|beginning|end|middle){S}of{S}{MONTHNAME}(?:,?{S}{YEAR})?',
    resolve: 'month',
    example: { text: 'They will appeal by the end of October.', published: PUB, value: '2014-10' },
  },
  {
    id: 'edge-of-year',
    anchor: 'year',
    pattern: '[Tt]he{S}(?<pos>start|beginning|end|middle){S}of{S}{YEAR}',
    resolve: 'year',
    example: { text: 'The line should open by the end of 2016.', published: PUB, value: '2016' },
  },
  {
    id: 'the-new-year',
    anchor: 'unit',
    pattern: '[Tt]he{S}new{S}year\\b',
    resolve: 'new-year',
    example: {
      text: 'The union may extend the strike into the new year.',
      published: '2014-12-08',
      value: '2015',
    },
  },
];

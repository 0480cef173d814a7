/**
 * Rules for phrases counted from the publication date or from the time the text last named:
 * weekdays, today and tonight, clock times, last/this/next week, "three years ago", "the
 * following month", weekends. See rules.ts for the pattern language and the provenance;
 * resolve-relative.ts for how each kind resolves.
 */
import type { TimeRule } from './rules.js';

const PUB = '2014-09-28'; // a Sunday, ISO week 39: most examples resolve against it

export const RELATIVE_RULES: readonly TimeRule[] = [
  // Weekdays and days named from the publication date.
  {
    id: 'weekday',
    anchor: 'weekday',
    pattern: '(?:{REL}{S})?(?:{MOD}{S})?{WEEKDAY}(?:{S}{PART})?',
    resolve: 'weekday',
    example: {
      text: 'The coalition collapsed on Friday, the prime minister said.',
      published: PUB,
      value: '2014-09-26',
    },
  },
  {
    id: 'weekday-clock',
    anchor: 'weekday',
    pattern: '(?:{REL}{S})?{WEEKDAY},?{S}at{S}(?:about{S})?{CLOCK}',
    resolve: 'weekday',
    example: {
      text: 'The hearing resumes Tuesday at 9 a.m. in Osterholm.',
      published: PUB,
      value: '2014-09-30T09:00',
    },
  },
  {
    id: 'clock-weekday',
    anchor: 'weekday',
    pattern: '{CLOCK}{S}(?:on{S})?(?:{REL}{S})?{WEEKDAY}',
    resolve: 'weekday',
    example: { text: 'Polls closed at 8 p.m. Saturday.', published: PUB, value: '2014-09-27T20:00' },
  },
  {
    id: 'deictic-day',
    anchor: 'deictic',
    pattern: '(?:{MOD}{S})?(?<deictic>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)(?:{S}{PART})?',
    resolve: 'deictic',
    example: {
      text: 'The Treasury confirmed yesterday that the plan was dropped.',
      published: PUB,
      value: '2014-09-27',
    },
  },
  {
    id: 'deictic-part',
    anchor: 'deictic',
    pattern: '(?:{MOD}{S})?(?<deictic>[Tt]his|[Ll]ast){S}{PART}',
    resolve: 'deictic',
    example: { text: 'Firefighters battled the blaze last night.', published: PUB, value: '2014-09-27TNI' },
  },
  {
    id: 'clock',
    anchor: 'clock',
    pattern: '(?<![\\d:.])(?:{CLOCK}|(?<=\\bat{S})(?<hour24>[01]\\d|2[0-3]):(?<minute24>[0-5]\\d)(?!\\d))',
    resolve: 'clock',
    example: {
      text: 'The fire broke out on Friday. It started at about 2 a.m. in a shed.',
      published: PUB,
      value: '2014-09-26T02:00',
    },
  },
  // Periods named from the publication date.
  {
    id: 'relative-unit',
    anchor: 'unit',
    pattern: '(?:{MOD}{S0})?{REL}{S}(?<unit>week|month|year|quarter)(?![A-Za-z])',
    resolve: 'unit',
    example: { text: 'He will ask for a confidence vote next week.', published: PUB, value: '2014-W40' },
  },
  {
    id: 'earlier-this-unit',
    anchor: 'unit',
    pattern: '(?<pos>[Ee]arlier|[Ll]ater){S}(?:this|in{S}the){S}(?<unit>week|month|year)',
    resolve: 'unit',
    example: { text: 'The rule was first announced earlier this month.', published: PUB, value: '2014-09' },
  },
  {
    id: 'edge-of-unit',
    anchor: 'unit',
    pattern:
      '[Tt]he{S}(?<pos>start|beginning|end|middle){S}of{S}(?:the|this|{REL}){S}(?<unit>week|month|year)',
    resolve: 'unit',
    example: { text: 'The plant will close by the end of the year.', published: PUB, value: '2014' },
  },
  {
    id: 'units-ago',
    anchor: 'unit',
    pattern: '{NUM}{S}{UNIT}{S}ago',
    resolve: 'ago',
    example: { text: 'Three years ago, the town had no library.', published: PUB, value: '2011' },
  },
  {
    id: 'units-before-after',
    anchor: 'unit',
    pattern: '{NUM}{S}{UNIT}{S}(?<dir>earlier|later)',
    resolve: 'shift',
    example: {
      text: 'It was first spotted on Sept. 14 and confirmed a week later.',
      published: PUB,
      value: '2014-09-21',
    },
  },
  {
    id: 'the-adjacent-unit',
    anchor: 'unit',
    pattern: '[Tt]he{S}(?<dir>previous|following|next|preceding){S}(?<unit>day|week|month|year)',
    resolve: 'shift',
    example: {
      text: 'The dam failed on Aug. 30, 2011, and he resigned the following month.',
      published: PUB,
      value: '2011-09',
    },
  },
  {
    id: 'the-adjacent-part',
    anchor: 'deictic',
    pattern: '[Tt]he{S}(?<dir>previous|following|next){S}{PART}',
    resolve: 'shift',
    example: {
      text: 'She went missing on Wednesday. Her car was found the next morning.',
      published: PUB,
      value: '2014-09-25TMO',
    },
  },
  {
    id: 'the-day-before',
    anchor: 'unit',
    pattern: '[Tt]he{S}(?<unit>day){S}(?<dir>before|after)(?=\\s{0,3}[,.;]|{S}(?:and|when|that)\\b)',
    resolve: 'shift',
    example: {
      text: 'Two men were held on Saturday. A third was detained the day before.',
      published: PUB,
      value: '2014-09-26',
    },
  },
  {
    id: 'weekend',
    anchor: 'unit',
    pattern: '(?:{REL}|(?<the>[Tt]he)){S}weekend(?![A-Za-z-])',
    resolve: 'weekend',
    example: {
      text: 'Wildfires broke out over the weekend near Ruvo.',
      published: PUB,
      value: '2014-W39-WE',
    },
  },
];

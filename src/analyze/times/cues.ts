/**
 * The reviewed guards of the time tagger: phrases that look like dates but are not, and the
 * tense cues that say which way from the publication date a year-less date points.
 * Provenance: written by the dateline developers, MIT, 2026-11-25.
 * Change log: 2026-11-25 first version.
 */
import type { AnchorClass } from './rules.js';

/**
 * Phrases that look like dates but are not: they claim their span, and no rule fires inside.
 * (A weekday before a newspaper word is a title: "the Sunday Courier", "Sunday Times readers".)
 */
export const NOT_TIMES: readonly { id: string; anchor: AnchorClass; pattern: string; example: string }[] = [
  {
    id: 'newspaper-title',
    anchor: 'weekday',
    pattern:
      '(?:[Tt]he{S})?{WEEKDAY}{S}(?:Times|Telegraph|Express|Mirror|Post|Herald|Courier|Star|Mail|Observer|Independent|Sport|People|Tribune|Journal|Chronicle|Gazette|Record|Standard|News|Review|Magazine|Edition)\\b',
    example: 'In an interview with the Sunday Courier, the minister said troops would stay.',
  },
  {
    id: 'mail-on-sunday',
    anchor: 'weekday',
    pattern: '\\b(?:Mail|Independent|Observer){S}on{S}Sunday\\b',
    example: 'The Mail on Sunday reported the claim first.',
  },
  {
    id: 'newspaper-today',
    anchor: 'deictic',
    pattern: '\\b[A-Z][A-Za-z]{1,20}{S}Today\\b|\\b[Tt]he{S}Today{S}(?:show|programme|program)\\b',
    example: 'A reporter for USA Today spotted the candidate at the gate.',
  },
  {
    id: 'holiday-things',
    anchor: 'holiday',
    pattern:
      '\\b(?:Christmas|Easter|Halloween|Thanksgiving){S}(?:trees?|cards?|lights|decorations|carols?|costumes?|turkeys?|eggs?|Island|bunny|pudding|markets?)\\b',
    example: 'Tariffs were imposed on Christmas trees from Oregon.',
  },
  {
    id: 'nine-eleven',
    anchor: 'slash',
    pattern: '(?<![\\d/])9/11(?![\\d/])',
    example: 'The senator backed the 9/11 lawsuit bill on Friday.',
  },
  {
    id: 'every-weekday',
    anchor: 'weekday',
    pattern: '\\b(?:[Ee]very|[Ee]ach){S}{WEEKDAY}',
    example: 'Every Sunday, about 3,000 people visit the market.',
  },
  {
    id: 'duration-the-past',
    anchor: 'unit',
    pattern:
      '\\b[Tt]he{S}(?:(?:past|last){S}(?:{COUNTED}{S})?|(?:next|coming|first|final){S}{COUNTED}{S})(?:day|week|month|year|decade)s?\\b',
    example: 'Cases have doubled over the past week.',
  },
  {
    id: 'comparison-than',
    anchor: 'unit',
    pattern: '{NUM}{S}{UNIT}{S}(?:earlier|later){S}than\\b',
    example: 'The regulator will publish the cap a week earlier than planned.',
  },
];

/**
 * Tense cues. Resolving "Friday", "in December" or "Sept. 15" needs the direction from the
 * publication date; the nearest cue word in the clause decides (tense.ts). Left out on purpose:
 * "has"/"have" (the present perfect reaches forward: "have given them until Jan. 31") and "last"
 * (a verb as often as an adverb: "could last into January").
 */
export const TENSE_CUES: {
  future: readonly string[];
  past: readonly string[];
  /**
   * Present-tense schedule verbs, third person only ("Campaigning ends on Friday" is the coming
   * Friday); base forms are left out, as they are as often infinitives ("to meet at the end of
   * June", said in September, is the past June).
   */
  schedule: readonly string[];
} = {
  future: [
    'will',
    "'ll",
    'would',
    'shall',
    'due',
    'expected',
    'expects',
    'expect',
    'scheduled',
    'planned',
    'plans',
    'plan',
    'hope',
    'hopes',
    'aims',
    'intends',
    'upcoming',
    'could',
    'might',
    'may',
    'should',
    'must',
    'forecast',
    'tomorrow',
    'next',
  ],
  past: [
    'was',
    'were',
    'had',
    'did',
    'been',
    'said',
    'told',
    'ago',
    'since',
    'yesterday',
    'earlier',
    'began',
    'broke',
    'fell',
    'rose',
    'took',
    'came',
    'went',
    'won',
    'lost',
    'made',
    'met',
    'struck',
    'found',
    'left',
    'gave',
    'held',
    'ran',
    'saw',
    'hit',
    'sent',
    'spent',
    'stood',
    'led',
    'paid',
    'sold',
    'shut',
    'built',
    'brought',
    'bought',
    'fought',
    'drew',
    'grew',
    'wrote',
    'spoke',
    'chose',
    'became',
  ],
  schedule: [
    'begins',
    'ends',
    'opens',
    'closes',
    'starts',
    'takes',
    'plays',
    'meets',
    'expires',
    'resumes',
    'returns',
    'reopens',
    'runs',
    'hosts',
    'visits',
    'faces',
    'goes',
    'arrives',
    'leaves',
    'heads',
  ],
};

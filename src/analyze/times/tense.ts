/**
 * Which way from the publication date a phrase points. "Friday", "in December" and "Sept. 15"
 * name a day or month without saying whether it is the last or the next one; the verb around
 * them does. The nearest cue word in the phrase's own clause decides, to the left first, then to
 * the right. "Schools will reopen on Aug. 24, officials said Thursday": "Thursday" takes "said"
 * (past) from its own clause, "Aug. 24" takes "will". Cues in other clauses are not read: "said
 * Monday it would cut jobs by the end of the year, blaming weak sales in the first quarter" has
 * its "would" in another clause than "the first quarter".
 *
 * The window is bounded (REACH characters each side), so the cost per phrase is constant.
 */
import { TENSE_CUES } from './cues.js';

export type Tense = 'past' | 'future' | 'none';

const FUTURE = new Set([...TENSE_CUES.future, ...TENSE_CUES.schedule]);
const PAST = new Set(TENSE_CUES.past);
/**
 * Past forms after these are not the past tense: passives and adjectives ("will be held", "stay
 * closed") and the present perfect, which reaches forward ("have called a strike for Monday").
 */
const BE = new Set(['be', 'is', 'are', 'being', 'am', 'stay', 'stays', 'remain', 'remains', 'has', 'have']);
/** Words ending in "ed" that are not verbs. */
const NOT_PAST = new Set([
  'hundred',
  'speed',
  'indeed',
  'proceed',
  'exceed',
  'succeed',
  'breed',
  'greed',
  'shed',
]);

/** The cue a word gives, given the word before it. */
function cueOf(word: string, before: string | undefined): Tense | undefined {
  // "is to take over", "are going to vote": "to" after these points forward.
  if (word === 'to' && (before === 'is' || before === 'are' || before === 'going')) return 'future';
  if (FUTURE.has(word) || word.endsWith("'ll") || word.endsWith('’ll')) return 'future';
  const pastForm = PAST.has(word) || (word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word));
  return pastForm && !(before && BE.has(before)) ? 'past' : undefined;
}

/** A phrase that names a day: a weekday, or a month with a day number. */
const DAY_NAMED = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[A-Z][a-z]+\.?\s\d)/;

/** How far a clause is read on each side: a dozen words or so, where the verb of a date is. */
const REACH = 120;
/** Marks that end a clause; a sentence end (below) ends one too. */
const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '—', '–', '\n']);

/** A period, "!" or "?" followed by space and a capital (or quote) ends a sentence: "Sept. 15" does not. */
function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '\n') return true;
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  return /^["”’)]?\s+["“‘(]?[A-Z]/.test(text.slice(i + 1, i + 6));
}

/** A clause break; the comma of "50,000" is not one. */
function isBreak(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  if (ch === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) return false;
  return CLAUSE_MARKS.has(ch) || endsSentence(text, i);
}

/** The clause text left of `start` (up to the nearest break, at most REACH characters). */
function clauseBefore(text: string, start: number): string {
  const limit = Math.max(0, start - REACH);
  let i = start - 1;
  while (i >= limit && !isBreak(text, i)) i--;
  return text.slice(i + 1, start);
}

/** The clause text right of `end`. */
function clauseAfter(text: string, end: number): string {
  const limit = Math.min(text.length, end + REACH);
  let i = end;
  while (i < limit && !isBreak(text, i)) i++;
  return text.slice(end, i);
}

/** The first cue in `words`, read from the end when `backwards`. */
function firstCue(words: readonly string[], backwards: boolean): Tense | undefined {
  for (let k = 0; k < words.length; k++) {
    const i = backwards ? words.length - 1 - k : k;
    const cue = cueOf(words[i] ?? '', words[i - 1]);
    if (cue) return cue;
  }
  return undefined;
}

const wordsOf = (s: string): string[] => s.match(/[A-Za-z'’]+/g) ?? [];

/** The tense of the clause around `text[start, end)`. */
export function tenseAround(text: string, start: number, end: number): Tense {
  // "a strike for Monday", "set for Feb. 14": a day something is planned for. Not "for Friday's
  // attack", and not periods ("profit for the third quarter", "sales for July").
  if (
    /\bfor\s$/.test(text.slice(Math.max(0, start - 4), start)) &&
    DAY_NAMED.test(text.slice(start, end)) &&
    !/^['’]s\b/.test(text.slice(end, end + 3))
  )
    return 'future';
  return (
    firstCue(wordsOf(clauseBefore(text, start)), true) ??
    firstCue(wordsOf(clauseAfter(text, end)), false) ??
    'none'
  );
}

/** Where the sentence holding `offset` begins (bounded look-back). */
export function sentenceStart(text: string, offset: number): number {
  const limit = Math.max(0, offset - REACH * 3);
  let i = offset - 1;
  while (i >= limit && !endsSentence(text, i)) i--;
  return i + 1;
}

/**
 * Anonymous sources: "a senior U.S. administration official", "U.S. officials", "a person close
 * to the matter". An optional opener, modifiers (including a demonym or a known actor that gives
 * the country), a source noun, and an optional qualifier; never followed by a name ("spokesman
 * Josh Vell" names him).
 */
import {
  type ActorContext,
  demonymAt,
  demonymLength,
  type Found,
  foldName,
  isCapitalised,
  knownAt,
  spanOf,
} from './context.js';
import type { SourceNoun } from './lexicon.js';
import { NEEDS_QUALIFIER, SOURCE_NOUNS, SPEAKING_SOURCE_NOUNS } from './nouns.js';
import {
  ANONYMOUS_MODIFIERS,
  ANONYMOUS_OPENERS,
  ANONYMOUS_QUALIFIERS,
  FUNCTION_WORDS,
  SPEECH_VERBS,
} from './rules.js';

/** Words a descriptor may take before its source noun. */
const MAX_MODIFIERS = 5;
/** Words from a descriptor's first word to its source noun, at most: an opener and the modifiers. */
export const DESCRIPTOR_REACH: number = MAX_MODIFIERS + 1;
/** Of them, words outside the modifier list ("hospital officials", "press freedom groups"). */
const MAX_OPEN_MODIFIERS = 2;

/** The anonymous source starting at word `i`, or undefined. */
export function anonymousAt(ctx: ActorContext, i: number): Found | undefined {
  const { words } = ctx;
  // Most words have no source noun within reach: answer those without looking further.
  if (nextSourceNoun(ctx, i) > i + DESCRIPTOR_REACH) return undefined;
  let j = i;
  if (ANONYMOUS_OPENERS.has(words[j]!)) j++;
  // "an analyst at Mainbrucke, a senior fellow at ...": a role after a name is its appositive.
  if (words[i - 1] === ',' && isCapitalised(words[i - 2] ?? '')) return undefined;
  let country: string | undefined;
  let sector: Found['sector'];
  let hinted: Found['sector'];
  let open = 0;
  for (let k = 0; k < MAX_MODIFIERS && j < words.length; k++) {
    if (sourceNounAt(ctx, j) !== undefined) break;
    hinted ??= ctx.lexicon.qualifierSector(words[j]!);
    const known = isCapitalised(words[j]!) ? knownAt(ctx, j) : undefined;
    if (known !== undefined && known.actor.kind !== 'person') {
      country ??= known.actor.country;
      if (known.actor.as === 'state' || known.actor.sector === 'GOV') sector ??= 'GOV';
      else sector ??= known.actor.sector;
      j += known.length;
      continue;
    }
    const demonym = demonymAt(ctx, j);
    if (demonym !== undefined) {
      country ??= demonym;
      j += demonymLength(ctx, j);
      continue;
    }
    if (!ANONYMOUS_MODIFIERS.has(words[j]!)) {
      if (++open > MAX_OPEN_MODIFIERS || !openModifier(ctx, j)) return undefined;
    }
    j++;
  }
  const noun = sourceNounAt(ctx, j);
  if (noun === undefined) return undefined;
  if (j + 1 < words.length && isCapitalised(words[j + 1]!) && !ctx.sentenceStart[j + 1]) return undefined;
  const last = coordinatedEnd(ctx, qualifierEnd(ctx, j));
  if (noun.needsQualifier && last === j) return undefined;
  // Words outside the modifier list are taken only where a source speaks: "aid groups say".
  if (open > 0 && !SPEAKS_AFTER.has(words[last + 1] ?? '')) return undefined;
  // "Farmers say", not "Farmers have struggled" or "Students, teachers and parents gathered".
  if (noun.needsSpeech && !SPEECH_VERBS.has(words[last + 1] ?? '') && words[last + 1] !== 'say')
    return undefined;
  const span = spanOf(ctx, i, last);
  const name = ctx.text.slice(span[0], span[1]).replace(/\s+/g, ' ');
  const plural = noun.plural || (j > i && /^(?:two|three|four|five|several|some|many)$/i.test(words[i]!));
  const hint = hinted ?? sector ?? noun.sector;
  return {
    span,
    rule: plural ? 'anonymous-plural' : 'anonymous',
    kind: plural ? 'group' : 'person',
    name,
    surface: name,
    key: `anonymous:${foldName(name)}`,
    ...(country ? { country } : {}),
    ...(hint ? { sector: hint } : {}),
    anonymous: true,
    first: i,
    last,
  };
}

/** What follows a descriptor that speaks: a speech verb, or a comma or relative before one. */
const SPEAKS_AFTER: ReadonlySet<string> = new Set([...SPEECH_VERBS, 'say', ',', 'who', 'have', 'has', 'had']);
/** What may follow a source noun that is one only where it speaks: a speech verb, or a second noun joined to it. */
const MAY_SPEAK_AFTER: ReadonlySet<string> = new Set([...SPEECH_VERBS, 'say', 'and', 'or']);

/** "operators and competitors": a second source noun joined to the first is one group with it. */
function coordinatedEnd(ctx: ActorContext, last: number): number {
  const joiner = ctx.words[last + 1];
  if (joiner !== 'and' && joiner !== 'or') return last;
  for (let k = last + 2; k <= last + 3 && k < ctx.words.length; k++) {
    if (sourceNounAt(ctx, k) !== undefined) return k;
    if (!openModifier(ctx, k)) return last;
  }
  return last;
}

type FoundNoun = SourceNoun & { needsQualifier?: boolean; needsSpeech?: boolean };

/** The source noun at word `j`: the lexicon's, then the actor rules'; a sentence's first word lower-cased. */
function sourceNounAt(ctx: ActorContext, j: number): FoundNoun | undefined {
  const word = ctx.words[j];
  if (word === undefined || nextSourceNoun(ctx, j) !== j) return undefined;
  return sourceNounOf(ctx, j, word);
}

function sourceNounOf(ctx: ActorContext, j: number, word: string): FoundNoun | undefined {
  const lower = ctx.sentenceStart[j] ? word.toLowerCase() : word;
  const known = ctx.lexicon.sourceNoun(lower) ?? SOURCE_NOUNS.get(lower);
  if (known === undefined) {
    const speaking = SPEAKING_SOURCE_NOUNS.get(lower);
    return speaking && { ...speaking, needsSpeech: true };
  }
  const needsQualifier = NEEDS_QUALIFIER.has(lower);
  return { ...(SOURCE_NOUNS.get(lower) ?? known), ...(needsQualifier ? { needsQualifier } : {}) };
}

/** A lower-case word that can modify a source noun: not a function word, verb form or adverb. */
function openModifier(ctx: ActorContext, j: number): boolean {
  const word = ctx.sentenceStart[j] ? ctx.words[j]!.toLowerCase() : ctx.words[j]!;
  return /^[a-z][a-z-]+$/.test(word) && !/(?:ed|ing|ly)$/.test(word) && !FUNCTION_WORDS.has(word);
}

/** The last token of the descriptor: the source noun, or the end of its qualifier. */
function qualifierEnd(ctx: ActorContext, noun: number): number {
  const next = ctx.tokens[noun + 1];
  if (next === undefined) return noun;
  const rest = ctx.text.slice(next.start, next.start + 80);
  for (const pattern of ANONYMOUS_QUALIFIERS) {
    const m = pattern.exec(rest);
    if (m === null) continue;
    const end = next.start + m[0].length;
    let last = noun + 1;
    while (last + 1 < ctx.tokens.length && ctx.tokens[last + 1]!.end <= end) last++;
    return last;
  }
  return noun;
}

/** The index of the first source noun at or after word `i` (the text's length when none), computed once per text. */
export function nextSourceNoun(ctx: ActorContext, i: number): number {
  let next = ctx.sourceNouns;
  if (next === undefined) {
    next = new Int32Array(ctx.words.length + 1);
    next[ctx.words.length] = ctx.words.length;
    for (let j = ctx.words.length - 1; j >= 0; j--) {
      const noun = sourceNounOf(ctx, j, ctx.words[j]!);
      // A noun that is a source only where it speaks is worth a look only before a speech word.
      const speaks = !noun?.needsSpeech || MAY_SPEAK_AFTER.has(ctx.words[j + 1] ?? '');
      next[j] = noun !== undefined && speaks ? j : next[j + 1]!;
    }
    ctx.sourceNouns = next;
  }
  return next[Math.min(i, ctx.words.length)]!;
}

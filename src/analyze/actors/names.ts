/**
 * Capitalised names the lexicon does not know: where one starts and ends, and whether it is a
 * person or an organisation.
 */
import { type ActorContext, isCapitalised } from './context.js';
import { ORGANIZATION_HEADS } from './nouns.js';
import { NAME_CONNECTORS, NOT_NAMES, SPEECH_VERBS } from './rules.js';

/** Longest name considered: longer capitalised runs are headlines or titles of works. */
const MAX_NAME_WORDS = 7;

/** A capitalised run of words, [first, last]. */
export interface NameRun {
  first: number;
  last: number;
}

const INITIAL = /^\p{Lu}\.$/u;

function nameWord(ctx: ActorContext, i: number): boolean {
  const word = ctx.words[i];
  const token = ctx.tokens[i];
  return (
    word !== undefined &&
    token !== undefined &&
    token.kind === 'word' &&
    (isCapitalised(word) || INITIAL.test(word))
  );
}

/**
 * The capitalised run starting at word `i`: capitalised words, with connectors ("of", "bin")
 * between them; leading sentence words such as "The" or "But" are not part of it.
 */
export function nameRunAt(ctx: ActorContext, i: number): NameRun | undefined {
  if (!nameWord(ctx, i)) return undefined;
  // A sentence's "The" or "But" starts no name; the scan tries the next word on its own.
  const first = i;
  if (NOT_NAMES.has(bare(ctx.words[first]!))) return undefined;
  let last = first;
  for (let j = first + 1; j < ctx.words.length && j - first < MAX_NAME_WORDS; j++) {
    if (ctx.sentenceStart[j]) break;
    if (nameWord(ctx, j)) {
      last = j;
      continue;
    }
    const through = connectorsEnd(ctx, j);
    if (through === undefined || (ORGANIZATION_CONNECTORS.has(ctx.words[j]!) && !hasHead(ctx, first, last)))
      break;
    j = through - 1;
  }
  return { first, last };
}

/** Connectors only organisation names take: "Bank of England", not "Varga on Friday". */
const ORGANIZATION_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'on', 'the']);

/** After one or more connectors ("von der"), the next capitalised word; undefined when there is none. */
function connectorsEnd(ctx: ActorContext, j: number): number | undefined {
  let k = j;
  while (k < ctx.words.length && k - j < 3 && NAME_CONNECTORS.has(ctx.words[k]!)) k++;
  if (k === j || !nameWord(ctx, k) || ctx.sentenceStart[k] || NOT_NAMES.has(bare(ctx.words[k]!)))
    return undefined;
  return k;
}

/** Whether an organisation head word is in the run so far: "Centre for Democracy and Development". */
/** Whether an organisation head word ("Bank", "Union") is among words first..last. */
export function hasHead(ctx: ActorContext, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) if (ORGANIZATION_HEADS.has(ctx.words[j]!)) return true;
  return false;
}

function bare(word: string): string {
  return word.replace(/\.$/, '');
}

/** What a name run looks like it names. */
export type NameClass =
  | { kind: 'organization'; sector?: import('../types.js').Sector }
  | { kind: 'person'; rule: 'name-speech' | 'name-shape' }
  | { kind: 'single' }
  | undefined;

/**
 * An organisation by its head word; a person by a speech verb beside it or by its shape (two
 * or three capitalised words, none of them used in lower case elsewhere in the text); a lone
 * word is left for the surname rule.
 */
export function classifyName(ctx: ActorContext, run: NameRun, lowerWords: ReadonlySet<string>): NameClass {
  const heads = [];
  for (let j = run.first; j <= run.last; j++) {
    const word = ctx.words[j]!;
    if (ORGANIZATION_HEADS.has(word)) heads.push(word);
  }
  if (heads.length > 0) {
    const sector = ORGANIZATION_HEADS.get(heads[0]!);
    return sector ? { kind: 'organization', sector } : { kind: 'organization' };
  }
  const size = countNameWords(ctx, run);
  if (size === 1) return { kind: 'single' };
  if (size > 4) return undefined;
  if (nextToSpeech(ctx, run)) return { kind: 'person', rule: 'name-speech' };
  if (size > 3) return undefined;
  for (let j = run.first; j <= run.last; j++) {
    if (lowerWords.has(ctx.words[j]!.toLowerCase())) return undefined;
  }
  return { kind: 'person', rule: 'name-shape' };
}

function countNameWords(ctx: ActorContext, run: NameRun): number {
  let n = 0;
  for (let j = run.first; j <= run.last; j++) if (!NAME_CONNECTORS.has(ctx.words[j]!)) n++;
  return n;
}

/** "Quinlan said", "said Quinlan", "Quinlan, 54, said". */
export function nextToSpeech(ctx: ActorContext, run: NameRun): boolean {
  const after = ctx.words[run.last + 1];
  const before = ctx.words[run.first - 1];
  return (
    (after !== undefined && SPEECH_VERBS.has(after)) || (before !== undefined && SPEECH_VERBS.has(before))
  );
}

/** Lower-case words of the text: a capitalised word also written in lower case is a common word. */
export function lowerCaseWords(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    const c = word.charCodeAt(0);
    if (c >= 97 && c <= 122) out.add(word);
  }
  return out;
}

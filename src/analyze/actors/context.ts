/** What every actor rule reads: the words of the text, where sentences start, and the lexicon. */
import type { Token } from '../text/index.js';
import type { ActorKind, Sector, Span } from '../types.js';
import type { KnownActor, Lexicon } from './lexicon.js';

export interface ActorContext {
  text: string;
  tokens: readonly Token[];
  /** The text of each token. */
  words: readonly string[];
  /** Whether token i starts a sentence. */
  sentenceStart: readonly boolean[];
  lexicon: Lexicon;
  /** The publication date (ISO), for office holders' date ranges. */
  published?: string;
  /** The country of the demonym starting at each word, looked up once: null when none, undefined until asked. */
  demonyms: (string | null | undefined)[];
  /** How many words that demonym takes ("South Korean": 2). */
  demonymLengths: number[];
  /** For each word, the index of the next unnamed-source noun ("officials"); built when first needed. */
  sourceNouns?: Int32Array;
  /** The lexicon's answer at each word, asked once: null when none, undefined until asked. */
  known: (KnownAt | null | undefined)[];
}

/** One mention found by a rule, before mentions are grouped into actors. */
export interface Found {
  span: Span;
  rule: string;
  kind: ActorKind;
  /** The canonical name when known, else the name as written; the descriptor for anonymous sources. */
  name: string;
  /** The name's words as written here, without title or honorific ("Assad"). */
  surface: string;
  /** Mentions with the same key are one actor: a lexicon id, a country code, a folded name. */
  key: string;
  country?: string;
  sector?: Sector;
  role?: string;
  affiliation?: string;
  anonymous?: boolean;
  /** A place named only as where something happened ("talks in Geneva"), not taking part. */
  setting?: boolean;
  /** Token range of the name itself, [first, last]. */
  first: number;
  last: number;
}

export function buildContext(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Span[],
  lexicon: Lexicon,
  published?: string,
): ActorContext {
  const words = tokens.map((t) => text.slice(t.start, t.end));
  const sentenceStart = new Array<boolean>(tokens.length).fill(false);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i]!.start;
    while (s < sentences.length && sentences[s]![1] <= start) s++;
    const sentence = sentences[s];
    if (sentence !== undefined && (i === 0 || tokens[i - 1]!.start < sentence[0])) sentenceStart[i] = true;
  }
  const demonyms = new Array<string | null | undefined>(tokens.length);
  const demonymLengths = new Array<number>(tokens.length).fill(1);
  const known = new Array<KnownAt | null | undefined>(tokens.length);
  return {
    text,
    tokens,
    words,
    sentenceStart,
    lexicon,
    demonyms,
    demonymLengths,
    known,
    ...(published ? { published } : {}),
  };
}

/**
 * The country the demonym starting at word `i` names ("Russian", "U.S.", "South Korean"), or
 * undefined; `demonymLength` says how many words it takes.
 */
export function demonymAt(ctx: ActorContext, i: number): string | undefined {
  let country = ctx.demonyms[i];
  if (country === undefined) {
    country = null;
    const word = ctx.words[i];
    if (word !== undefined && isCapitalised(word)) {
      const next = ctx.words[i + 1];
      const pair =
        next !== undefined && isCapitalised(next) && ctx.lexicon.startsDemonymPhrase(word)
          ? ctx.lexicon.demonym(`${word} ${next}`)
          : undefined;
      if (pair !== undefined) ctx.demonymLengths[i] = 2;
      country = pair ?? ctx.lexicon.demonym(word) ?? null;
    }
    ctx.demonyms[i] = country;
  }
  return country ?? undefined;
}

/** A known actor starting at a word, and the words it takes. */
export interface KnownAt {
  actor: KnownActor;
  length: number;
}

/** The lexicon's known actor starting at word `i`, looked up once per word. */
export function knownAt(ctx: ActorContext, i: number): KnownAt | undefined {
  let found = ctx.known[i];
  if (found === undefined) {
    found = i < ctx.words.length ? (ctx.lexicon.actorAt(ctx.words, i, ctx.published) ?? null) : null;
    ctx.known[i] = found;
  }
  return found ?? undefined;
}

/** Words the demonym at `i` takes (after demonymAt found one). */
export function demonymLength(ctx: ActorContext, i: number): number {
  return ctx.demonymLengths[i] ?? 1;
}

const CAPITALISED = /^\p{Lu}/u;
const LETTERS = /\p{L}/u;
/** "al-Assad", "bin-Talal": a lower-case particle joined to a capitalised name. */
const PARTICLE_NAME = /^(?:al|el|bin|ibn|abu|abd|ad|as|ash|ul)-\p{Lu}/u;

/** A word that can be part of a name: capitalised, with letters ("Lavrov", "U.S.", "al-Assad"). */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  // Lower-case ASCII: only a particle name ("al-Assad", "bin-Talal", "el-Sisi", "ibn-", "ul-").
  if (c >= 97 && c <= 122) return PARTICLE_START.has(c) && PARTICLE_NAME.test(word);
  return c > 127 && ((CAPITALISED.test(word) && LETTERS.test(word)) || PARTICLE_NAME.test(word));
}

/** First letters of the particles PARTICLE_NAME knows: a, b, e, i, u. */
const PARTICLE_START: ReadonlySet<number> = new Set([97, 98, 101, 105, 117]);

/** The span from the start of token `first` to the end of token `last`. */
export function spanOf(ctx: ActorContext, first: number, last: number): Span {
  return [ctx.tokens[first]!.start, ctx.tokens[last]!.end];
}

/** The text of tokens first..last as written (single spaces kept as in the text). */
export function textOf(ctx: ActorContext, first: number, last: number): string {
  return ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end).replace(/\s+/g, ' ');
}

/**
 * The mention of a name over tokens first..last: its span, its words as written, and the key
 * that groups it (`person:`, `org:`, `single:` or `place:` and the folded name).
 */
export function nameFound(
  ctx: ActorContext,
  first: number,
  last: number,
  rule: string,
  kind: Found['kind'],
  keyPrefix: 'person' | 'org' | 'single' | 'place',
): Found {
  const name = textOf(ctx, first, last);
  return {
    span: spanOf(ctx, first, last),
    rule,
    kind,
    name,
    surface: name,
    key: `${keyPrefix}:${foldName(name)}`,
    first,
    last,
  };
}

/** The key of a name for grouping: case and punctuation folded. */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}' -]+/gu, '')
    .trim();
}

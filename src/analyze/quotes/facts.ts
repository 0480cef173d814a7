/**
 * Per-token facts of one document that the tagger's features read, computed once per document
 * in a few linear passes: word hashes, shapes, cue kinds, quotation state, and where each token
 * sits in its sentence and paragraph.
 */

import type { Token } from '../text/index.js';
import type { Span } from '../types.js';
import { CUE_KIND_OF, CUE_KINDS } from './cues.js';
import { shippedCueStems, stem, stemHash } from './stems.js';
import { hashToken, QSTATE, SHAPE, shapeOf, tokenRanges } from './tokens.js';

/** How far a cue word may be from a token for the cue-distance features (distances are capped there). */
const CUE_REACH = 250;

/**
 * A word outside the lexicon whose stem is a cue at least this often in train (stems.ts
 * `cueLevel`) counts as a cue word of its own kind, so the cue-distance facts see it too.
 */
const STEM_CUE_LEVEL = 4;
const STEM_CUE_KIND = CUE_KINDS.length + 1;

/** Cue kinds by the hash of the word form (a 32-bit hash: a false match is about one in ten million words). */
const CUE_BY_HASH: ReadonlyMap<number, number> = new Map(
  [...CUE_KIND_OF].map(([form, kind]) => [hashToken(form, 0, form.length), kind]),
);

/** The facts, one entry per token (typed arrays, so a 5 MB text stays cheap). */
export interface DocFacts {
  text: string;
  tokens: readonly Token[];
  /** FNV-1a hash of the lower-cased token (digits folded to 0, curly quotes to straight). */
  word: Int32Array;
  /** Hash of the word's stem (stems.ts); the word hash for other tokens. */
  stem: Int32Array;
  /** How cue-like the stem is in PolNeAR train (stems.ts `cueLevel`), 0 none. */
  cueStem: Uint8Array;
  /** Hash of the last three characters of the lower-cased token. */
  suffix: Int32Array;
  shape: Uint8Array;
  /** Cue kind from the lexicon, 1-based; 0 when not a cue word. */
  cue: Uint8Array;
  quote: Uint8Array;
  /** For tokens of a quotation: 1 when a cue word sits just before its opening mark, 2 just after its close. */
  attached: Uint8Array;
  /** Token index range of the token's sentence. */
  sentFirst: Int32Array;
  sentLast: Int32Array;
  /** Bit 1: the sentence has a double quotation mark; bit 2: a cue word; bit 4: first in its paragraph. */
  sentFlags: Uint8Array;
  /** Distance (in tokens, within the sentence, capped) to the nearest cue word left and right; 0 when none. */
  cueLeft: Uint8Array;
  cueRight: Uint8Array;
  cueLeftKind: Uint8Array;
  cueRightKind: Uint8Array;
  /** Word hash of those nearest cue words (0 when none). */
  cueLeftWord: Int32Array;
  cueRightWord: Int32Array;
  /** Commas, colons and dashes between the token and its nearest cue word to the left (capped at 3). */
  commasLeft: Uint8Array;
  /** The next punctuation mark to the right in the paragraph (`MARK` code, 0 none) and its distance (capped). */
  markRight: Uint8Array;
  markRightDist: Uint8Array;
  /** The cue detector's score band (detector.ts `bandOf`); 0 until the detector has run. */
  band: Uint8Array;
  /** Token index ranges `[first, end)` of the paragraphs. */
  paras: Array<[number, number]>;
  /**
   * The tagging units: runs of paragraphs, where a paragraph joins the one before when that one
   * ends with a colon ("He said:") or when it opens with a quotation mark (a quotation whose
   * speaker was named in the paragraph before).
   */
  blocks: Array<[number, number]>;
}

/**
 * Computes the facts of a document. `cues` replaces the lexicon's cue kinds when given (one
 * number per token, 0 for none); `cueStems` replaces the shipped cue-stem levels (training).
 */
export function docFacts(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Span[],
  paragraphs: readonly Span[],
  cues?: Uint8Array,
  cueStems: ReadonlyMap<number, number> = shippedCueStems(),
): DocFacts {
  const n = tokens.length;
  const f: DocFacts = {
    text,
    tokens,
    word: new Int32Array(n),
    stem: new Int32Array(n),
    cueStem: new Uint8Array(n),
    suffix: new Int32Array(n),
    shape: new Uint8Array(n),
    cue: new Uint8Array(n),
    quote: new Uint8Array(n),
    attached: new Uint8Array(n),
    sentFirst: new Int32Array(n),
    sentLast: new Int32Array(n),
    sentFlags: new Uint8Array(n),
    cueLeft: new Uint8Array(n),
    cueRight: new Uint8Array(n),
    cueLeftKind: new Uint8Array(n),
    cueRightKind: new Uint8Array(n),
    cueLeftWord: new Int32Array(n),
    cueRightWord: new Int32Array(n),
    commasLeft: new Uint8Array(n),
    markRight: new Uint8Array(n),
    markRightDist: new Uint8Array(n),
    band: new Uint8Array(n),
    paras: tokenRanges(tokens, paragraphs),
    blocks: [],
  };
  /** Stem hashes by word hash, for this document: most words repeat, and stemming allocates. */
  const stems = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    f.word[i] = hashToken(text, t.start, t.end);
    f.suffix[i] = hashToken(text, Math.max(t.start, t.end - 3), t.end);
    f.shape[i] = shapeOf(text, t);
    if (t.kind === 'word' && t.end - t.start > 1) f.cue[i] = CUE_BY_HASH.get(f.word[i]!) ?? 0;
    f.stem[i] = t.kind === 'word' ? stemOfWord(text, t, f.word[i]!, stems) : f.word[i]!;
    f.cueStem[i] = cueStems.get(f.stem[i]!) ?? 0;
    if (f.cue[i] === 0 && f.cueStem[i]! >= STEM_CUE_LEVEL) f.cue[i] = STEM_CUE_KIND;
  }
  if (cues) f.cue.set(cues);
  for (const [a, b] of f.paras) {
    markQuotes(f, a, b);
    markPunctuation(f, a, b);
  }
  markSentences(f, tokens, sentences);
  f.blocks = blocksOf(f);
  return f;
}

/**
 * Replaces the cue kinds (one number per token, 0 for none; the cue detector's guess) and
 * recomputes the facts that depend on them: which quotations have a cue beside them, the
 * sentence flags and the distances to the nearest cue. The tagging blocks stay as they are.
 */
export function setCues(f: DocFacts, sentences: readonly Span[], cues: Uint8Array): void {
  f.cue.set(cues);
  f.attached.fill(0);
  for (const a of [f.cueLeft, f.cueRight, f.cueLeftKind, f.cueRightKind, f.commasLeft]) a.fill(0);
  f.cueLeftWord.fill(0);
  f.cueRightWord.fill(0);
  for (const [a, b] of f.paras) markQuotes(f, a, b);
  markSentences(f, f.tokens, sentences);
}

/** The stem hash of a word token, stemmed once per distinct word of the document. */
function stemOfWord(text: string, t: Token, word: number, seen: Map<number, number>): number {
  let h = seen.get(word);
  if (h === undefined) {
    h = stemHash(stem(text.slice(t.start, t.end)));
    seen.set(word, h);
  }
  return h;
}

/**
 * A block stops taking paragraphs at this many tokens, and a longer paragraph is tagged in pieces
 * of whole sentences (or of this many tokens, for a longer sentence): that bounds the tagger's
 * buffers whatever the input.
 */
const MAX_BLOCK_TOKENS = 2000;

function blocksOf(f: DocFacts): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of f.paras) {
    const last = out[out.length - 1];
    const colon = last !== undefined && f.text.charCodeAt(f.tokens[last[1] - 1]!.start) === 0x3a;
    const fits = last !== undefined && b - last[0] <= MAX_BLOCK_TOKENS;
    if (last && fits && (colon || f.shape[a] === SHAPE.open)) last[1] = b;
    else out.push(...pieces(f, a, b));
  }
  return out;
}

/** A paragraph as pieces of at most `MAX_BLOCK_TOKENS` tokens, cut at sentence starts where it can be. */
function pieces(f: DocFacts, a: number, b: number): Array<[number, number]> {
  if (b - a <= MAX_BLOCK_TOKENS) return [[a, b]];
  const out: Array<[number, number]> = [];
  let start = a;
  let cut = a;
  for (let i = a + 1; i < b; i++) {
    if (f.sentFirst[i] === i && i > start) cut = i;
    if (i - start >= MAX_BLOCK_TOKENS) {
      const end = cut > start ? cut : i;
      out.push([start, end]);
      start = end;
      cut = start;
    }
  }
  out.push([start, b]);
  return out;
}

/** Kinds of punctuation for the next-mark features: comma, semicolon or colon, dash, end, quotes, bracket. */
function markCode(f: DocFacts, i: number): number {
  const s = f.shape[i];
  if (s === SHAPE.open) return 5;
  if (s === SHAPE.close) return 6;
  if (s !== SHAPE.punct) return 0;
  const c = f.text.charCodeAt(f.tokens[i]!.start);
  if (c === 0x2c) return 1;
  if (c === 0x3b || c === 0x3a) return 2;
  if (c === 0x2014 || c === 0x2013 || c === 0x2d) return 3;
  if (c === 0x2e || c === 0x3f || c === 0x21 || c === 0x2026) return 4;
  if (c === 0x28 || c === 0x29) return 7;
  return 0;
}

function markPunctuation(f: DocFacts, a: number, b: number): void {
  let code = 0;
  let at = b;
  for (let i = b - 1; i >= a; i--) {
    f.markRight[i] = code;
    f.markRightDist[i] = Math.min(at - i, 250);
    const m = markCode(f, i);
    if (m > 0) {
      code = m;
      at = i;
    }
  }
}

/** Quotation state within one paragraph, and whether each quotation has a cue word beside it. */
function markQuotes(f: DocFacts, a: number, b: number): void {
  let open = -1;
  for (let i = a; i < b; i++) {
    const s = f.shape[i];
    if (s === SHAPE.open) {
      f.quote[i] = QSTATE.open;
      open = i;
    } else if (s === SHAPE.close) {
      f.quote[i] = QSTATE.close;
      if (open >= 0) markAttached(f, open, i, a, b);
      open = -1;
    } else if (open >= 0) f.quote[i] = QSTATE.inside;
  }
  if (open >= 0) markAttached(f, open, b - 1, a, b);
}

function markAttached(f: DocFacts, open: number, close: number, a: number, b: number): void {
  let v = 0;
  for (let k = Math.max(a, open - 4); k < open; k++) if (f.cue[k]) v = 1;
  for (let k = close + 1; k < Math.min(b, close + 5); k++) if (f.cue[k]) v = 2;
  for (let k = open; k <= close; k++) f.attached[k] = v;
}

/** Commas, semicolons, colons and dashes: marks that end a clause. */
const isClauseMark = (c: number): boolean =>
  c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2014 || c === 0x2013;

function markSentences(f: DocFacts, tokens: readonly Token[], sentences: readonly Span[]): void {
  const paraStart = new Set(f.paras.map(([a]) => a));
  for (const [a, b] of tokenRanges(tokens, sentences)) {
    let flags = paraStart.has(a) ? 4 : 0;
    for (let i = a; i < b; i++) {
      if (f.quote[i] === QSTATE.open || f.quote[i] === QSTATE.close) flags |= 1;
      if (f.cue[i]) flags |= 2;
    }
    let last = -1;
    let commas = 0;
    for (let i = a; i < b; i++) {
      f.sentFirst[i] = a;
      f.sentLast[i] = b - 1;
      f.sentFlags[i] = flags;
      if (last >= 0) {
        f.cueLeft[i] = Math.min(i - last, CUE_REACH);
        f.cueLeftKind[i] = f.cue[last]!;
        f.cueLeftWord[i] = f.word[last]!;
        f.commasLeft[i] = Math.min(commas, 3);
      }
      if (f.cue[i]) {
        last = i;
        commas = 0;
      } else if (f.shape[i] === SHAPE.punct && isClauseMark(f.text.charCodeAt(tokens[i]!.start))) commas++;
    }
    let next = -1;
    for (let i = b - 1; i >= a; i--) {
      if (next >= 0) {
        f.cueRight[i] = Math.min(next - i, CUE_REACH);
        f.cueRightKind[i] = f.cue[next]!;
        f.cueRightWord[i] = f.word[next]!;
      }
      if (f.cue[i]) next = i;
    }
  }
}

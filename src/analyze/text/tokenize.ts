/**
 * Word tokens for news prose, with exact offsets into the text.
 *
 * Hand-written rather than taken from a library: wink-nlp, the library we would reach for,
 * measured about 190 articles/s for tokens and part-of-speech tags alone on our machine, below
 * the 200 articles/s budget of the whole analysis, and `Intl.Segmenter` splits sentences after
 * "Mr.". This scanner reads each character once through a class table (see chars.ts).
 *
 * What it keeps whole: abbreviations ("U.S.", "p.m.", "Sept.", "Mr.", initials "J."; the lists
 * are in abbreviations.ts), hyphenated words ("rank-and-file", "U.S.-led"), numbers with their
 * separators ("1,000.50", "2:45"), ellipses ("..."). What it splits off: the possessive and the
 * clitics ("'s", "’s", "n't", "'re", "'ll", ...). Quotation marks get a side: curly ones by shape,
 * ASCII `"` by context (after a space, the start or an opening bracket it opens), single quotes
 * only when they clearly quote (an opening one after a space with its closer ahead on the line).
 */

import { ABBREVIATION_CLASS } from './abbreviations.js';
import { CHAR, charTable } from './chars.js';

const { LETTER, DIGIT, SPACE, UPPER, NEWLINE, ALNUM } = CHAR;

/** What a token is. */
export type TokenKind = 'word' | 'number' | 'punct' | 'open-quote' | 'close-quote';

/** One token: `[start, end)` in the text, and its kind. */
export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
}

/** The quotation state of the current paragraph: which quotes are open. */
interface QuoteState {
  double: boolean;
  single: boolean;
}

const APOS = 0x27;
const RSQUO = 0x2019;
const DOT = 0x2e;
const HYPHEN = 0x2d;
/** Letters after an apostrophe that make a clitic token ("'s", "'re", ...), lower-cased. */
const CLITICS: ReadonlySet<string> = new Set(['s', 'm', 're', 've', 'll', 'd']);
/** How far ahead an ASCII single quote looks for its closer. */
const SINGLE_QUOTE_REACH = 200;
/** Dotted abbreviations: "U.S", "p.m", "Ph.D", "N.Y" (the final period is added by the caller). */
const DOTTED = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;

/** Splits `text` into tokens; whitespace is never part of one. */
export function tokenize(text: string): Token[] {
  const tab = charTable();
  const out: Token[] = [];
  const state: QuoteState = { double: false, single: false };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const f = tab[text.charCodeAt(i)]!;
    if (f & SPACE) {
      if (f & NEWLINE) {
        state.double = false;
        state.single = false;
      }
      i++;
    } else if ((f & ALNUM) !== 0) i = readWord(text, i, tab, out);
    else i = readOther(text, i, tab, out, state);
  }
  return out;
}

/** Length of a clitic at `j` ("'s", "’ll", "n't"), or 0. */
function cliticLength(text: string, j: number, tab: Uint8Array): number {
  const c = text.charCodeAt(j);
  if ((c === 0x6e || c === 0x4e) && isApos(text.charCodeAt(j + 1))) {
    const t = text.charCodeAt(j + 2);
    return (t === 0x74 || t === 0x54) && !letterAt(text, j + 3, tab) ? 3 : 0;
  }
  if (!isApos(c)) return 0;
  let k = j + 1;
  while (k < text.length && k - j <= 3 && letterAt(text, k, tab)) k++;
  if (k === j + 1 || letterAt(text, k, tab)) return 0;
  return CLITICS.has(text.slice(j + 1, k).toLowerCase()) ? k - j : 0;
}

const isApos = (c: number): boolean => c === APOS || c === RSQUO;
const letterAt = (text: string, k: number, tab: Uint8Array): boolean =>
  k < text.length && (tab[text.charCodeAt(k)]! & LETTER) !== 0;
const alnumAt = (text: string, k: number, tab: Uint8Array): boolean =>
  (tab[text.charCodeAt(k)]! & ALNUM) !== 0;

/** Reads a word or number from `i`, pushes it (and a clitic after it), returns where it ends. */
function readWord(text: string, i: number, tab: Uint8Array, out: Token[]): number {
  const numeric = (tab[text.charCodeAt(i)]! & DIGIT) !== 0;
  let j = i;
  for (;;) {
    while (alnumAt(text, j, tab)) j++;
    if (j >= text.length) break;
    const c = text.charCodeAt(j);
    const joins = joinerAt(text, i, j, c, numeric, tab);
    if (joins > 0) {
      j += joins;
      continue;
    }
    if (isApos(c) && letterAt(text, j + 1, tab)) {
      if (cliticLength(text, j, tab) > 0) break;
      if (j - 1 > i && cliticLength(text, j - 1, tab) === 3) {
        j--;
        break;
      }
      j++;
      continue;
    }
    if (c === DOT) {
      const abbr = abbreviationEnd(text, i, j, tab);
      if (abbr > j) {
        j = abbr;
        if (text.charCodeAt(j) === HYPHEN && alnumAt(text, j + 1, tab)) continue;
      }
    }
    break;
  }
  out.push({ start: i, end: j, kind: numeric ? 'number' : 'word' });
  const clitic = cliticLength(text, j, tab);
  if (clitic > 0) {
    out.push({ start: j, end: j + clitic, kind: 'word' });
    return j + clitic;
  }
  return j;
}

/** How many characters at `j` join the word on (a hyphen, an inner period, a digit separator). */
function joinerAt(text: string, i: number, j: number, c: number, numeric: boolean, tab: Uint8Array): number {
  const nextAlnum = alnumAt(text, j + 1, tab);
  if ((c === HYPHEN || c === 0x2010 || c === 0x2011) && nextAlnum) return 1;
  if (c === DOT && nextAlnum) return 1;
  const digitBefore = (tab[text.charCodeAt(j - 1)]! & DIGIT) !== 0;
  const digitAfter = (tab[text.charCodeAt(j + 1)]! & DIGIT) !== 0;
  if ((c === 0x2c || c === 0x3a) && numeric && digitBefore && digitAfter) return 1;
  const upperBefore = (tab[text.charCodeAt(j - 1)]! & UPPER) !== 0;
  const upperAfter = (tab[text.charCodeAt(j + 1)]! & UPPER) !== 0;
  if (c === 0x26 && upperBefore && upperAfter && j - i <= 3) return 1;
  return 0;
}

/** Where the word `[i, j)` ends when the period at `j` belongs to it, else `j`. */
function abbreviationEnd(text: string, i: number, j: number, tab: Uint8Array): number {
  const len = j - i;
  if (len === 1 && (tab[text.charCodeAt(i)]! & UPPER) !== 0) return j + 1;
  if (len > 12) return j;
  const word = text.slice(i, j);
  const cls = ABBREVIATION_CLASS.get(word);
  if (cls === undefined) return DOTTED.test(word) ? j + 1 : j;
  if (cls !== 'numbered') return j + 1;
  let k = j + 1;
  while (k < text.length && text.charCodeAt(k) === 0x20) k++;
  return (tab[text.charCodeAt(k)]! & DIGIT) !== 0 ? j + 1 : j;
}

/** Characters after which an ASCII quotation mark opens a quote. */
const OPENERS: ReadonlySet<number> = new Set([
  0x28, 0x5b, 0x7b, 0x2014, 0x2013, 0x2f, 0x201c, 0x2018, 0x22, 0x27, 0xab,
]);

function opensAfter(text: string, i: number, tab: Uint8Array): boolean {
  if (i === 0) return true;
  const p = text.charCodeAt(i - 1);
  return (tab[p]! & SPACE) !== 0 || OPENERS.has(p);
}

/** Reads one punctuation or quotation token from `i`; returns where it ends. */
function readOther(text: string, i: number, tab: Uint8Array, out: Token[], state: QuoteState): number {
  const c = text.charCodeAt(i);
  const [end, kind] = otherToken(text, i, c, tab, state);
  out.push({ start: i, end, kind });
  return end;
}

/** The end and kind of the punctuation or quotation token at `i` (code unit `c`). */
function otherToken(
  text: string,
  i: number,
  c: number,
  tab: Uint8Array,
  state: QuoteState,
): [number, TokenKind] {
  if (c === 0x22 || c === 0x2033) {
    const open = asciiDoubleOpens(text, i, tab, state);
    state.double = open;
    return [i + 1, open ? 'open-quote' : 'close-quote'];
  }
  if (c === 0x201c || c === 0x201e || c === 0x201f || c === 0xab) {
    state.double = true;
    return [i + 1, 'open-quote'];
  }
  if (c === 0x201d || c === 0xbb) {
    state.double = false;
    return [i + 1, 'close-quote'];
  }
  if (c === 0x2018 || c === APOS || c === RSQUO) return [i + 1, singleQuoteKind(text, i, tab, state)];
  if (c === DOT || c === HYPHEN) {
    let k = i + 1;
    while (text.charCodeAt(k) === c) k++;
    return [k, 'punct'];
  }
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return [i + 2, 'punct'];
  return [i + 1, 'punct'];
}

/** Whether an ASCII `"` at `i` opens (true) or closes a quote. */
function asciiDoubleOpens(text: string, i: number, tab: Uint8Array, state: QuoteState): boolean {
  const afterOpener = opensAfter(text, i, tab);
  const nf = i + 1 < text.length ? tab[text.charCodeAt(i + 1)]! : SPACE;
  const beforeSpace = (nf & SPACE) !== 0;
  if (afterOpener !== beforeSpace) return afterOpener;
  if (!afterOpener && (nf & ALNUM) === 0) return false;
  return !state.double;
}

/** The kind of a single quotation mark or apostrophe at `i`, updating the quote state. */
function singleQuoteKind(text: string, i: number, tab: Uint8Array, state: QuoteState): TokenKind {
  const c = text.charCodeAt(i);
  const afterOpener = opensAfter(text, i, tab);
  if (afterOpener && letterAt(text, i + 1, tab)) {
    if (c === 0x2018 || (c === APOS && closerAhead(text, i + 1, tab))) {
      state.single = true;
      return 'open-quote';
    }
    return 'punct';
  }
  if (state.single && !afterOpener && c !== 0x2018 && !letterAt(text, i + 1, tab)) {
    state.single = false;
    return 'close-quote';
  }
  return 'punct';
}

/** Whether a closing single quote (after a non-space, before a non-letter) follows on this line. */
function closerAhead(text: string, from: number, tab: Uint8Array): boolean {
  const end = Math.min(text.length, from + SINGLE_QUOTE_REACH);
  for (let k = from; k < end; k++) {
    const c = text.charCodeAt(k);
    if ((tab[c]! & NEWLINE) !== 0) return false;
    if (isApos(c) && !(tab[text.charCodeAt(k - 1)]! & SPACE) && !letterAt(text, k + 1, tab)) return true;
  }
  return false;
}

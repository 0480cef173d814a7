/**
 * Sentences and paragraphs of news prose, over the tokens of tokenize.ts.
 *
 * The rules, in order:
 * 1. A line break always ends a sentence (and a paragraph): headlines, datelines on their own
 *    line and list items have no final period.
 * 2. A sentence ends at ".", "?", "!" or an ellipsis, together with the closing quotation marks
 *    and brackets right after it (`."`, `.”`, `?)`), when the next token does not start with a
 *    lower-case letter or continue the clause ("," ";" ":"). An ellipsis ends one only before a
 *    capital or an opening quote ("... and then" goes on).
 * 3. An abbreviation's period ("Mr.", "Sept.", "U.S.") ends a sentence only when the
 *    abbreviation can close one (a place, a suffix, a month, or a dotted one such as "U.S." or
 *    "p.m.") and the next word is a common sentence starter ("The", "He", "But", ...): "in the
 *    U.S. The report" splits, "the U.S. Senate" and "Sept. 15" do not. Titles ("Mr."), initials
 *    ("J.") and "No. 3" never end one. The genuinely ambiguous "U.S." before a capitalised name
 *    stays in one sentence: a missed split costs less than a split name.
 * A dateline ("MOSCOW (Reuters) -") has no period, so it stays at the head of its sentence.
 */

import type { Span } from '../types.js';
import { ABBREVIATION_CLASS, SENTENCE_STARTERS } from './abbreviations.js';
import { CHAR, charTable } from './chars.js';
import type { Token } from './tokenize.js';

const { LOWER, NEWLINE, SPACE, UPPER } = CHAR;

const TERMINALS: ReadonlySet<string> = new Set(['.', '?', '!', '\u2026', '?!', '!?']);
const CONTINUERS: ReadonlySet<string> = new Set([',', ';', ':', '%']);
const CLOSERS: ReadonlySet<string> = new Set([')', ']', '}']);

/** Whether the text between two offsets holds a line break. */
function breakBetween(text: string, from: number, to: number, tab: Uint8Array): boolean {
  for (let k = from; k < to; k++) if ((tab[text.charCodeAt(k)]! & NEWLINE) !== 0) return true;
  return false;
}

/** How the token at `i` can end a sentence: not at all, as a terminal, or as an abbreviation. */
function endKind(text: string, tok: Token): 'none' | 'terminal' | 'ellipsis' | 'abbr' {
  const len = tok.end - tok.start;
  if (tok.kind === 'punct') {
    if (len >= 3 && text.charCodeAt(tok.start) === 0x2e) return 'ellipsis';
    const s = len <= 2 ? text.slice(tok.start, tok.end) : '';
    if (s === '\u2026') return 'ellipsis';
    return TERMINALS.has(s) ? 'terminal' : 'none';
  }
  if (tok.kind === 'word' && len > 1 && text.charCodeAt(tok.end - 1) === 0x2e) return 'abbr';
  return 'none';
}

/** Whether the abbreviation token may end a sentence before `next`. */
function abbreviationEnds(text: string, abbr: Token, next: Token, quoted: boolean): boolean {
  const word = text.slice(abbr.start, abbr.end - 1);
  const cls = ABBREVIATION_CLASS.get(word);
  if (cls === 'title' || cls === 'inner' || cls === 'numbered') return false;
  if (cls === undefined && !word.includes('.')) return false;
  if (next.kind === 'open-quote') return quoted;
  return quoted || SENTENCE_STARTERS.has(text.slice(next.start, next.end));
}

/** Whether a plain terminal (or an ellipsis) ends the sentence before `next`. */
function terminalEnds(text: string, next: Token, ellipsis: boolean, tab: Uint8Array): boolean {
  const f = tab[text.charCodeAt(next.start)]!;
  if (next.kind === 'open-quote') return true;
  if (ellipsis) return (f & UPPER) !== 0;
  if ((f & LOWER) !== 0) return false;
  if (next.kind === 'punct' && next.end - next.start === 1) {
    return !CONTINUERS.has(text[next.start] ?? '') && !TERMINALS.has(text[next.start] ?? '');
  }
  return true;
}

/** Splits the tokens of `text` into sentence spans, from each first token's start to the last's end. */
export function splitSentences(text: string, tokens: readonly Token[]): Span[] {
  const tab = charTable();
  const out: Span[] = [];
  let first = 0;
  const close = (last: number): void => {
    const a = tokens[first];
    const b = tokens[last];
    if (a && b) out.push([a.start, b.end]);
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    if (breakBetween(text, tok.end, next.start, tab)) {
      close(i);
      continue;
    }
    const kind = endKind(text, tok);
    if (kind === 'none') continue;
    let last = i;
    while (last + 1 < tokens.length && attaches(text, tokens[last]!, tokens[last + 1]!)) last++;
    const after = tokens[last + 1];
    if (!after) break;
    if (breakBetween(text, tokens[last]!.end, after.start, tab)) {
      close(last);
      i = last;
      continue;
    }
    const quoted = last > i;
    const ends =
      kind === 'abbr'
        ? abbreviationEnds(text, tok, after, quoted)
        : terminalEnds(text, after, kind === 'ellipsis', tab);
    if (ends) {
      close(last);
      i = last;
    }
  }
  if (first < tokens.length) close(tokens.length - 1);
  return out;
}

/** Whether `next` belongs to the sentence end before it: a closing quote or bracket, another terminal. */
function attaches(text: string, prev: Token, next: Token): boolean {
  if (next.start !== prev.end) return false;
  if (next.kind === 'close-quote') return true;
  if (next.kind !== 'punct' || next.end - next.start !== 1) return false;
  const c = text[next.start] ?? '';
  return CLOSERS.has(c) || c === '?' || c === '!' || c === '.';
}

/** Paragraphs: the non-blank lines of `text`, trimmed; every line break ends one. */
export function paragraphs(text: string): Span[] {
  const tab = charTable();
  const out: Span[] = [];
  let start = -1;
  let end = -1;
  for (let k = 0; k <= text.length; k++) {
    const f = k < text.length ? tab[text.charCodeAt(k)]! : NEWLINE;
    if ((f & NEWLINE) !== 0) {
      if (start >= 0) out.push([start, end]);
      start = -1;
    } else if ((f & SPACE) === 0) {
      if (start < 0) start = k;
      end = k + 1;
    }
  }
  return out;
}

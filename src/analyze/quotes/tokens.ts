/**
 * Token-level helpers of the quote tagger: word hashes, word shapes, quotation states, and token
 * ranges of character spans.
 */

import type { Token } from '../text/index.js';
import type { Span } from '../types.js';

/** Word shapes: lower, capitalised, all caps, number, punctuation, quotation marks. */
export const SHAPE = { lower: 1, cap: 2, caps: 3, num: 4, punct: 5, open: 6, close: 7, mixed: 8 } as const;

/** Quotation state of a token: outside, inside, the opening mark, the closing mark. */
export const QSTATE = { out: 0, inside: 1, open: 2, close: 3 } as const;

/** Hash of the lower-cased token text, with digits folded and apostrophes and quotes unified. */
export function hashToken(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) c |= 32;
    else if (c >= 48 && c <= 57) c = 48;
    else if (c === 0x2019 || c === 0x2018) c = 0x27;
    else if (c === 0x201c || c === 0x201d) c = 0x22;
    else if (c > 127) c = text[k]!.toLowerCase().charCodeAt(0);
    h = Math.imul(h ^ c, 16777619);
  }
  return h | 0;
}

/** Case of an ASCII letter: 1 upper, 2 lower, 0 other (not ASCII, or not a letter). */
const asciiCase = (c: number): number => (c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : 0);

/** The shape of a token (`SHAPE`). */
export function shapeOf(text: string, tok: Token): number {
  if (tok.kind === 'open-quote') return SHAPE.open;
  if (tok.kind === 'close-quote') return SHAPE.close;
  if (tok.kind === 'number') return SHAPE.num;
  if (tok.kind === 'punct') return SHAPE.punct;
  const ascii = asciiShape(text, tok.start, tok.end);
  if (ascii > 0) return ascii;
  const first = text[tok.start]!;
  const rest = text.slice(tok.start + 1, tok.end);
  if (first === first.toLowerCase()) return rest === rest.toLowerCase() ? SHAPE.lower : SHAPE.mixed;
  if (rest.length === 0 || rest === rest.toLowerCase()) return SHAPE.cap;
  return rest === rest.toUpperCase() ? SHAPE.caps : SHAPE.mixed;
}

/** The shape of an ASCII word (apostrophes, periods and hyphens allowed), or 0 to look closer. */
function asciiShape(text: string, start: number, end: number): number {
  const first = asciiCase(text.charCodeAt(start));
  if (first === 0) return 0;
  let upper = 0;
  let lower = 0;
  for (let k = start + 1; k < end; k++) {
    const c = text.charCodeAt(k);
    const cs = asciiCase(c);
    if (cs === 1) upper++;
    else if (cs === 2) lower++;
    else if (c !== 0x27 && c !== 0x2e && c !== 0x2d && (c < 48 || c > 57)) return 0;
  }
  if (first === 2) return upper === 0 ? SHAPE.lower : SHAPE.mixed;
  if (upper === 0) return SHAPE.cap;
  return lower === 0 ? SHAPE.caps : SHAPE.mixed;
}

/** Token index ranges of character spans (sentences or paragraphs), in order. */
export function tokenRanges(tokens: readonly Token[], spans: readonly Span[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  for (const [s, e] of spans) {
    while (i < tokens.length && tokens[i]!.start < s) i++;
    const first = i;
    while (i < tokens.length && tokens[i]!.end <= e) i++;
    if (i > first) out.push([first, i]);
  }
  return out;
}

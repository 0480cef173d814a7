import type { Link } from '../article/types.js';

/**
 * A paragraph being assembled from text nodes and inline elements: whitespace collapses as a
 * browser shows it, `<br>` becomes a line break, and links keep their offsets into the text.
 */
export interface InlineBuffer {
  text: string;
  links: Link[];
  /** A space is owed before the next visible character. */
  pendingSpace: boolean;
}

export function newBuffer(): InlineBuffer {
  return { text: '', links: [], pendingSpace: false };
}

const WS = /[\s\u00a0\u200b\ufeff]+/g;

/** Appends a text node's data. */
export function appendText(buf: InlineBuffer, data: string): void {
  const text = data.replace(WS, ' ');
  if (text === ' ' || text === '') {
    if (text === ' ') buf.pendingSpace = true;
    return;
  }
  const leading = text.charCodeAt(0) === 32;
  const trailing = text.charCodeAt(text.length - 1) === 32;
  const body = text.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  if ((leading || buf.pendingSpace) && buf.text !== '' && !buf.text.endsWith('\n')) buf.text += ' ';
  buf.text += body;
  buf.pendingSpace = trailing;
}

/** A `<br>`: a line break inside the paragraph. */
export function appendBreak(buf: InlineBuffer): void {
  buf.text = buf.text.replace(/ +$/, '');
  if (buf.text !== '') buf.text += '\n';
  buf.pendingSpace = false;
}

/** Records a link over the text appended since `start`. */
export function addLink(buf: InlineBuffer, start: number, href: string): void {
  let from = start;
  while (from < buf.text.length && (buf.text[from] === ' ' || buf.text[from] === '\n')) from++;
  if (from < buf.text.length) buf.links.push({ start: from, end: buf.text.length, href });
}

/** A finished piece of inline text with its links. */
export interface InlineText {
  text: string;
  links: Link[];
}

/**
 * Empties the buffer into paragraphs: line breaks are trimmed and a blank line (two `<br>`)
 * splits paragraphs, as it does on pages that lay prose out with `<br><br>`.
 */
export function drain(buf: InlineBuffer): InlineText[] {
  const raw = buf.text;
  const links = buf.links;
  buf.text = '';
  buf.links = [];
  buf.pendingSpace = false;
  const out: InlineText[] = [];
  const splitter = /\n{2,}/g;
  let from = 0;
  for (;;) {
    const m = splitter.exec(raw);
    const to = m ? m.index : raw.length;
    pushPiece(out, raw, from, to, links);
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

function pushPiece(out: InlineText[], raw: string, from: number, to: number, links: Link[]): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(raw[start]!)) start++;
  while (end > start && /\s/.test(raw[end - 1]!)) end--;
  if (end <= start) return;
  const text = raw.slice(start, end).replace(/ ?\n ?/g, '\n');
  const own = text.length === end - start;
  const kept = own
    ? links
        .filter((l) => l.start >= start && l.end <= end)
        .map((l) => ({ start: l.start - start, end: l.end - start, href: l.href }))
    : [];
  out.push(kept.length > 0 ? { text, links: kept } : { text, links: [] });
}

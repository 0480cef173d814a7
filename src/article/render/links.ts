/**
 * Links inside a block, as text segments, and the URL policy shared by Markdown and HTML: only
 * http(s) targets survive, relative ones resolved against the article's URL.
 */
import type { Block } from '../types.js';

/** A run of block text, linked when `href` is set (raw: check it with `safeUrl`). */
export interface Segment {
  text: string;
  href?: string;
}

/** The block's text cut at its links. Links that overlap, fall outside the text or are empty are ignored. */
export function segments(block: Block): Segment[] {
  const { text } = block;
  // A block with one `href` and no offsets is a link as a whole.
  if (!block.links?.length)
    return block.href && block.type !== 'figure' ? [{ text, href: block.href }] : [{ text }];
  const out: Segment[] = [];
  let at = 0;
  for (const link of [...block.links].sort((a, b) => a.start - b.start)) {
    const valid = Number.isInteger(link.start) && Number.isInteger(link.end) && link.end <= text.length;
    if (!valid || link.start < at || link.end <= link.start) continue;
    if (link.start > at) out.push({ text: text.slice(at, link.start) });
    out.push({ text: text.slice(link.start, link.end), href: link.href });
    at = link.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/**
 * The absolute http(s) URL for `href`, or undefined for anything else (`javascript:`, `data:`,
 * `vbscript:`, unparsable, or relative with no http(s) base). Parsing with WHATWG `URL` sees
 * the scheme as a browser would, so tricks like "java\tscript:" are caught.
 */
export function safeUrl(href: string | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  const root = base === undefined ? undefined : safeUrl(base);
  let url: URL;
  try {
    url = new URL(href.trim(), root);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

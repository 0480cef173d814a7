/**
 * Escaping for CommonMark/GFM: backslashes only where a character would otherwise change
 * meaning, so ordinary prose ("AT&T", "3 < 4", "snake_case", "2.5") reads as it was written.
 */

// Characters that start inline markup wherever they stand.
const ALWAYS = /[\\`*~[\]]/g;
// `_` opens or closes emphasis only at a word edge; inside a word it is literal.
const EDGE_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
// `<` starts raw HTML or an autolink only before a letter, `/`, `!` or `?`.
const TAG_OPEN = /<(?=[A-Za-z/!?])/g;
// `&` matters only where it would be read as an entity ("&amp;", "&#38;").
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;

/** Escapes text for use inside a Markdown line (paragraph, heading, list item, cell, link text). */
export function escapeInline(text: string): string {
  return text
    .replace(ALWAYS, '\\$&')
    .replace(EDGE_UNDERSCORE, '\\_')
    .replace(TAG_OPEN, '\\<')
    .replace(ENTITY, '\\&');
}

// Line starts that would turn a paragraph line into a heading, quote, list item or rule.
const ATX = /^(#{1,6})(?=\s|$)/;
const QUOTE = /^>/;
const BULLET = /^([-+])(?=\s|$)/;
const ORDERED = /^(\d{1,9})([.)])(?=\s|$)/;
// A line of only `=` or `-` would underline the line before it into a setext heading.
const SETEXT = /^([=-])(?=[=\-\s]*$)/;
// A line starting with `|` next to a delimiter row could start a table.
const PIPE = /^\|/;

/**
 * Escapes block-level markers at the start of each line, after trimming the indentation that
 * would otherwise make an indented code block. Run it after `escapeInline`.
 */
export function escapeLineStarts(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeLineStart(line.trim()))
    .join('\n');
}

function escapeLineStart(line: string): string {
  return line
    .replace(ATX, '\\$1')
    .replace(QUOTE, '\\>')
    .replace(BULLET, '\\$1')
    .replace(ORDERED, '$1\\$2')
    .replace(SETEXT, '\\$1')
    .replace(PIPE, '\\|');
}

/** Escapes a heading's text so that trailing `#`s are not read as a closing sequence. */
export function escapeHeadingEnd(text: string): string {
  return text.replace(/(^|\s)(#+)$/, '$1\\$2');
}

/** Escapes a table cell: inline markup and the `|` that would end it. */
export function escapeCell(text: string): string {
  return escapeInline(text.replace(/\s+/g, ' ').trim()).replace(/\|/g, '\\|');
}

/** A link destination: parentheses and backslashes escaped, spaces and angle brackets encoded. */
export function escapeDestination(href: string): string {
  return href
    .replace(/[()\\]/g, '\\$&')
    .replace(/[\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A code fence longer than any backtick run inside `code` (at least three). */
export function fenceFor(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/**
 * Telling a document's kind from its first bytes: the XML root element, a JSON object, the WARC
 * magic, an HTML doctype, binary noise. Reads a prefix only; never parses the whole document.
 */
import { HTML_TYPES, WARC_MAGIC, XML_ROOTS } from './formats.js';

/** What the first bytes look like. */
export type Sniffed = 'feed' | 'sitemap' | 'page' | 'json' | 'warc' | 'binary' | 'other';

/** The first element of an XML or HTML document, and the doctype name when there is one. */
export interface Prolog {
  /** Local name in lower case (`rdf:RDF` gives `rdf`). */
  root?: string;
  /** The namespace prefix of the root element with its colon (`sm:`), or `''`. */
  prefix: string;
  /** `html` for `<!DOCTYPE html ...>`, lower case. */
  doctype?: string;
  /** Index just past the root element's name; a name that runs to the end of the text may be cut. */
  rootEnd?: number;
}

const latin1 = new TextDecoder('latin1');

/** Sniffs a prefix of a document (at most a few KB are read). */
export function sniff(head: Uint8Array): Sniffed {
  if (head.length === 0) return 'other';
  const text = latin1.decode(head).replace(/^\u00ef\u00bb\u00bf/, ''); // a UTF-8 BOM, read as latin1
  if (text.startsWith(WARC_MAGIC)) return 'warc';
  if (looksBinary(head)) return 'binary';
  if (/^\s*\{/.test(text)) return 'json';
  const prolog = readProlog(text);
  const kind = prolog.root === undefined ? undefined : XML_ROOTS[prolog.root];
  if (kind !== undefined) return kind;
  if (prolog.doctype === 'html' || prolog.root === 'head' || prolog.root === 'body') return 'page';
  return 'other';
}

/**
 * Skips the XML declaration, processing instructions (stylesheets), comments and the doctype, and
 * names the first element. Undefined root when the text does not start like markup.
 */
export function readProlog(text: string): Prolog {
  let at = 0;
  let doctype: string | undefined;
  for (;;) {
    while (at < text.length && /\s/.test(text[at] as string)) at++;
    if (text.startsWith('<?', at)) at = skipPast(text, at, '?>');
    else if (text.startsWith('<!--', at)) at = skipPast(text, at, '-->');
    else if (text.startsWith('<!', at)) {
      doctype ??= /^<!doctype\s+([\w:-]+)/i.exec(text.slice(at, at + 64))?.[1]?.toLowerCase();
      at = skipPast(text, at, '>');
    } else break;
    if (at < 0) return withDoctype({ prefix: '' }, doctype);
  }
  const name = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(text.slice(at, at + 256));
  if (name === null) return withDoctype({ prefix: '' }, doctype);
  const root = (name[2] as string).toLowerCase();
  return withDoctype({ root, prefix: name[1] ?? '', rootEnd: at + name[0].length }, doctype);
}

/** The media type without parameters, in lower case (`text/html; charset=utf-8` gives `text/html`). */
export function essence(contentType: string | undefined): string {
  return contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Whether a Content-Type names an HTML page. */
export function isHtmlType(contentType: string | undefined): boolean {
  return HTML_TYPES.includes(essence(contentType));
}

function skipPast(text: string, from: number, end: string): number {
  const found = text.indexOf(end, from);
  return found < 0 ? -1 : found + end.length;
}

function withDoctype(prolog: Prolog, doctype: string | undefined): Prolog {
  return doctype === undefined ? prolog : { ...prolog, doctype };
}

/** NUL bytes do not occur in text in any encoding we read (UTF-16 feeds aside, which we do not take). */
function looksBinary(head: Uint8Array): boolean {
  return head.subarray(0, 1024).includes(0);
}

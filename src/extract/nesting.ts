/**
 * A guard against hostile nesting. htmlparser2 keeps its open-element stack with `unshift`, so
 * each level costs the depth so far: 50,000 unclosed `<div><span>` take 15 s to parse. No real
 * page nests beyond a few hundred levels, so tags that would open deeper than MAX_DEPTH are
 * dropped (with their closing tags) before parsing. The scan is a single indexOf walk.
 */

/** Deeper than any page we have seen by two orders of magnitude. */
export const MAX_DEPTH = 2000;

/** Elements that never hold children, or that the parser closes by itself when a sibling opens. */
const NOT_NESTING = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'td',
  'th',
  'tr',
  'option',
  'dd',
  'dt',
  '!doctype',
]);

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;
}

interface Tag {
  name: string;
  closing: boolean;
  end: number;
}

function readTag(html: string, lt: number): Tag | undefined {
  let i = lt + 1;
  const closing = html.charCodeAt(i) === 47;
  if (closing) i++;
  const start = i;
  while (i < html.length && isNameChar(html.charCodeAt(i))) i++;
  if (i === start) return undefined;
  const gt = html.indexOf('>', i);
  if (gt < 0) return undefined;
  const selfClosing = html.charCodeAt(gt - 1) === 47;
  const name = html.slice(start, i).toLowerCase();
  return { name: selfClosing && !closing ? '!doctype' : name, closing, end: gt + 1 };
}

/**
 * An upper bound of the page's depth, cheaply: tags are counted without reading their attributes,
 * so self-closing SVG shapes count as opening. Only a page over the limit gets the exact pass.
 */
function roughDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
    const c = html.charCodeAt(lt + 1);
    if (c === 47) {
      if (depth > 0) depth--;
      continue;
    }
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) continue;
    let i = lt + 2;
    while (isNameChar(html.charCodeAt(i))) i++;
    if (i - lt - 1 <= 8 && NOT_NESTING.has(html.slice(lt + 1, i).toLowerCase())) continue;
    if (++depth > max) max = depth;
  }
  return max;
}

/** The page with tags beyond MAX_DEPTH removed, or the page itself when it nests normally. */
export function limitNesting(html: string): string {
  if (roughDepth(html) <= MAX_DEPTH) return html;
  let depth = 0;
  let dropped = 0;
  const keep: string[] = [];
  let copied = 0;
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
    const tag = readTag(html, lt);
    if (!tag || NOT_NESTING.has(tag.name)) continue;
    if (tag.closing) {
      if (dropped > 0) {
        dropped--;
        keep.push(html.slice(copied, lt));
        copied = tag.end;
      } else if (depth > 0) depth--;
    } else if (depth >= MAX_DEPTH) {
      dropped++;
      keep.push(html.slice(copied, lt));
      copied = tag.end;
    } else depth++;
    lt = tag.end - 1;
  }
  if (keep.length === 0) return html;
  keep.push(html.slice(copied));
  return keep.join('');
}

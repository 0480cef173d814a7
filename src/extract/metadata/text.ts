/**
 * Small string helpers shared by the metadata readers: whitespace, folding for comparison,
 * word tokens that work in any script, and URL resolution.
 */

/** Collapses runs of whitespace (including NBSP and zero-width spaces) to one space and trims. */
export function collapse(text: string): string {
  return text
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-cases and collapses, for equality tests that ignore case and spacing. */
export function fold(text: string): string {
  return collapse(text).toLowerCase();
}

/** Letters and digits only, lower-cased: "The Moscow-Times.com" -> "themoscowtimescom". */
export function compact(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

// Scripts written without spaces: each character counts as a word, so that Japanese or
// Chinese titles can be compared with the same overlap measure as spaced scripts.
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|[\p{L}\p{N}]+/gu;

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Word tokens of `text`, lower-cased; unspaced scripts give one token per character. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * How alike two short texts are: shared tokens over the larger token count (0..1).
 * A section label ("Opinion") inside a long title scores low; the same headline with a
 * site suffix scores high.
 */
export function overlap(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.length === 0 || right.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const w of right) pool.set(w, (pool.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of left) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(w, n - 1);
    }
  }
  return shared / Math.max(left.length, right.length);
}

/** Whether two texts have the same words in the same order, ignoring case and punctuation. */
export function sameWords(a: string, b: string): boolean {
  const left = words(a);
  const right = words(b);
  return left.length > 0 && left.length === right.length && left.every((w, i) => w === right[i]);
}

/** Resolves `href` against `base`; only http(s) results are kept. */
export function resolveUrl(href: string | undefined, base: string | undefined): string | undefined {
  const raw = href?.trim();
  if (!raw || raw.startsWith('data:') || raw.startsWith('javascript:')) return undefined;
  try {
    const resolved = base ? new URL(raw, base) : new URL(raw.startsWith('//') ? `https:${raw}` : raw);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

// Second-level labels that sit under a country code: bbc.co.uk, folha.com.br, abc.net.au.
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or', 'go']);

/** The registrable name of the host without its suffix: "www.bbc.co.uk" -> "bbc". */
export function siteLabel(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const labels = host.split('.').filter(Boolean);
  labels.pop();
  if (labels.length > 1 && SECOND_LEVEL.has(labels.at(-1) ?? '')) labels.pop();
  const label = labels.at(-1);
  return label && label.length >= 2 && !/^\d+$/.test(label) ? label : undefined;
}

/** Whether a string looks like a URL or an email rather than prose or a name. */
export function isUrlLike(text: string): boolean {
  return /^(?:https?:)?\/\/|^www\.|^[\w.+-]+@[\w-]+\.[\w.]+$/i.test(text.trim());
}

/** One contains the other and the shorter is most of the longer: "moscowtimes" in "themoscowtimes". */
function closeContainment(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.includes(short) && short.length >= long.length * 0.6;
}

/**
 * Whether `part` is the site's own name: one of `names` (og:site_name, publisher, …) or the
 * domain spelled out ("CBSSports.com" for cbssports.com, "BBC News" for bbc.co.uk).
 */
export function isSiteName(
  part: string,
  names: readonly string[],
  label: string | undefined,
  maxWords: number,
): boolean {
  const key = compact(part.replace(/^the\s+/i, ''));
  // Unspaced scripts give a word per character: there the spaced chunks are the words.
  const count = UNSPACED.test(part) ? part.trim().split(/\s+/).length : words(part).length;
  if (!key || count > maxWords) return false;
  for (const name of names) {
    const other = compact(name.replace(/^the\s+/i, ''));
    if (other && (other === key || closeContainment(key, other))) return true;
  }
  if (!label || label.length < 3) return false;
  return key === label || closeContainment(key, label) || (key.startsWith(label) && count <= 3);
}

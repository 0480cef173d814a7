/**
 * A text file of URLs, one per line, read as a stream so that a 50,000-line list is never held
 * whole. Blank lines and lines starting with `#` are skipped; other lines that are not absolute
 * http(s) URLs are reported and skipped.
 */
import { utf8Text } from './bytes.js';
import { MAX_URL_LINE_CHARS } from './formats.js';

/** A URL from the list, with its line number. */
export interface ListedUrl {
  url: string;
  line: number;
}

/** Yields the list's URLs in order; `warn` hears about each bad line ("line 7: ..."). */
export async function* listedUrls(
  bytes: AsyncIterable<Uint8Array>,
  warn: (message: string) => void,
): AsyncGenerator<ListedUrl> {
  let line = 0;
  for await (const text of lines(utf8Text(bytes), warn)) {
    line++;
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const url = httpUrl(trimmed);
    if (url === undefined)
      warn(`line ${line}: not an http(s) URL: ${JSON.stringify(trimmed.slice(0, 120))}; skipped`);
    else yield { url, line };
  }
}

/**
 * Splits text chunks into lines (LF or CRLF). A line longer than MAX_URL_LINE_CHARS is dropped as
 * it arrives (it is no URL) so that a file without newlines cannot fill memory; it still counts.
 */
async function* lines(
  chunks: AsyncIterable<string>,
  warn: (message: string) => void,
): AsyncGenerator<string> {
  let pending = '';
  let overlong = false;
  let number = 0;
  for await (const chunk of chunks) {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop() as string;
    for (const part of parts) {
      number++;
      if (overlong) {
        warn(`line ${number}: longer than ${MAX_URL_LINE_CHARS} characters; skipped`);
        overlong = false;
        yield '';
      } else yield part;
    }
    if (pending.length > MAX_URL_LINE_CHARS) {
      overlong = true;
      pending = '';
    }
  }
  if (overlong) warn(`line ${number + 1}: longer than ${MAX_URL_LINE_CHARS} characters; skipped`);
  else if (pending !== '') yield pending;
}

function httpUrl(text: string): string | undefined {
  if (!/^https?:\/\//i.test(text) || !URL.canParse(text)) return undefined;
  return new URL(text).href;
}

/**
 * The output formats of `dateline extract`, for one page and for many.
 *
 * One page: `text`, `markdown` and `json` are `render(article, format)`; `jsonl` is the Article
 * as one JSON line.
 *
 * Many pages (a directory), in file order:
 * - `jsonl`: one line per page, `{"file": "relative/path.html", ...article}`; a page that failed
 *   is `{"file": "relative/path.html", "error": "message"}`.
 * - `json`: one JSON array of those same objects, pretty-printed.
 * - `text`: each article after a header line `==> relative/path.html <==` (as `head` and `tail`
 *   print many files), articles separated by a blank line.
 * - `markdown`: each article after an HTML comment `<!-- file: relative/path.html -->`, articles
 *   separated by a thematic break (`---` between blank lines).
 * In `text` and `markdown` a failed page prints nothing on stdout; its warning is on stderr.
 */
import { render } from '../article/index.js';
import type { Article } from '../article/types.js';
import type { OutputFormat } from './formats.js';

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** The output for a single page. */
export function formatArticle(article: Article, format: OutputFormat): string {
  if (format === 'jsonl') return `${JSON.stringify(article)}\n`;
  return withNewline(render(article, format));
}

/** Builds the output of a many-page run, piece by piece, so that it can stream. */
export interface ManyPagesWriter {
  /** Text before the first page. */
  begin(): string;
  /** Text for one extracted page. */
  page(file: string, article: Article): string;
  /** Text for one page that failed (may be empty). */
  failure(file: string, message: string): string;
  /** Text after the last page. */
  end(): string;
}

/** A record of the many-page JSON formats. */
type Entry = { file: string } & (Article | { error: string });

/** The writer for a many-page run in `format`. */
export function manyPagesWriter(format: OutputFormat): ManyPagesWriter {
  let count = 0;
  // The separator goes before every piece but the first one written.
  const next = (separator: string, text: string): string => (count++ === 0 ? text : separator + text);
  switch (format) {
    case 'jsonl': {
      const line = (entry: Entry): string => `${JSON.stringify(entry)}\n`;
      return {
        begin: () => '',
        page: (file, article) => line({ file, ...article }),
        failure: (file, error) => line({ file, error }),
        end: () => '',
      };
    }
    case 'json': {
      const item = (entry: Entry): string =>
        next(',\n', JSON.stringify(entry, null, 2).replace(/^/gm, '  ').replace(/\n$/, ''));
      return {
        begin: () => '[\n',
        page: (file, article) => item({ file, ...article }),
        failure: (file, error) => item({ file, error }),
        end: () => (count === 0 ? ']\n' : '\n]\n'),
      };
    }
    case 'text':
      return {
        begin: () => '',
        page: (file, article) => next('\n', `==> ${file} <==\n${withNewline(render(article, 'text'))}`),
        failure: () => '',
        end: () => '',
      };
    case 'markdown':
      return {
        begin: () => '',
        page: (file, article) =>
          next(
            '\n---\n\n',
            `<!-- file: ${file.replace(/--/g, '-\\-')} -->\n\n${withNewline(render(article, 'markdown'))}`,
          ),
        failure: () => '',
        end: () => '',
      };
  }
}

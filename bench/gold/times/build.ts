/**
 * Turns the hand-annotated `snippets.txt` (development split) and `heldout.txt` (held-out split)
 * into `gold.jsonl` (one snippet a line, with offsets).
 * The markup is `[span|value]` for a time expression and `{span}` for a phrase that must NOT be
 * found (a duration, a set, a modal "may", a name). Run after editing the snippets:
 * `npx tsx bench/gold/times/build.ts`. The bench and the tests read `gold.jsonl` only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One annotated time expression: the exact text, where it starts, and its TIMEX3 value. */
export interface GoldTime {
  text: string;
  start: number;
  value: string;
}

/** One snippet of the times gold set. */
export interface GoldSnippet {
  id: string;
  /** `dev`: written before the rules, and looked at while writing them; `heldout`: not. */
  split: 'dev' | 'heldout';
  published: string;
  text: string;
  times: GoldTime[];
  /** Phrases a tagger must not report (durations, sets, modal "may", names). */
  negatives: { text: string; start: number }[];
}

const HEADER = /^=== (\S+) (\d{4}-\d{2}-\d{2})$/;
const MARK = /\[([^\]|]+)\|([^\]]+)\]|\{([^}]+)\}/g;

/** Strips the markup of one snippet, recording where each marked span lands in the plain text. */
export function parseSnippet(
  split: GoldSnippet['split'],
  id: string,
  published: string,
  marked: string,
): GoldSnippet {
  const snippet: GoldSnippet = { id, split, published, text: '', times: [], negatives: [] };
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    snippet.text += marked.slice(last, m.index);
    const start = snippet.text.length;
    if (m[1] !== undefined && m[2] !== undefined) {
      snippet.times.push({ text: m[1], start, value: m[2] });
      snippet.text += m[1];
    } else if (m[3] !== undefined) {
      snippet.negatives.push({ text: m[3], start });
      snippet.text += m[3];
    }
    last = m.index + m[0].length;
  }
  snippet.text += marked.slice(last);
  if (/[[\]{}|]/.test(snippet.text)) throw new Error(`${id}: unbalanced markup`);
  return snippet;
}

/** Reads the whole markup file: `=== id published` headers, each followed by its text. */
export function parseSnippets(source: string, split: GoldSnippet['split']): GoldSnippet[] {
  const out: GoldSnippet[] = [];
  let head: RegExpExecArray | null = null;
  let lines: string[] = [];
  const flush = (): void => {
    if (head?.[1] && head[2]) out.push(parseSnippet(split, head[1], head[2], lines.join('\n').trim()));
  };
  for (const line of source.split('\n')) {
    const h = HEADER.exec(line);
    if (h) {
      flush();
      head = h;
      lines = [];
    } else lines.push(line);
  }
  flush();
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = new URL('./', import.meta.url);
  const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
  const snippets = [
    ...parseSnippets(read('snippets.txt'), 'dev'),
    ...parseSnippets(read('heldout.txt'), 'heldout'),
  ];
  writeFileSync(new URL('gold.jsonl', dir), `${snippets.map((s) => JSON.stringify(s)).join('\n')}\n`);
  const times = snippets.reduce((n, s) => n + s.times.length, 0);
  const negatives = snippets.reduce((n, s) => n + s.negatives.length, 0);
  console.log(`${snippets.length} snippets, ${times} time expressions, ${negatives} negatives`);
}

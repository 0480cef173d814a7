/**
 * Scoring on our metadata gold set (bench/gold/metadata): title and date by the shared scorer's
 * own rules (it reads the set like any other), and a simple author metric of our own, since
 * the scorer reads `author` from the gold but does not score it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseScore, Scorer } from './score.js';
import type { PagePrediction } from './worker.js';

/** One case of the metadata set: what was predicted, what the gold says, and the verdicts. */
export interface MetadataCase {
  id: string;
  title: { ok: boolean; gold: string; got: string };
  date: { ok: boolean; gold: string; got: string };
  /** Only where the gold names people. */
  author?: { ok: boolean; gold: string; got: string };
}

/** Accuracies over the metadata set (null where no case has that gold). */
export interface MetadataSummary {
  n: number;
  title_accuracy: number | null;
  date_accuracy: number | null;
  author_accuracy: number | null;
  author_n: number;
}

/** What each case's gold.json says (the scorer's set format). */
interface MetadataGold {
  title?: string;
  date?: string;
  author?: string;
}

// A leading "By" and the separators between names in a byline or a joined author list.
const LEADING_BY = /^\s*by\b:?\s*/i;
const NAME_SEPARATOR = /\s*(?:[,;&]|\sand\s)\s*/i;

/**
 * The names in an author string, folded for comparison: a leading "By" dropped, split on
 * commas, semicolons, "&" and " and ", case and spaces folded. Deliberately simple and the
 * same for every extractor: an extractor that gives a byline with a role or a date in it
 * ("By Jane Doe, Staff Writer") does not name only the people, and scores as wrong.
 */
export function authorNames(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .replace(LEADING_BY, '')
    .split(NAME_SEPARATOR)
    .map((name) => name.toLowerCase().replace(/\s+/g, ' ').trim())
    .filter((name) => name.length > 0)
    .sort();
}

/** Whether two author strings name the same people (as sets, order ignored). */
export function sameAuthors(gold: string, got: string | undefined): boolean {
  const a = authorNames(gold);
  const b = authorNames(got);
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

const mean = (values: readonly boolean[]): number | null =>
  values.length === 0 ? null : values.filter(Boolean).length / values.length;

/**
 * Scores one extractor's predictions on the metadata set: title and date verdicts come from
 * the shared scorer (`score`, bound to the set), authors from `sameAuthors`.
 */
export function scoreMetadata(
  goldDir: string,
  pages: readonly PagePrediction[],
  score: Scorer,
): { cases: MetadataCase[]; summary: MetadataSummary } {
  const verdicts = new Map<string, CaseScore>(score(pages).cases.map((c) => [c.id, c]));
  const cases: MetadataCase[] = pages.map((page) => {
    const gold = JSON.parse(readFileSync(join(goldDir, page.id, 'gold.json'), 'utf8')) as MetadataGold;
    const verdict = verdicts.get(page.id);
    const row: MetadataCase = {
      id: page.id,
      title: { ok: verdict?.title === true, gold: gold.title ?? '', got: page.title ?? '' },
      date: { ok: verdict?.date === true, gold: gold.date ?? '', got: page.date ?? '' },
    };
    if (gold.author)
      row.author = { ok: sameAuthors(gold.author, page.author), gold: gold.author, got: page.author ?? '' };
    return row;
  });
  const authored = cases.flatMap((c) => (c.author ? [c.author.ok] : []));
  return {
    cases,
    summary: {
      n: cases.length,
      title_accuracy: mean(cases.map((c) => c.title.ok)),
      date_accuracy: mean(cases.map((c) => c.date.ok)),
      author_accuracy: mean(authored),
      author_n: authored.length,
    },
  };
}

/** dateline's misses on the metadata set, one tab-separated line per wrong field. */
export function metadataMisses(cases: readonly MetadataCase[]): string[] {
  const lines: string[] = [];
  for (const c of cases) {
    for (const field of ['title', 'date', 'author'] as const) {
      const v = c[field];
      if (v && !v.ok) lines.push(`${c.id}\t${field}\tgot "${v.got}"\tgold "${v.gold}"`);
    }
  }
  return lines;
}

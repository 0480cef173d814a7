import { pathToFileURL } from 'node:url';
import type { PagePrediction } from './worker.js';

/** One case as `score.mjs` scores it. */
export interface CaseScore {
  id: string;
  p: number;
  r: number;
  /** Normalised [tp, fp, fn] shingle counts. */
  counts: [number, number, number];
  exact: boolean;
  title?: boolean;
  date?: boolean;
}

/** The set summary from `score.mjs`. */
export interface ScoreSummary {
  n: number;
  precision: number;
  recall: number;
  f1: number;
  exact: number;
  title_accuracy: number | null;
  title_n: number;
  date_accuracy: number | null;
  date_n: number;
  missing: number;
}

/** A prediction as the scorer reads it. */
interface ScorerPrediction {
  id: string;
  text: string;
  title?: string;
  date?: string;
}

type ScoreSet = (
  goldDir: string,
  predictions: Map<string, ScorerPrediction>,
) => { cases: CaseScore[]; summary: ScoreSummary };

/** A scorer bound to one gold set. */
export type Scorer = (pages: readonly PagePrediction[]) => { cases: CaseScore[]; summary: ScoreSummary };

/** Loads the shared `score.mjs` (it lives outside the repository, so it is imported by path). */
export async function loadScorer(scorerPath: string, goldDir: string): Promise<Scorer> {
  const mod = (await import(pathToFileURL(scorerPath).href)) as { scoreSet?: ScoreSet };
  const scoreSet = mod.scoreSet;
  if (typeof scoreSet !== 'function') throw new Error(`${scorerPath} does not export scoreSet`);
  return (pages) => {
    const predictions = new Map<string, ScorerPrediction>();
    for (const { id, text, title, date } of pages)
      predictions.set(id, {
        id,
        text,
        ...(title === undefined ? {} : { title }),
        ...(date === undefined ? {} : { date }),
      });
    return scoreSet(goldDir, predictions);
  };
}

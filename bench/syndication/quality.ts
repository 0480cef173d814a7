/**
 * Grouping and credit quality on one generated set: the articles go through the dedupe
 * functions in publication order, as an incremental ingest would see them, and the stories
 * found are scored against the truth. No timing here, so that tests can call it.
 */
import { createHash } from 'node:crypto';
import { ingestText, MemoryBandIndex } from './ingest.js';
import { scoreGrouping } from './score.js';
import { type SetOptions, type SyndicatedArticle, syndicationSet } from './set.js';

/** What grouping one set gave. */
export interface QualityFigures {
  seed: number;
  /** sha256 of the generated texts: a floor pinned on one set means nothing on another. */
  fingerprint: string;
  articles: number;
  /** True stories, and stories found. */
  groups: number;
  predictedGroups: number;
  /** Pairwise precision, recall and F1 over same-story pairs. */
  precision: number;
  recall: number;
  f1: number;
  /** Articles whose text was already stored verbatim (content hash). */
  exactDuplicates: number;
  /** Mean LSH candidates compared per article. */
  candidatesPerArticle: number;
  /** Share of crediting texts whose agency `originalSource` names. */
  sourceRecall: number;
  /** Share of `originalSource` answers that are the agency the text credits. */
  sourcePrecision: number;
}

/** What grouping the articles in order decided. */
export interface GroupingRun {
  predicted: Map<string, number>;
  sources: Map<string, string>;
  exact: number;
  candidates: number;
}

/** Groups the articles in order through a fresh in-memory index. */
export function groupAll(articles: readonly SyndicatedArticle[]): GroupingRun {
  const index = new MemoryBandIndex();
  const run: GroupingRun = { predicted: new Map(), sources: new Map(), exact: 0, candidates: 0 };
  for (const article of articles) {
    const result = ingestText(index, article.text);
    run.predicted.set(article.id, result.storyId);
    if (result.source !== undefined) run.sources.set(article.id, result.source);
    if (result.exactDuplicate) run.exact++;
    run.candidates += result.candidates;
  }
  return run;
}

function sourceFigures(
  credits: ReadonlyMap<string, string>,
  found: ReadonlyMap<string, string>,
): { sourceRecall: number; sourcePrecision: number } {
  let right = 0;
  for (const [id, agency] of found) if (credits.get(id) === agency) right++;
  return {
    sourceRecall: credits.size === 0 ? 1 : right / credits.size,
    sourcePrecision: found.size === 0 ? 1 : right / found.size,
  };
}

/** A short fingerprint of the set's ids and texts. */
export function fingerprintOf(articles: readonly SyndicatedArticle[]): string {
  const hash = createHash('sha256');
  for (const a of articles) hash.update(`${a.id}\u0000${a.text}\u0000`);
  return `sha256:${hash.digest('hex').slice(0, 16)}`;
}

/** Generates the set of `seed` and scores the grouping of it. */
export function measureQuality(seed = 1, options: SetOptions = {}): QualityFigures {
  const set = syndicationSet(seed, options);
  const run = groupAll(set.articles);
  const score = scoreGrouping(run.predicted, set.truth);
  return {
    seed,
    fingerprint: fingerprintOf(set.articles),
    articles: set.articles.length,
    groups: score.trueGroups,
    predictedGroups: score.predictedGroups,
    precision: score.precision,
    recall: score.recall,
    f1: score.f1,
    exactDuplicates: run.exact,
    candidatesPerArticle: run.candidates / set.articles.length,
    ...sourceFigures(set.credits, run.sources),
  };
}

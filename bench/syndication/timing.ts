/**
 * What story grouping costs per article: the whole incremental path on the generated set, and
 * the text fingerprint alone on an 800-word article (the yardstick).
 */
import { fingerprint } from '../../src/corpus/dedupe/index.js';
import { groupAll } from './quality.js';
import type { SyndicatedArticle } from './set.js';

/**
 * The fastest of `batches` timed runs of `work`, in ms. Load from other processes only ever adds
 * time, so on a shared machine the minimum is the steadiest estimate of the cost itself.
 */
function fastest(batches: number, work: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < batches; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Mean ms per article to fingerprint, look up, assign and index the whole set (fastest of 3). */
export function timeGrouping(articles: readonly SyndicatedArticle[]): number {
  groupAll(articles.slice(0, 100));
  return fastest(3, () => groupAll(articles)) / articles.length;
}

/** An 800-word text made of the set's own paragraphs, deterministic. */
export function eightHundredWords(articles: readonly SyndicatedArticle[]): string {
  const words: string[] = [];
  for (const a of articles) {
    words.push(...a.text.split(/\s+/));
    if (words.length >= 800) break;
  }
  return words.slice(0, 800).join(' ');
}

/** Mean ms to fingerprint one text (hash, signature, bands, credit): fastest of 5 x 200 runs. */
export function timeFingerprint(text: string): number {
  for (let i = 0; i < 100; i++) fingerprint(text);
  const runs = 200;
  return (
    fastest(5, () => {
      for (let i = 0; i < runs; i++) fingerprint(text);
    }) / runs
  );
}

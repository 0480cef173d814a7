/**
 * Story assignment: which existing story, if any, a new article joins.
 *
 * A story is defined by its members, not by chains: the new article is compared with each
 * candidate member the LSH bands found, a story scores the best similarity of any of its members,
 * and the article joins the best-scoring story at or above the threshold. Stories never merge,
 * and an article joins at most one story, so a weak link between two stories (one article a
 * little like both) cannot fuse them the way single-linkage clustering over all pairs would.
 * Each member still had to reach the threshold against some earlier member when it joined, so a
 * story drifts only by steps of at least the threshold's similarity.
 */
import type { BandCandidate } from '../types.js';
import { similarity } from './minhash.js';
import { STORY_THRESHOLD } from './rules.js';

/** Where a new article goes. */
export interface StoryAssignment {
  /** The story it joins; absent for a new story. */
  storyId?: number;
  /** Its similarity to the closest member of that story; 1 for a new story (it is its own first member). */
  similarity: number;
}

/** The best similarity of the signature to any candidate member, per story. */
function storyScores(signature: Uint32Array, candidates: readonly BandCandidate[]): Map<number, number> {
  const scores = new Map<number, number>();
  for (const candidate of candidates) {
    // A signature from another scheme (an older store) cannot be compared: skip it.
    if (candidate.signature.length !== signature.length) continue;
    const score = similarity(signature, candidate.signature);
    if (score > (scores.get(candidate.storyId) ?? -1)) scores.set(candidate.storyId, score);
  }
  return scores;
}

/**
 * The candidate story with the best similarity at or above `threshold`; on a tie, the older
 * story (the smaller id). With no story that close, the article starts a new one.
 */
export function assignStory(
  signature: Uint32Array,
  candidates: readonly BandCandidate[],
  threshold: number = STORY_THRESHOLD,
): StoryAssignment {
  let best: { storyId: number; similarity: number } | undefined;
  for (const [storyId, score] of storyScores(signature, candidates)) {
    if (score < threshold) continue;
    if (
      best === undefined ||
      score > best.similarity ||
      (score === best.similarity && storyId < best.storyId)
    )
      best = { storyId, similarity: score };
  }
  return best ?? { similarity: 1 };
}

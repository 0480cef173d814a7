/**
 * Pairwise scoring of a grouping: a pair of articles is positive when both are in one group.
 * Precision is the share of predicted same-story pairs that are truly one story; recall the
 * share of true same-story pairs that were predicted. Counting pairs weighs a large story by
 * the square of its size, as a reader who sees "one story, six sources" would.
 */

/** Pairwise figures; precision (recall) is 1 when nothing was predicted (expected). */
export interface GroupingScore {
  precision: number;
  recall: number;
  f1: number;
  /** Same-group pairs in the prediction, in the truth, and in both. */
  predictedPairs: number;
  truePairs: number;
  correctPairs: number;
  /** Groups in the prediction and in the truth. */
  predictedGroups: number;
  trueGroups: number;
}

/** n choose 2. */
function pairs(n: number): number {
  return (n * (n - 1)) / 2;
}

/** How many ids fall in each group, the group given by `key`. */
function groupSizes(ids: readonly string[], key: (id: string) => unknown): Map<unknown, number> {
  const sizes = new Map<unknown, number>();
  for (const id of ids) {
    const k = key(id);
    sizes.set(k, (sizes.get(k) ?? 0) + 1);
  }
  return sizes;
}

function sumPairs(sizes: Map<unknown, number>): number {
  let total = 0;
  for (const n of sizes.values()) total += pairs(n);
  return total;
}

/**
 * Scores `predicted` against `truth` over the ids of `truth`. An id missing from `predicted`
 * counts as a group of its own.
 */
export function scoreGrouping<G, T>(
  predicted: ReadonlyMap<string, G>,
  truth: ReadonlyMap<string, T>,
): GroupingScore {
  const ids = [...truth.keys()];
  const predictedKey = (id: string): unknown => (predicted.has(id) ? predicted.get(id) : `unassigned:${id}`);
  const predictedSizes = groupSizes(ids, predictedKey);
  const trueSizes = groupSizes(ids, (id) => truth.get(id));
  const bothSizes = groupSizes(ids, (id) => JSON.stringify([predictedKey(id), truth.get(id)]));
  const predictedPairs = sumPairs(predictedSizes);
  const truePairs = sumPairs(trueSizes);
  const correctPairs = sumPairs(bothSizes);
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    predictedPairs,
    truePairs,
    correctPairs,
    predictedGroups: predictedSizes.size,
    trueGroups: trueSizes.size,
  };
}

/**
 * Tuning the grouping's cost settings (relations.ts `LINK_COSTS`) for `scripts/train-quotes.ts
 * --heldout --tune-links`: coordinate ascent over a small grid, each setting scored on the
 * held-out quarter of train (never on dev). Nothing at analysis time imports this module.
 */

import type { LinkCosts } from './relations.js';

/** The values tried for each setting. */
export const LINK_GRID: Readonly<Record<keyof LinkCosts, readonly number[]>> = {
  sentence: [20, 30, 40, 50, 60, 80],
  paragraph: [30, 45, 60, 80, 100],
  interveningCue: [10, 15, 25, 35, 50],
  sourceAfter: [0, 1, 3, 5, 8],
  contentBefore: [0, 1, 2, 4, 6],
  borrowReach: [20, 30, 40, 60],
  reach: [200, 300, 400, 600],
};

/**
 * Coordinate ascent from `start`: each setting in turn takes the grid value with the best score
 * (a tie keeps the current value), for `rounds` passes or until nothing changes.
 */
export function tuneLinks(
  start: Readonly<LinkCosts>,
  score: (costs: Readonly<LinkCosts>) => number,
  rounds = 2,
  grid: Readonly<Record<keyof LinkCosts, readonly number[]>> = LINK_GRID,
): { costs: LinkCosts; score: number } {
  let costs = { ...start };
  let best = score(costs);
  for (let round = 0; round < rounds; round++) {
    let changed = false;
    for (const key of Object.keys(grid) as Array<keyof LinkCosts>) {
      for (const v of grid[key]) {
        if (v === costs[key]) continue;
        const trial = { ...costs, [key]: v };
        const s = score(trial);
        if (s > best) {
          best = s;
          costs = trial;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return { costs, score: best };
}

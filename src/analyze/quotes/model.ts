/**
 * The shipped tagger, read from `model.json` beside this module on first use and kept for the
 * life of the process. The file is produced by `scripts/train-quotes.ts`; a build must ship it
 * next to the compiled module.
 */

import { readFileSync } from 'node:fs';
import { DETECTOR_FEATURES } from './detector.js';
import { FEATURES_PER_TOKEN } from './features.js';
import { decodeModel, type ModelFile } from './model-file.js';
import { LABELS, type TaggerModel } from './tagger.js';

/** Where the shipped model lives. */
export const MODEL_URL: URL = new URL('./model.json', import.meta.url);

let cached: TaggerModel | undefined;

/** The shipped tagger, loaded once. */
export function shippedModel(): TaggerModel {
  if (cached) return cached;
  let file: ModelFile;
  try {
    file = JSON.parse(readFileSync(MODEL_URL, 'utf8')) as ModelFile;
  } catch (err) {
    throw new Error(
      `quote model missing or unreadable at ${MODEL_URL.pathname} (${(err as Error).message}); ` +
        'run `npx tsx scripts/train-quotes.ts` or copy src/analyze/quotes/model.json beside the build',
    );
  }
  cached = decodeModel(file, {
    labels: LABELS,
    features: FEATURES_PER_TOKEN,
    detectorFeatures: DETECTOR_FEATURES,
  });
  return cached;
}

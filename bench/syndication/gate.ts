/**
 * The quality gate of the syndication benchmark: pinned floors in baseline.json for the default
 * set, which its fingerprint identifies. A generator or parameter change that moves the set
 * needs the floor re-pinned by hand, after reading why the figures moved.
 */
import { readFileSync } from 'node:fs';
import type { QualityFigures } from './quality.js';

/** baseline.json. */
export interface SyndicationBaseline {
  comment: string;
  seed: number;
  fingerprint: string;
  /** How far below a floor a figure may fall (generator or hashing noise). */
  margin: number;
  floors: { f1: number; precision: number; recall: number };
  updated: string;
}

/** Reads the committed baseline beside this file. */
export function readSyndicationBaseline(): SyndicationBaseline {
  const url = new URL('./baseline.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as SyndicationBaseline;
}

/** The gate's verdict on figures of the baseline's set. */
export function checkSyndicationGate(
  baseline: SyndicationBaseline,
  figures: QualityFigures,
): { ok: boolean; message: string } {
  if (figures.fingerprint !== baseline.fingerprint || figures.seed !== baseline.seed)
    return {
      ok: false,
      message:
        `gate: the syndication set changed (${figures.fingerprint} vs ${baseline.fingerprint}); ` +
        'check the figures and re-pin bench/syndication/baseline.json',
    };
  const low = (['f1', 'precision', 'recall'] as const).filter(
    (k) => figures[k] < baseline.floors[k] - baseline.margin,
  );
  return {
    ok: low.length === 0,
    message:
      low.length === 0
        ? `gate: F1 ${figures.f1.toFixed(4)} vs floor ${baseline.floors.f1} (margin ${baseline.margin}): pass`
        : `gate: ${low.map((k) => `${k} ${figures[k].toFixed(4)} < floor ${baseline.floors[k]}`).join(', ')}: FAIL`,
  };
}

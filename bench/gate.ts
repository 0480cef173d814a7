import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './data.js';

/** Where the pinned floors live (committed). */
export const BASELINE_PATH: string = join(REPO_ROOT, 'bench', 'baseline.json');

/** The committed baseline: pinned floors for dateline on one fingerprinted data set. */
export interface Baseline {
  /** What the file is, for a reader. */
  comment: string;
  /** The data set the floors were measured on. */
  set: string;
  /** `fingerprint()` of that data set; a floor means nothing on other data. */
  fingerprint: string;
  /** How far below a floor a score may fall before the gate fails (run-to-run noise). */
  margin: number;
  /** Pinned floors, per extractor and metric. */
  floors: { dateline: { f1: number } };
  /** When the floor was last set, and why. */
  updated: string;
  note: string;
}

/** Reads the baseline, checking its shape. */
export function readBaseline(path: string = BASELINE_PATH): Baseline {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<Baseline>;
  const f1 = data.floors?.dateline?.f1;
  if (typeof f1 !== 'number' || typeof data.margin !== 'number' || typeof data.fingerprint !== 'string')
    throw new Error(`${path}: expected { fingerprint, margin, floors: { dateline: { f1 } } }`);
  return data as Baseline;
}

/** The gate's verdict: whether it passed and the line that says why. */
export interface GateResult {
  ok: boolean;
  message: string;
}

/** Fails when the data is not the baseline's, or dateline's F1 is more than `margin` below its floor. */
export function checkGate(baseline: Baseline, f1: number, dataFingerprint: string): GateResult {
  if (baseline.fingerprint !== dataFingerprint)
    return {
      ok: false,
      message:
        `gate: the benchmark data is not the data the floor was pinned on (${dataFingerprint} vs ` +
        `${baseline.fingerprint}); re-pin with --update-baseline after checking the new data`,
    };
  const floor = baseline.floors.dateline.f1;
  const ok = f1 >= floor - baseline.margin;
  return {
    ok,
    message: `gate: dateline F1 ${f1.toFixed(4)} vs floor ${floor.toFixed(4)} (margin ${baseline.margin}): ${ok ? 'pass' : 'FAIL'}`,
  };
}

/**
 * Pins dateline's F1 (rounded down to 3 decimals) as the new floor. Lowering a floor needs
 * `allowLower`, so that a regression is never pinned by accident.
 */
export function updateBaseline(
  baseline: Baseline,
  f1: number,
  dataFingerprint: string,
  allowLower: boolean,
  path: string = BASELINE_PATH,
): GateResult {
  const floor = Math.floor(f1 * 1000) / 1000;
  const sameData = baseline.fingerprint === dataFingerprint;
  if (sameData && floor < baseline.floors.dateline.f1 && !allowLower)
    return {
      ok: false,
      message: `baseline: refusing to lower the floor ${baseline.floors.dateline.f1} to ${floor}; pass --allow-lower if this is intended`,
    };
  const next: Baseline = {
    ...baseline,
    fingerprint: dataFingerprint,
    floors: { dateline: { f1: floor } },
    updated: new Date().toISOString().slice(0, 10),
  };
  writeFileSync(path, `${JSON.stringify(next, null, 2)}\n`);
  return { ok: true, message: `baseline: dateline F1 floor pinned at ${floor} in ${path}` };
}

#!/usr/bin/env node
// Copies the data files the built code reads at run time (not imported, so tsc leaves them out)
// from src/ to dist/: the shipped quote model and its cue-stem table.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ASSETS = ['analyze/quotes/model.json', 'analyze/quotes/cue-stems.json'];
for (const asset of ASSETS) {
  const to = join('dist', asset);
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(join('src', asset), to);
}

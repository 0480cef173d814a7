/** The output formats of `dateline extract`; `writers.ts` lays them out. */

/** A `--format` value of `extract`. */
export type OutputFormat = 'text' | 'markdown' | 'json' | 'jsonl';

/** The formats `--format` accepts. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'markdown', 'json', 'jsonl'];

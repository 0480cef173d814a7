import { parseArgs } from 'node:util';

/** Which gold sets to run: the ScrapingHub bodies, our metadata pages, or both. */
export type BenchSet = 'all' | 'body' | 'metadata';

/** The benchmark's command line. */
export interface BenchArgs {
  /** The gold sets to run. @default 'all' */
  set: BenchSet;
  /** Also run the slow extractors (defuddle). */
  slow: boolean;
  /** Only these extractors (the htmlparser2 floor always runs, for the time ratio). */
  only: string[];
  /** Print dateline's 15 worst cases. */
  perCase: boolean;
  /** Exit 1 when dateline's F1 falls below the pinned floor. */
  gate: boolean;
  /** Pin dateline's current F1 as the floor in bench/baseline.json. */
  updateBaseline: boolean;
  /** With updateBaseline: allow the floor to go down. */
  allowLower: boolean;
  /** Internal: run one extractor in this process (on the `set` given) and write its report to `out`. */
  worker?: string;
  out?: string;
  help: boolean;
}

export const USAGE = `usage: npm run bench:extract -- [--slow] [--only a,b] [--set all|body|metadata] [--per-case]
                                 [--gate] [--update-baseline [--allow-lower]]
  --slow             also run defuddle (minutes)
  --only a,b         only these extractors (the htmlparser2 floor always runs)
  --set body|metadata  only the ScrapingHub bodies, or only our metadata pages (bench/gold/metadata)
  --per-case         print dateline's 15 worst cases and its metadata misses (all in bench/out/)
  --gate             exit 1 when dateline's F1 is more than the margin below bench/baseline.json
  --update-baseline  pin dateline's F1 as the floor (lowering it also needs --allow-lower)
data: $DATELINE_SHARED or ../shared (data/extraction-dev/scrapinghub, bench/extraction/score.mjs)
      and bench/gold/metadata in this repository`;

/** Parses argv (without node and script). Throws on unknown options. */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      slow: { type: 'boolean', default: false },
      set: { type: 'string', default: 'all' },
      only: { type: 'string', multiple: true },
      'per-case': { type: 'boolean', default: false },
      gate: { type: 'boolean', default: false },
      'update-baseline': { type: 'boolean', default: false },
      'allow-lower': { type: 'boolean', default: false },
      worker: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const set = values.set;
  if (set !== 'all' && set !== 'body' && set !== 'metadata')
    throw new Error(`--set must be all, body or metadata, not "${set}"`);
  return {
    set,
    slow: values.slow,
    only: (values.only ?? []).flatMap((v) => v.split(',')).filter((v) => v.length > 0),
    perCase: values['per-case'],
    gate: values.gate,
    updateBaseline: values['update-baseline'],
    allowLower: values['allow-lower'],
    ...(values.worker === undefined ? {} : { worker: values.worker }),
    ...(values.out === undefined ? {} : { out: values.out }),
    help: values.help,
  };
}

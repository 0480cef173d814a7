import type { Extractor } from './types.js';

/** How an extractor is loaded. Loaded lazily, so each worker process holds only its own. */
interface Entry {
  /** Only with `--slow`. */
  slow: boolean;
  load(): Promise<Extractor>;
}

/** Every extractor the benchmark knows, in table order. */
export const EXTRACTORS: Readonly<Record<string, Entry>> = {
  dateline: { slow: false, load: async () => (await import('./dateline.js')).datelineExtractor },
  'readability-jsdom': {
    slow: false,
    load: async () => (await import('./readability-jsdom.js')).readabilityJsdom,
  },
  'readability-linkedom': {
    slow: false,
    load: async () => (await import('./readability-linkedom.js')).readabilityLinkedom,
  },
  'article-extractor': {
    slow: false,
    load: async () => (await import('./article-extractor.js')).articleExtractor,
  },
  defuddle: { slow: true, load: async () => (await import('./defuddle.js')).defuddleExtractor },
  htmlparser2: { slow: false, load: async () => (await import('./htmlparser2.js')).htmlparser2Floor },
};

/** The parse-only floor that dateline's time is compared with. */
export const FLOOR = 'htmlparser2';

/** Looks an extractor up by name; throws with the list of known names. */
export function extractorEntry(name: string): Entry {
  const entry = Object.hasOwn(EXTRACTORS, name) ? EXTRACTORS[name] : undefined;
  if (!entry) throw new Error(`unknown extractor "${name}"; known: ${Object.keys(EXTRACTORS).join(', ')}`);
  return entry;
}

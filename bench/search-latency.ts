/**
 * Search latency on a synthetic corpus: generates N articles (default 100,000) into a temporary
 * database through the Store, in one big transaction, then times 200 varied searches and prints
 * p50 and p95 (target: p95 under 50 ms on 100,000 articles).
 *   npx tsx bench/search-latency.ts [--articles 100000] [--queries 200] [--keep] [--json]
 *   npx tsx bench/search-latency.ts --db /tmp/.../corpus.db   # time the searches on a kept corpus
 * With --json the last line of stdout is {"articles", "p50", "p95", ...}; progress goes to stderr.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../src/article/types.js';
import { openStore, type SearchQuery, type SqliteStore } from '../src/corpus/index.js';
import { Rng } from './syndication/random.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const ARTICLES = option('--articles', 100_000);
const QUERIES = option('--queries', 200);
const json = args.includes('--json');
const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** A seeded generator (bench/syndication's mulberry32), so every run repeats the last. */
function seeded(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}
const random = seeded(20251125);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

// Word frequencies follow Zipf's law as in English news: function words lead (in every article),
// then news vocabulary (in 5 to 40% of articles), then a long tail of made-up words.
const FUNCTION_WORDS = `the of to and a in said that for on is was with he it as at by from his be have has
but are were will not after an its who they their been which would also had this one more about new
over two than into up last out when there year we i or after before against could all other first`
  .split(/\s+/)
  .filter(Boolean);
const NEWS = `government minister officials talks agreement president election vote parliament
court police army forces border ceasefire sanctions economy inflation prices bank rates market trade
exports grain energy gas oil pipeline climate flood drought storm harbour port river corridor union
strike workers hospital health vaccine school students protest capital city region province council
mayor budget tax report investigation spokesman statement ministry foreign defence security attack
drone missile village refugees aid relief water power shortage winter summer deal treaty summit
leaders delegation negotiations opposition coalition party campaign candidate polls result ballot`
  .split(/\s+/)
  .filter(Boolean);
const SYLLABLES = 'ka lo mi ru sen tor val dan eu ri os ta ne gra bel vin mar co dul pe'.split(' ');
const VOCABULARY = [...new Set([...FUNCTION_WORDS, ...NEWS, ...madeUpWords(30_000)])];
const NEWS_FROM = FUNCTION_WORDS.length;
const ZIPF = cumulativeZipf(VOCABULARY.length);

function madeUpWords(count: number): string[] {
  const words: string[] = [];
  while (words.length < count) {
    words.push(Array.from({ length: between(2, 4) }, () => pick(SYLLABLES)).join(''));
  }
  return words;
}

function cumulativeZipf(n: number): Float64Array {
  const sums = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank++) sums[rank] = total += 1 / (rank + 1) ** 1.05;
  for (let rank = 0; rank < n; rank++) sums[rank]! /= total;
  return sums;
}

function word(): string {
  const target = random();
  let low = 0;
  let high = ZIPF.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ZIPF[mid]! < target) low = mid + 1;
    else high = mid;
  }
  return VOCABULARY[low]!;
}

const words = (count: number): string => Array.from({ length: count }, word).join(' ');
const OUTLETS = Array.from({ length: 60 }, (_, i) => {
  const name = `${pick(['Danube', 'Harbour', 'Valley', 'Northern', 'Coastal', 'Capital', 'Lake'])} ${pick(['Courier', 'Herald', 'Gazette', 'Ledger', 'Post', 'Observer'])} ${i}`;
  const host = `${i % 3 === 0 ? 'www.' : ''}${name.toLowerCase().replaceAll(' ', '')}.example`;
  return { name, host };
});
const AUTHORS = Array.from(
  { length: 400 },
  () =>
    `${pick(['Amara', 'Li', 'José', 'Ingrid', 'Tomasz', 'Noor', 'Kofi', 'Elena'])} ${pick(['Okafor', 'Wei', 'Muñoz', 'Berg', 'Nowak', 'Haddad', 'Mensah', 'Rossi'])}-${between(1, 50)}`,
);
const LANGS = ['en', 'en', 'en', 'en', 'en-GB', 'en-US', 'fr', 'de', 'es'];

function article(i: number): Article {
  const outlet = pick(OUTLETS);
  const day = new Date(Date.UTC(2022, 0, 1) + between(0, 1275) * 86_400_000).toISOString().slice(0, 10);
  const paragraphs = Array.from({ length: between(5, 10) }, () => `${words(between(25, 40))}.`);
  const text = paragraphs.join('\n\n');
  const url = `https://${outlet.host}/news/${day}/${i}`;
  return {
    url,
    canonicalUrl: url,
    title: words(between(7, 12)),
    authors: Array.from({ length: between(0, 2) }, () => pick(AUTHORS)),
    siteName: outlet.name,
    ...(random() < 0.9
      ? { published: random() < 0.5 ? day : `${day}T${String(between(0, 23)).padStart(2, '0')}:15:00+02:00` }
      : {}),
    lang: pick(LANGS),
    blocks: paragraphs.map((p) => ({ type: 'paragraph' as const, text: p })),
    text,
  };
}

function build(store: SqliteStore): void {
  const runId = store.beginRun(['bench:synthetic']);
  const started = performance.now();
  let storyId = 0;
  store.transaction(() => {
    for (let i = 0; i < ARTICLES; i++) {
      const a = article(i);
      const joins = i > 0 && random() < 0.05;
      const body = new TextEncoder().encode(`<html><head><title>${a.title}</title></head></html>`);
      const fetch = {
        url: a.url!,
        finalUrl: a.url!,
        status: 200,
        headers: { etag: `"${i}"` },
        body,
        fetchedAt: new Date().toISOString(),
        source: 'bench:synthetic',
        runId,
      };
      const signature = Uint32Array.from({ length: 128 }, () => Math.floor(random() * 2 ** 32));
      const bandKeys = Array.from({ length: 16 }, (_, b) => `${b}:${signature[b]!.toString(36)}`);
      const result = store.savePage(fetch, {
        article: a,
        contentHash: `hash-${i}`,
        signature,
        bandKeys,
        ...(joins ? { storyId: between(1, storyId) } : {}),
        similarity: joins ? 0.8 : 1,
      });
      if (!joins && result) storyId++;
      if (i % 10_000 === 9_999)
        log(`  ${i + 1} articles, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  });
  log(`built ${ARTICLES} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

interface Kind {
  name: string;
  make: () => SearchQuery;
}

/** The kinds of search users make, in turn: words of every frequency, phrases, OR, filters, pages. */
function kinds(): Kind[] {
  const news = (): string => VOCABULARY[between(NEWS_FROM, NEWS_FROM + NEWS.length - 1)]!;
  const middle = (): string => VOCABULARY[between(200, 3000)]!;
  const rare = (): string => VOCABULARY[between(3000, VOCABULARY.length - 1)]!;
  const outlet = (): { name: string; host: string } => pick(OUTLETS);
  const surname = (): string => pick(AUTHORS).split(' ')[1]!.split('-')[0]!;
  return [
    { name: 'news word', make: () => ({ text: news() }) },
    { name: 'middle word', make: () => ({ text: middle() }) },
    { name: 'rare word', make: () => ({ text: rare() }) },
    { name: 'two news words', make: () => ({ text: `${news()} ${news()}` }) },
    { name: 'news + middle', make: () => ({ text: `${news()} ${middle()}` }) },
    { name: 'stop word + news word', make: () => ({ text: `the ${news()}` }) },
    { name: 'phrase', make: () => ({ text: `"${news()} ${news()}"` }) },
    { name: 'OR', make: () => ({ text: `${news()} OR ${middle()}` }) },
    // As users type them: a stem of a word ("negotia*"), not a bare syllable.
    { name: 'prefix', make: () => ({ text: `${stem(news())}*` }) },
    { name: 'exclusion', make: () => ({ text: `${news()} -${news()}` }) },
    { name: 'site (host)', make: () => ({ text: news(), site: outlet().host.replace(/^www\./, '') }) },
    { name: 'lang', make: () => ({ text: middle(), lang: 'en' }) },
    { name: 'date range', make: () => ({ text: news(), since: '2024-01-01', until: '2024-03-31' }) },
    { name: 'author', make: () => ({ text: news(), author: surname() }) },
    {
      name: 'all filters',
      make: () => ({ text: `${news()} ${middle()}`, site: outlet().name, lang: 'fr', since: '2023' }),
    },
    { name: 'page 2-10', make: () => ({ text: news(), offset: between(1, 10) * 20 }) },
    { name: 'browse a site', make: () => ({ text: '', site: outlet().host }) },
    {
      name: 'hostile',
      make: () => ({ text: pick(['"unbalanced', 'NEAR(', '-', 'title:grain OR', 'a AND NOT']) }),
    },
  ];
}

function stem(word: string): string {
  return word.slice(0, Math.max(4, word.length - 3));
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Timing {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** p50 and p95 of the CPU time (user + system): what the search costs when the machine is shared. */
  cpuP50: number;
  cpuP95: number;
  hits: number;
  /** Median and worst milliseconds of each kind. */
  byKind: Record<string, [number, number]>;
}

function measure(store: SqliteStore): Timing {
  const all = kinds();
  const list = Array.from({ length: QUERIES }, (_, i) => all[i % all.length]!);
  for (const kind of all) tryTo(() => store.search(kind.make()));
  const times: number[] = [];
  const cpu: number[] = [];
  const perKind = new Map<string, number[]>();
  let hits = 0;
  for (const kind of list) {
    const query = kind.make();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    hits += tryTo(() => store.search(query).length);
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    times.push(ms);
    cpu.push((used.user + used.system) / 1000);
    perKind.set(kind.name, [...(perKind.get(kind.name) ?? []), ms]);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const byKind: Record<string, [number, number]> = {};
  for (const [name, ms] of perKind) {
    ms.sort((a, b) => a - b);
    byKind[name] = [round(percentile(ms, 50)), round(ms.at(-1)!)];
  }
  const [p50, p95, p99, max] = [50, 95, 99, 100].map((p) => round(percentile(times, p)));
  const [cpuP50, cpuP95] = [50, 95].map((p) => round(percentile(cpu, p)));
  return { p50: p50!, p95: p95!, p99: p99!, max: max!, cpuP50: cpuP50!, cpuP95: cpuP95!, hits, byKind };
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** The worst case, apart: a word in every article ("said"), which bm25 must score 100,000 times. */
function everywhere(store: SqliteStore): number {
  store.search({ text: 'said' });
  const start = performance.now();
  store.search({ text: 'said' });
  return round(performance.now() - start);
}

/** A hostile query may be refused with a StoreError; that is an answer too. */
function tryTo(work: () => number | unknown): number {
  try {
    const value = work();
    return typeof value === 'number' ? value : 0;
  } catch (error) {
    if (error instanceof Error && error.name === 'StoreError') return 0;
    throw error;
  }
}

function main(): void {
  const reuse = args.includes('--db') ? args[args.indexOf('--db') + 1] : undefined;
  const dir = reuse === undefined ? mkdtempSync(join(tmpdir(), 'dateline-search-bench-')) : undefined;
  const path = reuse ?? join(dir!, 'corpus.db');
  const store = openStore(path);
  try {
    if (reuse === undefined) {
      log(`generating ${ARTICLES} articles into ${path}`);
      build(store);
    }
    const storiesStart = performance.now();
    const stories = store.stories({ limit: 20 }).length;
    const storiesMs = performance.now() - storiesStart;
    const r = measure(store);
    const worst = everywhere(store);
    const mb = statSync(path).size / 1e6;
    const articles = store.counts().articles;
    const line = `search over ${articles} articles (${mb.toFixed(0)} MB): p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, max ${r.max} ms (CPU p50 ${r.cpuP50} ms, p95 ${r.cpuP95} ms) over ${QUERIES} queries (${r.hits} hits); "said" (every article) ${worst} ms; stories() ${storiesMs.toFixed(0)} ms for ${stories}`;
    const kindsTable = Object.entries(r.byKind).map(
      ([name, [median, most]]) => `  ${name.padEnd(24)} median ${median} ms, max ${most} ms`,
    );
    if (json) {
      log([line, ...kindsTable].join('\n'));
      process.stdout.write(
        `${JSON.stringify({ articles, queries: QUERIES, ...r, everywhereMs: worst, storiesMs, dbMb: mb })}\n`,
      );
    } else process.stdout.write(`${[line, ...kindsTable].join('\n')}\n`);
  } finally {
    store.close();
    if (dir !== undefined && !args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
    else if (dir !== undefined) log(`kept ${path}`);
  }
}

main();

/**
 * Times benchmark: dateline's time tagger and chrono-node on our own gold set
 * (bench/gold/times, fictional news snippets annotated by TIMEX3 conventions), scored as
 * TempEval-3 scores TIMEX3: span F1 with lenient (overlap) matching, and value F1 — a system
 * time counts only when it overlaps a gold time and has the same value. HeidelTime's published
 * TempEval-3 value F1 stands beside them as an anchor. Self-contained: no shared data needed.
 *
 * Run: `npx tsx bench/analyze/times.ts` (add `--errors` to list every miss).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { findTimes } from '../../src/analyze/times/index.js';

/** HeidelTime, TempEval-3 task A (English news), value F1 as published (UzZaman et al. 2013). */
export const HEIDELTIME_VALUE_F1 = 0.78;

interface GoldTime {
  text: string;
  start: number;
  value: string;
}
interface Snippet {
  id: string;
  split: 'dev' | 'heldout';
  published: string;
  text: string;
  times: GoldTime[];
}
/** What a tagger returns for one snippet: spans and values. */
interface Found {
  span: [number, number];
  value: string;
}
type Tagger = (text: string, published: string) => Found[];

export interface SystemScore {
  name: string;
  /** Which snippets: `all`, `dev` (seen while the rules were written) or `heldout` (not). */
  split: 'all' | 'dev' | 'heldout';
  found: number;
  spanP: number;
  spanR: number;
  spanF1: number;
  /** Span F1 counting only exact extents (TempEval-3 "strict"). */
  strictF1: number;
  valueP: number;
  valueR: number;
  valueF1: number;
  /** Mean milliseconds per snippet, and scaled to a 5,000-character article. */
  msPerSnippet: number;
  msPer5k: number;
}

export interface TimesBench {
  snippets: number;
  goldTimes: number;
  systems: SystemScore[];
  anchors: { heideltimeValueF1: number };
}

export function loadGold(): Snippet[] {
  const file = fileURLToPath(new URL('../gold/times/gold.jsonl', import.meta.url));
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Snippet);
}

const dateline: Tagger = (text, published) => findTimes(text, published);

const pad = (n: number): string => String(n).padStart(2, '0');

/** chrono-node, its components mapped to a value by what it is certain of. */
const chronoTagger: Tagger = (text, published) => {
  const ref = new Date(`${published}T12:00:00`);
  return chrono.parse(text, ref).map((r) => {
    const s = r.start;
    const ymd = `${s.get('year')}-${pad(s.get('month') ?? 1)}-${pad(s.get('day') ?? 1)}`;
    let value = ymd;
    if (!s.isCertain('day') && !s.isCertain('weekday')) {
      if (s.isCertain('month')) value = ymd.slice(0, 7);
      else if (s.isCertain('year')) value = ymd.slice(0, 4);
    }
    if (s.isCertain('hour')) value += `T${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}`;
    return { span: [r.index, r.index + r.text.length], value };
  });
};

const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

/** One-to-one lenient matching: each gold time takes the first unused overlapping system time. */
function match(
  gold: GoldTime[],
  found: Found[],
): { spans: number; exact: number; values: number; misses: string[] } {
  const used = new Set<number>();
  let spans = 0;
  let exact = 0;
  let values = 0;
  const misses: string[] = [];
  for (const g of gold) {
    const span: [number, number] = [g.start, g.start + g.text.length];
    const i = found.findIndex((f, k) => !used.has(k) && overlaps(f.span, span));
    const hit = found[i];
    if (!hit) {
      misses.push(`  missed  "${g.text}" = ${g.value}`);
      continue;
    }
    used.add(i);
    spans++;
    if (hit.span[0] === span[0] && hit.span[1] === span[1]) exact++;
    if (hit.value === g.value) values++;
    else misses.push(`  value   "${g.text}" = ${g.value}, got ${hit.value}`);
  }
  found.forEach((f, k) => {
    if (!used.has(k)) misses.push(`  extra   [${f.span.join(',')}] ${f.value}`);
  });
  return { spans, exact, values, misses };
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** The fastest of several passes over the gold set (the least disturbed by other load). */
function timeIt(tagger: Tagger, gold: Snippet[]): { msPerSnippet: number; msPer5k: number } {
  const chars = gold.reduce((n, s) => n + s.text.length, 0);
  for (const s of gold) tagger(s.text, s.published); // warm up
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 9; pass++) {
    const t0 = performance.now();
    for (const s of gold) tagger(s.text, s.published);
    best = Math.min(best, performance.now() - t0);
  }
  return { msPerSnippet: best / gold.length, msPer5k: (best / chars) * 5000 };
}

/** Real news for a speed check at news density: PolNeAR dev (84 articles), if ../shared is there. */
const REAL_NEWS = new URL('../../../shared/data/attribution-dev/polnear-dev.jsonl', import.meta.url);

export interface RealNewsSpeed {
  articles: number;
  meanChars: number;
  /** Per tagger: mean ms per article, and ms per 5,000 characters. */
  taggers: { name: string; msPerArticle: number; msPer5k: number; timesPerArticle: number }[];
}

/** Speed on real articles (third-party text, read at run time only); undefined without ../shared. */
export function runRealNewsSpeed(): RealNewsSpeed | undefined {
  if (!existsSync(REAL_NEWS)) return undefined;
  const articles = readFileSync(REAL_NEWS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { text: string; publication_date: string })
    .map((a) => ({ id: '', split: 'dev' as const, published: a.publication_date, text: a.text, times: [] }));
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  const taggers = (
    [
      ['dateline', dateline],
      ['chrono-node', chronoTagger],
    ] as const
  ).map(([name, tagger]) => {
    const found = articles.reduce((n, a) => n + tagger(a.text, a.published).length, 0);
    const { msPerSnippet, msPer5k } = timeIt(tagger, articles);
    return { name, msPerArticle: msPerSnippet, msPer5k, timesPerArticle: found / articles.length };
  });
  return { articles: articles.length, meanChars: chars / articles.length, taggers };
}

function score(
  name: string,
  split: SystemScore['split'],
  tagger: Tagger,
  gold: Snippet[],
  errors: string[],
): SystemScore {
  let found = 0;
  let spans = 0;
  let exact = 0;
  let values = 0;
  let goldTimes = 0;
  for (const s of gold) {
    const out = tagger(s.text, s.published);
    const m = match(s.times, out);
    found += out.length;
    goldTimes += s.times.length;
    spans += m.spans;
    exact += m.exact;
    values += m.values;
    if (m.misses.length > 0 && split === 'all') errors.push(`${name} ${s.id} (${s.published})`, ...m.misses);
  }
  const [spanP, spanR] = [spans / found, spans / goldTimes];
  const [valueP, valueR] = [values / found, values / goldTimes];
  return {
    name,
    split,
    found,
    spanP,
    spanR,
    spanF1: f1(spanP, spanR),
    strictF1: f1(exact / found, exact / goldTimes),
    valueP,
    valueR,
    valueF1: f1(valueP, valueR),
    ...timeIt(tagger, gold),
  };
}

/**
 * Scores both taggers on the whole gold set and on each split; `errors` (if given) receives
 * every miss on the whole set.
 */
export function runTimesBench(errors: string[] = []): TimesBench {
  const gold = loadGold();
  const systems: SystemScore[] = [];
  for (const [name, tagger] of [
    ['dateline', dateline],
    ['chrono-node', chronoTagger],
  ] as const) {
    systems.push(score(name, 'all', tagger, gold, errors));
    for (const split of ['dev', 'heldout'] as const)
      systems.push(
        score(
          name,
          split,
          tagger,
          gold.filter((s) => s.split === split),
          errors,
        ),
      );
  }
  return {
    snippets: gold.length,
    goldTimes: gold.reduce((n, s) => n + s.times.length, 0),
    systems,
    anchors: { heideltimeValueF1: HEIDELTIME_VALUE_F1 },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const errors: string[] = [];
  const bench = runTimesBench(errors);
  const n = (x: number): string => x.toFixed(3);
  console.log(`times gold: ${bench.snippets} snippets, ${bench.goldTimes} time expressions\n`);
  console.log(
    'system       split    found  span P  span R  span F1  strict F1  value P  value R  value F1  ms/snippet  ms/5k chars',
  );
  for (const s of bench.systems)
    console.log(
      `${s.name.padEnd(12)} ${s.split.padEnd(7)} ${String(s.found).padStart(6)}  ${n(s.spanP)}   ${n(s.spanR)}   ${n(s.spanF1)}    ${n(s.strictF1)}      ${n(s.valueP)}    ${n(s.valueR)}    ${n(s.valueF1)}     ${s.msPerSnippet.toFixed(4)}      ${s.msPer5k.toFixed(3)}`,
    );
  console.log(
    `HeidelTime   (TempEval-3 news, published)                                   value F1 ${n(HEIDELTIME_VALUE_F1)}`,
  );
  const real = runRealNewsSpeed();
  if (real) {
    console.log(
      `\nspeed on real news: PolNeAR dev, ${real.articles} articles, ${Math.round(real.meanChars)} chars each`,
    );
    for (const t of real.taggers)
      console.log(
        `${t.name.padEnd(12)} ${t.msPerArticle.toFixed(3)} ms/article  ${t.msPer5k.toFixed(3)} ms/5k chars  ${t.timesPerArticle.toFixed(1)} times/article`,
      );
  } else console.log('\nspeed on real news: skipped (../shared/data/attribution-dev is not here)');
  if (process.argv.includes('--errors')) console.log(`\n${errors.join('\n')}`);
}

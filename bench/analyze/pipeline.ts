/**
 * The parts of `npm run bench:analyze` beyond attribution: actors on our annotated articles
 * (bench/gold/actors), dates on our annotated snippets (bench/gold/times, with chrono-node run
 * beside us), and the speed of the whole analysis on news-length articles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze/index.js';
import type { Actor } from '../../src/analyze/types.js';
import { sharedRoot } from '../data.js';
import { type ActorScores, loadActorGold, type Ratio, scoreActors } from './actors.js';
import { HEIDELTIME_VALUE_F1, runTimesBench, type TimesBench } from './times.js';

/** The issue's targets for actors, by figure. */
export const ACTOR_TARGETS: Readonly<Record<string, number>> = {
  recall: 0.9,
  country: 0.9,
  sector: 0.8,
  grouping: 1,
  anonymous: 1,
};

/** Actors of the whole analysis (quote sources included) on every gold article. */
export function runActorBench(): ActorScores {
  const gold = loadActorGold();
  const predicted = new Map<string, Actor[]>();
  for (const article of gold) predicted.set(article.id, analyze(article).actors);
  return scoreActors(gold, predicted);
}

const show = (r: Ratio): string => (r.value === null ? '-' : r.value.toFixed(3));

export function formatActors(s: ActorScores): string {
  const rows: Array<[string, keyof ActorScores]> = [
    ['actors found (recall)', 'recall'],
    ['precision', 'precision'],
    ['country right, of found', 'country'],
    ['sector right, of found', 'sector'],
    ['all mentions grouped', 'grouping'],
    ['mentions found', 'mentionRecall'],
    ['anonymous sources found', 'anonymous'],
    ['role right', 'role'],
    ['affiliation right', 'affiliation'],
  ];
  const lines = [
    `### Actors, our annotated articles (${s.articles} articles, ${s.goldActors} actors; predicted ${s.predictedActors})`,
    '',
    '| figure | dateline | hit / n | target |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map(([label, key]) => {
      const r = s[key] as Ratio;
      const target = ACTOR_TARGETS[key];
      return `| ${label} | **${show(r)}** | ${r.hit} / ${r.n} | ${target === undefined ? '-' : target.toFixed(2)} |`;
    }),
    '',
    `recall by kind: ${Object.entries(s.byKind)
      .map(([kind, r]) => `${kind} ${show(r)} (${r.n})`)
      .join(', ')}`,
  ];
  return lines.join('\n');
}

export function formatTimes(t: TimesBench): string {
  const lines = [
    `### Dates, our annotated snippets (${t.snippets} snippets, ${t.goldTimes} dates)`,
    '',
    '| system | split | value F1 | span F1 | strict span F1 | ms per 5,000 chars |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...t.systems.map(
      (s) =>
        `| ${s.name} | ${s.split} | **${s.valueF1.toFixed(3)}** | ${s.spanF1.toFixed(3)} | ${s.strictF1.toFixed(3)} | ${s.msPer5k.toFixed(2)} |`,
    ),
    `| HeidelTime (TempEval-3 news, published; target 0.80) | - | ${HEIDELTIME_VALUE_F1.toFixed(2)} | - | - | - |`,
  ];
  return lines.join('\n');
}

/** Whole-analysis speed: articles per CPU second on news-length articles. */
export interface SpeedResult {
  articles: number;
  meanChars: number;
  msPerArticle: number;
  articlesPerSecond: number;
  source: string;
}

/** News-length texts: PolNeAR dev when ../shared is there, else our gold articles. */
function speedTexts(): { texts: Array<{ text: string; published?: string }>; source: string } {
  const polnear = join(sharedRoot(), 'data', 'attribution-dev', 'polnear-dev.jsonl');
  if (existsSync(polnear)) {
    const texts = readFileSync(polnear, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { text: string; publication_date: string })
      .map((d) => ({ text: d.text, published: d.publication_date }));
    return { texts, source: 'PolNeAR dev' };
  }
  return { texts: loadActorGold(), source: 'bench/gold/actors' };
}

/** Best of five passes, CPU time of this process (one core: analyze is synchronous). */
export function runSpeedBench(): SpeedResult {
  const { texts, source } = speedTexts();
  // Two passes to warm the JIT and the lexicon, then the best of five.
  for (let pass = 0; pass < 2; pass++) for (const t of texts) analyze(t);
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 5; pass++) {
    const start = process.cpuUsage();
    for (const t of texts) analyze(t);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  const msPerArticle = best / texts.length;
  const meanChars = Math.round(texts.reduce((n, t) => n + t.text.length, 0) / texts.length);
  return { articles: texts.length, meanChars, msPerArticle, articlesPerSecond: 1000 / msPerArticle, source };
}

export function formatSpeed(s: SpeedResult): string {
  return `### Speed\n\nanalyze() on ${s.articles} ${s.source} articles (mean ${s.meanChars} characters), CPU time, best of 5: ${s.msPerArticle.toFixed(2)} ms/article, **${s.articlesPerSecond.toFixed(0)} articles/s** (target 200)`;
}

export { runTimesBench };

/**
 * Attribution benchmark: `findQuotes` over PolNeAR dev (84 articles), scored by the shared
 * `bench/attribution/score.mjs`, printed beside the floor, human agreement and published
 * systems from that scorer's README. Reads `$DATELINE_SHARED` or `../shared`; skips with a
 * message when the data is absent.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findQuotes } from '../../src/analyze/quotes/index.js';
import type { TaggerModel } from '../../src/analyze/quotes/tagger.js';
import { splitSentences, tokenize } from '../../src/analyze/text/index.js';
import type { Quote, Span } from '../../src/analyze/types.js';
import { sharedRoot } from '../data.js';

/** One gold article as the scorer reads it. */
export interface GoldDoc {
  id: string;
  text: string;
  attributions: Array<{ source: Span[]; cue: Span[]; content: Span[] }>;
}

interface Prf {
  p: number;
  r: number;
  f1: number;
}
/** One scope of the scorer's summary. */
export interface ScopeScore {
  docs: number;
  gold_relations: number;
  pred_relations: number;
  roles: Record<'source' | 'cue' | 'content', { exact: Prf; partial: Prf }>;
  relations: Record<'exact' | 'overlap' | 'partial', Prf> & {
    content_source: Prf & { speaker_accuracy: number | null };
  };
}
/** What the scorer returns. */
export interface ScoreResult {
  scopes: Record<'all' | 'quoted' | 'verbatim', ScopeScore>;
  warnings: string[];
}
interface ScorerModule {
  score: (gold: GoldDoc[], pred: Array<{ id: string; attributions: GoldDoc['attributions'] }>) => ScoreResult;
  readJsonl: (path: string) => GoldDoc[];
}

/** What one run measured. */
export interface AttributionReport {
  split: string;
  articles: number;
  tokens: number;
  /** CPU ms per article, best of the timed passes: findQuotes alone, and tokenize + sentences + findQuotes. */
  msPerArticle: number;
  articlesPerSecond: number;
  msPerArticleWithText: number;
  passes: number;
  result: ScoreResult;
}

/** Paths of the gold files and scorer under the shared root, or undefined when absent. */
export function attributionData(root: string = sharedRoot()): { dir: string; scorer: string } | undefined {
  const dir = join(root, 'data', 'attribution-dev');
  const scorer = join(root, 'bench', 'attribution', 'score.mjs');
  return existsSync(join(dir, 'polnear-dev.jsonl')) && existsSync(scorer) ? { dir, scorer } : undefined;
}

/** Loads the shared scorer module. */
export async function loadScorer(scorerPath: string): Promise<ScorerModule> {
  return (await import(pathToFileURL(scorerPath).href)) as ScorerModule;
}

/** A quote as the scorer's relation. */
export const toRelation = (q: Quote): GoldDoc['attributions'][number] => ({
  source: q.source,
  cue: q.cue,
  content: q.content,
});

/** CPU milliseconds (user + system) that `run` takes: steadier than wall time on a shared machine. */
function cpuMs(run: () => void): number {
  const c0 = process.cpuUsage();
  run();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/**
 * Runs findQuotes over the documents: the predictions (first pass, which also warms the JIT up),
 * then `passes` timed passes, keeping the fastest, for findQuotes alone and for the whole chain
 * (tokenize, sentences, findQuotes).
 */
export function predict(
  docs: readonly GoldDoc[],
  model?: TaggerModel,
  passes = 3,
): {
  preds: Array<{ id: string; attributions: GoldDoc['attributions'] }>;
  ms: number;
  msText: number;
  tokens: number;
} {
  const opts = model ? { model } : {};
  const prepared = docs.map((d) => {
    const tokens = tokenize(d.text);
    return { d, tokens, sentences: splitSentences(d.text, tokens) };
  });
  const preds = prepared.map(({ d, tokens, sentences }) => ({
    id: d.id,
    attributions: findQuotes(d.text, tokens, sentences, opts).map(toRelation),
  }));
  let ms = Number.POSITIVE_INFINITY;
  let msText = Number.POSITIVE_INFINITY;
  for (let p = 0; p < passes; p++) {
    ms = Math.min(
      ms,
      cpuMs(() => {
        for (const { d, tokens, sentences } of prepared) findQuotes(d.text, tokens, sentences, opts);
      }),
    );
    msText = Math.min(
      msText,
      cpuMs(() => {
        for (const d of docs) {
          const tokens = tokenize(d.text);
          findQuotes(d.text, tokens, splitSentences(d.text, tokens), opts);
        }
      }),
    );
  }
  return { preds, ms, msText, tokens: prepared.reduce((n, p) => n + p.tokens.length, 0) };
}

/** Runs the benchmark on one split file ("dev" by default); undefined when the data is absent. */
export async function runAttributionBench(
  opts: { split?: string; model?: TaggerModel; root?: string; passes?: number } = {},
): Promise<AttributionReport | undefined> {
  const data = attributionData(opts.root);
  if (!data) return undefined;
  const split = opts.split ?? 'dev';
  const scorer = await loadScorer(data.scorer);
  const docs = scorer.readJsonl(join(data.dir, `polnear-${split}.jsonl`));
  const passes = opts.passes ?? 3;
  const { preds, ms, msText, tokens } = predict(docs, opts.model, passes);
  return {
    split,
    articles: docs.length,
    tokens,
    msPerArticle: ms / docs.length,
    articlesPerSecond: (docs.length * 1000) / ms,
    msPerArticleWithText: msText / docs.length,
    passes,
    result: scorer.score(docs, preds),
  };
}

const pct = (x: number | null | undefined): string => (x == null ? '-' : (100 * x).toFixed(1));

/** One line per scope: the headline F1s. */
export function formatScopes(result: ScoreResult): string[] {
  return (['all', 'quoted', 'verbatim'] as const).map((name) => {
    const s = result.scopes[name];
    const rel = s.relations;
    return (
      `${name.padEnd(8)} exact F1 source ${pct(s.roles.source.exact.f1)} cue ${pct(s.roles.cue.exact.f1)} ` +
      `content ${pct(s.roles.content.exact.f1)} | relation overlap ${pct(rel.overlap.f1)} ` +
      `(P ${pct(rel.overlap.p)} R ${pct(rel.overlap.r)}) content+source ${pct(rel.content_source.f1)} ` +
      `speaker acc ${pct(rel.content_source.speaker_accuracy)}`
    );
  });
}

/** A few lines: per scope the headline F1s, then the speed. */
export function formatSummary(r: AttributionReport): string {
  const lines = formatScopes(r.result);
  lines.push(
    `${r.split}: ${r.articles} articles, ${(r.tokens / r.articles).toFixed(0)} tokens each; CPU time, best of ` +
      `${r.passes} passes: findQuotes ${r.msPerArticle.toFixed(2)} ms/article (${r.articlesPerSecond.toFixed(0)} ` +
      `articles/s); with tokens and sentences ${r.msPerArticleWithText.toFixed(2)} ms/article ` +
      `(${(1000 / r.msPerArticleWithText).toFixed(0)} articles/s)`,
  );
  return lines.join('\n');
}

/** A row's reference figures (F1 %, or accuracy for speaker acc.); undefined where not reported. */
type Ref = Partial<Record<'all' | 'quoted' | 'verbatim', number>>;

/**
 * Reference figures from the scorer's README (bench/attribution/README.md in the shared folder):
 * the deliberately simple floor on PolNeAR dev, and human agreement on PolNeAR.
 */
const FLOOR: Record<string, Ref> = {
  'source exact': { all: 20.8, quoted: 48.9, verbatim: 56.6 },
  'source partial': { all: 23.1, quoted: 56.5, verbatim: 66.0 },
  'cue exact': { all: 26.1, quoted: 64.7, verbatim: 66.3 },
  'content exact': { all: 27.5, quoted: 63.1, verbatim: 79.3 },
  'content partial': { all: 32.8, quoted: 77.0, verbatim: 80.5 },
  'relation exact': { all: 12.1, quoted: 30.0, verbatim: 40.1 },
  'relation overlap': { all: 23.3, quoted: 57.7, verbatim: 66.8 },
  'content+source': { all: 23.2, quoted: 57.6, verbatim: 66.6 },
  'speaker acc.': { all: 76.6, quoted: 76.6, verbatim: 90.1 },
};
const HUMAN: Record<string, Ref> = {
  'source exact': { all: 78.4, quoted: 91.5, verbatim: 91.9 },
  'source partial': { all: 83.2, quoted: 95.1, verbatim: 95.4 },
  'cue exact': { all: 71.3, quoted: 85.8, verbatim: 87.0 },
  'cue partial': { all: 78.8, quoted: 92.1, verbatim: 93.0 },
  'content exact': { all: 71.4, quoted: 89.6, verbatim: 96.3 },
  'content partial': { all: 85.9, quoted: 96.4, verbatim: 96.3 },
  'relation exact': { all: 58.7, quoted: 75.4, verbatim: 81.9 },
  'relation overlap': { all: 79.1, quoted: 94.5, verbatim: 96.2 },
  'content+source': { all: 79.2, quoted: 94.5, verbatim: 96.2 },
};
/** dateline's targets (issue 5). */
const TARGET: Record<string, Ref> = {
  'source exact': { all: 75 },
  'cue exact': { all: 70 },
  'content exact': { all: 62 },
  'relation overlap': { quoted: 88 },
  'speaker acc.': { quoted: 90 },
};
/** Published systems on PolNeAR test (CofeNet paper, COLING 2022): exact, unlinked per-role F1. */
export const PUBLISHED: ReadonlyArray<[string, number, number | undefined, number]> = [
  ['CofeNet (BERT+Cofe)', 83.2, 75.3, 72.9],
  ['BERT-CRF', 82.2, 74.9, 71.0],
  ['BiLSTM-CRF', 69.6, 66.7, 59.0],
  ['Rule-based', 10.7, 22.8, 5.6],
  ['CoreNLP quote annotator', 13.9, undefined, 17.5],
];

function rows(s: ScopeScore): Array<[string, Prf | undefined, number | null]> {
  const { roles, relations: rel } = s;
  return [
    ['source exact', roles.source.exact, null],
    ['source partial', roles.source.partial, null],
    ['cue exact', roles.cue.exact, null],
    ['cue partial', roles.cue.partial, null],
    ['content exact', roles.content.exact, null],
    ['content partial', roles.content.partial, null],
    ['relation exact', rel.exact, null],
    ['relation overlap', rel.overlap, null],
    ['relation partial', rel.partial, null],
    ['content+source', rel.content_source, null],
    ['speaker acc.', undefined, rel.content_source.speaker_accuracy],
  ];
}

const ref = (table: Record<string, Ref>, row: string, scope: 'all' | 'quoted' | 'verbatim'): string =>
  table[row]?.[scope]?.toFixed(1) ?? '-';

/** The full report: one Markdown table per scope, the published anchors, and the speed. */
export function formatReport(r: AttributionReport): string {
  const out: string[] = [`Attribution, PolNeAR ${r.split} (${r.articles} articles), scored by score.mjs`];
  for (const scope of ['all', 'quoted', 'verbatim'] as const) {
    const s = r.result.scopes[scope];
    out.push('', `### ${scope} (gold ${s.gold_relations} relations, predicted ${s.pred_relations})`, '');
    out.push(
      '| metric | P | R | F1 | floor F1 | human F1 | target |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const [name, m, acc] of rows(s)) {
      const cells = m ? [pct(m.p), pct(m.r), `**${pct(m.f1)}**`] : ['', '', `**${pct(acc)}**`];
      out.push(
        `| ${name} | ${cells.join(' | ')} | ${ref(FLOOR, name, scope)} | ${ref(HUMAN, name, scope)} | ${ref(TARGET, name, scope)} |`,
      );
    }
  }
  const all = r.result.scopes.all.roles;
  out.push('', '### Published, PolNeAR test (exact, unlinked per-role F1; not re-run)', '');
  out.push('| system | source | cue | content |', '| --- | ---: | ---: | ---: |');
  out.push(
    `| **dateline (dev)** | ${pct(all.source.exact.f1)} | ${pct(all.cue.exact.f1)} | ${pct(all.content.exact.f1)} |`,
  );
  for (const [name, s, c, q] of PUBLISHED)
    out.push(`| ${name} | ${s.toFixed(1)} | ${c?.toFixed(1) ?? '-'} | ${q.toFixed(1)} |`);
  out.push('', formatSummary(r).split('\n').pop() ?? '');
  return out.join('\n');
}

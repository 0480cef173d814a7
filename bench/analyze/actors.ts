/**
 * Actor extraction scored on our hand-annotated news articles (bench/gold/actors, see its README),
 * pooled over articles.
 *   npx tsx bench/analyze/actors.ts     lints the gold, prints its counts, checks the scorer on it
 * The predictions are wired in by the caller: `scoreActors(gold, Map<article id, Actor[]>)`.
 */
import { fileURLToPath } from 'node:url';
import type { Actor, ActorKind } from '../../src/analyze/types.js';
import {
  ACTOR_KINDS,
  type GoldActor,
  type GoldArticle,
  goldCounts,
  loadActorGold,
  spanOf,
  validateActorGold,
} from '../gold/actors/gold.js';

export type { GoldActor, GoldArticle, GoldMention } from '../gold/actors/gold.js';
export { loadActorGold, validateActorGold } from '../gold/actors/gold.js';

/** `hit` of `n`, and their ratio (null when `n` is 0). */
export interface Ratio {
  hit: number;
  n: number;
  value: number | null;
}

/** The figures of one run, pooled over the articles. */
export interface ActorScores {
  articles: number;
  goldActors: number;
  predictedActors: number;
  /** Gold actors matched to a predicted actor. */
  recall: Ratio;
  /** Predicted actors matched to a gold actor. */
  precision: Ratio;
  /** Matched actors with a gold country: the predicted country equal. */
  country: Ratio;
  /** Matched actors with a gold sector: the predicted sector equal. */
  sector: Ratio;
  /** Matched actors with two or more gold mentions: every found mention sits in the match. */
  grouping: Ratio;
  /** Gold mentions overlapped by a mention of their actor's match. */
  mentionRecall: Ratio;
  /** Gold anonymous actors matched to a predicted actor marked anonymous. */
  anonymous: Ratio;
  /** Matched actors with a gold role: one role contains the other after folding. */
  role: Ratio;
  /** The same for affiliation. */
  affiliation: Ratio;
  /** Recall by gold kind. */
  byKind: Record<ActorKind, Ratio>;
  /** `article id<TAB>actor name` of every gold actor not found. */
  missed: string[];
}

const ratio = (hit: number, n: number): Ratio => ({ hit, n, value: n === 0 ? null : hit / n });
const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
/** Normalised lower-case containment either way. */
const sameText = (gold: string, got: string | undefined): boolean =>
  got !== undefined &&
  got.trim() !== '' &&
  (fold(got).includes(fold(gold)) || fold(gold).includes(fold(got)));

/**
 * Which gold mentions each predicted actor covers: every predicted mention counts for the one gold
 * mention (of any actor) it overlaps most, so that a wide span ("Russian Foreign Minister Sergei
 * Lavrov") counts for the person and not also for the country word inside it. Keys are
 * `gold actor index:mention index`.
 */
export function coveredMentions(gold: readonly GoldActor[], predicted: readonly Actor[]): Set<string>[] {
  const spans = gold.flatMap((actor, g) =>
    actor.mentions.map((m, i) => ({ key: `${g}:${i}`, span: spanOf(m) })),
  );
  return predicted.map((pred) => {
    const keys = new Set<string>();
    for (const { span } of pred.mentions) {
      let best: { key: string; overlap: number } | undefined;
      for (const gm of spans) {
        const overlap = Math.min(span[1], gm.span[1]) - Math.max(span[0], gm.span[0]);
        if (overlap > 0 && (best === undefined || overlap > best.overlap)) best = { key: gm.key, overlap };
      }
      if (best) keys.add(best.key);
    }
    return keys;
  });
}

/**
 * Pairs gold and predicted actors one-to-one: a pair's weight is the number of the gold actor's
 * mentions the predicted actor covers (see `coveredMentions`); heaviest pairs first, greedily.
 */
export function matchActors(
  gold: readonly GoldActor[],
  covered: readonly Set<string>[],
): Map<number, number> {
  const pairs: Array<{ g: number; p: number; weight: number }> = [];
  gold.forEach((actor, g) => {
    covered.forEach((keys, p) => {
      const weight = actor.mentions.filter((_, i) => keys.has(`${g}:${i}`)).length;
      if (weight > 0) pairs.push({ g, p, weight });
    });
  });
  pairs.sort((a, b) => b.weight - a.weight || a.g - b.g || a.p - b.p);
  const match = new Map<number, number>();
  const taken = new Set<number>();
  for (const { g, p } of pairs) {
    if (match.has(g) || taken.has(p)) continue;
    match.set(g, p);
    taken.add(p);
  }
  return match;
}

const TALLIED = [
  ...(['recall', 'precision', 'country', 'sector', 'grouping'] as const),
  ...(['mentionRecall', 'anonymous', 'role', 'affiliation'] as const),
];
type Tallied = (typeof TALLIED)[number];
/** `[hit, n]` for each figure. */
type Tally = Record<Tallied, [number, number]>;

/** Adds one article's counts to the tally. */
function tallyArticle(
  article: GoldArticle,
  predicted: readonly Actor[],
  t: Tally,
  scores: Pick<ActorScores, 'byKind' | 'missed'>,
): void {
  const covered = coveredMentions(article.actors, predicted);
  const match = matchActors(article.actors, covered);
  const add = (key: keyof Tally, hit: boolean): void => {
    t[key][0] += hit ? 1 : 0;
    t[key][1] += 1;
  };
  const coveredByAny = new Set(covered.flatMap((keys) => [...keys]));
  article.actors.forEach((g, gi) => {
    const pi = match.get(gi);
    const p = pi === undefined ? undefined : predicted[pi];
    const inMatch = (i: number): boolean => pi !== undefined && covered[pi]?.has(`${gi}:${i}`) === true;
    const kind = scores.byKind[g.kind];
    kind.n += 1;
    add('recall', p !== undefined);
    if (g.anonymous) add('anonymous', p?.anonymous === true);
    for (let i = 0; i < g.mentions.length; i++) add('mentionRecall', inMatch(i));
    if (p === undefined) {
      scores.missed.push(`${article.id}\t${g.name}`);
      return;
    }
    kind.hit += 1;
    if (g.country !== null) add('country', p.country === g.country);
    if (g.sector !== null) add('sector', p.sector === g.sector);
    if (g.role !== null) add('role', sameText(g.role, p.role));
    if (g.affiliation !== null) add('affiliation', sameText(g.affiliation, p.affiliation));
    if (g.mentions.length >= 2) {
      const found = g.mentions.map((_, i) => i).filter((i) => coveredByAny.has(`${gi}:${i}`));
      add('grouping', found.every(inMatch));
    }
  });
  t.precision[0] += match.size;
  t.precision[1] += predicted.length;
}

/** Scores predicted actors (by article id) against the gold; see `ActorScores` and the README. */
export function scoreActors(gold: readonly GoldArticle[], predicted: Map<string, Actor[]>): ActorScores {
  const t = Object.fromEntries(TALLIED.map((k) => [k, [0, 0]])) as Tally;
  const byKind = Object.fromEntries(ACTOR_KINDS.map((k) => [k, ratio(0, 0)])) as Record<ActorKind, Ratio>;
  const missed: string[] = [];
  let predictedActors = 0;
  for (const article of gold) {
    const preds = predicted.get(article.id) ?? [];
    predictedActors += preds.length;
    tallyArticle(article, preds, t, { byKind, missed });
  }
  for (const r of Object.values(byKind)) r.value = r.n === 0 ? null : r.hit / r.n;
  const figures = Object.fromEntries(TALLIED.map((k) => [k, ratio(...t[k])])) as Record<Tallied, Ratio>;
  const goldActors = gold.reduce((n, a) => n + a.actors.length, 0);
  return { articles: gold.length, goldActors, predictedActors, ...figures, byKind, missed };
}

/** The gold of one article in the shape `analyze` returns: what a perfect extractor would say. */
export function goldAsActors(article: GoldArticle): Actor[] {
  return article.actors.map((g, i) => {
    const actor: Actor = { id: `a${i + 1}`, name: g.name, kind: g.kind, mentions: [] };
    if (g.country !== null) actor.country = g.country;
    if (g.sector !== null) actor.sector = g.sector;
    if (g.role !== null) actor.role = g.role;
    if (g.affiliation !== null) actor.affiliation = g.affiliation;
    if (g.anonymous) actor.anonymous = true;
    actor.mentions = g.mentions.map((m) => ({ span: spanOf(m), rule: 'gold' }));
    return actor;
  });
}

/**
 * Checks the scorer on the gold itself: the gold as a prediction scores 1 everywhere, no
 * prediction finds nothing, and every mention as its own actor finds every actor but groups none.
 */
export function selfCheck(gold: readonly GoldArticle[]): string[] {
  const problems: string[] = [];
  const score = (f: (a: GoldArticle) => Actor[]): ActorScores =>
    scoreActors(gold, new Map(gold.map((a) => [a.id, f(a)])));
  const ratios = (s: ActorScores): Array<[string, Ratio]> => [
    ...Object.entries(s).filter((e): e is [string, Ratio] => typeof e[1] === 'object' && 'value' in e[1]),
    ...Object.entries(s.byKind),
  ];
  const perfect = ratios(score(goldAsActors)).filter(([, r]) => r.value !== null && r.value !== 1);
  if (perfect.length > 0) problems.push(`gold against itself below 1: ${perfect.map(([k]) => k)}`);
  if (score(() => []).recall.value !== 0) problems.push('no prediction should find nothing');
  const split = score((a) =>
    goldAsActors(a).flatMap((actor) => actor.mentions.map((m) => ({ ...actor, mentions: [m] }))),
  );
  if (split.recall.value !== 1 || split.grouping.value !== 0)
    problems.push('one actor per mention should find all, group none');
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const gold = loadActorGold();
  const problems = [...validateActorGold(gold), ...selfCheck(gold).map((p) => `self-check: ${p}`)];
  for (const line of goldCounts(gold)) console.log(line);
  for (const problem of problems) console.error(problem);
  console.log(problems.length === 0 ? 'gold ok; scorer self-check ok' : `${problems.length} problems`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}

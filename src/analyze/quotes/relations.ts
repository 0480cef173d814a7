/**
 * From tags to attributions: the tagged role spans of a paragraph are grouped around their cues.
 * Every attribution has one cue (PolNeAR has a cue in all but one of its 19,834 training
 * relations), so each cue span anchors one; each content and source span joins the cue it is
 * closest to, counting a sentence boundary or another cue in between as extra distance. A cue
 * left without a source borrows the nearest source of its sentence ("Orr said A and added B",
 * "said Orr, who has long argued"), but never a bare relative pronoun ("Orr, who asked not to be
 * named, said": "said" takes "Orr").
 * Content with no cue in its paragraph continues the last attribution when it continues an open
 * quotation from the paragraph before (a quote running over several paragraphs).
 */

import { isBegin, roleOf } from './tagger.js';

/** A tagged span: role 1 source, 2 cue, 3 content; tokens `[first, last]`. */
export interface RoleSpan {
  role: number;
  first: number;
  last: number;
}

/** An attribution as token spans. */
export interface TokenRelation {
  cue: RoleSpan;
  sources: RoleSpan[];
  contents: RoleSpan[];
}

/** The grouping's cost settings. */
export interface LinkCosts {
  sentence: number;
  paragraph: number;
  interveningCue: number;
  sourceAfter: number;
  contentBefore: number;
  borrowReach: number;
  reach: number;
}

/**
 * Cost settings of the grouping, tuned together on a held-out quarter of PolNeAR train (a model
 * trained on the other three quarters); dev was not used.
 */
export const LINK_COSTS: Readonly<LinkCosts> = {
  /** Added per sentence boundary between a span and a cue. */
  sentence: 40,
  /** Added per paragraph boundary between a span and a cue (on top of the sentence cost). */
  paragraph: 60,
  /** Added per other cue between a span and a cue. */
  interveningCue: 25,
  /** Added when a source follows its cue (most sources come first: "Orr said"). */
  sourceAfter: 3,
  /** Added when content comes before its cue. */
  contentBefore: 2,
  /** How far (in tokens) a cue without a source looks for one to share. */
  borrowReach: 40,

  /** How far (in tokens) a span looks for its cue. */
  reach: 400,
};

/** The spans of a label sequence (token indices offset by `base`). */
export function spansOf(labels: Uint8Array, base: number): RoleSpan[] {
  const out: RoleSpan[] = [];
  for (let t = 0; t < labels.length; t++) {
    const y = labels[t]!;
    if (y === 0) continue;
    const last = out[out.length - 1];
    if (!isBegin(y) && last && last.role === roleOf(y) && last.last === base + t - 1) last.last = base + t;
    else out.push({ role: roleOf(y), first: base + t, last: base + t });
  }
  return out;
}

/** The sentence and paragraph index of every token, for counting boundaries between spans. */
export interface TokenPlaces {
  sentence: Int32Array;
  paragraph: Int32Array;
  /** 1 for relative pronouns ("who", "which"): a source of its own clause, never one to share. */
  relative?: Uint8Array;
}

/** Index of the first span starting at or after `token` (spans sorted and disjoint). */
function firstFrom(spans: readonly RoleSpan[], token: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.first < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The cost of joining `span` to `cues[k]`; `between` is the number of other cues between them. */
function cost(span: RoleSpan, cue: RoleSpan, between: number, places: TokenPlaces, lc: LinkCosts): number {
  const before = span.last < cue.first;
  const from = before ? span.last : cue.last;
  const to = before ? cue.first : span.first;
  let c = Math.max(to - from, 0);
  c += (places.sentence[to]! - places.sentence[from]!) * lc.sentence;
  c += (places.paragraph[to]! - places.paragraph[from]!) * lc.paragraph;
  c += between * lc.interveningCue;
  if (span.role === 1 && !before) c += lc.sourceAfter;
  if (span.role === 3 && before) c += lc.contentBefore;
  return c;
}

/** The cue (index into `cues`) a span joins, among those within reach; -1 when none is. */
function nearest(span: RoleSpan, cues: readonly RoleSpan[], places: TokenPlaces, lc: LinkCosts): number {
  const after = firstFrom(cues, span.last + 1);
  const lo = firstFrom(cues, span.first - lc.reach);
  const hi = firstFrom(cues, span.last + lc.reach);
  let best = -1;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let k = lo; k < hi; k++) {
    const between = k >= after ? k - after : after - 1 - k;
    const c = cost(span, cues[k]!, between, places, lc);
    if (c < bestCost) {
      bestCost = c;
      best = k;
    }
  }
  return best;
}

/** The nearest source of the cue's sentence for a cue left without one (a source may serve several cues). */
function borrowSource(
  cue: RoleSpan,
  sources: readonly RoleSpan[],
  places: TokenPlaces,
  lc: LinkCosts,
): RoleSpan | undefined {
  const sentence = places.sentence[cue.first];
  let best: RoleSpan | undefined;
  let bestGap = lc.borrowReach;
  const hi = firstFrom(sources, cue.last + lc.borrowReach);
  for (let k = firstFrom(sources, cue.first - lc.borrowReach - 64); k < hi; k++) {
    const s = sources[k]!;
    if (places.sentence[s.first] !== sentence) continue;
    if (s.first === s.last && places.relative?.[s.first] === 1) continue;
    const gap = s.last < cue.first ? cue.first - s.last : s.first - cue.last + lc.sourceAfter;
    if (gap < bestGap) {
      bestGap = gap;
      best = s;
    }
  }
  return best;
}

/**
 * Groups the spans of one block (in text order) around its cues. Content with no cue within
 * reach is returned apart.
 */
export function groupSpans(
  spans: readonly RoleSpan[],
  places: TokenPlaces,
  costs: Readonly<LinkCosts> = LINK_COSTS,
): { relations: TokenRelation[]; orphans: RoleSpan[] } {
  const cues = spans.filter((s) => s.role === 2);
  const relations: TokenRelation[] = cues.map((cue) => ({ cue, sources: [], contents: [] }));
  const orphans: RoleSpan[] = [];
  const sources = spans.filter((s) => s.role === 1);
  for (const span of spans) {
    if (span.role === 2) continue;
    const k = nearest(span, cues, places, costs);
    if (k < 0) {
      if (span.role === 3) orphans.push(span);
      continue;
    }
    const rel = relations[k]!;
    (span.role === 1 ? rel.sources : rel.contents).push(span);
  }
  for (const rel of relations) {
    if (rel.sources.length > 0) continue;
    const borrowed = borrowSource(rel.cue, sources, places, costs);
    if (borrowed) rel.sources.push(borrowed);
  }
  return { relations, orphans };
}

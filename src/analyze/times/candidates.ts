/**
 * Finding the phrases the rules match. The rules are not run over the whole text: one pass
 * finds the anchor words (rules.ts ANCHORS: month and weekday names, years, unit words, …),
 * and each anchor's rules run on a short slice around it. A phrase reaches at most
 * `BEFORE` characters before its anchor and `AFTER` after it; the slice carries `CONTEXT`
 * more on each side so that look-behinds and look-aheads see what they would in the whole text.
 * The test suite checks that this finds exactly what running every rule over the text finds.
 */
import type { Groups } from './context.js';
import { NOT_TIMES } from './cues.js';
import { ANCHORS, type AnchorClass, TIME_RULES } from './rules.js';
import { compilePattern } from './slots.js';

/** A phrase a rule matched; `rule` indexes TIME_RULES, or is -1 for a NOT_TIMES phrase. */
export interface Candidate {
  start: number;
  end: number;
  rule: number;
  groups: Groups;
}

interface Compiled {
  rule: number;
  anchor: AnchorClass;
  re: RegExp;
}

/**
 * The most anchor words read in one text. A 5,000-character article has about 15, so 20,000
 * covers several megabytes of prose; past it the text is not news (a table of dates, a
 * generated list), and the rest is not read, which bounds the time any input can take.
 */
export const MAX_ANCHORS = 20_000;

const BEFORE = 40;
const AFTER = 48;
const CONTEXT = 24;

/** Blockers first (rule -1), then the rules in table order. Global regexes, used only via exec. */
const COMPILED: readonly Compiled[] = [
  ...NOT_TIMES.map((b) => ({ rule: -1, anchor: b.anchor, re: compilePattern(b.pattern) })),
  ...TIME_RULES.map((r, rule) => ({ rule, anchor: r.anchor, re: compilePattern(r.pattern) })),
];

const CLASSES = Object.keys(ANCHORS) as AnchorClass[];
const BY_CLASS = new Map(CLASSES.map((c) => [c, COMPILED.filter((x) => x.anchor === c)]));
/**
 * One pass over the text for every anchor class. The classes that start at a word edge share one
 * `\b`, tested once per position rather than once per class: a quarter faster on news text.
 */
const ANCHOR_RE = ((): RegExp => {
  const group = (c: AnchorClass, source: string): string => `(?<${c}>${source})`;
  const atEdge = CLASSES.filter((c) => ANCHORS[c].startsWith('\\b'));
  const rest = CLASSES.filter((c) => !atEdge.includes(c));
  const edge = `\\b(?:${atEdge.map((c) => group(c, ANCHORS[c].slice(2))).join('|')})`;
  return new RegExp([edge, ...rest.map((c) => group(c, ANCHORS[c]))].join('|'), 'g');
})();

/** Leftmost first; at one place the longest; among equals a blocker, then the earlier rule. */
const order = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end || a.rule - b.rule;

function push(out: Candidate[], m: RegExpMatchArray, offset: number, rule: number): void {
  const start = offset + (m.index ?? 0);
  if (m[0].length > 0) out.push({ start, end: start + m[0].length, rule, groups: m.groups ?? {} });
}

/** Every rule over the whole text: the reference the anchored scan must equal. */
export function allCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { rule, re } of COMPILED) for (const m of text.matchAll(re)) push(out, m, 0, rule);
  return out.sort(order);
}

/** The stretches of text each anchor class asks to be read: anchor windows, merged per class. */
function windows(text: string): Map<AnchorClass, [number, number][]> {
  const byClass = new Map<AnchorClass, [number, number][]>();
  let count = 0;
  for (const a of text.matchAll(ANCHOR_RE)) {
    if (++count > MAX_ANCHORS) break;
    const cls = CLASSES.find((c) => a.groups?.[c] !== undefined);
    if (!cls) continue;
    const from = a.index - BEFORE;
    const to = a.index + a[0].length + AFTER;
    const list = byClass.get(cls) ?? [];
    const last = list.at(-1);
    if (last && from <= last[1]) last[1] = to;
    else list.push([from, to]);
    byClass.set(cls, list);
  }
  return byClass;
}

/** The rules of each anchor class, on the slices around its anchors. */
export function anchoredCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const [cls, spans] of windows(text)) {
    for (const [from, to] of spans) {
      const offset = Math.max(0, from - CONTEXT);
      const slice = text.slice(offset, to + CONTEXT);
      for (const { rule, re } of BY_CLASS.get(cls) ?? []) {
        // exec, not matchAll: matchAll copies the regex on every call, which costs more than
        // the match on a short slice. lastIndex is reset first, so no state outlives the loop.
        re.lastIndex = 0;
        for (let m = re.exec(slice); m; m = re.exec(slice)) {
          const start = offset + m.index;
          if (start >= from && start + m[0].length <= to) push(out, m, offset, rule);
          if (m[0].length === 0) re.lastIndex++;
        }
      }
    }
  }
  return out.sort(order);
}

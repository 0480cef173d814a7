/**
 * Attributions written by layout rather than by a verb, which the tagger's local view misses:
 * a transcript's speaker label ("PENCE: Well, look, ...") and a quotation credited after a dash
 * at the end of its line ("... our greatest shame.” ― Sonya Herridge").
 *
 * The word lists here (heading words, credit dashes, label shapes) were written by the dateline
 * developers from transcripts, quote lists and live blogs, 2026-11-25; the rules' figures on
 * PolNeAR are in rules.ts.
 */
import type { RoleSpan, TokenRelation } from './relations.js';
import type { RuleContext } from './rules.js';

/** A label word: capitals, maybe with periods, apostrophes or hyphens ("PENCE", "O'ROURKE"). */
const LABEL_WORD = /^[A-Z][A-Z.'’-]+$/;
/** Words a label may take at most ("SEN. BERNIE SANDERS", "Pat Caddell"). */
const MAX_NAME_WORDS = 4;
/** A name word in ordinary case, for a headline's speaker ("Pence: Gennifer Flowers Won't Be at Debate"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}.'’-]*$/u;
/** Words that open a heading, not a name: "The Latest:", "A Look Back:". */
const NOT_SPEAKERS: ReadonlySet<string> = new Set([
  'The',
  'A',
  'An',
  'Editor',
  'Correction',
  'Update',
  'Source',
  'Note',
]);
/** Dashes that credit a quotation: horizontal bar, em dash, en dash, and two hyphens. */
const CREDIT_DASHES: ReadonlySet<string> = new Set(['―', '—', '–', '--']);
/** Words a credited name may take at most. */
const MAX_CREDIT_WORDS = 4;

const textOf = (ctx: RuleContext, i: number): string => {
  const t = ctx.facts.tokens[i]!;
  return ctx.facts.text.slice(t.start, t.end);
};

/** Tokens of any cue or source of any relation: what a layout credit may not take over. */
function speakersOf(ctx: RuleContext, rels: readonly TokenRelation[]): Uint8Array {
  const used = new Uint8Array(ctx.facts.tokens.length);
  for (const r of rels) for (const s of [r.cue, ...r.sources]) used.fill(1, s.first, s.last + 1);
  return used;
}

/**
 * Tokens a layout credit takes for its own attribution: `first..last`; relations whose cue lies
 * in `[start, end)` (attributions inside a transcript paragraph) keep them.
 */
interface Claim {
  first: number;
  last: number;
  start: number;
  end: number;
}

/**
 * Takes the claimed tokens out of every relation's content in one walk over the contents (a span
 * over them keeps what lies outside); a relation left with no content by it is dropped.
 */
function releaseClaims(
  ctx: RuleContext,
  rels: TokenRelation[],
  claims: readonly Claim[],
  changed: Set<TokenRelation>,
): void {
  if (claims.length === 0) return;
  const claimOf = new Int32Array(ctx.facts.tokens.length).fill(-1);
  claims.forEach((c, k) => {
    claimOf.fill(k, c.first, c.last + 1);
  });
  const emptied = new Set<TokenRelation>();
  for (const r of rels) {
    const keeps = (t: number): boolean => {
      const c = claims[claimOf[t]!];
      return c === undefined || (r.cue.first >= c.start && r.cue.first < c.end);
    };
    const kept: RoleSpan[] = [];
    let cut = false;
    for (const s of r.contents) {
      let run = -1;
      for (let t = s.first; t <= s.last; t++) {
        if (keeps(t)) {
          if (run < 0) run = t;
          continue;
        }
        cut = true;
        if (run >= 0) kept.push({ ...s, first: run, last: t - 1 });
        run = -1;
      }
      if (run >= 0) kept.push(run === s.first ? s : { ...s, first: run });
    }
    if (!cut) continue;
    r.contents = kept;
    changed.add(r);
    if (kept.length === 0) emptied.add(r);
  }
  compact(rels, (r) => !emptied.has(r));
}

/** Keeps the relations `keep` accepts, in order, in place (one pass). */
function compact(rels: TokenRelation[], keep: (r: TokenRelation) => boolean): void {
  let n = 0;
  for (const r of rels) if (keep(r)) rels[n++] = r;
  rels.length = n;
}

/** Applies a rule's claims, then adds the relations it made; returns every relation changed. */
function settle(
  ctx: RuleContext,
  rels: TokenRelation[],
  claims: readonly Claim[],
  made: readonly TokenRelation[],
  changed: Set<TokenRelation>,
): Set<TokenRelation> {
  releaseClaims(ctx, rels, claims, changed);
  for (const r of made) {
    rels.push(r);
    changed.add(r);
  }
  dropEmpty(rels);
  return changed;
}

/** Drops the relations left with neither content nor source. */
function dropEmpty(rels: TokenRelation[]): void {
  compact(rels, (r) => r.contents.length > 0 || r.sources.length > 0);
}

/** A speaker label opening a paragraph: its words and its colon. */
interface Label {
  first: number;
  last: number;
  colon: number;
  /** The label's words as written ("PENCE"). */
  text: string;
}

/** The label opening paragraph a..b ("PENCE:", after an optional quotation mark), if any. */
function labelAt(ctx: RuleContext, a: number, b: number, word: RegExp = LABEL_WORD): Label | undefined {
  // A transcript excerpt may open each paragraph with a quotation mark, whichever way it was read.
  const first = ctx.facts.tokens[a]!.kind.endsWith('quote') ? a + 1 : a;
  let colon = first;
  while (colon < b && colon - first < MAX_NAME_WORDS && word.test(textOf(ctx, colon))) colon++;
  if (colon === first || colon >= b - 1 || textOf(ctx, colon) !== ':') return undefined;
  const text = ctx.facts.text.slice(ctx.facts.tokens[first]!.start, ctx.facts.tokens[colon - 1]!.end);
  return { first, last: colon - 1, colon, text };
}

/** Whether the text names the label's last word in ordinary case ("Pence" for "PENCE"). */
function namedInText(ctx: RuleContext, label: Label, counts: ReadonlyMap<string, number>): boolean {
  const word = textOf(ctx, label.last);
  return (counts.get(word.charAt(0) + word.slice(1).toLowerCase()) ?? 0) > 0;
}

/** How often each word is written in the text, counted once per call (so a long transcript stays linear). */
function wordCounts(ctx: RuleContext): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < ctx.facts.tokens.length; i++) {
    if (ctx.facts.tokens[i]!.kind !== 'word') continue;
    const word = textOf(ctx, i);
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * The labels that are speakers: in a transcript (two labels or more, one of them naming someone
 * the text names in ordinary case), a label used twice or naming someone; never a heading such
 * as "UPDATE:" or "VIDEO:" in an article that is no transcript.
 */
function speakerLabelsOf(ctx: RuleContext): Array<{ label: Label; start: number; end: number }> {
  const found: Array<{ label: Label; start: number; end: number }> = [];
  for (const [a, b] of ctx.facts.paras) {
    const label = labelAt(ctx, a, b);
    if (label !== undefined) found.push({ label, start: a, end: b });
  }
  const count = new Map<string, number>();
  for (const { label } of found) count.set(label.text, (count.get(label.text) ?? 0) + 1);
  let counted: Map<string, number> | undefined;
  const words = (): Map<string, number> => {
    counted ??= wordCounts(ctx);
    return counted;
  };
  const named = new Set(
    found.filter(({ label }) => namedInText(ctx, label, words())).map(({ label }) => label.text),
  );
  if (named.size === 0 || count.size < 2) return headlineLabelsOf(ctx);
  return found.filter(({ label }) => named.has(label.text) || count.get(label.text)! >= 2);
}

/**
 * "Pence: Gennifer Flowers Won't Be at Debate": a paragraph opening with a name in ordinary case
 * and a colon, when the text names that person in full elsewhere ("Mike Pence": a place such as
 * "Gaza: strikes killed 12" is never written after a first name) and what follows is no count
 * ("Clinton: 1,769" is a tally).
 */
function headlineLabelsOf(ctx: RuleContext): Array<{ label: Label; start: number; end: number }> {
  const found: Array<{ label: Label; start: number; end: number }> = [];
  let surnames: Set<string> | undefined;
  for (const [a, b] of ctx.facts.paras) {
    const label = labelAt(ctx, a, b, NAME_WORD);
    if (label === undefined || NOT_SPEAKERS.has(textOf(ctx, label.first))) continue;
    if (ctx.facts.tokens[label.colon + 1]!.kind === 'number') continue;
    surnames ??= namedInFull(ctx);
    if (!surnames.has(textOf(ctx, label.last))) continue;
    found.push({ label, start: a, end: b });
  }
  return found;
}

/** Words written right after another capitalised word and a space: the surnames of full names. */
function namedInFull(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  const { tokens, text } = ctx.facts;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1]!;
    if (t.kind !== 'word' || before.kind !== 'word' || t.start !== before.end + 1 || text[before.end] !== ' ')
      continue;
    if (NAME_WORD.test(textOf(ctx, i)) && NAME_WORD.test(textOf(ctx, i - 1))) out.add(textOf(ctx, i));
  }
  return out;
}

/** Transcript paragraphs: the label is the source, its colon the cue, the rest of the paragraph the content. */
export function speakerLabels(ctx: RuleContext, rels: TokenRelation[]): Set<TokenRelation> {
  const added = new Set<TokenRelation>();
  const used = speakersOf(ctx, rels);
  const cues = new Set(rels.map((r) => r.cue.first));
  const claims: Claim[] = [];
  const made: TokenRelation[] = [];
  for (const { label, start, end } of speakerLabelsOf(ctx)) {
    const taken = used.subarray(label.first, label.colon + 1).includes(1);
    // Where the tagger read the label itself, the paragraph is still not another quote's content.
    if (taken && !cues.has(label.colon)) continue;
    // The paragraph is the label's; attributions inside it keep their content.
    claims.push({ first: start, last: end - 1, start, end });
    if (taken) continue;
    made.push({
      cue: { role: 2, first: label.colon, last: label.colon },
      sources: [{ role: 1, first: label.first, last: label.last }],
      contents: [{ role: 3, first: label.colon + 1, last: end - 1 }],
    });
  }
  return settle(ctx, rels, claims, made, added);
}

/** The credited name after a quotation's close mark at `close`: the dash and the name's range, ending its line. */
function creditAfter(
  ctx: RuleContext,
  close: number,
): { dash: number; first: number; last: number } | undefined {
  const { tokens, text } = ctx.facts;
  const dash = close + 1;
  if (dash >= tokens.length || !CREDIT_DASHES.has(textOf(ctx, dash))) return undefined;
  let last = dash;
  while (last + 1 < tokens.length && last - dash < MAX_CREDIT_WORDS && tokens[last + 1]!.kind === 'word') {
    if (!/^\p{Lu}/u.test(textOf(ctx, last + 1))) return undefined;
    last++;
  }
  if (last === dash) return undefined;
  // "― Karen Bobadilla." ends its line too.
  const end = last + 1 < tokens.length && textOf(ctx, last + 1) === '.' ? last + 1 : last;
  const next = tokens[end + 1];
  const lineEnds = next === undefined || text.slice(tokens[end]!.end, next.start).includes('\n');
  return lineEnds ? { dash, first: dash + 1, last } : undefined;
}

/**
 * Where the quotation closing at `close` opens: its open mark, or (a stray mark read the wrong
 * way, "”Mr. Trump ... shame.” ― Name") the first token of its line.
 */
function quotationStart(ctx: RuleContext, close: number): number {
  const open = ctx.quotation[2 * close]!;
  if (open >= 0 && open < close) return open;
  const { tokens, text } = ctx.facts;
  let first = close;
  while (first > 0 && !text.slice(tokens[first - 1]!.end, tokens[first]!.start).includes('\n')) first--;
  return first;
}

/** A quotation credited after a dash at the end of its line is that person's; it leaves any relation it was given to. */
export function dashCredits(ctx: RuleContext, rels: TokenRelation[]): Set<TokenRelation> {
  const changed = new Set<TokenRelation>();
  const used = speakersOf(ctx, rels);
  const { tokens } = ctx.facts;
  const claims: Claim[] = [];
  const made: TokenRelation[] = [];
  for (let close = 0; close + 1 < tokens.length; close++) {
    if (!tokens[close]!.kind.endsWith('quote')) continue;
    const credit = creditAfter(ctx, close);
    if (credit === undefined || used.subarray(credit.dash, credit.last + 1).includes(1)) continue;
    const first = quotationStart(ctx, close);
    if (first === close) continue;
    claims.push({ first, last: credit.last, start: -1, end: -1 });
    made.push({
      cue: { role: 2, first: credit.dash, last: credit.dash },
      sources: [{ role: 1, first: credit.first, last: credit.last }],
      contents: [{ role: 3, first, last: close }],
    });
  }
  return settle(ctx, rels, claims, made, changed);
}

/**
 * The quotation rules that run after the tagger and the grouping, where the quotation marks say
 * more than the tagger's local view. Each was checked on the gold relations of PolNeAR train
 * before it was added (the figures are in each description); the test suite runs each on its
 * example.
 */

import { dashCredits, speakerLabels } from './credits.js';
import type { DocFacts } from './facts.js';
import type { RoleSpan, TokenPlaces, TokenRelation } from './relations.js';
import { QSTATE } from './tokens.js';

/** What a rule reads: the document facts, each token's sentence and paragraph, the sentences. */
export interface RuleContext {
  facts: DocFacts;
  places: TokenPlaces;
  /** Token ranges `[first, end)` of the sentences. */
  sentences: ReadonlyArray<readonly [number, number]>;
  /** For each token inside a quotation (or on its marks): its quotation's `[open, close]` token indices. */
  quotation: Int32Array;
}

/** One rule: id, what it does, an example it exists for, and the function. */
export interface QuoteRule {
  id: string;
  description: string;
  example: string;
  /** Changes the relations in place; returns the relations it changed. */
  apply: (ctx: RuleContext, rels: TokenRelation[]) => Set<TokenRelation>;
}

/** Token index of each token's quotation open mark (`quotation[2k]`) and close mark (`[2k + 1]`), or -1. */
export function quotationIndex(f: DocFacts): Int32Array {
  const q = new Int32Array(f.tokens.length * 2).fill(-1);
  for (const [a, b] of f.paras) {
    let open = -1;
    const close = (end: number): void => {
      for (let k = open; k <= end; k++) {
        q[2 * k] = open;
        q[2 * k + 1] = end;
      }
      open = -1;
    };
    for (let i = a; i < b; i++) {
      if (f.quote[i] === QSTATE.open) open = i;
      else if (f.quote[i] === QSTATE.close && open >= 0) close(i);
    }
    if (open >= 0) close(b - 1);
  }
  return q;
}

/** Tokens used by any span of any relation. */
function usedTokens(n: number, rels: readonly TokenRelation[]): Uint8Array {
  const used = new Uint8Array(n);
  for (const r of rels)
    for (const s of [r.cue, ...r.sources, ...r.contents]) used.fill(1, s.first, s.last + 1);
  return used;
}

const isDirect = (ctx: RuleContext, r: TokenRelation): boolean =>
  r.contents.some((s) => {
    for (let k = s.first; k <= s.last; k++) if (ctx.quotation[2 * k]! >= 0) return true;
    return false;
  });

/** Widens content spans that start or end inside a quotation to its marks, over unused tokens only. */
function quoteWhole(ctx: RuleContext, rels: TokenRelation[]): Set<TokenRelation> {
  const changed = new Set<TokenRelation>();
  const used = usedTokens(ctx.facts.tokens.length, rels);
  for (const r of rels) {
    for (const s of r.contents) {
      const open = ctx.quotation[2 * s.first]!;
      if (open >= 0 && open < s.first && !used.subarray(open, s.first).includes(1)) {
        used.fill(1, open, s.first);
        s.first = open;
        changed.add(r);
      }
      const close = ctx.quotation[2 * s.last + 1]!;
      if (close > s.last && !used.subarray(s.last + 1, close + 1).includes(1)) {
        used.fill(1, s.last + 1, close + 1);
        s.last = close;
        changed.add(r);
      }
    }
  }
  return changed;
}

/** Drops unquoted content after the cue when a whole quotation before the cue is the content. */
function dropTail(ctx: RuleContext, rels: TokenRelation[]): Set<TokenRelation> {
  const changed = new Set<TokenRelation>();
  const wholeQuote = (s: RoleSpan): boolean =>
    ctx.quotation[2 * s.first] === s.first && ctx.quotation[2 * s.last + 1]! >= s.last - 1;
  const quoted = (s: RoleSpan): boolean => {
    for (let k = s.first; k <= s.last; k++) if (ctx.quotation[2 * k]! >= 0) return true;
    return false;
  };
  for (const r of rels) {
    if (!r.contents.some((s) => s.last < r.cue.first && wholeQuote(s))) continue;
    const keep = r.contents.filter((s) => s.first < r.cue.first || quoted(s));
    if (keep.length < r.contents.length) {
      r.contents = keep;
      changed.add(r);
    }
  }
  return changed;
}

/** A sentence that is one whole quotation, or -1: the index of its close mark. */
function pureQuote(ctx: RuleContext, first: number, end: number): number {
  if (ctx.quotation[2 * first] !== first) return -1;
  const close = ctx.quotation[2 * first + 1]!;
  return close >= end - 2 && close < end ? close : -1;
}

/** Adds the whole-quotation sentences right after a direct quote, with no tags of their own, to it. */
function quoteContinues(ctx: RuleContext, rels: TokenRelation[]): Set<TokenRelation> {
  const changed = new Set<TokenRelation>();
  const used = usedTokens(ctx.facts.tokens.length, rels);
  for (const r of rels) {
    if (!isDirect(ctx, r)) continue;
    let last = r.cue.last;
    for (const s of [...r.contents, ...r.sources]) last = Math.max(last, s.last);
    const para = ctx.places.paragraph[last];
    for (let k = ctx.places.sentence[last]! + 1; k < ctx.sentences.length; k++) {
      const [first, end] = ctx.sentences[k]!;
      if (ctx.places.paragraph[first] !== para || used.subarray(first, end).includes(1)) break;
      if (pureQuote(ctx, first, end) < 0) break;
      r.contents.push({ role: 3, first, last: end - 1 });
      used.fill(1, first, end);
      changed.add(r);
    }
  }
  return changed;
}

/** Adds a paragraph that opens a quotation, with no tags, to the direct quote ending the paragraph before. */
function paragraphContinues(ctx: RuleContext, rels: TokenRelation[]): Set<TokenRelation> {
  const changed = new Set<TokenRelation>();
  const used = usedTokens(ctx.facts.tokens.length, rels);
  const lastInPara = new Map<number, TokenRelation>();
  for (const r of rels) lastInPara.set(ctx.places.paragraph[r.cue.first]!, r);
  const paras = ctx.facts.paras;
  for (let p = 1; p < paras.length; p++) {
    const r = lastInPara.get(p - 1);
    const [first, end] = paras[p]!;
    if (!r || !isDirect(ctx, r) || ctx.quotation[2 * first] !== first) continue;
    if (used.subarray(first, end).includes(1)) continue;
    const close = ctx.quotation[2 * first + 1]!;
    r.contents.push({ role: 3, first, last: close });
    used.fill(1, first, close + 1);
    lastInPara.set(p, r);
    changed.add(r);
  }
  return changed;
}

/** The rules, in the order they run. */
export const QUOTE_RULES: readonly QuoteRule[] = [
  {
    id: 'speaker-label',
    description:
      'a paragraph opening with a speaker label in capitals and a colon, naming someone the text names, ' +
      "is that speaker's: label source, colon cue, the rest content (14 of the 27 label paragraphs in " +
      'PolNeAR train are annotated so; the others are headings such as "UPDATE:", which the naming test leaves out); ' +
      'outside a transcript, a name in ordinary case opening a paragraph ("Pence: Flowers won\'t attend") when the text ' +
      'names that person again and no count follows (65 of 89 such paragraphs in PolNeAR train)',
    example: 'Governor Ana Varga spoke first.\n\nVARGA: We will not give in.\n\nHOST: Not even now?',
    apply: speakerLabels,
  },
  {
    id: 'dash-credit',
    description:
      "a quotation followed by a dash and a capitalised name ending its line is that person's " +
      '(the typographic credit of epigraphs and quote lists; none in PolNeAR train, 24 in dev)',
    example: '“We will not give in.” ― Ana Varga\n“Not now.” ― Ivo Marek.',
    apply: dashCredits,
  },
  {
    id: 'quote-whole',
    description:
      'content that starts or ends inside a quotation covers it to its marks (verbatim content includes the marks)',
    example: '“We will not give in,” Mayor Varga said.',
    apply: quoteWhole,
  },
  {
    id: 'drop-tail',
    description:
      'after a whole quotation before the cue, unquoted words after the cue are not content ' +
      '(38 of 2,393 such relations in PolNeAR train have such a tail)',
    example: '“It is finished,” Varga said to the council, which met on Friday.',
    apply: dropTail,
  },
  {
    id: 'quote-continues',
    description:
      'a sentence that is one whole quotation right after a direct quote continues it ' +
      '(596 of 603 such sentences in PolNeAR train)',
    example: '“We will not give in,” Varga said. “Not now, not ever.”',
    apply: quoteContinues,
  },
  {
    id: 'paragraph-continues',
    description:
      'a paragraph that opens with a quotation and has no attribution of its own continues the direct quote ' +
      'that ends the paragraph before (63 of 75 such paragraphs in PolNeAR train)',
    example: '“We will not give in,” Varga said.\n\n“The council has spoken.”',
    apply: paragraphContinues,
  },
];

/**
 * Who said what: `findQuotes` tags each paragraph's tokens with source, cue and content spans
 * (tagger.ts, with the shipped model), groups them into attributions (relations.ts), applies the
 * quotation rules (rules.ts), and returns them as character spans.
 */

import { paragraphs, type Token } from '../text/index.js';
import type { Quote, Span } from '../types.js';
import { isAnonymousSource } from './anonymous.js';
import { applyScores, cueScores } from './detector.js';
import { type DocFacts, docFacts } from './facts.js';
import { FEATURES_PER_TOKEN, tokenFeatures } from './features.js';
import { shippedModel } from './model.js';
import {
  groupSpans,
  LINK_COSTS,
  type LinkCosts,
  type RoleSpan,
  spansOf,
  type TokenPlaces,
  type TokenRelation,
} from './relations.js';
import { QUOTE_RULES, quotationIndex, type RuleContext } from './rules.js';
import { emissions, legalTransitions, type TaggerModel, viterbi } from './tagger.js';
import { hashToken, tokenRanges } from './tokens.js';

/** The rule id of attributions found by the tagger; rules that changed one are appended with "+". */
export const TAGGER_RULE = 'tagger:perceptron';

/** Options of `findQuotes`. */
export interface FindQuotesOptions {
  /** The tagger to use. @default the shipped model (model.json) */
  model?: TaggerModel;
}

/** Finds the attributions of a text; `speaker` is left for the actor resolution to fill. */
export function findQuotes(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Span[],
  options: FindQuotesOptions = {},
): Quote[] {
  if (tokens.length === 0) return [];
  const model = options.model ?? shippedModel();
  const facts = docFacts(text, tokens, sentences, paragraphs(text));
  if (model.detector) applyScores(facts, sentences, cueScores(model.detector, facts), model.detector);
  return quotesFromLabels(facts, sentences, tagDocument(model, facts));
}

/** The tagger's labels for every token, block by block. */
export function tagDocument(model: TaggerModel, facts: DocFacts): Uint8Array {
  const labels = new Uint8Array(facts.tokens.length);
  const trans = legalTransitions(model.trans);
  let feats = new Int32Array(256 * FEATURES_PER_TOKEN);
  for (const [a, b] of facts.blocks) {
    const n = b - a;
    if (feats.length < n * FEATURES_PER_TOKEN) feats = new Int32Array(n * FEATURES_PER_TOKEN * 2);
    for (let i = a; i < b; i++) tokenFeatures(facts, i, a, b, feats, (i - a) * FEATURES_PER_TOKEN);
    viterbi(trans, emissions(model, feats, n, FEATURES_PER_TOKEN), n, labels.subarray(a, b));
  }
  return labels;
}

/** Groups labelled spans into attributions, applies the quotation rules, and returns quotes. */
export function quotesFromLabels(
  facts: DocFacts,
  sentences: readonly Span[],
  labels: Uint8Array,
  costs: Readonly<LinkCosts> = LINK_COSTS,
): Quote[] {
  const places = tokenPlaces(facts, sentences);
  const rels: TokenRelation[] = [];
  for (const [a, b] of facts.blocks)
    rels.push(...groupSpans(spansOf(labels.subarray(a, b), a), places, costs).relations);
  const ctx: RuleContext = {
    facts,
    places,
    sentences: tokenRanges(facts.tokens, sentences),
    quotation: quotationIndex(facts),
  };
  const fired = new Map<TokenRelation, string[]>();
  for (const rule of QUOTE_RULES) {
    for (const r of rule.apply(ctx, rels)) fired.set(r, [...(fired.get(r) ?? []), rule.id]);
  }
  return rels.map((r) =>
    toQuote(facts.text, facts.tokens, places, r, [TAGGER_RULE, ...(fired.get(r) ?? [])].join('+')),
  );
}

/** Hashes of the relative pronouns that head a source of their own clause. */
const RELATIVE_PRONOUNS: ReadonlySet<number> = new Set(
  ['who', 'which', 'whom', 'that'].map((w) => hashToken(w, 0, w.length)),
);

/** The sentence and paragraph index of every token, and which tokens are relative pronouns. */
export function tokenPlaces(f: DocFacts, sentences: readonly Span[]): TokenPlaces {
  const sentence = new Int32Array(f.tokens.length);
  tokenRanges(f.tokens, sentences).forEach(([a, b], k) => {
    sentence.fill(k, a, b);
  });
  const paragraph = new Int32Array(f.tokens.length);
  f.paras.forEach(([a, b], k) => {
    paragraph.fill(k, a, b);
  });
  const relative = new Uint8Array(f.tokens.length);
  f.word.forEach((w, i) => {
    if (RELATIVE_PRONOUNS.has(w)) relative[i] = 1;
  });
  return { sentence, paragraph, relative };
}

const charSpan = (tokens: readonly Token[], s: RoleSpan): Span => [
  tokens[s.first]!.start,
  tokens[s.last]!.end,
];
const QUOTE_MARK = /["\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/;

/**
 * A span cut where a new paragraph starts: a quotation that runs on over paragraphs is one
 * content span per paragraph (the scorer merges spans with only whitespace between them, so this
 * changes no figure).
 */
function byParagraph(s: RoleSpan, places: TokenPlaces): RoleSpan[] {
  const out: RoleSpan[] = [{ ...s, last: s.first }];
  for (let k = s.first + 1; k <= s.last; k++) {
    if (places.paragraph[k] !== places.paragraph[k - 1]) out.push({ ...s, first: k, last: k });
    else out[out.length - 1]!.last = k;
  }
  return out;
}

function toQuote(
  text: string,
  tokens: readonly Token[],
  places: TokenPlaces,
  rel: TokenRelation,
  rule: string,
): Quote {
  const content = rel.contents
    .sort((x, y) => x.first - y.first)
    .flatMap((s) => byParagraph(s, places))
    .map((s) => charSpan(tokens, s));
  const source = rel.sources.map((s) => charSpan(tokens, s));
  const sourceText = source.map(([s, e]) => text.slice(s, e)).join(' ');
  return {
    content,
    cue: [charSpan(tokens, rel.cue)],
    source,
    anonymous: source.length > 0 && isAnonymousSource(sourceText),
    direct: content.some(([s, e]) => QUOTE_MARK.test(text.slice(s, e))),
    rule,
  };
}

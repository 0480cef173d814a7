/**
 * The Analysis record: what `analyze` returns for one article. Every item points back into the
 * article's `text` by character offsets (JavaScript string indices, end exclusive), so a UI can
 * highlight it and a scorer can check it. Plain data only.
 */

/** A `[start, end)` character range in the analysed text. */
export type Span = [start: number, end: number];

/** Kinds of actor. */
export type ActorKind = 'person' | 'organization' | 'country' | 'place' | 'group';

/** Every sector code: the Sector type is made of them, and data and input are checked against them. */
export const SECTORS = [
  'GOV',
  'MIL',
  'REB',
  'IGO',
  'NGO',
  'MED',
  'BUS',
  'CIV',
  'COP',
  'JUD',
  'LEG',
  'PTY',
  'OPP',
  'EDU',
  'REL',
  'HLH',
  'CRM',
  'REF',
] as const;

/**
 * Sector codes, after CAMEO/PLOVER agent types: government, military, rebels, intergovernmental,
 * non-governmental, media, business, civilians, police, judiciary, legislature, political party,
 * opposition, education, religion, health, criminal, refugees.
 */
export type Sector = (typeof SECTORS)[number];

/** One mention of an actor, with the rule that found it. */
export interface Mention {
  span: Span;
  /** Id of the rule (or model) that produced this mention. */
  rule: string;
}

/** One distinct actor in the article, with all its mentions grouped. */
export interface Actor {
  /** Stable within one analysis: `a1`, `a2`, ... */
  id: string;
  /** The fullest name the article gives ("Sergei Lavrov"), or the descriptor for anonymous ones. */
  name: string;
  kind: ActorKind;
  /** ISO 3166 alpha-3, or an IGO code (UN, EU, NATO, ...), when known. */
  country?: string;
  sector?: Sector;
  /** Role or title from context ("foreign minister"). */
  role?: string;
  /** Affiliation from context ("the journal Russia in Global Affairs"). */
  affiliation?: string;
  /** An unnamed source ("a senior U.S. administration official"). */
  anonymous?: boolean;
  mentions: Mention[];
}

/** Who said what: one attribution. */
export interface Quote {
  /** What is attributed; several spans when the attribution interrupts it. */
  content: Span[];
  /** The words that attribute it ("said", "told Reuters", "according to"). */
  cue: Span[];
  /** The words that name the speaker here ("a senior U.S. administration official", "he"). */
  source: Span[];
  /** The actor id the source resolves to, when it does. */
  speaker?: string;
  anonymous: boolean;
  /** Inside quotation marks (direct or mixed), as opposed to reported speech. */
  direct: boolean;
  /** Id of the rule (or model) that produced it. */
  rule: string;
}

/** A date or month named in the text, resolved against the publication date. */
export interface TimeMention {
  span: Span;
  /** ISO 8601: `2014-09-26`, `2014-09`, `2014`, or a week `2014-W39`. */
  value: string;
  rule: string;
}

/** What `analyze` returns. */
export interface Analysis {
  sentences: Span[];
  actors: Actor[];
  quotes: Quote[];
  times: TimeMention[];
}

/** What `analyze` reads: any object with `text`; `title` and `published` help. */
export interface AnalysisInput {
  text: string;
  title?: string;
  /** ISO 8601 date or date-time; relative dates resolve against it. */
  published?: string;
}

/**
 * The reviewed data behind near-duplicate detection and syndication credits: the MinHash/LSH
 * parameters and the news-agency credit rules. Code in this folder reads these tables and holds
 * no constants or patterns of its own.
 *
 * Provenance: written for dateline. The MinHash/LSH scheme follows Broder, "On the resemblance
 * and containment of documents" (1997) and Leskovec, Rajaraman and Ullman, "Mining of Massive
 * Datasets", ch. 3 (banding). The credit rules come from the house styles of the agencies as
 * printed in their own copy (Reuters' "CITY (Reuters) -" dateline and "Reporting by ...; Editing
 * by ..." tail, AP's "(AP) —", Bloomberg's "(Bloomberg) --", dpa's "(dpa)") and from how other
 * outlets credit them ("told Reuters", "according to AFP"). Every example below is our own
 * fictional sentence.
 *
 * Change log:
 * - 2025-06: first version; parameters tuned on bench/syndication (see TUNING below).
 */

/* ------------------------------------------------------------------ shingles and signatures */

/**
 * The MinHash and LSH parameters, tuned as a set: changing one moves the best value of the
 * others, so re-run `npx tsx bench/syndication/run.ts` (and the sweep it describes) after any
 * change. Changing `shingleWords`, `cjkChars`, `leadWords`, `leadChars`, `hashes` or `seed`
 * changes every signature: bump `version`, so that stored signatures are recomputed rather than
 * compared with new ones.
 *
 * TUNING (2025-06), on bench/syndication seeds 1-5 (150 wire stories republished 2-6 times plus
 * 40 one-outlet stories on the same ten topics, 616-653 articles each), mean pairwise F1 with
 * 42 bands of 3 rows:
 * - whole text, best threshold of 0.2-0.4: 0.972 (3-word shingles), 0.975 (4), 0.978 (5).
 *   The misses were truncated copies: one cut to 3 of 12 paragraphs shares a quarter of the
 *   shingles of the full story. 64 bands of 2 rows recovered them (0.993) at 8 times the
 *   candidates per article, which would not scale to a large corpus.
 * - lead only, 3-5 word shingles, thresholds 0.2-0.4: 0.990-0.999 at 100 and 150 words, 0.971-0.996
 *   at 200 words. On the 150-word lead with 4-word shingles, copies score 0.52 (5th percentile)
 *   to 0.78 (median) against their closest earlier copy, other stories at most 0.16.
 * - 96 / 126 / 192 hashes (lead 150, 4 words, threshold 0.3): 0.996 / 0.998 / 0.998.
 * Chosen from the middle of that plateau, not its best cell: 4 words, 150-word lead, 126
 * hashes, threshold 0.3 (0.998, worst seed 0.9965).
 */
export const MINHASH = {
  /** Bumped whenever a change below makes old signatures incomparable. */
  version: 1,
  /**
   * Words per shingle. 4: distinct stories on one topic (shared vocabulary and stock phrases)
   * stay well apart, and a changed word costs only 4 shingles. 3 let stock phrases through at
   * low thresholds; 5 made word swaps cost more.
   */
  shingleWords: 4,
  /**
   * Characters per shingle for unspaced scripts (Han, kana, Thai, ...), where a character is
   * roughly a morpheme. Not tuned (no benchmark in those scripts yet): 4 is the middle of the
   * 3-5 range usual for Chinese and Japanese near-duplicate detection.
   */
  cjkChars: 4,
  /**
   * A text counts as unspaced, and is shingled by `cjkChars`, when at least this share of its
   * lead tokens are single unspaced-script characters.
   */
  cjkShare: 0.5,
  /** Words of the lead that are shingled: about four wire paragraphs. */
  leadWords: 150,
  /** Characters of the lead for unspaced scripts (about as much text as `leadWords`). */
  leadChars: 300,
  /**
   * Signature length, bands * rows. The standard error of the Jaccard estimate is
   * sqrt(J(1-J)/hashes): 0.041 at J = 0.3 with 126.
   */
  hashes: 126,
  /** Seed of the fixed permutation keys. */
  seed: 0x5eed_da7e,
} as const;

/**
 * LSH banding: `bands` bands of `rows` rows (bands * rows = hashes). Two texts become
 * candidates when they agree on every row of one band, with probability 1 - (1 - J^rows)^bands:
 * 0.996 at J = 0.5, 0.68 at J = 0.3 (a copy usually has several earlier members to match),
 * 0.005 at J = 0.05. Three rows: two gave 4 times the candidates for at most 0.003 of F1; four
 * lost 0.01-0.02 of recall.
 */
export const LSH = { bands: 42, rows: 3 } as const;

/**
 * An article joins a story when its estimated Jaccard similarity to one of the story's members
 * reaches this: between the other-story maximum (0.16) and the copies' 5th percentile (0.52),
 * with room for the estimate's noise (0.04). F1 was 0.999 at 0.2 and 0.993 at 0.4.
 */
export const STORY_THRESHOLD = 0.3;

/**
 * Texts with fewer shingles than this (about a dozen words), as estimated from the signature,
 * are too short to tell a story from a caption or a paywall notice: they get no band keys, so
 * they never join a story. Exact copies still meet through the content hash.
 */
export const MIN_SHINGLES = 8;

/* ------------------------------------------------------------------ agencies */

/** A news agency: its canonical name and the names texts print for it. */
export interface Agency {
  name: string;
  /** Spellings as printed, case-sensitive ("AP" must not match "ap"). */
  aliases: readonly string[];
}

/**
 * The agencies `originalSource` knows, canonical name first. Aliases are matched case-sensitively
 * and as whole words (no letter, digit or hyphen after: "AP" is not "APEC" or "AP-NORC").
 */
export const AGENCIES: readonly Agency[] = [
  { name: 'Reuters', aliases: ['Reuters', 'Thomson Reuters'] },
  { name: 'AP', aliases: ['AP', 'Associated Press'] },
  { name: 'AFP', aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { name: 'dpa', aliases: ['dpa', 'DPA', 'Deutsche Presse-Agentur'] },
  { name: 'EFE', aliases: ['EFE', 'Agencia EFE'] },
  { name: 'ANSA', aliases: ['ANSA'] },
  { name: 'Kyodo', aliases: ['Kyodo', 'Kyodo News'] },
  { name: 'Jiji', aliases: ['Jiji Press', 'Jiji'] },
  { name: 'Xinhua', aliases: ['Xinhua', 'Xinhua News Agency'] },
  { name: 'TASS', aliases: ['TASS', 'Tass'] },
  { name: 'Interfax', aliases: ['Interfax'] },
  { name: 'RIA Novosti', aliases: ['RIA Novosti'] },
  { name: 'PA', aliases: ['PA', 'PA Media', 'Press Association'] },
  { name: 'UPI', aliases: ['UPI', 'United Press International'] },
  { name: 'Bloomberg', aliases: ['Bloomberg', 'Bloomberg News'] },
  { name: 'Yonhap', aliases: ['Yonhap', 'Yonhap News Agency'] },
  { name: 'Anadolu', aliases: ['Anadolu', 'Anadolu Agency'] },
  { name: 'PTI', aliases: ['PTI', 'Press Trust of India'] },
  { name: 'ANI', aliases: ['ANI'] },
  { name: 'AAP', aliases: ['AAP', 'Australian Associated Press'] },
  { name: 'Canadian Press', aliases: ['Canadian Press'] },
  { name: 'Europa Press', aliases: ['Europa Press'] },
];

/* ------------------------------------------------------------------ credit rules */

/** Where in the text a rule looks. */
export type CreditScope = 'lead' | 'tail' | 'any';

/** How many characters count as the lead (dateline, byline) and as the tail (credits). */
export const CREDIT_SCOPE_CHARS = { lead: 400, tail: 800 } as const;

/**
 * One way a text credits an agency. `pattern` is a regular expression source (flag `u`);
 * `{agency}` stands for any alias of any agency, captured as the group `agency`. A rule without
 * `{agency}` names its agency in `agency` (a house style that only one agency uses).
 */
export interface CreditRule {
  id: string;
  scope: CreditScope;
  pattern: string;
  /** For rules without `{agency}`: the agency the house style belongs to. */
  agency?: string;
  /** Why the rule exists. */
  note: string;
  /** A text the rule exists for, and the agency it must give. */
  example: string;
  expect: string;
  /** A text it must not fire on, when there is an obvious near miss. */
  notExample?: string;
}

/**
 * The credit rules, strongest first: the first rule that fires names the source. Datelines,
 * bylines and house-style tails say who wrote the copy; "told Reuters" and "according to AFP"
 * only say whom the text cites, so they come last and lose to any authorship rule.
 */
export const CREDIT_RULES: readonly CreditRule[] = [
  {
    id: 'dateline-dash',
    scope: 'lead',
    pattern: '\\(\\s*{agency}\\s*\\)\\.?\\s*(?:--?|—|–|:)',
    note: 'the agency dateline: CITY (Agency) - text; also "(Bloomberg) --" and EFE\'s "(EFE).-"',
    example: 'MOSCOW (Reuters) - The central bank left its key rate unchanged on Friday.',
    expect: 'Reuters',
    notExample: 'A rescuer carries a child. (AP Photo/Jane Roe) — The quake struck at dawn.',
  },
  {
    id: 'dateline-bare',
    scope: 'lead',
    pattern: "^\\s*[\\p{Lu}][\\p{Lu} .,'’-]{1,60}\\(\\s*{agency}\\s*\\)",
    note: 'a dateline without a dash after it, as AP and dpa print it',
    example: 'BERLIN (dpa) The government agreed on a new budget late on Tuesday.',
    expect: 'dpa',
  },
  {
    id: 'byline-by',
    scope: 'lead',
    pattern: '(?:^|\\n)\\s*By (?:[Tt]he )?{agency}(?: [Ss]taff| [Rr]eporters)?\\s*(?:$|\\n|[.,|·])',
    note: 'a byline that names the agency instead of a person',
    example: 'By The Associated Press\nFloodwaters rose again overnight in the river valley.',
    expect: 'AP',
    notExample: "By Reuters' count, 40 ships were waiting outside the port.",
  },
  {
    id: 'byline-staff',
    scope: 'lead',
    pattern: '(?:^|\\n)\\s*{agency} [Ss]taff\\b',
    note: 'the agency staff byline',
    example: 'Reuters staff\nShares in the carmaker fell 4% in early trade.',
    expect: 'Reuters',
  },
  {
    id: 'reuters-tail',
    scope: 'tail',
    pattern: '(?:Reporting|Writing|Additional reporting) by [^\\n;]{2,160};[^\\n]{0,240}?Editing by ',
    agency: 'Reuters',
    note: 'the Reuters house-style credit line at the end of a story',
    example: 'The vote is due next week.\n(Reporting by Lena Marsh; Editing by Tom Hale)',
    expect: 'Reuters',
    notExample: 'Reporting by Lena Marsh. Editing by Tom Hale.',
  },
  {
    id: 'paren-tail',
    scope: 'tail',
    pattern: '\\(\\s*{agency}\\s*\\)\\s*(?:\\n|$)',
    note: 'the agency in brackets ending the copy, as dpa and ANSA print it (outlet boilerplate may follow)',
    example: 'The ministry said talks would resume in May. (dpa)\n\nSign up for our newsletter.',
    expect: 'dpa',
    notExample: 'The ministry (AP) said talks would resume.',
  },
  {
    id: 'dash-tail',
    scope: 'tail',
    pattern: '(?:^|\\n|[.!?"”]\\s*)[—–-]{1,2}\\s*{agency}\\s*(?:\\n|$)',
    note: 'a "— AFP" credit line at the end of the copy',
    example: 'Rescue teams worked through the night.\n\n— AFP\n\n© 2025 The Daily Example',
    expect: 'AFP',
  },
  {
    id: 'with-agency-tail',
    scope: 'tail',
    pattern:
      '(?:^|\\n)\\s*(?:[Ww]ith|[Ss]ource:|[Vv]ia) (?:[Tt]he )?{agency}(?: and [^\\n]{1,40})?\\s*\\.?\\s*(?:\\n|$)',
    note: 'an outlet credit line: "With AFP", "Source: Reuters"',
    example: 'Fighting resumed at dawn.\n\nWith AFP\n\nRead our live coverage.',
    expect: 'AFP',
    notExample: 'With AFP reporters barred from the area, details were scarce.',
  },
  {
    id: 'copyright-tail',
    scope: 'tail',
    pattern: '(?:©|\\([Cc]\\)|Copyright)\\s*(?:\\d{4},?\\s*)?(?:[Tt]he )?{agency}',
    note: 'the agency copyright notice that syndicated copy carries',
    example: 'Markets reopen on Monday.\nCopyright 2025 The Associated Press. All rights reserved.',
    expect: 'AP',
  },
  {
    id: 'contributed-tail',
    scope: 'tail',
    pattern: '(?:[Tt]he )?{agency} contributed to this (?:report|story)',
    note: 'an outlet story written with agency copy',
    example:
      'Officials expect the count to finish on Sunday. The Associated Press contributed to this report.',
    expect: 'AP',
  },
  {
    id: 'told-agency',
    scope: 'any',
    pattern: '\\btold (?:[Tt]he )?{agency}',
    note: "an interview the agency did; usually the agency's own story",
    example: '"We will not raise prices this year," the chief executive told Reuters on Tuesday.',
    expect: 'Reuters',
    notExample: 'The chief executive told reporters on Tuesday that prices would hold.',
  },
  {
    id: 'news-agency-named',
    scope: 'any',
    pattern: '\\b(?:state|official|state-run|the) news agency {agency}',
    note: 'state agencies cited by name: "state news agency Xinhua reported"',
    example: 'The blast damaged two warehouses, state news agency Xinhua reported.',
    expect: 'Xinhua',
  },
  {
    id: 'agency-reported',
    scope: 'any',
    pattern: '(?:[Tt]he )?{agency}(?: news agency)? (?:reported|quoted|cited)\\b',
    note: "another outlet citing the agency's report",
    example: 'The convoy reached the border town on Sunday, the Associated Press reported.',
    expect: 'AP',
  },
  {
    id: 'according-to',
    scope: 'any',
    pattern: '\\b[Aa]ccording to (?:[Tt]he )?{agency}',
    note: 'another outlet citing the agency',
    example: 'At least 40 people were injured, according to AFP.',
    expect: 'AFP',
    notExample: 'Support for the plan fell, according to an AP-NORC poll.',
  },
];

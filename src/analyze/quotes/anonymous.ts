/**
 * Anonymous sources: a source phrase whose head is an unnamed-source noun ("officials", "a
 * source", "people familiar with the matter") and that names nobody after it ("spokesman Josh
 * Vell" is named). The speaker resolution of the analysis may refine this with the gazetteer.
 *
 * Provenance: written by dateline developers from public knowledge (the unnamed-source wordings
 * of news style guides), 2026-11-25. Licence: the project's (MIT).
 *
 * Change log:
 * - 2026-11-25: first version.
 */

/** One unnamed-source pattern: a regular expression over the source phrase, and an example. */
export interface AnonymousPattern {
  id: string;
  pattern: RegExp;
  example: string;
}

/** The patterns; a source matching any of them, with no capitalised name after the match, is anonymous. */
export const ANONYMOUS_SOURCES: readonly AnonymousPattern[] = [
  {
    id: 'official',
    pattern: /\bofficials?\b/i,
    example: 'a senior Veldan administration official',
  },
  { id: 'source', pattern: /\bsources?\b/i, example: 'sources close to the talks' },
  { id: 'aide', pattern: /\baides?\b/i, example: 'one aide' },
  { id: 'familiar', pattern: /\bfamiliar with\b/i, example: 'people familiar with the matter' },
  { id: 'insider', pattern: /\binsiders?\b/i, example: 'party insiders' },
  { id: 'diplomat', pattern: /\bdiplomats?\b/i, example: 'a Western diplomat' },
  {
    id: 'spokesperson',
    pattern: /\bspokes(?:man|woman|person|people)\b/i,
    example: 'a ministry spokeswoman',
  },
  { id: 'adviser', pattern: /\badvis[eo]rs?\b/i, example: 'two advisers to the governor' },
  { id: 'staffer', pattern: /\bstaffers?\b/i, example: 'a campaign staffer' },
  {
    id: 'person',
    pattern: /\b(?:a|one|two|three|several)\s+(?:person|people)\b/i,
    example: 'one person briefed on it',
  },
  {
    id: 'speaking-anonymously',
    pattern: /\b(?:anonymity|anonymously|not authori[sz]ed|unnamed)\b/i,
    example: 'an officer who spoke on condition of anonymity',
  },
];

/** Whether a source phrase names no one and matches an unnamed-source pattern. */
export function isAnonymousSource(source: string): boolean {
  for (const { pattern } of ANONYMOUS_SOURCES) {
    const m = pattern.exec(source);
    if (!m) continue;
    const after = source.slice(m.index + m[0].length);
    return !/^\s*,?\s*\p{Lu}\p{Ll}/u.test(after);
  }
  return false;
}

/**
 * The original source a text credits: the news agency named in its dateline, byline or credit
 * line ("MOSCOW (Reuters) -", "By The Associated Press", "Reporting by ...; Editing by ..."), or,
 * failing those, the agency it cites ("told Reuters", "according to AFP"). Rules live in
 * rules.ts; this module compiles and applies them.
 */
import { AGENCIES, CREDIT_RULES, CREDIT_SCOPE_CHARS, type CreditRule, type CreditScope } from './rules.js';

/** Which rule credited which agency, for debug output and tests. */
export interface SourceCredit {
  /** The canonical agency name ("AP", not "The Associated Press"). */
  agency: string;
  /** The id of the rule that fired. */
  ruleId: string;
}

/** A rule ready to run. */
interface CompiledRule {
  rule: CreditRule;
  regex: RegExp;
}

/** Alias as printed -> canonical name. */
const CANONICAL: ReadonlyMap<string, string> = new Map(
  AGENCIES.flatMap((agency) => agency.aliases.map((alias) => [alias, agency.name] as const)),
);

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Any alias, longest first so that "Kyodo News" wins over "Kyodo", and not followed by a letter,
 * digit or hyphen ("AP" is not "APEC" or "AP-NORC").
 */
const AGENCY_GROUP = `(?<agency>${[...CANONICAL.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegex)
  .join('|')})(?![\\p{L}\\p{N}-])`;

/** Compiles one rule's pattern, `{agency}` expanded; throws on a malformed pattern. */
export function compileRule(rule: CreditRule): RegExp {
  return new RegExp(rule.pattern.replaceAll('{agency}', AGENCY_GROUP), 'u');
}

const COMPILED: readonly CompiledRule[] = CREDIT_RULES.map((rule) => ({ rule, regex: compileRule(rule) }));

/** The part of the text a scope covers; the tail without trailing white space, for `$`. */
function scoped(text: string, scope: CreditScope): string {
  if (scope === 'lead') return text.slice(0, CREDIT_SCOPE_CHARS.lead);
  if (scope === 'tail') return text.slice(-CREDIT_SCOPE_CHARS.tail).trimEnd();
  return text;
}

/** The agency one rule credits in this text, or undefined when it does not fire. */
export function applyRule(
  rule: CreditRule,
  text: string,
  regex: RegExp = compileRule(rule),
): string | undefined {
  const match = regex.exec(scoped(text, rule.scope));
  if (match === null) return undefined;
  const alias = match.groups?.['agency'];
  return alias === undefined ? rule.agency : CANONICAL.get(alias);
}

/** The first rule (strongest first) that credits an agency in this text, and the agency. */
export function creditOf(text: string): SourceCredit | undefined {
  for (const { rule, regex } of COMPILED) {
    const agency = applyRule(rule, text, regex);
    if (agency !== undefined) return { agency, ruleId: rule.id };
  }
  return undefined;
}

/** The canonical name of the agency the text credits ("Reuters", "AP", "AFP", "dpa", ...). */
export function originalSource(text: string): string | undefined {
  return creditOf(text)?.agency;
}

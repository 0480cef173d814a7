/**
 * The actor gold set's format, loader and lint (the articles are in `articles/`, built from
 * `source/` by `build.ts`; the guide is in README.md). The scorer is `bench/analyze/actors.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActorKind, Sector, Span } from '../../../src/analyze/types.js';
import { REPO_ROOT } from '../../data.js';

/** One mention: the exact text and where it starts (a JavaScript string index into `text`). */
export interface GoldMention {
  text: string;
  start: number;
}

/** One annotated actor; null where the article does not tell. */
export interface GoldActor {
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  sector: Sector | null;
  role: string | null;
  affiliation: string | null;
  anonymous: boolean;
  mentions: GoldMention[];
}

/** One annotated article, as stored in `bench/gold/actors/articles/<id>.json`. */
export interface GoldArticle {
  id: string;
  title: string;
  published: string;
  text: string;
  actors: GoldActor[];
}

/** Where the annotated articles are. */
export const ACTOR_GOLD_DIR: string = join(REPO_ROOT, 'bench', 'gold', 'actors', 'articles');
const CODES_FILE = join(REPO_ROOT, 'bench', 'gold', 'actors', 'codes.json');

/** Every actor kind, in report order. */
export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'organization', 'country', 'place', 'group'];
// Keyed by every `Sector` of src/analyze/types.ts, so the compiler fails when one is added there only.
const SECTORS: Record<Sector, true> = {
  ...{ GOV: true, MIL: true, REB: true, IGO: true, NGO: true, MED: true, BUS: true, CIV: true, COP: true },
  ...{ JUD: true, LEG: true, PTY: true, OPP: true, EDU: true, REL: true, HLH: true, CRM: true, REF: true },
};

/** Reads every article of the gold set, in file-name order. */
export function loadActorGold(dir: string = ACTOR_GOLD_DIR): GoldArticle[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as GoldArticle);
}

/** The country and IGO codes the gold may use (`codes.json`: ISO 3166-1 alpha-3 and our IGO list). */
export function loadCodes(file: string = CODES_FILE): { countries: Set<string>; igos: Set<string> } {
  const codes = JSON.parse(readFileSync(file, 'utf8')) as Record<
    'countries' | 'igos',
    Record<string, string>
  >;
  return { countries: new Set(Object.keys(codes.countries)), igos: new Set(Object.keys(codes.igos)) };
}

/** The `[start, end)` span of a gold mention. */
export const spanOf = (m: GoldMention): Span => [m.start, m.start + m.text.length];
const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] && b[0] < a[1];

/** Problems with one actor's fields (not its mentions). */
function actorProblems(actor: GoldActor, codes: ReturnType<typeof loadCodes>): string[] {
  const out: string[] = [];
  const { country, sector } = actor;
  if (!/^[a-z0-9-]+$/.test(actor.id)) out.push('bad id');
  if (actor.name.trim() === '') out.push('empty name');
  if (!ACTOR_KINDS.includes(actor.kind)) out.push(`bad kind ${actor.kind}`);
  if (country !== null && !codes.countries.has(country) && !codes.igos.has(country))
    out.push(`unknown country code ${country}`);
  if (sector !== null && !Object.hasOwn(SECTORS, sector)) out.push(`bad sector ${sector}`);
  if (country !== null && sector !== null && (sector === 'IGO') !== codes.igos.has(country))
    out.push('sector IGO goes with an IGO code and only with one');
  if (actor.kind === 'country' && (country === null || !codes.countries.has(country)))
    out.push('a country needs its alpha-3 code');
  if (actor.role !== null && (actor.role !== actor.role.toLowerCase() || actor.role === ''))
    out.push('role must be lower case');
  if (actor.affiliation === '') out.push('empty affiliation');
  if (typeof actor.anonymous !== 'boolean') out.push('anonymous must be a boolean');
  if (actor.mentions.length === 0) out.push('no mentions');
  return out;
}

/** Every problem in the gold set: offsets, overlaps, codes, fields. Empty when the set is sound. */
export function validateActorGold(gold: readonly GoldArticle[], codes = loadCodes()): string[] {
  const out: string[] = [];
  const ids = new Set<string>();
  for (const article of gold) {
    const at = (what: string): number => out.push(`${article.id}: ${what}`);
    if (ids.has(article.id)) at('duplicate article id');
    ids.add(article.id);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(article.published)) at(`bad published date ${article.published}`);
    if (article.title.trim() === '' || article.text.trim() === '') at('empty title or text');
    const actorIds = new Set<string>();
    const spans: Array<{ span: Span; actor: string }> = [];
    for (const actor of article.actors) {
      if (actorIds.has(actor.id)) at(`duplicate actor id ${actor.id}`);
      actorIds.add(actor.id);
      for (const problem of actorProblems(actor, codes)) at(`${actor.id}: ${problem}`);
      for (const m of actor.mentions) {
        if (article.text.slice(m.start, m.start + m.text.length) !== m.text)
          at(`${actor.id}: mention "${m.text}" is not at ${m.start}`);
        if (m.text.trim() !== m.text || m.text === '') at(`${actor.id}: mention "${m.text}" has edge spaces`);
        spans.push({ span: spanOf(m), actor: actor.id });
      }
    }
    spans.sort((a, b) => a.span[0] - b.span[0]);
    for (let i = 1; i < spans.length; i++) {
      const [prev, cur] = [spans[i - 1]!, spans[i]!];
      if (overlaps(prev.span, cur.span))
        at(`mentions of ${prev.actor} and ${cur.actor} overlap at ${cur.span[0]}`);
    }
  }
  return out;
}

/** Counts of the gold set, one `name value` pair a line. */
export function goldCounts(gold: readonly GoldArticle[]): string[] {
  const actors = gold.flatMap((a) => a.actors);
  const words = gold.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0);
  const count = (pred: (a: GoldActor) => boolean): number => actors.filter(pred).length;
  return [
    `articles ${gold.length}, words ${words}`,
    `actors ${actors.length}, mentions ${actors.reduce((n, a) => n + a.mentions.length, 0)}`,
    ...ACTOR_KINDS.map((k) => `  ${k} ${count((a) => a.kind === k)}`),
    `anonymous ${count((a) => a.anonymous)}, with role ${count((a) => a.role !== null)}`,
    `with country ${count((a) => a.country !== null)}, with sector ${count((a) => a.sector !== null)}`,
    `with two or more mentions ${count((a) => a.mentions.length >= 2)}`,
  ];
}

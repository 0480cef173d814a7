/**
 * Mentions into actors: one actor per key (a lexicon id, a country, a folded name); a surname
 * alone joins the person introduced with it; "the official" joins the last anonymous source with
 * the same head noun. A name found only by its shape, once, with nothing said about it, is
 * dropped: two capitalised words are as often a headline phrase as a person.
 */
import type { Actor } from '../types.js';
import { type ActorContext, type Found, foldName } from './context.js';
import { isSetting } from './places.js';
import { NAME_CONNECTORS } from './rules.js';

/** Name suffixes that are not surnames. */
const SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Particles a surname is also written without: "al-Assad" is "Assad". */
const PARTICLE = /^(?:al|el|ad|as|bin|ibn|abu|de|van|von)[- ]/;

/** The keys a person's later mentions may use: the surname, with and without its particle. */
function surnamesOf(name: string): string[] {
  const parts = foldName(name).split(/\s+/);
  while (parts.length > 1 && SUFFIXES.has(parts.at(-1)!.replace(/\.$/, ''))) parts.pop();
  if (parts.length < 2) return [];
  const last = parts.at(-1)!;
  const bare = last.replace(PARTICLE, '');
  return bare === last ? [last] : [last, bare];
}

interface Grouping {
  ctx: ActorContext;
  byKey: Map<string, Actor>;
  bySurname: Map<string, Actor>;
  /** People by the first word of their name, for "Choi" after "Choi Eun-hye". */
  byGiven: Map<string, Actor>;
  /** Anonymous sources so far, with their head noun. */
  anonymous: Array<{ head: string; actor: Actor }>;
  /** Actors made by the shape rule alone. */
  weak: Set<Actor>;
  /** The key each actor was made under. */
  keyOf: Map<Actor, string>;
  /** Places with a mention that takes part in what happens, not only its setting. */
  acting: Set<Actor>;
  /** Organisations and groups by the capitals of their name's words ("JCS"), the first named. */
  byInitials: Map<string, Actor>;
  /** Organisations of several words by their last word, lower case ("commission"), the first named. */
  byLastWord: Map<string, Actor>;
}

/** Groups the mentions; actors are numbered a1, a2, ... in order of first mention. */
export function groupMentions(ctx: ActorContext, founds: readonly Found[]): Actor[] {
  const g: Grouping = {
    ctx,
    byKey: new Map(),
    bySurname: new Map(),
    byGiven: new Map(),
    anonymous: [],
    weak: new Set(),
    keyOf: new Map(),
    acting: new Set(),
    byInitials: new Map(),
    byLastWord: new Map(),
  };
  const order: Actor[] = [];
  for (const found of founds) {
    const actor = actorFor(g, found);
    if (actor === undefined) continue;
    if (actor.mentions.length === 0) {
      order.push(actor);
      if (found.rule === 'name-shape') g.weak.add(actor);
    } else if (found.rule !== 'name-shape') g.weak.delete(actor);
    // A place candidate that names a person introduced before is that person's surname.
    const rule = actor.kind === 'person' && found.kind === 'place' ? 'surname' : found.rule;
    actor.mentions.push({ span: found.span, rule });
    if (actor.kind === 'place' && mentionTakesPart(g.ctx, found)) g.acting.add(actor);
    // A surname joining someone introduced under another name adds a mention, not the facts
    // the lexicon has about another bearer of that surname.
    if (!g.bySurname.has(foldName(found.surface)) || g.keyOf.get(actor) === found.key) merge(actor, found);
    if (found.kind === 'person' && !found.anonymous) {
      for (const surname of surnamesOf(actor.name))
        if (!g.bySurname.has(surname)) g.bySurname.set(surname, actor);
      // Family name first ("Choi Eun-hye", "Xi Jinping") or a first name ("Tedros"): a weaker key.
      const given = foldName(actor.name).split(/\s+/)[0];
      if (given !== undefined && actor.name.includes(' ') && !g.byGiven.has(given))
        g.byGiven.set(given, actor);
    }
  }
  let kept = order.filter(
    (a) =>
      !(g.weak.has(a) && a.mentions.length === 1 && a.role === undefined) &&
      (a.kind !== 'place' || g.acting.has(a)),
  );
  // Where the story was filed, else the country it names most.
  const home = datelineCountry(ctx) ?? mostMentioned(kept);
  kept = joinBareBodies(g, kept, home);
  withHomeCountry(kept, home);
  kept.forEach((actor, n) => {
    actor.id = `a${n + 1}`;
  });
  return kept;
}

function actorFor(g: Grouping, found: Found): Actor | undefined {
  if (found.anonymous) return anonymousActor(g, found);
  const lone = !found.surface.includes(' ');
  if (lone && (found.kind === 'person' || (found.kind === 'place' && found.rule.startsWith('place-')))) {
    const key = foldName(found.surface);
    // "a call from Varga": a name after a place preposition is the person introduced with it.
    const introduced = g.bySurname.get(key) ?? g.byGiven.get(key);
    if (introduced !== undefined) return introduced;
    // "Essequibo, a sparsely populated region": a lone word is the place named before.
    const place = found.kind === 'person' ? g.byKey.get(`place:${key}`) : undefined;
    if (place !== undefined) return place;
    // "the JCS" after "South Korea's Joint Chiefs of Staff": an acronym of a name named before.
    const spelled = found.kind === 'person' ? spelledOut(g, found.surface) : undefined;
    if (spelled !== undefined) return spelled;
  }
  if (found.kind === 'person' && lone) {
    // A lone capitalised word nobody was introduced with is not enough for a person.
    if (found.rule === 'surname') return undefined;
  }
  let actor = g.byKey.get(found.key) ?? shortName(g, found);
  if (actor === undefined) {
    actor = newActor(g.ctx, found);
    g.byKey.set(found.key, actor);
    g.keyOf.set(actor, found.key);
    if (actor.kind === 'organization' || actor.kind === 'group') indexOrganization(g, actor);
  }
  return actor;
}

/** Words left out of an acronym: the name connectors ("Joint Chiefs of Staff" is JCS), "in" and "&". */
const UNSPELLED: ReadonlySet<string> = new Set([...NAME_CONNECTORS, 'in', '&']);

/** The first letters of a name's words, less the connectors. */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w !== '' && !UNSPELLED.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('');
}

/** The organisation named before whose initials this word in capitals spells, if any. */
function spelledOut(g: Grouping, word: string): Actor | undefined {
  // Three letters at least: "PM", "TV", "MP" spell too many two-word names.
  return /^[A-Z]{3,6}$/.test(word) ? g.byInitials.get(word) : undefined;
}

/** Whether a mention of a place has it take part; a lone name joined to one is judged here. */
function mentionTakesPart(ctx: ActorContext, found: Found): boolean {
  if (found.kind === 'place') return !found.setting;
  return !isSetting(ctx, found.first, found.last);
}

/** "the Commission" after "the European Commission": an organisation's last word alone names it again. */
function shortName(g: Grouping, found: Found): Actor | undefined {
  if (found.kind !== 'organization' || found.surface.includes(' ')) return undefined;
  return g.byLastWord.get(found.surface.toLowerCase());
}

/** Indexes a new organisation by its initials and its last word, for later short mentions. */
function indexOrganization(g: Grouping, actor: Actor): void {
  const initials = initialsOf(actor.name);
  if (!g.byInitials.has(initials)) g.byInitials.set(initials, actor);
  const space = actor.name.lastIndexOf(' ');
  const last = actor.name.slice(space + 1).toLowerCase();
  if (actor.kind === 'organization' && space > 0 && !g.byLastWord.has(last)) g.byLastWord.set(last, actor);
}

function newActor(ctx: ActorContext, found: Found): Actor {
  if (found.kind === 'country') {
    const code = found.country ?? found.key;
    return {
      id: '',
      name: ctx.lexicon.countryName(code) ?? found.name,
      kind: 'country',
      country: code,
      sector: 'GOV',
      mentions: [],
    };
  }
  return { id: '', name: found.name, kind: found.kind, mentions: [] };
}

/**
 * The same descriptor again is the same source; a definite one ("the official", "the
 * officials") is the last source with the same head noun.
 */
function anonymousActor(g: Grouping, found: Found): Actor {
  const head = foldName(g.ctx.words[headNoun(g.ctx, found)] ?? found.name);
  const same = g.byKey.get(found.key);
  if (same !== undefined) return same;
  if (/^the\s/i.test(found.name)) {
    for (let k = g.anonymous.length - 1; k >= 0; k--)
      if (g.anonymous[k]!.head === head) return g.anonymous[k]!.actor;
  }
  const actor: Actor = { id: '', name: found.name, kind: found.kind, anonymous: true, mentions: [] };
  g.anonymous.push({ head, actor });
  g.byKey.set(found.key, actor);
  return actor;
}

/** The source noun of a descriptor: its first source noun, before any qualifier. */
function headNoun(ctx: ActorContext, found: Found): number {
  for (let j = found.first; j <= found.last; j++) {
    if (ctx.lexicon.sourceNoun(ctx.words[j]!) !== undefined) return j;
  }
  return found.last;
}

/** What a new mention adds: a fuller name, and facts the actor lacks. */
function merge(actor: Actor, found: Found): void {
  if (
    actor.kind === 'person' &&
    !actor.anonymous &&
    found.kind === 'person' &&
    found.name.length > actor.name.length
  )
    actor.name = found.name;
  if (found.country !== undefined) actor.country ??= found.country;
  if (found.sector !== undefined) actor.sector ??= found.sector;
  if (found.role !== undefined) actor.role ??= found.role;
  if (found.affiliation !== undefined) actor.affiliation ??= found.affiliation;
}

/**
 * People and bodies the text gives no country take the article's home country: the country
 * mentioned most. News names the home side's people without saying where they are from ("Gov.
 * Greg Abbott", "the National Electoral Council"); a foreign one is usually marked as such.
 */
function withHomeCountry(actors: Actor[], country: string | undefined): void {
  if (country === undefined) return;
  for (const actor of actors) {
    const takes =
      actor.kind === 'person' ||
      actor.kind === 'organization' ||
      actor.kind === 'place' ||
      actor.anonymous === true;
    if (actor.country === undefined && takes) actor.country = country;
  }
}

/** The country with the most mentions. */
function mostMentioned(actors: readonly Actor[]): string | undefined {
  let home: Actor | undefined;
  for (const actor of actors) {
    if (actor.kind === 'country' && (home === undefined || actor.mentions.length > home.mentions.length))
      home = actor;
  }
  return home?.country;
}

/** "police" named bare is the home country's police: one actor with "Pakistani police". */
function joinBareBodies(g: Grouping, actors: Actor[], home: string | undefined): Actor[] {
  if (home === undefined) return actors;
  const out: Actor[] = [];
  for (const actor of actors) {
    const key = g.keyOf.get(actor);
    const national = key?.endsWith(':home') ? g.byKey.get(key.replace(/:home$/, `:${home}`)) : undefined;
    if (national === undefined) {
      out.push(actor);
      continue;
    }
    national.mentions.push(...actor.mentions);
    national.mentions.sort((a, b) => a.span[0] - b.span[0]);
  }
  return out;
}

/**
 * The country of the dateline ("WASHINGTON (Reuters) -", "KINSHASA, Aug 14 -"): the city the
 * story was filed from, when the lexicon knows it as a capital.
 */
function datelineCountry(ctx: ActorContext): string | undefined {
  const { words } = ctx;
  for (let i = 0; i < Math.min(words.length, 4); i++) {
    // Datelines are in capitals: "LONDON" is looked up as "London".
    const word = words[i]!;
    const asName =
      word.length > 1 && word === word.toUpperCase() ? word[0] + word.slice(1).toLowerCase() : word;
    const known = ctx.lexicon.actorAt([asName, ...words.slice(i + 1, i + 4)], 0, ctx.published);
    if (known === undefined) continue;
    const after = words[i + known.length];
    if (
      known.actor.capital &&
      (after === '(' || after === ',' || after === '-' || after === '—' || after === '–')
    )
      return known.actor.country;
    return undefined;
  }
  return undefined;
}

/**
 * The shipped Lexicon: the gazetteer's answers in the shape the actor rules ask for. Countries,
 * their capitals and their seats of government are one actor per country (the state); a demonym
 * and a people noun are left to the demonym rule.
 */
import {
  ANONYMOUS_CUES,
  COUNTRIES,
  countryByCode,
  demonym,
  type GazetteerEntry,
  igoByCode,
  matchPhrase,
  personByName,
  sectorAt,
  TITLES,
  titleAt,
} from '../gazetteer/index.js';
import type { Sector } from '../types.js';
import type { KnownActor, KnownTitle, Lexicon, SourceNoun } from './lexicon.js';

/** Entry types that are no actor of their own: the demonym rule reads them. */
const LEFT_TO_DEMONYMS: ReadonlySet<string> = new Set(['demonym', 'people']);

function knownActor(
  entry: GazetteerEntry,
  ambiguous: boolean,
  date: string | undefined,
): KnownActor | undefined {
  if (LEFT_TO_DEMONYMS.has(entry.type)) return undefined;
  const base = ambiguous || entry.ambiguous ? { ambiguous: true } : {};
  const sector = date === undefined ? entry.sector : sectorAt(entry, date);
  switch (entry.type) {
    case 'country':
      return {
        ...base,
        id: entry.country ?? entry.id,
        name: entry.name,
        kind: 'country',
        country: entry.country ?? entry.id,
        as: 'state',
      };
    case 'capital': {
      const code = entry.country ?? entry.id;
      const name = countryByCode(code)?.name ?? entry.name;
      return {
        ...base,
        id: code,
        name,
        kind: 'country',
        country: code,
        sector: 'GOV',
        as: 'state',
        capital: true,
      };
    }
    case 'metonym':
      // The Kremlin, the White House, the Pentagon: the office that speaks for the state, an actor of its own.
      return {
        ...base,
        id: entry.id,
        name: entry.name,
        kind: 'organization',
        ...(entry.country ? { country: entry.country } : {}),
        ...(sector ? { sector } : {}),
        as: 'state',
      };
    case 'place':
      return {
        ...base,
        id: entry.id,
        name: entry.name,
        kind: 'place',
        ...(entry.country ? { country: entry.country } : {}),
        ...(sector ? { sector } : {}),
        as: 'name',
        capital: true,
        ...(entry.feature ? { geographic: true } : {}),
      };
    default: {
      // A UN or EU body carries its parent's code, as CAMEO does: the IAEA is UN, the Commission EU.
      const country =
        entry.type === 'igo' && entry.country
          ? (igoByCode(entry.country)?.parent ?? entry.country)
          : entry.country;
      return {
        ...base,
        id: entry.id,
        name: entry.name,
        kind: entry.kind,
        ...(country ? { country } : {}),
        ...(sector ? { sector } : {}),
        ...(entry.role ? { role: entry.role } : {}),
        as: 'name',
      };
    }
  }
}

/** One-word role nouns for appositives, from the gazetteer's titles ("spokesman", "minister"). */
function roleNouns(): Map<string, KnownTitle> {
  const out = new Map<string, KnownTitle>();
  for (const title of TITLES) {
    if (title.kind !== 'title' || title.role === undefined) continue;
    for (const form of title.forms) {
      const last = form.toLowerCase().split(/\s+/).at(-1)!;
      if (last.endsWith('.')) continue;
      const entry: KnownTitle = {
        role: title.role,
        honorific: false,
        ...(title.sector ? { sector: title.sector } : {}),
      };
      if (!out.has(last) || form.toLowerCase() === last) out.set(last, entry);
    }
  }
  return out;
}

/** Head nouns of unnamed sources ("official", "officials", "diplomat"). */
function sourceNouns(): Map<string, SourceNoun> {
  const out = new Map<string, SourceNoun>();
  for (const cue of ANONYMOUS_CUES) {
    if (cue.kind !== 'head') continue;
    for (const form of cue.forms) {
      if (form.includes(' ')) continue;
      const plural = form === 'people' || (form.endsWith('s') && !form.endsWith('ss'));
      out.set(form, { plural, ...(cue.sectors[0] ? { sector: cue.sectors[0] } : {}) });
    }
  }
  return out;
}

/** A person of the gazetteer by a name they go by, as of `date`; undefined when the date leaves two. */
function knownPerson(name: string, date?: string, inOffice = false): KnownActor | undefined {
  const match = personByName(name, date);
  if (match === undefined || match.ambiguous || (inOffice && match.office === undefined)) return undefined;
  const { person, office } = match;
  return {
    id: `person:${person.id}`,
    name: person.name,
    kind: 'person',
    country: office?.country ?? person.country,
    ...(office ? { sector: office.sector, role: office.role } : {}),
    as: 'name',
  };
}

/** Words before a source noun that hint at its sector ("military", "hospital", "party"). */
function qualifierSectors(): Map<string, Sector> {
  const out = new Map<string, Sector>();
  for (const cue of ANONYMOUS_CUES) {
    const sector = cue.sectors[0];
    if (cue.kind !== 'qualifier' || sector === undefined) continue;
    for (const form of cue.forms) if (!form.includes(' ')) out.set(form.toLowerCase(), sector);
  }
  return out;
}

let cached: Lexicon | undefined;

/** The gazetteer lexicon, built once. */
export function defaultLexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}

function buildLexicon(): Lexicon {
  const roles = roleNouns();
  const sources = sourceNouns();
  const qualifiers = qualifierSectors();
  const demonymStarts = new Set(
    COUNTRIES.flatMap((c) => [...(c.adjectives ?? []), ...(c.people ?? [])])
      .filter((form) => form.includes(' '))
      .map((form) => form.split(' ')[0]!),
  );
  const titleStarts = new Set(
    TITLES.flatMap((title) => title.forms.map((form) => form.toLowerCase().split(/\s+/)[0]!)),
  );
  return {
    actorAt(words, i, date) {
      const match = matchPhrase(words, i);
      if (match === undefined) return undefined;
      if (match.entries.every((entry) => entry.type === 'person')) {
        const phrase = words.slice(i + match.lead, i + match.length).join(' ');
        // A surname alone ("Johnson") names the bearer in office on the date, or no one.
        const actor = knownPerson(phrase, date, match.length - match.lead === 1 && date !== undefined);
        return actor === undefined ? undefined : { actor, length: match.length };
      }
      for (const entry of match.entries) {
        const actor = knownActor(entry, match.ambiguous, date);
        if (actor !== undefined) return { actor, length: match.length };
      }
      return undefined;
    },
    titleAt(words, i) {
      // Most words start no title: a set of first words answers them without the trie.
      const first = words[i] === 'the' || words[i] === 'The' ? words[i + 1] : words[i];
      if (first === undefined || !titleStarts.has(first.toLowerCase())) return undefined;
      const match = titleAt(words, i);
      if (match === undefined || !match.title.preName) return undefined;
      const honorific = match.title.kind === 'honorific';
      const role = match.role ?? match.title.role ?? '';
      const title: KnownTitle = { role: match.former ? `former ${role}` : role, honorific };
      if (match.title.sector && !match.former) title.sector = match.title.sector;
      return { title, length: match.length };
    },
    demonym: (word) => demonym(word),
    startsDemonymPhrase: (word) => demonymStarts.has(word),
    sourceNoun: (word) => sources.get(word),
    qualifierSector: (word) => qualifiers.get(word.toLowerCase()),
    roleNoun: (word) => roles.get(word),
    person: (name, date) => knownPerson(name, date),
    countryName: (code) => countryByCode(code)?.name ?? igoByCode(code)?.name,
  };
}

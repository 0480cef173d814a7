/**
 * Turns the reviewed records into gazetteer entries, each with the names it is found under.
 * One record can give several entries: a country gives its name entry, its demonym, its people
 * noun and one entry per capital. A name flagged ambiguous in its record gets a copy of the entry
 * marked `ambiguous`, so the flag belongs to the phrase, not to the thing ("Georgia" is
 * ambiguous, "Republic of Georgia" is not).
 */

import {
  ARMED_GROUPS,
  COUNTRIES,
  IGOS,
  METONYMS,
  ORGANIZATIONS,
  PEOPLE,
  PLACES,
  STATE_BODIES,
} from './data.js';
import type { Country, GazetteerEntry, Organization, Person, Place } from './types.js';

/** An entry and the names it is found under. */
export interface NamedEntry {
  entry: GazetteerEntry;
  names: readonly string[];
  /** Names of `names` that are ambiguous in running text. */
  ambiguous: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

const flagged = (list: readonly string[] | undefined): ReadonlySet<string> =>
  list === undefined ? NONE : new Set(list);

/** A record's name followed by its other names. */
const withNames = (r: { name: string; names?: readonly string[] }): readonly string[] =>
  r.names === undefined ? [r.name] : [r.name, ...r.names];

/** A lower-case slug for ids: "Washington D.C." -> "washington-d-c". */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The entries of one country record. */
function countryEntries(c: Country): NamedEntry[] {
  const amb = flagged(c.ambiguous);
  const out: NamedEntry[] = [
    {
      ambiguous: amb,
      entry: { id: `country:${c.id}`, type: 'country', kind: 'country', name: c.name, country: c.id },
      names: withNames(c),
    },
  ];
  const adjectives = c.adjectives ?? [];
  if (adjectives.length > 0) {
    const entry: GazetteerEntry = {
      id: `demonym:${c.id}`,
      type: 'demonym',
      kind: 'country',
      name: adjectives[0]!,
      country: c.id,
    };
    out.push({ ambiguous: amb, entry, names: adjectives });
  }
  const people = c.people ?? [];
  if (people.length > 0) {
    const entry: GazetteerEntry = {
      id: `people:${c.id}`,
      type: 'people',
      kind: 'group',
      name: people[0]!,
      country: c.id,
    };
    out.push({ ambiguous: amb, entry, names: people });
  }
  for (const capital of c.capitals ?? []) {
    const spellings = typeof capital === 'string' ? [capital] : capital;
    const name = spellings[0]!;
    const entry: GazetteerEntry = {
      id: `capital:${c.id}:${slug(name)}`,
      type: 'capital',
      kind: 'place',
      name,
      country: c.id,
    };
    out.push({ ambiguous: amb, entry, names: spellings });
  }
  return out;
}

/** The entry of an organisation, state body or armed group. */
function organizationEntry(o: Organization, type: 'organization' | 'group'): NamedEntry {
  const entry: GazetteerEntry = {
    id: `${type === 'group' ? 'group' : 'org'}:${o.id}`,
    type,
    kind: type,
    name: o.name,
    sector: o.sector,
  };
  if (o.country !== undefined) entry.country = o.country;
  if (o.eras !== undefined) entry.eras = o.eras;
  return { entry, names: withNames(o), ambiguous: flagged(o.ambiguous) };
}

/** The entry of a person, with the role, sector and country of their latest office. */
function personEntry(p: Person): NamedEntry {
  const latest = latestOffice(p);
  const entry: GazetteerEntry = {
    id: `person:${p.id}`,
    type: 'person',
    kind: 'person',
    name: p.name,
    country: latest?.country ?? p.country,
  };
  if (latest !== undefined) {
    entry.sector = latest.sector;
    entry.role = latest.role;
  }
  return { entry, names: withNames(p), ambiguous: flagged(p.ambiguous) };
}

/** The office with the latest start (the first listed among equals). */
export function latestOffice(p: Person): Person['offices'][number] | undefined {
  let latest: Person['offices'][number] | undefined;
  for (const office of p.offices) if (latest === undefined || office.from > latest.from) latest = office;
  return latest;
}

/** Entries of records that have an id, a name, names, a country and a sector (a place's fields, which metonyms and IGOs share). */
function simpleEntries(records: readonly Place[], type: 'metonym' | 'place' | 'igo'): NamedEntry[] {
  return records.map((r) => {
    const entry: GazetteerEntry = {
      id: `${type}:${r.id}`,
      type,
      kind: type === 'place' ? 'place' : 'organization',
      name: r.name,
    };
    const country = type === 'igo' ? r.id : r.country;
    if (country !== undefined) entry.country = country;
    if (r.sector !== undefined) entry.sector = r.sector;
    if (r.feature !== undefined) entry.feature = r.feature;
    return { entry, names: withNames(r), ambiguous: flagged(r.ambiguous) };
  });
}

/** Every entry of the gazetteer with the names it is found under. */
export function allEntries(): NamedEntry[] {
  return [
    ...COUNTRIES.flatMap(countryEntries),
    ...simpleEntries(PLACES, 'place'),
    ...simpleEntries(METONYMS, 'metonym'),
    ...simpleEntries(IGOS, 'igo'),
    ...STATE_BODIES.map((o) => organizationEntry(o, 'organization')),
    ...ORGANIZATIONS.map((o) => organizationEntry(o, 'organization')),
    ...ARMED_GROUPS.map((o) => organizationEntry(o, 'group')),
    ...PEOPLE.map(personEntry),
  ];
}

/**
 * People by name, honouring the dates of their offices: "Bush" in 2003 is George W. Bush, in
 * 1991 his father. Dates are ISO strings compared as text at the precision both sides have, so
 * a month-precision office ("2003-03") holds for every day of that month.
 */

import { PEOPLE } from './data.js';
import { latestOffice } from './entries.js';
import type { Era, GazetteerEntry, Office, Person, PersonMatch } from './types.js';
import { entityKey, nameVariants, phraseWords } from './words.js';

let cached: ReadonlyMap<string, readonly Person[]> | undefined;

/** A name of one word with nothing to split off. */
const ONE_WORD = /^[\p{L}\p{M}][\p{L}\p{M}-]*$/u;

/** Name key -> the people known by it, built once. */
function peopleByName(): ReadonlyMap<string, readonly Person[]> {
  cached ??= buildPeopleIndex();
  return cached;
}

function buildPeopleIndex(): Map<string, Person[]> {
  const map = new Map<string, Person[]>();
  for (const person of PEOPLE) {
    for (const name of [person.name, ...(person.names ?? [])]) {
      for (const words of nameVariants(name)) {
        const key = words.map(entityKey).join(' ');
        const list = map.get(key) ?? [];
        if (!list.includes(person)) list.push(person);
        map.set(key, list);
      }
    }
  }
  return map;
}

/** `date` is on or after `from`, at the precision both have. */
export function startedBy(from: string, date: string): boolean {
  const n = Math.min(from.length, date.length);
  return date.slice(0, n) >= from.slice(0, n);
}

/** `date` is before `to` (a full date, exclusive) or within it (a month or year, inclusive). */
export function endedAfter(to: string | undefined, date: string): boolean {
  if (to === undefined) return true;
  if (to.length === 10 && date.length === 10) return date < to;
  const n = Math.min(to.length, date.length);
  return date.slice(0, n) <= to.slice(0, n);
}

/** Whether a dated span holds on `date`. */
export function holdsOn(span: { from?: string; to?: string }, date: string): boolean {
  return (span.from === undefined || startedBy(span.from, date)) && endedAfter(span.to, date);
}

/** The office a person held on `date`: the first listed when several. */
export function officeAt(person: Person, date: string): Office | undefined {
  return person.offices.find((o) => holdsOn(o, date));
}

/** The sector of an entry on `date`, from its eras when it has them ("Taliban" in 2010: REB). */
export function sectorAt(entry: GazetteerEntry, date: string): GazetteerEntry['sector'] {
  const era: Era | undefined = entry.eras?.find((e) => holdsOn(e, date));
  return era?.sector ?? entry.sector;
}

/** Days from the epoch to an ISO date of any precision (a month or year counts from its middle). */
function days(iso: string): number {
  const full = iso.length === 4 ? `${iso}-07-01` : iso.length === 7 ? `${iso}-15` : iso;
  return Date.parse(full) / 86_400_000;
}

/** How far `date` lies outside a person's offices, in days; 0 when inside one. */
function distance(person: Person, date: string): number {
  const d = days(date);
  let best = Number.POSITIVE_INFINITY;
  for (const o of person.offices) {
    if (holdsOn(o, date)) return 0;
    const gap = d < days(o.from) ? days(o.from) - d : o.to === undefined ? 0 : d - days(o.to);
    best = Math.min(best, gap);
  }
  return best;
}

/**
 * A well-known person by name ("Sergei Lavrov", "Lavrov", "Erdogan"), with the office held on
 * `date` (ISO). When several people share the name, the one in office on `date` wins, then the
 * one nearest in time; without a date the match is `ambiguous`.
 */
export function personByName(name: string, date?: string): PersonMatch | undefined {
  const candidates = peopleByName().get(nameKey(name));
  if (candidates === undefined) return undefined;
  if (candidates.length === 1 || date === undefined) {
    const person = candidates.reduce((a, b) =>
      (latestOffice(b)?.from ?? '') > (latestOffice(a)?.from ?? '') ? b : a,
    );
    const office = date === undefined ? latestOffice(person) : officeAt(person, date);
    return { person, ...(office === undefined ? {} : { office }), ambiguous: candidates.length > 1 };
  }
  const holders = candidates.filter((p) => officeAt(p, date) !== undefined);
  if (holders.length === 1)
    return { person: holders[0]!, office: officeAt(holders[0]!, date)!, ambiguous: false };
  const ranked = (holders.length > 1 ? holders : candidates)
    .map((person) => ({ person, gap: distance(person, date) }))
    .sort((a, b) => a.gap - b.gap);
  const best = ranked[0]!;
  const office = officeAt(best.person, date);
  return {
    person: best.person,
    ...(office === undefined ? {} : { office }),
    ambiguous: ranked[1] !== undefined && ranked[1].gap === best.gap,
  };
}

/** The index key of a name: its words keyed, a one-word name without splitting. */
function nameKey(name: string): string {
  return ONE_WORD.test(name) ? entityKey(name) : phraseWords(name).map(entityKey).join(' ');
}

/** A person by id ("sergei-lavrov"). */
export function personById(id: string): Person | undefined {
  return PEOPLE.find((p) => p.id === id);
}

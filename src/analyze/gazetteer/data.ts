/**
 * The reviewed gazetteer tables, typed. The JSON files are the source (see README.md in this
 * folder for provenance); the test suite lints them against these types, since JSON imports are
 * only checked loosely by the compiler (a sector is any string to it).
 */

import anonymousJson from './data/anonymous.json' with { type: 'json' };
import armedGroupsJson from './data/armed-groups.json' with { type: 'json' };
import bodiesJson from './data/bodies.json' with { type: 'json' };
import countriesJson from './data/countries.json' with { type: 'json' };
import igosJson from './data/igos.json' with { type: 'json' };
import metonymsJson from './data/metonyms.json' with { type: 'json' };
import organizationsJson from './data/organizations.json' with { type: 'json' };
import peopleJson from './data/people.json' with { type: 'json' };
import placesJson from './data/places.json' with { type: 'json' };
import titlesJson from './data/titles.json' with { type: 'json' };
import type { AnonymousCue, Country, Igo, Metonym, Organization, Person, Place, Title } from './types.js';

/** All ISO 3166-1 countries and territories, and Kosovo. */
export const COUNTRIES: readonly Country[] = countriesJson as readonly Country[];

/** Regions, contested areas and seas. */
export const PLACES: readonly Place[] = placesJson as readonly Place[];

/** Buildings and streets that stand for governments. */
export const METONYMS: readonly Metonym[] = metonymsJson as readonly Metonym[];

/** Intergovernmental organisations and international bodies. */
export const IGOS: readonly Igo[] = igosJson as readonly Igo[];

/** Ministries, legislatures, armed forces, intelligence services; generic ones have no country. */
export const STATE_BODIES: readonly Organization[] = bodiesJson as readonly Organization[];

/** Armed groups, militias and paramilitary forces. */
export const ARMED_GROUPS: readonly Organization[] = armedGroupsJson as readonly Organization[];

/** Parties, news media, NGOs, think tanks and businesses. */
export const ORGANIZATIONS: readonly Organization[] = organizationsJson as readonly Organization[];

/** Office holders with dated offices. */
export const PEOPLE: readonly Person[] = peopleJson as readonly Person[];

/** Titles, honorifics and title modifiers. */
export const TITLES: readonly Title[] = titlesJson as readonly Title[];

/** Anonymous-source heads, qualifiers and markers. */
export const ANONYMOUS_CUES: readonly AnonymousCue[] = anonymousJson as readonly AnonymousCue[];

/**
 * The actor gazetteer: reviewed data on countries, capitals, demonyms, IGOs, organisations,
 * armed groups, titles, office holders and anonymous-source words, with the lookups the actor
 * stage needs. Provenance of the data: README.md in this folder.
 */

export {
  ANONYMOUS_CUES,
  ARMED_GROUPS,
  COUNTRIES,
  IGOS,
  METONYMS,
  ORGANIZATIONS,
  PEOPLE,
  PLACES,
  STATE_BODIES,
  TITLES,
} from './data.js';
export { countryByCode, demonym, entryById, igoByCode, matchPhrase } from './lookup.js';
export { officeAt, personById, personByName, sectorAt } from './people.js';
export { anonymousAt, titleAt } from './roles.js';
export type {
  AnonymousCue,
  AnonymousMatch,
  Country,
  EntryType,
  Era,
  GazetteerEntry,
  GeographicFeature,
  Igo,
  Metonym,
  Office,
  Organization,
  Person,
  PersonMatch,
  PhraseMatch,
  Place,
  Title,
  TitleMatch,
} from './types.js';
export { phraseWords } from './words.js';

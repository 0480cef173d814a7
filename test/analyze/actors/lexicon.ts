/**
 * A small lexicon of fictional states and people, so that actor tests do not move when the real
 * gazetteer grows (see STYLE.md, habit 8).
 */
import type { KnownActor, KnownTitle, Lexicon, SourceNoun } from '../../../src/analyze/actors/index.js';
import type { Sector } from '../../../src/analyze/types.js';

const RED_DAWN_FRONT: KnownActor = {
  id: 'org:rdf',
  name: 'Red Dawn Front',
  kind: 'group',
  country: 'VLD',
  sector: 'REB',
  as: 'name',
};

const ACTORS: Record<string, KnownActor> = {
  Veldania: { id: 'VLD', name: 'Veldania', kind: 'country', country: 'VLD', as: 'state' },
  Tarsk: {
    id: 'VLD',
    name: 'Veldania',
    kind: 'country',
    country: 'VLD',
    sector: 'GOV',
    as: 'state',
    capital: true,
  },
  'Ostrov Palace': {
    id: 'VLD',
    name: 'Veldania',
    kind: 'country',
    country: 'VLD',
    sector: 'GOV',
    as: 'state',
  },
  Morvia: { id: 'MRV', name: 'Morvia', kind: 'country', country: 'MRV', as: 'state' },
  Kessel: {
    id: 'MRV',
    name: 'Morvia',
    kind: 'country',
    country: 'MRV',
    sector: 'GOV',
    as: 'state',
    capital: true,
  },
  'Northern Compact': {
    id: 'org:nc',
    name: 'Northern Compact',
    kind: 'organization',
    country: 'NC',
    sector: 'IGO',
    as: 'name',
  },
  'Red Dawn Front': RED_DAWN_FRONT,
  // Its acronym too, so that a text defining "RDF" otherwise can be told apart.
  RDF: RED_DAWN_FRONT,
};

const TITLES: Record<string, KnownTitle> = {
  'Foreign Minister': { role: 'foreign minister', sector: 'GOV', honorific: false },
  President: { role: 'president', sector: 'GOV', honorific: false },
  'Gen.': { role: 'general', sector: 'MIL', honorific: false },
  'Mr.': { role: '', honorific: true },
  'Ms.': { role: '', honorific: true },
};

const DEMONYMS: Record<string, string> = { Veldanian: 'VLD', Morvian: 'MRV', 'V.R.': 'VLD' };

const SOURCE_NOUNS: Record<string, SourceNoun> = {
  official: { sector: 'GOV', plural: false },
  officials: { sector: 'GOV', plural: true },
  diplomat: { sector: 'GOV', plural: false },
  diplomats: { sector: 'GOV', plural: true },
  source: { plural: false },
  sources: { plural: true },
  person: { plural: false },
  people: { plural: true },
};

const ROLE_NOUNS: Record<string, KnownTitle> = {
  spokesman: { role: 'spokesman', honorific: false },
  'editor-in-chief': { role: 'editor-in-chief', sector: 'MED', honorific: false },
  analyst: { role: 'analyst', sector: 'EDU', honorific: false },
  minister: { role: 'minister', sector: 'GOV', honorific: false },
};

const PEOPLE: Record<string, KnownActor> = {
  'Anton Brask': {
    id: 'person:brask',
    name: 'Anton Brask',
    kind: 'person',
    country: 'VLD',
    sector: 'GOV',
    role: 'president',
    as: 'name',
  },
  // Holds an office of the Northern Compact, an intergovernmental body.
  'Mira Lund': {
    id: 'person:lund',
    name: 'Mira Lund',
    kind: 'person',
    country: 'NC',
    sector: 'IGO',
    role: 'president of the Northern Compact council',
    as: 'name',
  },
};

function longest<T>(
  table: Record<string, T>,
  words: readonly string[],
  i: number,
): { value: T; length: number } | undefined {
  for (let length = 3; length >= 1; length--) {
    const value = table[words.slice(i, i + length).join(' ')];
    if (value !== undefined && i + length <= words.length) return { value, length };
  }
  return undefined;
}

export const TEST_LEXICON: Lexicon = {
  actorAt(words, i) {
    const start = words[i] === 'the' || words[i] === 'The' ? i + 1 : i;
    const found = longest(ACTORS, words, start) ?? longest(PEOPLE, words, start);
    if (found === undefined) return undefined;
    return { actor: found.value, length: found.length + (start - i) };
  },
  titleAt(words, i) {
    const found = longest(TITLES, words, i);
    return found && { title: found.value, length: found.length };
  },
  demonym: (word) => DEMONYMS[word],
  startsDemonymPhrase: () => false,
  sourceNoun: (word) => SOURCE_NOUNS[word],
  roleNoun: (word) => ROLE_NOUNS[word],
  qualifierSector: (word) => ({ military: 'MIL', hospital: 'HLH' })[word.toLowerCase()] as Sector | undefined,
  person: (name) => PEOPLE[name],
  countryName: (code) => ({ VLD: 'Veldania', MRV: 'Morvia' })[code],
};

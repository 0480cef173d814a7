/**
 * Types of the gazetteer: the reviewed records as they are stored in `data/*.json`, and the
 * entries and matches the lookups return. Plain data only.
 */

import type { ActorKind, Sector } from '../types.js';

/** A country or territory: ISO 3166-1 (plus Kosovo, XKX), with the words that name it. */
export interface Country {
  /** ISO 3166-1 alpha-3 ("RUS"); user-assigned XKX for Kosovo. */
  id: string;
  alpha2: string;
  /** The common English short name ("Russia", "Ivory Coast"). */
  name: string;
  /** Official and alternate names and short forms ("Russian Federation", "U.S."). */
  names?: readonly string[];
  /** Demonym adjectives ("Russian", "U.S."); they attach the country ("Russian arms"). */
  adjectives?: readonly string[];
  /** Nouns for its people where they differ from the adjective ("Russians", "Britons"). */
  people?: readonly string[];
  /** Capitals (and seats of government); an inner list holds spellings of one city. */
  capitals?: readonly (string | readonly string[])[];
  /** Names, adjectives or capitals that running text often uses for something else. */
  ambiguous?: readonly string[];
  /** The sovereign state of a dependent territory ("GUM" -> "USA"). */
  of?: string;
  /** `false` for codes outside ISO 3166-1 (XKX). */
  iso?: false;
}

/** A sector over a span of time: `from` inclusive, `to` exclusive, ISO dates, open ends allowed. */
export interface Era {
  sector: Sector;
  from?: string;
  to?: string;
}

/** An organisation, state body or armed group with its country and sector. */
export interface Organization {
  id: string;
  name: string;
  names?: readonly string[];
  /** ISO alpha-3 (or an IGO code); absent for generic bodies ("Foreign Ministry") and transnational ones. */
  country?: string;
  /** The sector now; `eras` says when it was something else (the Taliban). */
  sector: Sector;
  eras?: readonly Era[];
  ambiguous?: readonly string[];
}

/** An intergovernmental organisation or international body; its `id` is its code ("NATO"). */
export interface Igo {
  id: string;
  name: string;
  names?: readonly string[];
  /** IGO, or what it does when that is more telling (ICC: JUD, UNIFIL: MIL, Interpol: COP). */
  sector: Sector;
  /** The body it belongs to ("UNHCR" -> "UN"). */
  parent?: string;
  ambiguous?: readonly string[];
}

/** A building, street or place whose name stands for a government ("Kremlin" -> RUS GOV). */
export interface Metonym {
  id: string;
  name: string;
  names?: readonly string[];
  country: string;
  sector: Sector;
  ambiguous?: readonly string[];
  /** A sentence that uses it for the government. */
  example: string;
}

/** A region, contested area or sea, named so that longest match does not see a country in it. */
export interface Place {
  id: string;
  name: string;
  names?: readonly string[];
  country?: string;
  /** GOV for a state of a federation, which acts as a government ("Texas sued"). */
  sector?: Sector;
  /** A sea, strait or canal, or a world region: named in the news, never an actor. */
  feature?: GeographicFeature;
  ambiguous?: readonly string[];
}

/** What a place is when it is no actor: water (seas, straits, canals) or a world region. */
export type GeographicFeature = 'water' | 'region';

/** One office held: `from` inclusive; a full-date `to` is exclusive, a partial one inclusive. */
export interface Office {
  /** Normalised, lower case, US spelling: "foreign minister", "defense secretary". */
  role: string;
  sector: Sector;
  /** Where the office is, when not the person's country ("UN", "NATO", "EU"). */
  country?: string;
  /** ISO date, or a month or year when the day is not sure ("2003-03"). */
  from: string;
  to?: string;
}

/** A well-known office holder. */
export interface Person {
  id: string;
  name: string;
  /** Other spellings and the surname when it alone names them in news ("Lavrov"). */
  names?: readonly string[];
  /** Nationality (ISO alpha-3). */
  country: string;
  /** In order of `from`. */
  offices: readonly Office[];
  ambiguous?: readonly string[];
}

/**
 * A title or role word. `title`: carries a role ("Foreign Minister", "Gen.", "spokesman");
 * `honorific`: precedes a name and carries no role ("Mr.", "Dr."); `modifier`: qualifies the
 * title after it ("Deputy", "Acting", "former").
 */
export interface Title {
  id: string;
  kind: 'title' | 'honorific' | 'modifier';
  /** Spellings, matched without regard to case. */
  forms: readonly string[];
  /** Normalised role ("foreign minister"); titles only. */
  role?: string;
  sector?: Sector;
  /** Whether it is written before a name ("Foreign Minister Sergei Lavrov"). */
  preName: boolean;
  /** For modifiers: the words put before the role ("deputy"). */
  prefix?: string;
  /** For modifiers: the person no longer holds the role ("former"). */
  former?: true;
  example: string;
}

/**
 * Words of unnamed sources. `head`: the noun that is the source ("official", "person familiar
 * with"); `qualifier`: a word before the head that hints at the sector ("military", "senior");
 * `marker`: a phrase that says the source is unnamed ("on condition of anonymity").
 */
export interface AnonymousCue {
  id: string;
  kind: 'head' | 'qualifier' | 'marker';
  forms: readonly string[];
  /** Sector hints, most likely first; empty when the words say nothing about it. */
  sectors: readonly Sector[];
  example: string;
}

/** What a gazetteer phrase names. */
export type EntryType =
  | 'country'
  | 'capital'
  | 'demonym'
  | 'people'
  | 'metonym'
  | 'place'
  | 'igo'
  | 'organization'
  | 'group'
  | 'person';

/** One thing a phrase can name, ready to become an actor. */
export interface GazetteerEntry {
  /** Unique across the gazetteer: "country:RUS", "capital:RUS:moscow", "person:sergei-lavrov". */
  id: string;
  type: EntryType;
  kind: ActorKind;
  /** The canonical name of the thing ("Russia", "Moscow", "Sergei Lavrov"). */
  name: string;
  /** ISO alpha-3 or IGO code. For a person: the country of their latest office. */
  country?: string;
  sector?: Sector;
  /** For a person: their latest role; `personByName` picks the one for a date. */
  role?: string;
  eras?: readonly Era[];
  /** For a place: a sea or a world region, never an actor. */
  feature?: GeographicFeature;
  /** This phrase often means something else in running text: demand context. */
  ambiguous?: true;
}

/** The longest gazetteer phrase at a position. */
export interface PhraseMatch {
  /** Everything the phrase can name, more than one when it is ambiguous ("Kingston"). */
  entries: readonly GazetteerEntry[];
  /** Words consumed from the start index, a leading "the" included. */
  length: number;
  /** 1 when a leading "the" was skipped (the phrase proper starts one word later), else 0. */
  lead: number;
  /** Some entry is flagged ambiguous, or the entries name different things. */
  ambiguous: boolean;
}

/** The longest title at a position, with its modifiers folded in. */
export interface TitleMatch {
  title: Title;
  /** The role with modifiers ("deputy foreign minister"); absent for honorifics. */
  role?: string;
  /** "former" (or similar) came first. */
  former: boolean;
  length: number;
  lead: number;
}

/** The longest anonymous-source cue at a position. */
export interface AnonymousMatch {
  cue: AnonymousCue;
  length: number;
}

/** A person and the office they held on the date asked about. */
export interface PersonMatch {
  person: Person;
  /** The office held on the date (the latest one when no date was given). */
  office?: Office;
  /** Several people share the name and the date did not decide between them. */
  ambiguous: boolean;
}

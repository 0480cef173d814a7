/**
 * What the actor stage asks of a lexicon. The gazetteer answers in the product (see
 * gazetteer-lexicon.ts); tests pass a small lexicon of fictional actors, so that growing the
 * real gazetteer breaks no test.
 */
import type { ActorKind, Sector } from '../types.js';

/** A named actor the lexicon knows. */
export interface KnownActor {
  /** Stable id: mentions of one known actor group under it ("RUS", "org:nato", "person:lavrov"). */
  id: string;
  name: string;
  kind: ActorKind;
  country?: string;
  sector?: Sector;
  role?: string;
  /**
   * How the phrase names it: `state` for a country, capital or seat of government standing for
   * the state ("Moscow", "the Kremlin"), `name` otherwise.
   */
  as: 'state' | 'name';
  /** A capital or country name that is also a common place or word ("Georgia", "Jordan"). */
  ambiguous?: boolean;
  /** A city that is a capital: a location after "in", the state elsewhere. */
  capital?: boolean;
  /** A sea or a world region ("the Red Sea", "Europe"): its words are no one's name, and no actor. */
  geographic?: boolean;
}

/** A title or role noun before a name ("Foreign Minister", "Gen.", "Mr."). */
export interface KnownTitle {
  /** The role, normalised ("foreign minister"); empty for honorifics. */
  role: string;
  sector?: Sector;
  /** Mr., Ms., Dr.: no role, no sector. */
  honorific: boolean;
}

/** An unnamed-source noun ("official", "diplomat"), with the sector it suggests. */
export interface SourceNoun {
  sector?: Sector;
  plural: boolean;
}

export interface Lexicon {
  /**
   * The longest known actor starting at word `i`, and how many words it takes; people are picked
   * by who held office on `date` when a name is shared ("Assad").
   */
  actorAt(
    words: readonly string[],
    i: number,
    date?: string,
  ): { actor: KnownActor; length: number } | undefined;
  /** The longest title starting at word `i`. */
  titleAt(words: readonly string[], i: number): { title: KnownTitle; length: number } | undefined;
  /** The country of a demonym or a country used as a modifier ("Russian", "U.S."). */
  demonym(word: string): string | undefined;
  /** Whether a demonym of several words starts with this one ("South" of "South Korean"). */
  startsDemonymPhrase(word: string): boolean;
  /** An unnamed-source noun ("officials"), or undefined. */
  sourceNoun(word: string): SourceNoun | undefined;
  /** The sector a word before a source noun suggests ("military official": MIL), or undefined. */
  qualifierSector(word: string): Sector | undefined;
  /** A role noun used in appositives ("spokesman", "editor-in-chief"), lower case. */
  roleNoun(word: string): KnownTitle | undefined;
  /** A known person by full name, as of `date` (ISO), for country, sector and role. */
  person(name: string, date?: string): KnownActor | undefined;
  /** The display name of a country code ("RUS" -> "Russia"). */
  countryName(code: string): string | undefined;
}

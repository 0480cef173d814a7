/**
 * The actor rules and the word lists they read: one reviewed place. Every rule has an id (the
 * `rule` of each mention it finds) and an example the test suite checks it against. The names
 * of countries, organisations, titles and anonymous-source nouns live in the gazetteer; these
 * lists are about the shape of news prose around names.
 *
 * Provenance: written by the dateline developers, 2026-11-25, from reading wire copy; the
 * organisation head words follow the agent types of the CAMEO/PLOVER codebooks.
 */

/** A rule and what it exists for. */
export interface ActorRule {
  id: string;
  /** A sentence it finds an actor in. */
  example: string;
  /** The mention it must find there. */
  finds: string;
  description: string;
}

export const ACTOR_RULES: readonly ActorRule[] = [
  {
    id: 'gazetteer:country',
    example: 'Russia has rejected the proposal.',
    finds: 'Russia',
    description: 'a country or territory named in the gazetteer',
  },
  {
    id: 'gazetteer:capital-as-state',
    example: 'Moscow suspects an ulterior motive.',
    finds: 'Moscow',
    description: 'a capital or seat of government not after a place preposition stands for its state',
  },
  {
    id: 'gazetteer:place',
    example: 'Gaza braced for another night of strikes.',
    finds: 'Gaza',
    description:
      'a region or contested area of the gazetteer that acts; after a place preposition it is only where',
  },
  {
    id: 'gazetteer:organization',
    example: 'NATO said the exercise would go ahead.',
    finds: 'NATO',
    description: 'an IGO, armed group, agency, party or outlet named in the gazetteer',
  },
  {
    id: 'gazetteer:person',
    example: 'Lavrov met his counterpart on Friday.',
    finds: 'Lavrov',
    description: 'a well-known person of the gazetteer, in office on the publication date',
  },
  {
    id: 'demonym',
    example: 'The convoy carried Russian arms across the border.',
    finds: 'Russian',
    description: 'a demonym modifying a noun mentions its country',
  },
  {
    id: 'title-name',
    example: 'Foreign Minister Oleg Varga flew to Vienna.',
    finds: 'Oleg Varga',
    description: 'a title before a capitalised name makes a person with that role',
  },
  {
    id: 'name-appositive',
    example: 'Ilona Marsh, editor-in-chief of the Harbour Gazette, disagreed.',
    finds: 'Ilona Marsh',
    description: 'a name followed by a comma and a role phrase makes a person with that role',
  },
  {
    id: 'name-speech',
    example: 'The talks will resume next week, Dara Quinlan said.',
    finds: 'Dara Quinlan',
    description: 'a short name next to a speech verb is a person',
  },
  {
    id: 'organization-head',
    example: 'The Ministry of Water Resources denied the report.',
    finds: 'Ministry of Water Resources',
    description: 'a capitalised name with an organisation head word is an organisation',
  },
  {
    id: 'organization-noun',
    example: 'Power lines were cut, energy company Voltra said.',
    finds: 'Voltra',
    description:
      'a name beside an organisation noun ("company", "newspaper", ", a rights group,") is an organisation',
  },
  {
    id: 'name-shape',
    example: 'Later that day Tomas Reyhani arrived at the port. Reyhani left before dawn.',
    finds: 'Tomas Reyhani',
    description: 'two or three capitalised words, none a common word, are a person',
  },
  {
    id: 'role-name',
    example: 'Ministry spokeswoman Lea Varga declined to comment.',
    finds: 'Lea Varga',
    description:
      'a lower-case role noun right before a name: the person, with the role and the body before it',
  },
  {
    id: 'role-comma-name',
    example: 'He met his Morvian counterpart, Ivo Dascal, in Kessel.',
    finds: 'Ivo Dascal',
    description: 'a role noun, a comma, then a name: the person in that role',
  },
  {
    id: 'workplace',
    example: 'Lena Holm, a political scientist at Varnhem Polytechnic, said the vote was close.',
    finds: 'Varnhem Polytechnic',
    description: 'the name after a role noun and "at" or "with" is where the person works: an organisation',
  },
  {
    id: 'national-body',
    example: 'Russian troops crossed the river at dawn.',
    finds: 'Russian troops',
    description: "a demonym or country before an institution noun: that country's body",
  },
  {
    id: 'surname',
    example: 'Tomas Reyhani arrived on Monday. Reyhani left a day later.',
    finds: 'Reyhani',
    description: "a person's surname alone, or after an honorific, mentions that person again",
  },
  {
    id: 'acronym-definition',
    example: 'His party, Kerevan Unity Front (KUF), called a rally.',
    finds: 'Kerevan Unity Front',
    description: 'a name the text defines an acronym for, unknown to the lexicon: an organisation',
  },
  {
    id: 'acronym',
    example: 'The Kerevan Unity Front (KUF) called a rally. KUF leaders spoke first.',
    finds: 'KUF',
    description: 'an acronym the text defined is the same actor as its long form, whatever the lexicon says',
  },
  {
    id: 'place-noun',
    example: 'Rebels fought the army for control of the town of Velka.',
    finds: 'Velka',
    description: 'a name a place noun introduces: "the town of X", "X province"',
  },
  {
    id: 'place-located',
    example: 'Strikes were also reported in Velka overnight.',
    finds: 'Velka',
    description:
      'a name after a place preposition: where something happened, an actor where it is struck, taken or fought over',
  },
  {
    id: 'place-taken',
    example: 'Rebels seized Velka on Wednesday.',
    finds: 'Velka',
    description: 'a name right after a verb of capture or attack is the place taken',
  },
  {
    id: 'place-list',
    example: 'Strikes hit Kharkiv, Velka and Morosk.',
    finds: 'Morosk',
    description: 'names listed after a place are places too',
  },
  {
    id: 'anonymous',
    example: 'A senior U.S. administration official said the talks had stalled.',
    finds: 'A senior U.S. administration official',
    description: 'an unnamed source: optional determiner and modifiers, then a source noun',
  },
  {
    id: 'anonymous-plural',
    example: 'U.S. officials say the plan is dead.',
    finds: 'U.S. officials',
    description: 'a plural source noun with its modifiers is one anonymous group',
  },
];

/**
 * Prepositions after which an unknown name is a place ("in Goma", "near Velka"): LOCATIVES less
 * the ones people follow as often ("to", "between", "via").
 */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in at from near outside inside around across toward towards into through throughout within'.split(' '),
);

/** Nouns that introduce a place's name ("the town of Sake") or follow it ("North Kivu province"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(
  'town towns city cities village villages port province provinces region regions district districts state governorate oblast county prefecture municipality enclave'.split(
    ' ',
  ),
);

/**
 * Where a place takes part rather than only being where things happen (the actor annotation
 * guide's place rule; the words after the PLOVER ASSAULT and SEIZE event types):
 * - an attack or its toll shortly before the place: "Strikes were also reported in Kharkiv",
 *   "a drone attack on the airport in Goma", "injuring 20 people in Kyiv";
 * - a verb of attack or capture whose object runs to the place through PLACE_PATH_WORDS only:
 *   "seized large parts of North Kivu", "retaken dozens of towns and villages in Hiiraan", but
 *   not "seized power in Niamey" or "stormed the gates of an army base in Peshawar".
 */
export const PLACE_ATTACK_WORDS: ReadonlySet<string> = new Set(
  (
    'attack attacks strike strikes airstrike airstrikes shelling bombing bombardment explosion explosions ' +
    'blast blasts raid raids offensive assault killing killed injuring injured wounding wounded'
  ).split(' '),
);
/**
 * How many words before the place an attack word may be: "Strikes were also reported in
 * Kharkiv" and "a drone attack on the airport in Goma" put it 5 words back.
 */
export const PLACE_ATTACK_REACH = 6;

export const PLACE_SEIZE_VERBS: ReadonlySet<string> = new Set(
  (
    'seized seize seizing captured capture recaptured retaken retook took taking annexed besieged shelled ' +
    'struck bombed stormed encircled overran pushed invaded occupied liberated'
  ).split(' '),
);

export const PLACE_PATH_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an of in into on to toward towards and large parts part much most all dozens scores several ' +
    'towns villages areas control city town port province region outskirts swathes'
  ).split(' '),
);

/** Nouns through which a place named before them acts: "a Texas law", "Ohio officials". */
export const PLACE_ACTING_NOUNS: ReadonlySet<string> = new Set(
  'law laws ban bans rule rules officials authorities government lawmakers legislature legislators police court courts lawsuit suit order'.split(
    ' ',
  ),
);

/** Words that put a place name as a location, not as an actor: "talks in Geneva". */
export const LOCATIVES: ReadonlySet<string> = new Set(
  'in at to from near outside inside around across toward towards into through via between throughout within'.split(
    ' ',
  ),
);

/** Speech verbs that make a short name next to them a person ("..., Quinlan said"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  'said says told tells added adds asked asks wrote writes argued argues insisted insists noted notes warned warns stressed claimed claims denied denies replied explained declared announced tweeted'.split(
    ' ',
  ),
);

/** Lower-case words allowed inside a capitalised name: "Bank of England", "Osama bin Laden". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'and',
  'on',
  'the',
  'de',
  'da',
  'del',
  'der',
  'van',
  'von',
  'bin',
  'ibn',
  'al',
  'el',
  'la',
  'le',
  'du',
]);

/**
 * Capitalised words that start sentences or headings without naming anyone: a chunk made only of
 * these is no name.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'The A An And But Or If In On At For From With Without By To Of As After Before While When Where ' +
    'What Who Why How This That These Those There Here It Its He She They We I You His Her Their Our ' +
    'My Your Some Many Most Several Such Other Another Any Each Every No Not Yet Also Still Even So ' +
    'Then Than Now Later Earlier Meanwhile However Although Though Because Since Until Despite Among ' +
    'Under Over About Against During Between Into Through Across Amid Monday Tuesday Wednesday ' +
    'Thursday Friday Saturday Sunday January February March April May June July August September ' +
    'October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr ' +
    'Read More Related Photo Video Editing Reporting Writing Additional Copyright All Rights Reserved ' +
    'North South East West Northern Southern Eastern Western Central New Old Great Democrat Republican ' +
    'Democrats Republicans Christmas Easter Ramadan Islam Muslim Muslims Christian Christians'
  ).split(' '),
);

/** Words before a name that end the title search: "the group's spokesman" keeps "spokesman". */
export const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'A', 'An', 'The']);

/** Modifiers inside an anonymous descriptor: "a senior U.S. administration official". */
export const ANONYMOUS_MODIFIERS: ReadonlySet<string> = new Set(
  (
    'senior top high-ranking high-level low-level mid-level former current retired local regional ' +
    'foreign western Western European Arab Gulf government administration military defense defence ' +
    'intelligence security police party campaign congressional legislative diplomatic ministry ' +
    'official industry company bank trade White House State Department Pentagon Kremlin U.N. UN EU NATO ' +
    'two three four several some many other another one both few anonymous unnamed knowledgeable ' +
    'well-placed informed independent veteran opposition rebel militant insurgent health aid ' +
    'Republican Democratic Democrat Conservative Labour Socialist centrist conservative liberal ' +
    'council city state federal provincial municipal palace presidential royal court judicial'
  ).split(' '),
);

/** Determiners and quantifiers that open an anonymous descriptor. */
export const ANONYMOUS_OPENERS: ReadonlySet<string> = new Set(
  'a an the one two three four five several some many other another both few most A An The One Two Three Several Some Many Other Another Both Few Most'.split(
    ' ',
  ),
);

/** The object of a qualifier: "the matter", "the peace talks"; never a speech verb after it. */
const OBJECT = `(?:the |his |her |their |its )?[\\w-]+(?: (?!(?:${[...SPEECH_VERBS].join('|')})\\b)[\\w-]+)?`;

/** What may follow a source noun inside its descriptor: "a person familiar with the matter". */
export const ANONYMOUS_QUALIFIERS: readonly RegExp[] = [
  new RegExp(`^(?:familiar|acquainted) with ${OBJECT}`),
  new RegExp(`^(?:close|closer) to ${OBJECT}`),
  new RegExp(`^briefed on ${OBJECT}`),
  new RegExp(`^(?:with|who has|who have) (?:direct )?knowledge of ${OBJECT}`),
  new RegExp(`^involved in ${OBJECT}`),
  new RegExp(
    `^(?:of|for|from|at|in|with) (?:the |a |an )?(?!(?:the|a|an|${[...SPEECH_VERBS].join('|')})\\b)[a-z][\\w-]*(?: (?!(?:${[...SPEECH_VERBS].join('|')})\\b)[a-z][\\w-]*)?(?![\\w-])`,
  ),
  /^who (?:spoke|asked) (?:on condition of|not to be named)[\w ,-]{0,40}?(?=[,.]|$)/,
  /^who declined to be (?:named|identified)/,
];

/** Words that never modify a source noun in a descriptor. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but of to in on at for with by from as is are was were be been has have had ' +
    'not no said says say told tell this that these those his her their its our your my who which ' +
    'when where while after before than then also only other into over under about against more most ' +
    'many much some any all both each every such own same so very can could would should will may might must'
  ).split(' '),
);

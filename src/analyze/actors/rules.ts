/**
 * The actor rules and the word lists they read: one reviewed place. Every rule has an id (the
 * `rule` of each mention it finds) and an example the test suite checks it against. The names
 * of countries, organisations, titles and anonymous-source nouns live in the gazetteer; these
 * lists are about the shape of news prose around names.
 *
 * Provenance: written by the dateline developers, 2026-11-25, from reading wire copy; the
 * organisation head words follow the agent types of the CAMEO/PLOVER codebooks.
 */
import type { Sector } from '../types.js';

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
 * Head words that make a capitalised name an organisation, with the sector they suggest.
 * The last word decides ("Bank of England" by "Bank" before "of").
 */
export const ORGANIZATION_HEADS: ReadonlyMap<string, Sector | undefined> = new Map<
  string,
  Sector | undefined
>([
  ['Ministry', 'GOV'],
  ['Department', 'GOV'],
  ['Office', 'GOV'],
  ['Agency', 'GOV'],
  ['Administration', 'GOV'],
  ['Government', 'GOV'],
  ['Cabinet', 'GOV'],
  ['Commission', 'GOV'],
  ['Authority', 'GOV'],
  ['Service', 'GOV'],
  ['Bureau', 'GOV'],
  ['Directorate', 'GOV'],
  ['Embassy', 'GOV'],
  ['Council', 'GOV'],
  ['Committee', 'LEG'],
  ['Parliament', 'LEG'],
  ['Assembly', 'LEG'],
  ['Senate', 'LEG'],
  ['Congress', 'LEG'],
  ['Court', 'JUD'],
  ['Tribunal', 'JUD'],
  ['Army', 'MIL'],
  ['Navy', 'MIL'],
  ['Forces', 'MIL'],
  ['Guard', 'MIL'],
  ['Command', 'MIL'],
  ['Corps', 'MIL'],
  ['Police', 'COP'],
  ['Party', 'PTY'],
  ['Front', 'REB'],
  ['Brigade', 'REB'],
  ['Brigades', 'REB'],
  ['Militia', 'REB'],
  ['Movement', undefined],
  ['Union', undefined],
  ['Federation', undefined],
  ['Association', 'NGO'],
  ['Foundation', 'NGO'],
  ['Fund', undefined],
  ['Watch', 'NGO'],
  ['Institute', 'EDU'],
  ['University', 'EDU'],
  ['College', 'EDU'],
  ['School', 'EDU'],
  ['Center', 'EDU'],
  ['Centre', 'EDU'],
  ['Bank', 'BUS'],
  ['Group', 'BUS'],
  ['Company', 'BUS'],
  ['Corporation', 'BUS'],
  ['Corp.', 'BUS'],
  ['Inc.', 'BUS'],
  ['Ltd.', 'BUS'],
  ['Holdings', 'BUS'],
  ['Airlines', 'BUS'],
  ['Times', 'MED'],
  ['Post', 'MED'],
  ['News', 'MED'],
  ['Journal', 'MED'],
  ['Gazette', 'MED'],
  ['Herald', 'MED'],
  ['Tribune', 'MED'],
  ['Television', 'MED'],
  ['Radio', 'MED'],
  ['Church', 'REL'],
  ['Hospital', 'HLH'],
]);

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
    `^(?:of|for|from|at|in|with) (?:the |a |an )?(?!(?:${[...SPEECH_VERBS].join('|')})\\b)[a-z][\\w-]*(?: (?!(?:${[...SPEECH_VERBS].join('|')})\\b)[a-z][\\w-]*)?(?![\\w-])`,
  ),
  /^who (?:spoke|asked) (?:on condition of|not to be named)[\w ,-]{0,40}?(?=[,.]|$)/,
  /^who declined to be (?:named|identified)/,
];

/**
 * Role nouns of appositives and of roles written before a name ("spokeswoman Lea Varga",
 * "Anna Vere, a senior fellow at ..."), lower case, with the sector they suggest when they do.
 * The gazetteer's titles add the offices ("minister", "ambassador").
 */
export const ROLE_NOUNS: ReadonlyMap<string, Sector | undefined> = new Map<string, Sector | undefined>([
  ['spokesman', undefined],
  ['spokeswoman', undefined],
  ['spokesperson', undefined],
  ['counterpart', undefined],
  ['official', 'GOV'],
  ['minister', 'GOV'],
  ['secretary', 'GOV'],
  ['ambassador', 'GOV'],
  ['envoy', 'GOV'],
  ['diplomat', 'GOV'],
  ['negotiator', 'GOV'],
  ['adviser', undefined],
  ['advisor', undefined],
  ['aide', undefined],
  ['chief', undefined],
  ['head', undefined],
  ['leader', undefined],
  ['director', undefined],
  ['chairman', undefined],
  ['chairwoman', undefined],
  ['chair', undefined],
  ['president', undefined],
  ['deputy', undefined],
  ['member', undefined],
  ['founder', undefined],
  ['commander', 'MIL'],
  ['general', 'MIL'],
  ['officer', undefined],
  ['governor', 'GOV'],
  ['mayor', 'GOV'],
  ['lawmaker', 'LEG'],
  ['legislator', 'LEG'],
  ['senator', 'LEG'],
  ['congressman', 'LEG'],
  ['congresswoman', 'LEG'],
  ['judge', 'JUD'],
  ['prosecutor', 'JUD'],
  ['lawyer', undefined],
  ['attorney', undefined],
  ['analyst', undefined],
  ['expert', undefined],
  ['economist', undefined],
  ['strategist', undefined],
  ['researcher', 'EDU'],
  ['fellow', 'EDU'],
  ['professor', 'EDU'],
  ['scholar', 'EDU'],
  ['editor', 'MED'],
  ['editor-in-chief', 'MED'],
  ['correspondent', 'MED'],
  ['reporter', 'MED'],
  ['journalist', 'MED'],
  ['columnist', 'MED'],
  ['executive', 'BUS'],
  ['ceo', 'BUS'],
  ['chairperson', undefined],
  ['manager', 'BUS'],
  ['owner', 'BUS'],
  ['partner', undefined],
  ['activist', undefined],
  ['campaigner', 'NGO'],
  ['candidate', undefined],
  ['organizer', undefined],
  ['coordinator', undefined],
  ['representative', undefined],
  ['resident', 'CIV'],
  ['witness', 'CIV'],
  ['student', 'EDU'],
  ['cleric', 'REL'],
  ['imam', 'REL'],
  ['bishop', 'REL'],
  ['doctor', 'HLH'],
  ['surgeon', 'HLH'],
  ['nurse', 'HLH'],
  ['scientist', 'EDU'],
  ['historian', 'EDU'],
  ['lecturer', 'EDU'],
  ['teacher', 'EDU'],
  ['writer', undefined],
  ['author', undefined],
  ['novelist', undefined],
  ['blogger', 'MED'],
  ['presenter', 'MED'],
  ['footballer', 'CIV'],
  ['player', 'CIV'],
  ['athlete', 'CIV'],
  ['singer', 'CIV'],
  ['actor', 'CIV'],
  ['artist', 'CIV'],
  ['businessman', 'BUS'],
  ['businesswoman', 'BUS'],
  ['entrepreneur', 'BUS'],
  ['banker', 'BUS'],
  ['investor', 'BUS'],
  ['trader', 'BUS'],
  ['developer', 'BUS'],
  ['engineer', undefined],
  ['farmer', 'CIV'],
  ['worker', 'CIV'],
  ['soldier', 'MIL'],
  ['pilot', undefined],
  ['consultant', undefined],
  ['specialist', undefined],
  ['commentator', 'MED'],
  ['pollster', undefined],
]);

/**
 * Nouns that make the name beside them an organisation: "energy company Ukrenergo", "the Northern
 * Ledger newspaper", "NetBlocks, an internet monitoring group". With the sector they suggest.
 */
export const ORGANIZATION_NOUNS: ReadonlyMap<string, Sector | undefined> = new Map<
  string,
  Sector | undefined
>([
  ['group', undefined],
  ['organisation', 'NGO'],
  ['organization', 'NGO'],
  ['charity', 'NGO'],
  ['watchdog', 'NGO'],
  ['monitor', 'NGO'],
  ['company', 'BUS'],
  ['firm', 'BUS'],
  ['maker', 'BUS'],
  ['manufacturer', 'BUS'],
  ['producer', 'BUS'],
  ['carmaker', 'BUS'],
  ['automaker', 'BUS'],
  ['chipmaker', 'BUS'],
  ['miner', 'BUS'],
  ['lender', 'BUS'],
  ['bank', 'BUS'],
  ['insurer', 'BUS'],
  ['operator', 'BUS'],
  ['carrier', 'BUS'],
  ['airline', 'BUS'],
  ['retailer', 'BUS'],
  ['conglomerate', 'BUS'],
  ['startup', 'BUS'],
  ['developer', 'BUS'],
  ['platform', 'BUS'],
  ['app', 'BUS'],
  ['newspaper', 'MED'],
  ['broadcaster', 'MED'],
  ['outlet', 'MED'],
  ['channel', 'MED'],
  ['agency', undefined],
  ['party', 'PTY'],
  ['militia', 'REB'],
  ['brigade', 'MIL'],
  ['unit', 'MIL'],
  ['coalition', undefined],
  ['movement', undefined],
  ['network', undefined],
  ['union', undefined],
  ['association', 'NGO'],
  ['regulator', 'GOV'],
  ['think-tank', 'EDU'],
  ['university', 'EDU'],
  ['institute', 'EDU'],
]);

/**
 * Bodies every state has, named bare ("clashed with police", "the junta"): the home country's.
 * A subset of NATIONAL_BODIES: "troops" or "the government" alone name nobody for sure.
 */
export const BARE_BODIES: ReadonlySet<string> = new Set([
  'army',
  'police',
  'military',
  'navy',
  'air force',
  'coast guard',
  'junta',
  'opposition',
  'parliament',
]);

/**
 * Institution nouns that, after a demonym or country ("Russian troops", "the Somali police",
 * "Chinese foreign ministry"), name that country's body; the longest phrase wins.
 */
export const NATIONAL_BODIES: ReadonlyMap<string, Sector> = new Map<string, Sector>([
  ['armed forces', 'MIL'],
  ['forces', 'MIL'],
  ['troops', 'MIL'],
  ['soldiers', 'MIL'],
  ['military', 'MIL'],
  ['army', 'MIL'],
  ['navy', 'MIL'],
  ['air force', 'MIL'],
  ['coast guard', 'MIL'],
  ['border guards', 'MIL'],
  ['warships', 'MIL'],
  ['police', 'COP'],
  ['security forces', 'COP'],
  ['foreign ministry', 'GOV'],
  ['defense ministry', 'GOV'],
  ['defence ministry', 'GOV'],
  ['interior ministry', 'GOV'],
  ['ministry', 'GOV'],
  ['embassy', 'GOV'],
  ['cabinet', 'GOV'],
  ['parliament', 'LEG'],
  ['lawmakers', 'LEG'],
  ['courts', 'JUD'],
  ['opposition', 'OPP'],
  ['junta', 'MIL'],
  ['rebels', 'REB'],
  ['separatists', 'REB'],
  ['militants', 'REB'],
  ['state media', 'MED'],
]);

import type { SourceNoun } from './lexicon.js';

/**
 * Nouns of unnamed sources beyond the gazetteer's officials and diplomats: the collective voices
 * wire copy quotes ("witnesses said", "aid groups say", "lawyers for the families said").
 */
export const SOURCE_NOUNS: ReadonlyMap<string, SourceNoun> = new Map<string, SourceNoun>([
  ['person', { plural: false }],
  ['people', { plural: true }],
  ['someone', { plural: false }],
  ['witness', { plural: false, sector: 'CIV' }],
  ['witnesses', { plural: true, sector: 'CIV' }],
  ['resident', { plural: false, sector: 'CIV' }],
  ['residents', { plural: true, sector: 'CIV' }],
  ['critics', { plural: true }],
  ['supporters', { plural: true }],
  ['opponents', { plural: true }],
  ['groups', { plural: true, sector: 'NGO' }],
  ['organizations', { plural: true, sector: 'NGO' }],
  ['organisations', { plural: true, sector: 'NGO' }],
  ['lawyers', { plural: true }],
  ['lawyer', { plural: false }],
  ['attorneys', { plural: true }],
  ['ministers', { plural: true, sector: 'GOV' }],
  ['member', { plural: false }],
  ['members', { plural: true }],
  ['lawmakers', { plural: true, sector: 'LEG' }],
  ['legislators', { plural: true, sector: 'LEG' }],
  ['analysts', { plural: true }],
  ['experts', { plural: true }],
  ['activists', { plural: true }],
  ['observers', { plural: true }],
  ['protesters', { plural: true, sector: 'CIV' }],
  ['investigators', { plural: true }],
  ['negotiators', { plural: true, sector: 'GOV' }],
  ['medics', { plural: true, sector: 'HLH' }],
  ['doctors', { plural: true, sector: 'HLH' }],
  ['organizers', { plural: true }],
  ['campaigners', { plural: true, sector: 'NGO' }],
  ['traders', { plural: true, sector: 'BUS' }],
  ['executives', { plural: true, sector: 'BUS' }],
  ['bankers', { plural: true, sector: 'BUS' }],
  ['economists', { plural: true }],
]);

/** Source nouns that need a qualifier to be a source: "people familiar with the matter", not "20 people". */
export const NEEDS_QUALIFIER: ReadonlySet<string> = new Set([
  'person',
  'people',
  'someone',
  'member',
  'members',
]);

/** Words that never modify a source noun in a descriptor. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but of to in on at for with by from as is are was were be been has have had ' +
    'not no said says say told tell this that these those his her their its our your my who which ' +
    'when where while after before than then also only other into over under about against more most ' +
    'many much some any all both each every such own same so very can could would should will may might must'
  ).split(' '),
);

/**
 * The nouns the actor rules read: organisation heads and nouns, role nouns, national bodies and
 * unnamed-source nouns, each with the sector it suggests. Reviewed data, like rules.ts.
 *
 * Provenance: written by the dateline developers, 2026-11-25, from reading wire copy; sectors
 * follow the agent types of the CAMEO/PLOVER codebooks.
 */
import type { Sector } from '../types.js';
import type { SourceNoun } from './lexicon.js';

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
  ['Centers', 'EDU'],
  ['Centres', 'EDU'],
  ['Bank', 'BUS'],
  ['Group', 'BUS'],
  ['Company', 'BUS'],
  ['Corporation', 'BUS'],
  ['Corp.', 'BUS'],
  ['Inc.', 'BUS'],
  ['Ltd.', 'BUS'],
  ['Holdings', 'BUS'],
  ['Securities', 'BUS'],
  ['Estates', 'BUS'],
  ['Observatory', 'NGO'],
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

/**
 * The kind of place a role works at, for a workplace with no head word: "a political scientist at
 * Sciences Po" (EDU), "an analyst at Mainbrucke Securities" (BUS), "a fellow at" a think tank (NGO).
 * Written by the dateline developers from wire copy, sectors after the CAMEO agent types, 2026-11-25.
 */
export const WORKPLACE_SECTORS: ReadonlyMap<string, Sector> = new Map<string, Sector>([
  ['professor', 'EDU'],
  ['scientist', 'EDU'],
  ['lecturer', 'EDU'],
  ['researcher', 'EDU'],
  ['scholar', 'EDU'],
  ['historian', 'EDU'],
  ['analyst', 'BUS'],
  ['economist', 'BUS'],
  ['strategist', 'BUS'],
  ['trader', 'BUS'],
  ['fellow', 'NGO'],
]);

/**
 * Who speaks for a state from its capital: "officials in Beijing", "the government in Canberra".
 * Written by the dateline developers from wire copy, 2026-11-25.
 */
export const STATE_VOICES: ReadonlySet<string> = new Set([
  'officials',
  'authorities',
  'leaders',
  'leadership',
  'rulers',
  'regime',
  'diplomats',
  'policymakers',
  'government',
  'administration',
]);

/**
 * Words for the head of a body: "army chief", "police commander" before a name are a role.
 * Written by the dateline developers from wire copy, 2026-11-25.
 */
export const BODY_HEADS: ReadonlySet<string> = new Set(['chief', 'head', 'commander', 'boss', 'leader']);

/**
 * Plural nouns for the parties to a business or civic story, which are a source only where they
 * speak: "rail operators and competitors told the Commission", "farmers say", not "operators
 * will bid". From reading business and labour wire copy; sectors after the CAMEO agent types.
 */
export const SPEAKING_SOURCE_NOUNS: ReadonlyMap<string, SourceNoun> = new Map<string, SourceNoun>([
  ['operators', { plural: true, sector: 'BUS' }],
  ['competitors', { plural: true, sector: 'BUS' }],
  ['rivals', { plural: true }],
  ['customers', { plural: true, sector: 'CIV' }],
  ['consumers', { plural: true, sector: 'CIV' }],
  ['suppliers', { plural: true, sector: 'BUS' }],
  ['retailers', { plural: true, sector: 'BUS' }],
  ['manufacturers', { plural: true, sector: 'BUS' }],
  ['producers', { plural: true, sector: 'BUS' }],
  ['exporters', { plural: true, sector: 'BUS' }],
  ['importers', { plural: true, sector: 'BUS' }],
  ['investors', { plural: true, sector: 'BUS' }],
  ['shareholders', { plural: true, sector: 'BUS' }],
  ['creditors', { plural: true, sector: 'BUS' }],
  ['airlines', { plural: true, sector: 'BUS' }],
  ['farmers', { plural: true, sector: 'CIV' }],
  ['workers', { plural: true, sector: 'CIV' }],
  ['employees', { plural: true, sector: 'CIV' }],
  ['unions', { plural: true, sector: 'CIV' }],
  ['teachers', { plural: true, sector: 'EDU' }],
  ['students', { plural: true, sector: 'EDU' }],
  ['parents', { plural: true, sector: 'CIV' }],
  ['families', { plural: true, sector: 'CIV' }],
]);

/** Source nouns that need a qualifier to be a source: "people familiar with the matter", not "20 people". */
export const NEEDS_QUALIFIER: ReadonlySet<string> = new Set([
  'person',
  'people',
  'someone',
  'member',
  'members',
]);

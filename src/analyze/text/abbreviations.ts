/**
 * The reviewed abbreviation lists the tokenizer and the sentence splitter read.
 *
 * Provenance: written by dateline developers from public knowledge (the AP Stylebook's
 * abbreviated titles, months and state names, as printed in English-language news), 2026-11-25.
 * Licence: the project's (MIT).
 *
 * Change log:
 * - 2026-11-25: first version.
 *
 * Each entry names the abbreviation without its period, how it behaves at a sentence end, and an
 * example the test suite tokenizes (the abbreviation must come out as one token, period included).
 * Entries are case-sensitive: "Gen." is a title, "gen." is not.
 */

/**
 * How an abbreviation behaves before the next word:
 * - `title`: precedes a name ("Mr. Doe", "Gen. Roe"); never ends a sentence.
 * - `month`: precedes a day ("Sept. 15"); ends a sentence only before a sentence-starter word.
 * - `place`: a state or place abbreviation ("Springfield, Ill."); often ends a sentence, so it
 *   ends one before a sentence-starter word.
 * - `suffix`: a name or company suffix ("Jr.", "Inc."); like `place`.
 * - `inner`: only used inside a sentence ("vs.", "approx."); never ends one.
 * - `numbered`: an abbreviation only before a number ("No. 3", "Art. 5"); never ends a sentence.
 */
export type AbbreviationClass = 'title' | 'month' | 'place' | 'suffix' | 'inner' | 'numbered';

/** One abbreviation: the letters before its period, its class and an example. */
export interface Abbreviation {
  id: string;
  /** The abbreviation without the final period, case-sensitive ("Sept", "Calif"). */
  abbr: string;
  cls: AbbreviationClass;
  /** A sentence in which it must be one token with its period. */
  example: string;
}

const t = (abbr: string, example: string): Abbreviation => ({
  id: `title-${abbr.toLowerCase()}`,
  abbr,
  cls: 'title',
  example,
});
const m = (abbr: string, example: string): Abbreviation => ({
  id: `month-${abbr.toLowerCase()}`,
  abbr,
  cls: 'month',
  example,
});
const p = (abbr: string, example: string): Abbreviation => ({
  id: `place-${abbr.toLowerCase()}`,
  abbr,
  cls: 'place',
  example,
});
const s = (abbr: string, example: string): Abbreviation => ({
  id: `suffix-${abbr.toLowerCase()}`,
  abbr,
  cls: 'suffix',
  example,
});

/** Every abbreviation the tokenizer keeps whole. Dotted forms ("U.S.", "p.m.") need no entry. */
export const ABBREVIATIONS: readonly Abbreviation[] = [
  // Titles before names.
  t('Mr', 'Mr. Pell said the talks would resume.'),
  t('Mrs', 'Mrs. Varga declined to comment.'),
  t('Ms', 'Ms. Okafor chairs the committee.'),
  t('Messrs', 'Messrs. Hale and Dunn signed the deal.'),
  t('Dr', 'Dr. Anika Brandt leads the clinic.'),
  t('Prof', 'Prof. Lind teaches in Uppsala.'),
  t('Gen', 'Gen. Tomas Reyes commands the army.'),
  t('Lt', 'Lt. Col. Ana Moss was promoted.'),
  t('Col', 'Col. Petrov retired last year.'),
  t('Maj', 'Maj. Gen. Ivo Dane spoke first.'),
  t('Capt', 'Capt. Lee steered the ship home.'),
  t('Cmdr', 'Cmdr. Walsh confirmed the drill.'),
  t('Adm', 'Adm. Nora Quist toured the base.'),
  t('Brig', 'Brig. Gen. Karl Ost arrived.'),
  t('Sgt', 'Sgt. Mills was wounded.'),
  t('Cpl', 'Cpl. Ruiz returned fire.'),
  t('Pvt', 'Pvt. Jonas Berg enlisted in May.'),
  t('Gov', 'Gov. Elena Marsh vetoed the bill.'),
  t('Govs', 'Govs. Marsh and Tull met on Friday.'),
  t('Sen', 'Sen. Paul Hartley voted no.'),
  t('Sens', 'Sens. Hartley and Vane objected.'),
  t('Rep', 'Rep. Dana Whitfield introduced it.'),
  t('Reps', 'Reps. Whitfield and Cole wrote to him.'),
  t('Rev', 'Rev. Samuel Otieno led the march.'),
  t('Hon', 'Hon. Mira Sato presided.'),
  t('Pres', 'Pres. Olsen signed the order.'),
  t('Supt', 'Supt. Grace Abara briefed reporters.'),
  t('Det', 'Det. Ray Kowal found the car.'),
  t('Atty', 'Atty. Gen. Lena Voss filed suit.'),
  t('Amb', 'Amb. Ruth Kemal presented her credentials.'),
  t('Fr', 'Fr. Luca Bianchi said Mass.'),
  t('Msgr', 'Msgr. Paul Roux blessed the crowd.'),
  t('Sec', 'Sec. Ida Moran testified.'),
  t('Gens', 'Gens. Reyes and Dane disagreed.'),
  // Months as AP abbreviates them before a day.
  m('Jan', 'The vote is set for Jan. 12.'),
  m('Feb', 'It closed on Feb. 3, 2015.'),
  m('Mar', 'Talks began Mar. 8 in Geneva.'),
  m('Apr', 'The report is due Apr. 30.'),
  m('Aug', 'Troops left on Aug. 21.'),
  m('Sept', 'The summit opens Sept. 15 in Vienna.'),
  m('Sep', 'Polls close Sep. 30.'),
  m('Oct', 'He was arrested Oct. 2.'),
  m('Nov', 'Voters go to the polls Nov. 8.'),
  m('Dec', 'The treaty lapses Dec. 31.'),
  // U.S. state abbreviations (AP style) that are not dotted initials.
  p('Ala', 'She grew up in Mobile, Ala., and moved north.'),
  p('Ariz', 'The rally in Phoenix, Ariz., drew thousands.'),
  p('Ark', 'He was born in Hope, Ark., in 1946.'),
  p('Calif', 'The fire near Redding, Calif., spread.'),
  p('Colo', 'Officials in Denver, Colo., agreed.'),
  p('Conn', 'The plant in Groton, Conn., closed.'),
  p('Del', 'He lives in Wilmington, Del., with his family.'),
  p('Fla', 'The storm hit Tampa, Fla., overnight.'),
  p('Ga', 'The march in Atlanta, Ga., was peaceful.'),
  p('Ill', 'The mayor of Springfield, Ill., resigned.'),
  p('Ind', 'A plant in Gary, Ind., reopened.'),
  p('Kan', 'Farmers near Wichita, Kan., protested.'),
  p('Ky', 'The race in Louisville, Ky., was close.'),
  p('La', 'Flooding in Baton Rouge, La., continued.'),
  p('Md', 'The base in Annapolis, Md., is closed.'),
  p('Mass', 'Students in Boston, Mass., walked out.'),
  p('Mich', 'Workers in Flint, Mich., waited.'),
  p('Minn', 'Police in Duluth, Minn., responded.'),
  p('Miss', 'The bridge in Biloxi, Miss., reopened.'),
  p('Mo', 'The protest in Ferguson, Mo., grew.'),
  p('Mont', 'Ranchers in Billings, Mont., sued.'),
  p('Neb', 'Voters in Omaha, Neb., split.'),
  p('Nev', 'The casino in Reno, Nev., closed.'),
  p('Okla', 'Schools in Tulsa, Okla., reopened.'),
  p('Ore', 'Protesters in Portland, Ore., marched.'),
  p('Pa', 'The rally in Erie, Pa., was packed.'),
  p('Tenn', 'Musicians in Memphis, Tenn., played on.'),
  p('Tex', 'The plant in Austin, Tex., expanded.'),
  p('Vt', 'Skiers in Stowe, Vt., cheered.'),
  p('Va', 'The shipyard in Norfolk, Va., hired.'),
  p('Wash', 'Rain in Seattle, Wash., persisted.'),
  p('Wis', 'Dairy farmers in Madison, Wis., met.'),
  p('Wyo', 'The park near Cody, Wyo., closed.'),
  p('Mt', 'Climbers reached Mt. Rainier.'),
  p('Ft', 'The troops returned to Ft. Bragg.'),
  p('Ave', 'The shop on Fifth Ave. closed.'),
  p('Blvd', 'The march went down Sunset Blvd. at noon.'),
  p('Rd', 'The crash on Mill Rd. blocked traffic.'),
  p('St', 'The office on Main St. opened.'),
  // Name and company suffixes.
  s('Jr', 'Martin Vell Jr. won the seat.'),
  s('Sr', 'Martin Vell Sr. founded the firm.'),
  s('Inc', 'Brightwater Inc. reported a loss.'),
  s('Corp', 'Halden Corp. cut 300 jobs.'),
  s('Co', 'The Pellham Co. was sold.'),
  s('Ltd', 'Arvo Ltd. denied the claim.'),
  s('Bros', 'Kessler Bros. filed for bankruptcy.'),
  s('Dept', 'The Dept. of Energy disagreed.'),
  s('Univ', 'Westbrook Univ. hired him.'),
  s('Assn', 'The Dairy Assn. objected.'),
  s('etc', 'Roads, bridges, ports, etc. were damaged.'),
  // Inside a sentence only.
  { id: 'inner-vs', abbr: 'vs', cls: 'inner', example: 'The case of Orr vs. Lane was heard.' },
  { id: 'inner-v', abbr: 'v', cls: 'inner', example: 'In Marsh v. Tull the court ruled.' },
  { id: 'inner-approx', abbr: 'approx', cls: 'inner', example: 'It costs approx. 40 dollars.' },
  { id: 'inner-est', abbr: 'est', cls: 'inner', example: 'The firm (est. 1901) is old.' },
  { id: 'inner-cf', abbr: 'cf', cls: 'inner', example: 'See the earlier ruling (cf. the appeal).' },
  // Abbreviations only before a number.
  { id: 'numbered-no', abbr: 'No', cls: 'numbered', example: 'He was ranked No. 2 in the world.' },
  { id: 'numbered-nos', abbr: 'Nos', cls: 'numbered', example: 'Items Nos. 4 and 5 were struck.' },
  { id: 'numbered-art', abbr: 'Art', cls: 'numbered', example: 'It breaches Art. 5 of the treaty.' },
  { id: 'numbered-vol', abbr: 'Vol', cls: 'numbered', example: 'The study appeared in Vol. 12.' },
  { id: 'numbered-fig', abbr: 'Fig', cls: 'numbered', example: 'See Fig. 3 for the totals.' },
];

/**
 * Capitalised words that start sentences and rarely follow an abbreviation inside one: "in the
 * U.S. The report" splits, "the U.S. Senate" does not. Read only after a `month`, `place` or
 * `suffix` abbreviation or a dotted one ("U.S.", "p.m."). Written by dateline developers, 2026-11-25.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'The',
  'A',
  'An',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'You',
  'His',
  'Her',
  'Its',
  'Their',
  'Our',
  'My',
  'This',
  'That',
  'These',
  'Those',
  'There',
  'But',
  'And',
  'Or',
  'So',
  'Yet',
  'If',
  'When',
  'While',
  'As',
  'After',
  'Before',
  'Although',
  'However',
  'Meanwhile',
  'Still',
  'Now',
  'Then',
  'Some',
  'Many',
  'Most',
  'Asked',
  'According',
  'What',
  'Why',
  'How',
  'Who',
  'Where',
  'In',
  'On',
  'At',
  'For',
  'With',
  'By',
  'Last',
  'Earlier',
  'Later',
  'Officials',
]);

/** The abbreviations by their letters. */
export const ABBREVIATION_CLASS: ReadonlyMap<string, AbbreviationClass> = new Map(
  ABBREVIATIONS.map((a) => [a.abbr, a.cls]),
);

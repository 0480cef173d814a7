/** Shared lists and helpers of the gazetteer tests. */
import { tokenize } from '../../../src/analyze/text/index.js';
import { SECTORS } from '../../../src/analyze/types.js';

/** Every Sector code (the Sector type is made of this list). */
export { SECTORS };

/**
 * ISO 3166-1 alpha-3, all 249 officially assigned codes as of 2026, written out independently of
 * the data file (cross-checked against the Debian iso-codes 4.15 list).
 */
export const ISO_ALPHA3: readonly string[] = [
  'ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN',
  'BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN',
  'CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU',
  'DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR',
  'GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV',
  'HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM',
  'KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA',
  'MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM',
  'NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL',
  'PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE',
  'SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK',
  'TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB',
  'VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE',
].flatMap((line) => line.split(' '));

/** Whether every item of a list is distinct. */
export const unique = (items: readonly string[]): boolean => new Set(items).size === items.length;

/** The items that occur more than once. */
export const duplicates = (items: readonly string[]): string[] =>
  [...new Set(items.filter((x, i) => items.indexOf(x) !== i))].sort();

/** An ISO date of year, month or day precision that exists in the calendar. */
export function validIsoDate(s: string): boolean {
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(s)) return false;
  const full = s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s;
  const d = new Date(`${full}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === full;
}

/** The word tokens of a sentence, as the analysis tokenizer gives them to the actor stage. */
export function tokens(text: string): string[] {
  return tokenize(text).map((t) => text.slice(t.start, t.end));
}

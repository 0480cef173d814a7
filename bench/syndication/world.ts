/**
 * The fictional world of the synthetic syndication set: countries, cities, people, outlets and
 * the agencies that write the wire copy. All invented for dateline; any likeness is chance.
 */

/** A country and its cities, capital first. */
export interface Country {
  name: string;
  demonym: string;
  cities: readonly string[];
  currency: string;
}

export const COUNTRIES: readonly Country[] = [
  { name: 'Veloria', demonym: 'Velorian', cities: ['Port Ansel', 'Caldera', 'Mirefield'], currency: 'velor' },
  { name: 'Ostrana', demonym: 'Ostranan', cities: ['Ostrava Nova', 'Brisk', 'Holmgate'], currency: 'ostran' },
  { name: 'Kessmark', demonym: 'Kessian', cities: ['Kessburg', 'Lindhaven', 'Torvik'], currency: 'krone' },
  { name: 'Alcadia', demonym: 'Alcadian', cities: ['San Aurel', 'Ribera', 'Montaval'], currency: 'peso' },
  { name: 'Marenth', demonym: 'Marenthi', cities: ['Marenth City', 'Qasira', 'Duneport'], currency: 'dinar' },
  { name: 'Tarsovia', demonym: 'Tarsovian', cities: ['Tarsk', 'Velgrad', 'Oznitsa'], currency: 'tarsa' },
  { name: 'Dulmara', demonym: 'Dulmaran', cities: ['Dulmar', 'Kanto Bay', 'Sefira'], currency: 'rupa' },
  {
    name: 'Pelagonia',
    demonym: 'Pelagonian',
    cities: ['Pelagos', 'Thessary', 'Kavros'],
    currency: 'drachma',
  },
  { name: 'Corvath', demonym: 'Corvathi', cities: ['Corvin', 'Ashmoor', 'Redwater'], currency: 'crown' },
  { name: 'Sundmere', demonym: 'Sundmerian', cities: ['Sundby', 'Elmstrand', 'Norrvik'], currency: 'mark' },
  { name: 'Ilvara', demonym: 'Ilvaran', cities: ['Ilvar', 'Pontessa', 'Luma'], currency: 'lira' },
  {
    name: 'Brenholt',
    demonym: 'Brenholti',
    cities: ['Brenholt', 'Falkirk Vale', 'Ardmore'],
    currency: 'pound',
  },
];

export const FIRST_NAMES: readonly string[] = [
  'Anna',
  'Tomas',
  'Lena',
  'Marek',
  'Sofia',
  'Daniel',
  'Irena',
  'Pavel',
  'Clara',
  'Jonas',
  'Amira',
  'Yusuf',
  'Elena',
  'Mateo',
  'Ines',
  'Viktor',
  'Noor',
  'Henrik',
  'Lucia',
  'Oskar',
  'Mira',
  'Rafael',
  'Greta',
  'Samir',
  'Helga',
  'Dario',
  'Farah',
  'Emil',
  'Katya',
  'Julian',
];

export const SURNAMES: readonly string[] = [
  'Halvorsen',
  'Petrova',
  'Marsh',
  'Okafor',
  'Lindqvist',
  'Varga',
  'Castellano',
  'Brandt',
  'Novak',
  'Haddad',
  'Moreau',
  'Kovalenko',
  'Ferreira',
  'Dunmore',
  'Sato',
  'Albescu',
  'Renner',
  'Quist',
  'Mendes',
  'Tarkan',
  'Ivers',
  'Szabo',
  'Calloway',
  'Ostrowski',
  'Benali',
  'Hartmann',
  'Rossi',
  'Eklund',
  'Vidal',
  'Kerrigan',
  'Amundsen',
  'Delacroix',
  'Mbeki',
  'Larkin',
  'Voss',
  'Orlov',
  'Santos',
  'Whitlock',
  'Zeller',
  'Farrow',
];

export const ANALYST_FIRMS: readonly string[] = [
  'Harbourline Capital',
  'Meridian Research',
  'Northgate Securities',
  'Calder & Finch',
  'Oakhurst Economics',
  'Bluewater Advisory',
  'Stratum Partners',
  'Ironbridge Analytics',
  'Lantern Insights',
  'Crestmoor Bank',
];

export const WEEKDAYS: readonly string[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

/** Who wrote a base story, and how its copy marks it. */
export interface WireAgency {
  /** The canonical name `originalSource` should give; undefined for an outlet's own story. */
  name?: string;
  /** How the dateline reads; `{CITY}` upper case, `{City}` as written. */
  dateline?: string;
  /** A credit line at the end of the agency's copy. */
  tail?: string;
  /** How an outlet credits the agency when it drops the dateline. */
  credits: readonly string[];
  /** How a quote cue names it ("told Reuters"). */
  told?: string;
}

export const WIRE_AGENCIES: readonly WireAgency[] = [
  {
    name: 'Reuters',
    dateline: '{CITY} (Reuters) - ',
    tail: '(Reporting by {reporter}; Editing by {editor})',
    credits: ['By Reuters', '— Reuters', 'Reuters contributed to this report.'],
    told: 'Reuters',
  },
  {
    name: 'AP',
    dateline: '{CITY} (AP) — ',
    credits: ['By The Associated Press', 'The Associated Press contributed to this report.'],
    told: 'The Associated Press',
  },
  { name: 'AFP', dateline: '{City} (AFP) - ', credits: ['— AFP', 'With AFP'], told: 'AFP' },
  { name: 'dpa', dateline: '{City} (dpa) - ', credits: ['(dpa)'] },
  { name: 'Bloomberg', dateline: '(Bloomberg) -- ', credits: ['— Bloomberg'], told: 'Bloomberg News' },
  { credits: [] },
];

/** A site that republishes wire copy, with the boilerplate its pages leak into the text. */
export interface Outlet {
  site: string;
  name: string;
  /** A navigation line before the article. */
  nav?: string;
  /** An inline link to another story; `{headline}` is some other story's headline. */
  readMore?: string;
  newsletter?: string;
  copyright: string;
  /** How its headlines read: a prefix or suffix style. */
  headline: 'plain' | 'prefix' | 'question';
}

export const OUTLETS: readonly Outlet[] = [
  {
    site: 'harbourgazette.example',
    name: 'The Harbour Gazette',
    nav: 'Home | News | World | Business | Sport | Opinion | Weather',
    readMore: 'Read more: {headline}',
    newsletter: 'Sign up for the Morning Tide newsletter for the day’s top stories, delivered at 6 a.m.',
    copyright: '© 2025 The Harbour Gazette. All rights reserved.',
    headline: 'plain',
  },
  {
    site: 'valleyherald.example',
    name: 'Valley Herald',
    readMore: 'READ MORE: {headline}',
    copyright: 'Copyright 2025 Valley Herald Media Group.',
    headline: 'prefix',
  },
  {
    site: 'dailymeridian.example',
    name: 'Daily Meridian',
    nav: 'World / Europe / Americas / Asia / Africa / Middle East',
    newsletter: 'Get our World Briefing in your inbox every weekday. Subscribe now.',
    copyright: '© Daily Meridian 2025',
    headline: 'plain',
  },
  {
    site: 'northstartimes.example',
    name: 'Northstar Times',
    readMore: 'Related: {headline}',
    newsletter: 'Never miss a story: follow Northstar Times on your favourite news app.',
    copyright: '© 2025 Northstar Times Ltd.',
    headline: 'question',
  },
  {
    site: 'capitalledger.example',
    name: 'The Capital Ledger',
    nav: 'Markets | Economy | Companies | Tech | Personal Finance',
    readMore: 'See also: {headline}',
    copyright: 'The Capital Ledger © 2025. Data delayed by 15 minutes.',
    headline: 'prefix',
  },
  {
    site: 'riverbendpost.example',
    name: 'Riverbend Post',
    newsletter: 'Support local journalism. Become a member of the Riverbend Post today.',
    copyright: '© 2025 Riverbend Post. All rights reserved.',
    headline: 'plain',
  },
  {
    site: 'globalwire24.example',
    name: 'GlobalWire24',
    nav: 'Latest | Trending | Video | Podcasts',
    readMore: 'Also read: {headline}',
    newsletter: 'Download the GlobalWire24 app for breaking news alerts.',
    copyright: '© 2025 GlobalWire24',
    headline: 'prefix',
  },
  {
    site: 'coastalobserver.example',
    name: 'Coastal Observer',
    readMore: 'MORE: {headline}',
    copyright: 'Copyright © 2025 Coastal Observer Newspapers.',
    headline: 'question',
  },
  {
    site: 'metrodispatch.example',
    name: 'Metro Dispatch',
    nav: 'News | Local | National | World | Money | Life',
    newsletter: 'Like this story? Get the Dispatch Daily newsletter free.',
    copyright: '© 2025 Metro Dispatch. Terms of use | Privacy policy',
    headline: 'plain',
  },
  {
    site: 'highlandcourier.example',
    name: 'Highland Courier',
    readMore: 'Read more from the Courier: {headline}',
    copyright: '© Highland Courier 2025. All rights reserved.',
    headline: 'prefix',
  },
  {
    site: 'eveningstandardbearer.example',
    name: 'Evening Standard-Bearer',
    nav: 'Home › News › World',
    newsletter: 'Sign up to our evening email for the stories that matter.',
    copyright: '© 2025 Evening Standard-Bearer Ltd',
    headline: 'plain',
  },
  {
    site: 'lakesidejournal.example',
    name: 'Lakeside Journal',
    readMore: 'Keep reading: {headline}',
    newsletter: 'Subscribe for unlimited access to the Lakeside Journal for just $1 a week.',
    copyright: 'Lakeside Journal © 2025',
    headline: 'question',
  },
];

/** Headline prefixes an outlet adds ("plain" adds none). */
export const HEADLINE_PREFIXES: readonly string[] = ['WATCH:', 'UPDATE:', 'LIVE:', 'EXPLAINER:', 'BREAKING:'];

/**
 * Word swaps outlets make in wire copy (house style, regional spelling): applied as whole words.
 */
export const WORD_SWAPS: readonly (readonly [string, string])[] = [
  ['said', 'stated'],
  ['percent', 'per cent'],
  ['about', 'around'],
  ['government', 'administration'],
  ['officials', 'authorities'],
  ['announced', 'unveiled'],
  ['people', 'residents'],
  ['expected', 'forecast'],
  ['however', 'but'],
  ['also', 'further'],
  ['week', 'weeks'],
  ['largest', 'biggest'],
  ['help', 'assist'],
  ['begin', 'start'],
  ['told', 'informed'],
];

/** Local intros outlets put before wire copy; `{outletCity}` is a city of another country. */
export const LOCAL_INTROS: readonly string[] = [
  'Readers in {outletCity} with family in {country} can find consular contact details on our website.',
  'The news was watched closely in {outletCity}, where several firms do business with {country}.',
  '[Exporters|Travellers|Families] in {outletCity} [are following|have been following] developments in {country} closely.',
  'Our correspondent in {outletCity} says the [decision|news|events] [could|may] have local [consequences|effects].',
];

/**
 * Photo captions that leak into the text, with photo credits that name agencies: decoys for
 * `originalSource`, which must credit the text, not the picture. `{agency}` is any agency.
 */
export const CAPTIONS: readonly string[] = [
  '[Residents|Workers|Officials] [gather|wait|walk] [near|outside] [the site|a government building] in {city2}. (AP Photo/{reporter})',
  '[A view of|Traffic in] {capital} on {day}. Photo: {photoAgency}/{reporter}',
  '[People|Protesters|Passengers] in {capital}. Photograph: {reporter}/AFP via Getty Images',
  '[A street|The harbour] in {city2}. (Reuters/{reporter})',
];

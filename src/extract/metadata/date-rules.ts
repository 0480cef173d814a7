/**
 * The reviewed data behind date reading: month names in the languages we meet in news,
 * time-zone abbreviations, URL date shapes and the printed date patterns.
 *
 * Provenance: month names from the CLDR month names (format and stand-alone, wide and
 * abbreviated) for each language listed, typed in by hand; zone abbreviations from RFC 2822
 * section 4.3 (the US zones) and common newspaper usage. Written for dateline.
 *
 * Change log:
 * - 2025-06: first version (en, de, fr, es, it, pt, nl, sv/da/no, pl, ru, uk, tr, id).
 * - 2026-11: Arabic month names (the Egyptian/Gulf forms and the Levantine Syriac forms, both
 *   CLDR `ar` variants); the languages that print numeric dates month first; the labels that
 *   tell a printed update date from a publication date ("Updated …", "Mis à jour le …").
 */

/** Month names by month number (index 0 = January), per language. Lower case. */
export const MONTH_NAMES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sept', 'sep'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  de: [
    ['januar', 'jänner', 'jän'],
    ['februar'],
    ['märz', 'maerz', 'mär', 'mrz'],
    ['april'],
    ['mai'],
    ['juni'],
    ['juli'],
    ['august'],
    ['september'],
    ['oktober', 'okt'],
    ['november'],
    ['dezember', 'dez'],
  ],
  fr: [
    ['janvier', 'janv'],
    ['février', 'fevrier', 'févr'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['août', 'aout'],
    ['septembre'],
    ['octobre'],
    ['novembre'],
    ['décembre', 'decembre', 'déc'],
  ],
  es: [
    ['enero', 'ene'],
    ['febrero'],
    ['marzo'],
    ['abril', 'abr'],
    ['mayo'],
    ['junio'],
    ['julio'],
    ['agosto', 'ago'],
    ['septiembre', 'setiembre'],
    ['octubre'],
    ['noviembre'],
    ['diciembre', 'dic'],
  ],
  it: [
    ['gennaio', 'gen'],
    ['febbraio'],
    ['marzo'],
    ['aprile'],
    ['maggio', 'mag'],
    ['giugno', 'giu'],
    ['luglio', 'lug'],
    ['agosto'],
    ['settembre', 'set'],
    ['ottobre', 'ott'],
    ['novembre'],
    ['dicembre'],
  ],
  pt: [
    ['janeiro'],
    ['fevereiro', 'fev'],
    ['março', 'marco'],
    ['abril'],
    ['maio'],
    ['junho'],
    ['julho'],
    ['agosto'],
    ['setembro'],
    ['outubro', 'out'],
    ['novembro'],
    ['dezembro'],
  ],
  nl: [
    ['januari'],
    ['februari'],
    ['maart', 'mrt'],
    ['april'],
    ['mei'],
    ['juni'],
    ['juli'],
    ['augustus'],
    ['september'],
    ['oktober'],
    ['november'],
    ['december'],
  ],
  // Swedish, Danish and Norwegian share most forms.
  nordic: [
    ['januari', 'januar'],
    ['februari', 'februar'],
    ['mars', 'marts'],
    ['april'],
    ['maj', 'mai'],
    ['juni'],
    ['juli'],
    ['augusti', 'august'],
    ['september'],
    ['oktober'],
    ['november'],
    ['december', 'desember'],
  ],
  pl: [
    ['stycznia', 'styczeń'],
    ['lutego', 'luty'],
    ['marca', 'marzec'],
    ['kwietnia', 'kwiecień'],
    ['maja', 'maj'],
    ['czerwca', 'czerwiec'],
    ['lipca', 'lipiec'],
    ['sierpnia', 'sierpień'],
    ['września', 'wrzesień'],
    ['października', 'październik'],
    ['listopada', 'listopad'],
    ['grudnia', 'grudzień'],
  ],
  // Genitive (as printed after a day number) first, then nominative and abbreviations.
  ru: [
    ['января', 'январь', 'янв'],
    ['февраля', 'февраль', 'фев'],
    ['марта', 'март'],
    ['апреля', 'апрель', 'апр'],
    ['мая', 'май'],
    ['июня', 'июнь', 'июн'],
    ['июля', 'июль', 'июл'],
    ['августа', 'август', 'авг'],
    ['сентября', 'сентябрь', 'сен', 'сент'],
    ['октября', 'октябрь', 'окт'],
    ['ноября', 'ноябрь', 'ноя', 'нояб'],
    ['декабря', 'декабрь', 'дек'],
  ],
  uk: [
    ['січня', 'січень'],
    ['лютого', 'лютий'],
    ['березня', 'березень'],
    ['квітня', 'квітень'],
    ['травня', 'травень'],
    ['червня', 'червень'],
    ['липня', 'липень'],
    ['серпня', 'серпень'],
    ['вересня', 'вересень'],
    ['жовтня', 'жовтень'],
    ['листопада', 'листопад'],
    ['грудня', 'грудень'],
  ],
  tr: [
    ['ocak'],
    ['şubat', 'subat'],
    ['mart'],
    ['nisan'],
    ['mayıs', 'mayis'],
    ['haziran'],
    ['temmuz'],
    ['ağustos', 'agustos'],
    ['eylül', 'eylul'],
    ['ekim'],
    ['kasım', 'kasim'],
    ['aralık', 'aralik'],
  ],
  id: [
    ['januari'],
    ['februari'],
    ['maret'],
    ['april'],
    ['mei'],
    ['juni'],
    ['juli'],
    ['agustus'],
    ['september'],
    ['oktober'],
    ['november'],
    ['desember'],
  ],
  // Egypt, the Gulf and the Maghreb (CLDR ar); both hamza spellings of April, May, July.
  ar: [
    ['يناير'],
    ['فبراير'],
    ['مارس'],
    ['أبريل', 'ابريل', 'إبريل'],
    ['مايو'],
    ['يونيو', 'يونيه'],
    ['يوليو', 'يوليه'],
    ['أغسطس', 'اغسطس'],
    ['سبتمبر'],
    ['أكتوبر', 'اكتوبر'],
    ['نوفمبر'],
    ['ديسمبر'],
  ],
  // The Levant and Iraq (CLDR ar-SY, ar-LB, ar-JO, ar-IQ): Syriac month names.
  arLevant: [
    ['كانون الثاني'],
    ['شباط'],
    ['آذار', 'اذار'],
    ['نيسان'],
    ['أيار', 'ايار'],
    ['حزيران'],
    ['تموز'],
    ['آب', 'اب'],
    ['أيلول', 'ايلول'],
    ['تشرين الأول', 'تشرين الاول'],
    ['تشرين الثاني'],
    ['كانون الأول', 'كانون الاول'],
  ],
};

/**
 * Languages (BCP 47, lower case) whose numeric dates put the month first ("03/05/2024" is
 * March 5). A page in any other declared language reads them day first (5 March); a page
 * that declares no language keeps the US reading, as before, unless the first number cannot
 * be a month ("19/11/2019").
 */
export const MONTH_FIRST_LANGS: ReadonlySet<string> = new Set(['en', 'en-us', 'en-ph', 'en-ca']);

/**
 * Words printed before a date that say which date it is. A printed line often holds both
 * ("Updated Feb. 9, 2021 | Published Feb. 8, 2021"); the published date is the one not
 * labelled as an update. Lower case, matched as whole words, case-insensitively.
 */
export const UPDATE_LABELS: readonly string[] = [
  'updated',
  'update',
  'last modified',
  'modified',
  'edited',
  'aktualisiert',
  'zuletzt geändert',
  'mis à jour',
  'màj',
  'actualizado',
  'actualización',
  'atualizado',
  'aggiornato',
  'bijgewerkt',
  'oppdatert',
  'uppdaterad',
  'opdateret',
  'zaktualizowano',
  'güncellendi',
  'обновлено',
  'обновлен',
  'изменено',
  '更新',
];

/** Weekday names (en, de, fr, es, it, pt, nl, ru), lower case: printed before or after dates. */
export const WEEKDAY_NAMES: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonnabend',
  'sonntag',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'lunes',
  'martes',
  'miércoles',
  'jueves',
  'viernes',
  'sábado',
  'domingo',
  'lunedì',
  'martedì',
  'mercoledì',
  'giovedì',
  'venerdì',
  'domenica',
  'segunda-feira',
  'terça-feira',
  'quarta-feira',
  'quinta-feira',
  'sexta-feira',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
  'понедельник',
  'вторник',
  'среда',
  'четверг',
  'пятница',
  'суббота',
  'воскресенье',
];

/**
 * Zone abbreviations printed after times, as offsets. RFC 2822's US zones plus common
 * European and Asia-Pacific ones. "IST" is left out: India, Ireland and Israel all use it.
 * US generic zones (ET, CT, MT, PT) depend on daylight saving and are in `US_GENERIC_ZONES`.
 */
export const ZONE_OFFSETS: Readonly<Record<string, string>> = {
  z: 'Z',
  ut: 'Z',
  utc: 'Z',
  gmt: 'Z',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
  akst: '-09:00',
  akdt: '-08:00',
  hst: '-10:00',
  wet: 'Z',
  west: '+01:00',
  bst: '+01:00',
  cet: '+01:00',
  cest: '+02:00',
  mez: '+01:00',
  mesz: '+02:00',
  eet: '+02:00',
  eest: '+03:00',
  msk: '+03:00',
  мск: '+03:00',
  sgt: '+08:00',
  hkt: '+08:00',
  jst: '+09:00',
  kst: '+09:00',
  awst: '+08:00',
  acst: '+09:30',
  aest: '+10:00',
  aedt: '+11:00',
  nzst: '+12:00',
  nzdt: '+13:00',
};

/** US zones printed without S/D ("5:04 p.m. ET"): standard offset in hours; +1 in summer time. */
export const US_GENERIC_ZONES: Readonly<Record<string, number>> = { et: -5, ct: -6, mt: -7, pt: -8 };

/** Dates before this year are typos or placeholders ("0001-01-01", "1970-01-01" from epoch 0). */
export const EARLIEST_YEAR = 1900;

/**
 * URL and visible-text dates are guesses: before the news web began they are more likely an
 * archive reference or a birth date in the text than this article's date.
 */
export const EARLIEST_GUESSED_YEAR = 1995;

/** A date may lie this far ahead of now (time zones, clock skew); later ones are rejected. */
export const FUTURE_MARGIN_MS: number = 24 * 60 * 60 * 1000;

/** Date shapes in URL paths. Groups: year, month, day. */
export const URL_DATE_RULES: readonly { id: string; pattern: RegExp; example: string }[] = [
  {
    id: 'url-slashes',
    pattern: /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=\/|$|\.)/,
    example: '/2019/11/19/story',
  },
  {
    id: 'url-dashes',
    pattern: /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[/_.-]|$)/,
    example: '/story/2019-11-19/disney',
  },
  {
    id: 'url-compact',
    pattern: /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/,
    example: '/news/20191119/story.html',
  },
];

/** How a printed date pattern orders its three groups. */
export type DateOrder = 'mdy' | 'dmy' | 'ymd' | 'md?y';

/**
 * Printed date patterns. `{M}` is replaced by the alternation of all month names; `{L}` and
 * `{R}` by Unicode-aware word edges (JS `\b` is ASCII-only and fails before "ноября").
 * Order matters only for ties: the earliest match in the text wins.
 */
export const TEXT_DATE_RULES: readonly { id: string; source: string; order: DateOrder; example: string }[] = [
  {
    id: 'month-day-year',
    source: '{L}({M})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}){R}',
    order: 'mdy',
    example: 'Nov. 19, 2019 at 5:04 p.m. ET',
  },
  {
    id: 'day-month-year',
    source:
      '{L}(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?\\s*(?:de\\s+)?({M})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4}){R}',
    order: 'dmy',
    example: '19 de noviembre de 2019',
  },
  {
    id: 'year-month-day',
    source: '{L}(\\d{4})\\.?\\s+({M})\\.?\\s+(\\d{1,2}){R}',
    order: 'ymd',
    example: '2019 Nov 19',
  },
  {
    id: 'cjk',
    source: '(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?',
    order: 'ymd',
    example: '2019年11月19日',
  },
  {
    id: 'iso-like',
    source: '{L}(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\p{N}])',
    order: 'ymd',
    example: '2019-11-19',
  },
  {
    id: 'day-dot-month',
    source: '{L}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}){R}',
    order: 'dmy',
    example: '19.11.2019',
  },
  {
    id: 'day-dash-month',
    source: '{L}(\\d{1,2})-(\\d{1,2})-(\\d{4}){R}',
    order: 'dmy',
    example: '19-11-2019',
  },
  // US order unless the first number cannot be a month ("19/11/2019").
  { id: 'slashes', source: '{L}(\\d{1,2})/(\\d{1,2})/(\\d{4}){R}', order: 'md?y', example: '11/19/2019' },
];

/**
 * A time printed right after a date: "at 5:04 p.m. ET", "17:04 Uhr", "um 17.04", "T17:04:00Z",
 * "17:04:00 +0000". Groups: hour, minute, second, am/pm, zone.
 */
export const TIME_AFTER_DATE: RegExp =
  /^\s*(?:,|at|um|à|às|a las|alle|в|kl\.?|-|–|\||T|,\s*at)?\s*(\d{1,2})[:h.](\d{2})(?::(\d{2}))?\s*(?:uhr|h)?\s*([ap]\.?\s?m\.?)?\s*(?:\(?\s*((?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|[a-zа-я]{1,5})(?![\p{L}])\s*\)?)?/iu;

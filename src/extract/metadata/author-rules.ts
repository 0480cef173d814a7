/**
 * The reviewed word lists that turn bylines into people: prefixes ("By", "Von", "Автор:"),
 * connectors between names, job titles, organisation words and sponsor phrases.
 *
 * Provenance: written for dateline from bylines seen on news pages in English, German, French,
 * Spanish, Italian, Portuguese, Dutch, the Nordic languages and Russian (the ScrapingHub
 * benchmark pages, studied, not copied), and the author-cleaning regexes of trafilatura's
 * `metadata.py` (Apache-2.0), rewritten and extended. Agency names are the major wire services.
 *
 * Change log:
 * - 2025-06: first version.
 * - 2026-11: Arabic byline words ("كتب", "بقلم", "بواسطة"); "started" ends a live blog's
 *   byline ("Written by A and B Started 06:02"); role nouns that end a job title; the words
 *   that lead into a cut date ("by Jane Doe on").
 */

/**
 * Words printed before names: "By", "Von", "Par", "Por", "Door", "Av", "Автор:". Matched at
 * the start of a byline or of each name, case-insensitively, with an optional colon; entries
 * ending in ":" need the colon ("Text: Jane Doe", never "Text Smith"). "da" and "from" are left
 * out: "Da Silva" is a surname and "From Reuters" names an agency.
 */
export const BYLINE_PREFIXES: readonly string[] = [
  'written by',
  'reported by',
  'posted by',
  'story by',
  'words by',
  'text by',
  'by',
  'von',
  'par',
  'por',
  'door',
  'av',
  'af',
  'autor',
  'autora',
  'autore',
  'auteur',
  'author',
  'authors',
  'text:',
  'texto:',
  'texte:',
  'автор',
  'авторы',
  'текст:',
  '作者',
  '記者',
  '文:',
  'كتب',
  'بقلم',
  'بواسطة',
];

/** Prefixes matched only in lower case: Italian "di Mario Rossi", but "Di Caprio" is a name. */
export const LOWERCASE_PREFIXES: readonly string[] = ['di'];

/** Words that join names in a list: "A, B and C", "A und B", "A y B", "A и B". */
export const NAME_CONNECTORS: readonly string[] = [
  'and',
  'und',
  'et',
  'y',
  'e',
  'en',
  'og',
  'och',
  'ja',
  'és',
  'i',
  've',
  'dan',
  'и',
  'та',
  'with',
  'mit',
  'avec',
  'con',
  'com',
];

/**
 * The role words that name a job on their own, so that a name part ending in one is a title,
 * not a person ("Transport Reporter", "City Editor", "Health Correspondent"): a single other
 * word before them is a beat, not a first name.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'writer',
  'reporter',
  'correspondent',
  'editor',
  'columnist',
  'contributor',
  'photographer',
  'journalist',
  'analyst',
  'producer',
  'intern',
  'redakteur',
  'redakteurin',
  'korrespondent',
  'korrespondentin',
  'journaliste',
  'correspondant',
  'correspondante',
  'periodista',
  'corresponsal',
  'redactor',
  'redactora',
  'giornalista',
  'jornalista',
  'repórter',
  'корреспондент',
  'журналист',
  'редактор',
  'обозреватель',
]);

/**
 * Job titles that follow or replace a name ("Jane Doe, Staff Writer"). A name part made only
 * of these words is dropped; trailing ones are cut off a longer name.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  ...ROLE_NOUNS,
  'editor-at-large',
  'editor-in-chief',
  'staff',
  'writers',
  'reporters',
  'correspondents',
  'editors',
  'contributing',
  'senior',
  'chief',
  'political',
  'foreign',
  'special',
  'associate',
  'assistant',
  'managing',
  'deputy',
  'executive',
  'guest',
  'freelance',
  'national',
  'international',
  'investigative',
  'science',
  'tech',
  'technology',
  'sports',
  'business',
  'health',
  'entertainment',
  'politics',
  'digital',
  'news',
  'desk',
  '记者',
  '記者',
]);

/**
 * Words that mark a byline as an organisation, not a person ("Reuters Staff", "The Moscow
 * Times", "Editorial Board", "dpa"). Must not catch surnames: "Post", "Herald" are left out.
 */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'news',
  'times',
  'press',
  'media',
  'agency',
  'agencies',
  'newsroom',
  'staff',
  'team',
  'desk',
  'board',
  'editorial',
  'redaktion',
  'rédaction',
  'redacción',
  'redazione',
  'redação',
  'редакция',
  'inc',
  'ltd',
  'llc',
  'gmbh',
  'group',
  'network',
  'magazine',
  'journal',
  'tribune',
  'gazette',
  'online',
  'tv',
  'radio',
  'service',
  'wire',
  'reuters',
  'afp',
  'dpa',
  'ap',
  'upi',
  'ansa',
  'efe',
  'xinhua',
  'tass',
  'interfax',
  'bloomberg',
  'kyodo',
  'yonhap',
  'anadolu',
  'pti',
  'ians',
  'admin',
  'administrator',
  'webmaster',
  'anonymous',
  'unknown',
]);

/** A byline that names a sponsor, not a writer: the whole byline yields no author. */
export const SPONSOR_PATTERN: RegExp =
  /\b(?:promoted|sponsored|presented|paid\s+for|brought\s+to\s+you)\s+by\b|\bsponsored\s+content\b|\bpartner\s+content\b/i;

/**
 * Words after which a byline stops naming people: "By Jane Doe | Updated 5:04 p.m.",
 * "Von Max Muster, aktualisiert am …". Matched as whole words, case-insensitively.
 */
export const BYLINE_STOP_WORDS: readonly string[] = [
  'updated',
  'update',
  'published',
  'posted',
  'last updated',
  'first published',
  'aktualisiert',
  'veröffentlicht',
  'stand',
  'mis à jour',
  'publié',
  'actualizado',
  'publicado',
  'atualizado',
  'aggiornato',
  'pubblicato',
  'обновлено',
  'опубликовано',
  'follow',
  'email',
  'share',
  'started',
];

/**
 * Words left at the end of a byline once the date after them is cut: "Posted by Jane Doe on
 * Nov. 19", "Von Max Muster am 19.11.2019", "Par Claire Dubois le 19 novembre". Lower case,
 * matched case-sensitively, so that a name never loses a capitalised part.
 */
export const DATE_LEAD_WORDS: readonly string[] = [
  'on',
  'at',
  'am',
  'um',
  'le',
  'el',
  'il',
  'em',
  'den',
  'op',
  'à',
  'às',
  'в',
  'от',
];

/** Pieces to remove wherever they occur in a byline: emails, URLs and @handles. */
export const BYLINE_NOISE: RegExp = /\S+@\S+\.\S+|https?:\/\/\S+|www\.\S+|(?<![\p{L}\p{N}])@\w+/gu;

/**
 * Lower-case words allowed inside a printed name ("Ludwig van Beethoven", "Maria da Silva",
 * "Abdullah bin Zayed"). Any other lower-case word marks a phrase, not a name.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'da',
  'di',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'ten',
  'zu',
  'du',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'e',
]);

/** First words that never start a person's name: "The Moscow Times", "Die Redaktion". */
export const NON_NAME_STARTS: ReadonlySet<string> = new Set([
  'the',
  'an',
  'der',
  'die',
  'das',
  'les',
  'los',
  'las',
]);

/** Names longer than this many words are sentences, not names. */
export const MAX_NAME_WORDS = 6;

/** Bylines longer than this many characters are bios or whole blocks, not bylines. */
export const MAX_BYLINE_CHARS = 160;

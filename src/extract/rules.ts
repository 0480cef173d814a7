/**
 * The reviewed heuristics of body extraction, in one place.
 *
 * Where they come from: the tag sets and the candidate scoring follow Mozilla Readability
 * (Readability.js, REGEXPS and _initializeNode); the boilerplate groups follow trafilatura's
 * xpaths.py (share, related, newsletter, comments, consent), widened with class names seen on
 * the development pages. Every constant of the scoring was tuned together on the ScrapingHub
 * development set (`npm run bench:extract`); change one, re-run the whole benchmark.
 */

/** Removed before anything else: never article prose. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'nav',
  'dialog',
  'link',
  'meta',
  'head',
  'title',
  'base',
  'audio',
  'video',
  'source',
  'track',
  'map',
  'area',
]);

/** Inline (phrasing) elements: their text flows into the surrounding paragraph. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'img',
  'picture',
  'br',
]);

/** Elements that hold a paragraph's worth of prose and feed the candidate scores. */
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'td', 'blockquote', 'dd', 'li']);

/** Initial candidate weight by tag (Readability's _initializeNode). */
export const TAG_WEIGHT: Readonly<Record<string, number>> = {
  div: 5,
  article: 10,
  main: 5,
  section: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** Class/id words that mark the article container (scored up; never pruned). */
export const POSITIVE_CLASS: RegExp =
  /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|paywall|prose|rich-?text/i;

/** Class/id words that mark page furniture (scored down). */
export const NEGATIVE_CLASS: RegExp =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|taboola|recirc|most-?popular|newsletter/i;

/**
 * Class/id words of containers that are removed outright, unless the same string also says
 * "this is the article" (SAFE_CLASS) or the element is the document body. The first pass uses
 * both lists; when it finds too little, the looser pass keeps only FURNITURE_CLASS, whose words
 * (comments, consent, recirculation) never name an article's container.
 */
export const UNLIKELY_CLASS: RegExp =
  /-ad-|ai2html|banner|breadcrumb|combx|community|cover-wrap|extra|footer|gdpr|header|legends|menu|remark|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|signup|paywall-prompt|toolbar|masthead|navbar|nav-|-nav|navigation|breaking-news|ticker/i;

/** See UNLIKELY_CLASS: furniture in every pass. */
export const FURNITURE_CLASS: RegExp =
  /comment|disqus|replies|respond|cookie|consent|newsletter|subscribe|recommend|trending|most-?read|most-?popular|outbrain|taboola|related|share/i;

/** Keeps a container that UNLIKELY_CLASS matched (Readability's okMaybeItsACandidate). */
export const SAFE_CLASS: RegExp =
  /and|article|body|column|content|main|mathjax|shadow|story|entry|post-?text/i;

/**
 * Class/id words of elements inside the chosen article container that are furniture, not prose:
 * share bars, inline ads, "read more" inserts, newsletter boxes, bylines and datelines (kept as
 * metadata, not body), captions' credits, tag lists, author bios. Matched only on elements whose
 * text is small next to the body, so a wrapper named "article-share-wrap" cannot erase a story.
 */
export const INNER_JUNK_CLASS: RegExp =
  /(^|[\s_-])(ad|ads|advert|advertisement|dfp|gpt|sponsor(ed)?|promo|share|sharing|social|newsletter|subscribe|signup|related|recommended|read-?more|more-?stories|also-?read|see-?also|tags?|topics|byline|author|timestamp|date|meta|pull-?quote|breadcrumbs?|toolbar|comments?|print|caption-credit|credit|inline-?(ad|promo|related)|rail|outbrain|taboola|disclaimer|correction-?link|video-?player|player|embed-?(promo|ad))([\s_-]|$)|advert|adslot|ad-?container|ad-?wrapper|ad-?unit|adunit|googlead|dfp-|social-?share|share-?bar|sharebar|newsletter|related-?(links|articles|content|stories)|recirc|pull-?quote|pullout|caption|photo-?credit|image-?credit|wp-caption-text/i;

/** ARIA roles of page furniture. */
export const JUNK_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'menu',
  'menubar',
  'complementary',
  'banner',
  'contentinfo',
  'alert',
  'alertdialog',
  'dialog',
  'search',
  'tablist',
]);

/** Punctuation that ends a sentence in the scripts we read; a paragraph without it may be cut. */
export const SENTENCE_END: RegExp = /[.!?…。！？؟۔।"”’»)\]:;]$/u;

/** Commas in several scripts: Readability counts them as a prose signal. */
export const COMMAS: RegExp = /[,،、，]/g;

/** Scoring constants, tuned together (see the file comment). */
export const SCORING = {
  /** Paragraphs shorter than this do not vote. */
  minParagraphChars: 25,
  /** Ancestor levels that receive a paragraph's vote, with their dividers. */
  ancestorLevels: 5,
  /** A sibling of the top candidate joins when its score reaches this share of the top's
   * (Readability: 0.2; swept 0.2–0.7 here, F1 flat from 0.4 to 0.5). */
  siblingShare: 0.4,
  /** ... or when it is a paragraph at least this long with low link density. */
  siblingParagraphChars: 80,
  siblingLinkDensity: 0.25,
  /** Readability's common-ancestor step: other candidates within this share of the top. */
  alternativeShare: 0.75,
  /** A chunk of the same kind (same class) as the top joins from this share of its score. */
  chunkShare: 0.3,
  /** ... and how far above the top candidate their common ancestor may be. */
  chunkLevels: 4,
  /** A list whose items nearly all hold a link, this share of its text linked, and items this
   * short on average, is a list of teasers for other stories. */
  teaserLinkDensity: 0.3,
  teaserItemChars: 120,
  /** A layout-table cell holding this share of its row's text is the story's cell. */
  dominantCell: 0.6,
  /** Links above this share of a block's text make it navigation. */
  maxLinkDensity: 0.5,
} as const;

/**
 * Short lines that are furniture in any article: ad labels, "read more" inserts, share and
 * follow prompts, newsletter calls. Matched against whole blocks under `maxChars` only. Gathered
 * from the development pages and the anchors' boilerplate lists (trafilatura, Readability),
 * in the languages we read most; extend per language, never with words a sentence could start with.
 */
export const BOILERPLATE_LINE: { readonly maxChars: number; readonly pattern: RegExp } = {
  maxChars: 160,
  pattern:
    /^(advert|advertisement|advertising|sponsored( content)?|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|реклама|广告|広告|광고|(continue|keep) reading|read (more|next|also|the full)\b|related( (articles?|stories|coverage|content))?:?$|see also:?|more on this|also read:?|recommended( for you)?:?$|sign up\b|subscribe (now|to|today)|click here\b|share (this|on|via)\b|follow (us|@)|image (copyright|caption|source)|photo:|getty images$|don.t miss|all rights reserved|copyright ©|© \d{4}|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|leer más|lea también|leia também|читайте также|смотрите также)/iu,
} as const;

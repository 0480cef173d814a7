/**
 * The reviewed data behind page metadata: which tags and markup we trust, in what order, and
 * the word lists that clean author names, titles and captions. Code in this folder reads these
 * tables and holds no lists of its own.
 *
 * Provenance: written for dateline from the Open Graph protocol (ogp.me), schema.org
 * (CreativeWork, NewsArticle, Person, Organization), Dublin Core meta names, the Parse.ly and
 * Sailthru meta conventions, and from reading the markup of real news pages (the ScrapingHub
 * article-extraction benchmark pages, studied, not copied). The meta-name groups follow the
 * same sources as trafilatura's `metadata.py` (Apache-2.0), rewritten and extended here.
 *
 * Author word lists live in author-rules.ts, month names and zones in date-rules.ts.
 *
 * Change log:
 * - 2025-06: first version.
 * - 2026-11: "firma" bylines; reader discussions ("discussion", "responses", "replies") hide
 *   their dates and names like comments do.
 */

/* ------------------------------------------------------------------ dates: trust order */

/** Where a published or modified date came from, most trusted first. */
export type DateTier = 'jsonld' | 'opengraph' | 'meta' | 'time' | 'url' | 'text';

/**
 * The order of trust for dates, highest first. A lower tier is read only when every higher
 * tier gave nothing usable (missing, unparseable, impossible or in the future). The publisher's
 * structured data comes first because it is written for machines about this very article;
 * visible text comes last because a page shows many dates (related stories, comments, "today").
 */
export const DATE_TRUST: readonly { id: DateTier; source: string; example: string }[] = [
  {
    id: 'jsonld',
    source: 'JSON-LD datePublished / dateModified of the Article-type node (NewsArticle, BlogPosting, …)',
    example: '{"@type":"NewsArticle","datePublished":"2019-11-19T13:03:00Z"}',
  },
  {
    id: 'opengraph',
    source: 'article:published_time / article:modified_time / og:published_time meta',
    example: '<meta property="article:published_time" content="2019-11-19T07:03:25+00:00">',
  },
  {
    id: 'meta',
    source: 'other meta and microdata: pubdate, dc.date, sailthru.date, itemprop=datePublished, …',
    example: '<meta name="parsely-pub-date" content="2019-11-19T17:04:00Z">',
  },
  {
    id: 'time',
    source: '<time datetime>: one marked pubdate/itemprop, else the first inside the article or header',
    example: '<time datetime="2019-11-19" pubdate>',
  },
  { id: 'url', source: 'the URL path', example: 'https://example.com/2019/11/19/story.html' },
  {
    id: 'text',
    source: 'visible date text in date-classed elements and just below the headline',
    example: '<span class="date">Nov. 19, 2019 at 5:04 p.m. ET</span>',
  },
];

/**
 * Meta keys (lower-cased `name`, `property`, `http-equiv`, or `itemprop:` + itemprop) that
 * carry a date, with the tier they belong to. Within a tier the first key listed here wins.
 */
export const META_DATE_KEYS: readonly { key: string; field: 'published' | 'modified'; tier: DateTier }[] = [
  { key: 'article:published_time', field: 'published', tier: 'opengraph' },
  { key: 'og:published_time', field: 'published', tier: 'opengraph' },
  { key: 'article:published', field: 'published', tier: 'opengraph' }, // nytimes.com
  { key: 'article:modified_time', field: 'modified', tier: 'opengraph' },
  { key: 'og:updated_time', field: 'modified', tier: 'opengraph' },
  { key: 'article:modified', field: 'modified', tier: 'opengraph' },
  { key: 'itemprop:datepublished', field: 'published', tier: 'meta' },
  { key: 'parsely-pub-date', field: 'published', tier: 'meta' },
  { key: 'sailthru.date', field: 'published', tier: 'meta' },
  { key: 'pubdate', field: 'published', tier: 'meta' },
  { key: 'publishdate', field: 'published', tier: 'meta' },
  { key: 'publish-date', field: 'published', tier: 'meta' },
  { key: 'publish_date', field: 'published', tier: 'meta' },
  { key: 'published_time', field: 'published', tier: 'meta' },
  { key: 'article.published', field: 'published', tier: 'meta' }, // wsj.com
  { key: 'article_date_original', field: 'published', tier: 'meta' },
  { key: 'original-publish-date', field: 'published', tier: 'meta' },
  { key: 'datepublished', field: 'published', tier: 'meta' },
  { key: 'dc.date.issued', field: 'published', tier: 'meta' },
  { key: 'dcterms.issued', field: 'published', tier: 'meta' },
  { key: 'dc.date.created', field: 'published', tier: 'meta' },
  { key: 'dcterms.created', field: 'published', tier: 'meta' },
  { key: 'dc.date', field: 'published', tier: 'meta' },
  { key: 'dcterms.date', field: 'published', tier: 'meta' },
  { key: 'citation_publication_date', field: 'published', tier: 'meta' },
  { key: 'cxenseparse:recs:publishtime', field: 'published', tier: 'meta' },
  { key: 'pdate', field: 'published', tier: 'meta' }, // nytimes.com, "20191119"
  { key: 'date', field: 'published', tier: 'meta' },
  { key: 'itemprop:datecreated', field: 'published', tier: 'meta' },
  { key: 'itemprop:datemodified', field: 'modified', tier: 'meta' },
  { key: 'article.updated', field: 'modified', tier: 'meta' },
  { key: 'lastmod', field: 'modified', tier: 'meta' },
  { key: 'last-modified', field: 'modified', tier: 'meta' },
  { key: 'dc.date.modified', field: 'modified', tier: 'meta' },
  { key: 'dcterms.modified', field: 'modified', tier: 'meta' },
];

/* ------------------------------------------------------------- meta keys by field */

/** Meta keys for each text field, in order of trust (first non-empty wins). */
export const META_KEYS = {
  /** Title meta beyond og:title and twitter:title, which are candidates of their own. */
  otherTitle: ['itemprop:headline', 'dc.title', 'sailthru.title', 'parsely-title'],
  description: [
    'og:description',
    'description',
    'twitter:description',
    'itemprop:description',
    'dc.description',
    'sailthru.description',
  ],
  siteName: ['og:site_name'],
  /** App names: weaker than a title suffix ("NYTimes" vs "The New York Times"). */
  appName: ['application-name', 'apple-mobile-web-app-title', 'al:android:app_name', 'al:iphone:app_name'],
  author: [
    'author',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
    'dcterms.creator',
    'byl', // nytimes.com: "By Jamelle Bouie"
    'citation_author',
    'itemprop:author',
  ],
  image: ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'],
  canonical: ['og:url', 'twitter:url'],
  lang: ['content-language', 'dc.language', 'language', 'og:locale'],
} as const;

/* ------------------------------------------------------------------------ JSON-LD */

/** schema.org types whose node describes the article itself. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'techarticle',
  'scholarlyarticle',
  'report',
  'creativework',
]);

/** Page-level types whose dates and names we use when no article node exists. */
export const PAGE_TYPES: ReadonlySet<string> = new Set(['webpage', 'itempage', 'collectionpage', 'website']);

/** schema.org types that name an organisation rather than a person (org bylines). */
export const ORG_TYPES: ReadonlySet<string> = new Set([
  'organization',
  'newsmediaorganization',
  'corporation',
  'localbusiness',
  'governmentorganization',
  'ngo',
  'educationalorganization',
  'website',
  'brand',
]);

/** JSON-LD keys not descended into: lists of other stories would lend us their dates. */
export const JSONLD_SKIP_KEYS: ReadonlySet<string> = new Set([
  'itemListElement',
  'relatedLink',
  'review',
  'comment',
  'citation',
  'mentions',
  'about',
]);

/* --------------------------------------------------------------- class/id tokens */

/**
 * Class/id fragments (matched as substrings of the lower-cased class + id) that mark markup
 * by meaning. Substrings, not whole words, because sites glue words: "articleByline",
 * "post-author-name", "c-byline__item".
 */
export const CLASS_TOKENS = {
  /** The printed byline ("firma": the signature line of Spanish and Italian papers). */
  byline: ['byline', 'byl-', 'dateline-author', 'firma'],
  /** An author name or author block. Must not catch comment authors (see `skip`). */
  author: ['author', 'writer', 'autor', 'auteur', 'contributor', 'reporter'],
  /** Author widgets that hold more than a name: photos, bios, follow buttons. */
  authorNoise: ['avatar', 'bio', 'photo', 'image', 'img', 'thumb', 'social', 'follow', 'twitter', 'email'],
  /** Elements whose text is likely a date or a "Posted on … by …" line. */
  date: ['date', 'time', 'publish', 'posted', 'dateline', 'updated', 'meta'],
  /** Dates of an update, not of first publication. */
  modified: ['updat', 'modif', 'edited'],
  /** A photo credit inside a figure. */
  credit: ['credit', 'copyright', 'photographer', 'source', 'author', 'byline'],
  /** A figure caption outside <figcaption>. */
  caption: ['caption', 'legend'],
  /**
   * Subtrees about other content: comments, promos, lists of other stories. Matched as whole
   * class words (or plurals), not substrings, so "commentary" and wrappers such as
   * "has-sidebar" never hide the article.
   */
  skip: [
    'comment',
    'disqus',
    'discussion',
    'response',
    'replies',
    'related',
    'recommended',
    'popular',
    'trending',
    'newsletter',
    'promo',
  ],
  /** An <h2>/<h3> classed as the story's headline (some sites keep <h1> for the logo). */
  headline: ['headline', 'entry-title', 'article-title', 'post-title', 'story-title'],
  /** An <h1> that holds the site's logo or name, not the headline. */
  logo: ['logo', 'site-title', 'sitename', 'site-name', 'brand', 'masthead'],
} as const;

/** Tags whose subtrees hold no metadata at all (an <svg> <title> is not the page's title). */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'select',
  'button',
  'textarea',
]);

/**
 * Tags about other content: their meta tags and JSON-LD still count, their visible bylines,
 * dates and headings do not. A <footer> inside the article is kept (some sites print the
 * byline there). <form> is not listed: ASP.NET pages wrap the whole page in one.
 */
export const OTHER_CONTENT_TAGS: ReadonlySet<string> = new Set(['nav', 'footer', 'aside']);

/* ------------------------------------------------------------------------- titles */

/**
 * Separators between a headline and the site or section name in <title> and og:title.
 * Spaced ASCII forms need spaces around them so that "Covid-19" or "9/11" never split;
 * full-width forms used in Japanese and Chinese titles need none.
 */
export const TITLE_SEPARATOR: RegExp = /(\s+[|\-–—·•»«~/:]{1,2}\s+|\s*[｜|]\s*|\s*[：︱【】]\s*)/u;

/** Separators strong enough that, without other evidence, the last short part is a site name. */
export const STRONG_SEPARATORS: ReadonlySet<string> = new Set(['|', '｜', '::', '»', '·', '•', '︱']);

/** A trailing or leading title part with at most this many words may be a site or section name. */
export const MAX_SITE_WORDS = 5;

/* -------------------------------------------------------------------------- images */

/** Photo agencies and libraries named in credits ("AP Photo/X", "X/Getty Images"). */
const AGENCIES = 'AP|AFP|EPA|Reuters|Getty Images|Getty|Bloomberg|dpa|Xinhua|TASS|Shutterstock|iStock|Alamy';

/** Words that label a credit: "Photo:", "Photograph:", "Credit…", "Foto:", "Фото:". */
const LABEL =
  '(?:photo(?:graph)?s?|image|picture|pictured|credit|source|file|foto|fotos|bild|photographie|фото|imagen|crédito)';

/**
 * A label in front of a credit, removed: "Photograph: Tim Robberts", "Credit...Doug Mills",
 * "Image copyright Getty Images", "Photo by Jason Kempin", "© Jane Doe".
 */
export const CREDIT_LABEL: RegExp = new RegExp(
  `^(?:${LABEL}\\s+)?(?:credit|copyright|by|©)\\s*(?::|\\.{3}|…)?\\s*|^${LABEL}\\s*(?::|/|\\.{3}|…)\\s*|^\\(c\\)\\s*`,
  'iu',
);

/** Credits have few words; a longer "credit" element holds a caption ("Jose Mourinho has agreed…"). */
export const MAX_CREDIT_WORDS = 8;

/**
 * Credits printed at the end of a caption, split off into `credit`. Each has an id and the
 * caption it exists for; group 1 is the credit without its label. The first rule that matches
 * wins: an agency frame ("(AP Photo/X)") before a bare label ("Photo: X").
 */
export const CREDIT_RULES: readonly { id: string; pattern: RegExp; example: string; credit: string }[] = [
  {
    id: 'agency-photo',
    pattern: new RegExp(`[([]\\s*((?:${AGENCIES})\\b[^()[\\]]{0,60}?)\\s*[)\\]]\\s*$`, 'u'),
    example: 'The minister arrives in Brussels. (AP Photo/Virginia Mayo)',
    credit: 'AP Photo/Virginia Mayo',
  },
  {
    id: 'name-slash-agency',
    pattern: new RegExp(
      `(?:[([]\\s*|(?<=[.!?]\\s+))((?:\\p{Lu}[\\p{L}.'-]*\\s+){0,3}\\p{Lu}[\\p{L}.'-]*\\s*/\\s*(?:${AGENCIES})[^()[\\]]{0,30}?)\\s*[)\\]]?\\s*$`,
      'u',
    ),
    example: 'Schiff speaks after the vote. (Joshua Roberts/Reuters)',
    credit: 'Joshua Roberts/Reuters',
  },
  {
    id: 'labelled-credit',
    pattern: new RegExp(
      `[([]?\\s*${LABEL}\\s*(?:credit|by)?\\s*(?:[:/©]|\\.{3}|…)\\s*([^()[\\]]{2,80}?)\\s*[)\\]]?\\s*$`,
      'iu',
    ),
    example: 'Crowds gather in the square. Photo: Jane Doe/Reuters',
    credit: 'Jane Doe/Reuters',
  },
  {
    id: 'copyright',
    pattern: /(?:©|\(c\)|copyright)\s*([^©]{2,80}?)\s*$/iu,
    example: 'A view of the harbour © Jane Doe',
    credit: 'Jane Doe',
  },
];

/**
 * The corpus schema as an ordered list of migrations. Each is applied once, in its own
 * transaction, and recorded in `schema_migrations`; a later version appends steps and never
 * edits the ones already shipped (databases in the field have run them).
 */

/** One schema step. */
export interface Migration {
  /** 1, 2, 3, ... in order, no gaps. */
  version: number;
  /** What it does, in a few words (kept in `schema_migrations`). */
  name: string;
  sql: string;
}

/** `PRAGMA application_id` of a dateline database: "DTLN" in ASCII. It tells our files from others. */
export const APPLICATION_ID = 0x44544c4e;

/** Created before the first migration, in the same transaction. */
export const BOOKKEEPING_SQL: string = `
CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
);
PRAGMA application_id = ${APPLICATION_ID};
`;

const CORPUS_V1 = `
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  sources TEXT NOT NULL,            -- JSON array of the source specs
  started_at TEXT NOT NULL,
  finished_at TEXT,
  queued INTEGER NOT NULL DEFAULT 0,
  fetched INTEGER NOT NULL DEFAULT 0,
  stored INTEGER NOT NULL DEFAULT 0,
  duplicates INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  spec TEXT NOT NULL UNIQUE,
  first_run_id INTEGER NOT NULL REFERENCES runs(id),
  last_run_id INTEGER NOT NULL REFERENCES runs(id)
);

CREATE TABLE fetches (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL,
  final_url TEXT NOT NULL,
  status INTEGER NOT NULL,
  headers TEXT NOT NULL,            -- JSON object, names as the fetcher gave them
  content_type TEXT,
  body BLOB NOT NULL,
  body_encoding TEXT NOT NULL,      -- 'br' (brotli) or 'identity'
  body_size INTEGER NOT NULL,       -- bytes before compression
  fetched_at TEXT NOT NULL,
  source TEXT NOT NULL,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  etag TEXT,
  last_modified TEXT,
  article_id INTEGER REFERENCES articles(id)
);
CREATE INDEX fetches_url ON fetches(url, fetched_at);
CREATE INDEX fetches_final_url ON fetches(final_url, fetched_at);

-- Small rows of what search filters and lists read; the text lives in article_texts, so that
-- scanning or joining articles never walks a body's overflow pages.
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  canonical_url TEXT NOT NULL UNIQUE,
  url TEXT NOT NULL,
  title TEXT NOT NULL,
  site TEXT,
  host TEXT,                        -- lower case, of the URL it was read at
  published TEXT,                   -- as extracted
  date_key TEXT NOT NULL,           -- published in UTC (or the date alone), else created_at
  lang TEXT,                        -- lower case BCP 47
  authors TEXT NOT NULL,            -- JSON array, as extracted
  authors_key TEXT NOT NULL,        -- folded names, '| amara okafor | li wei |', for the author filter
  content_hash TEXT NOT NULL,
  fetch_id INTEGER REFERENCES fetches(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_date ON articles(date_key);
CREATE INDEX articles_host ON articles(host);
CREATE INDEX articles_site ON articles(site COLLATE NOCASE);
CREATE INDEX articles_lang ON articles(lang);

-- The text and the whole record; the FTS index reads its columns from here.
CREATE TABLE article_texts (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  body TEXT NOT NULL,               -- the article's text
  facets TEXT NOT NULL,             -- filter tokens (months, site, host, language, authors): facets.ts
  record TEXT NOT NULL              -- the Article as JSON, less its text
);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, body, facets,
  content = 'article_texts', content_rowid = 'article_id',
  tokenize = 'unicode61 remove_diacritics 2'
);
-- Triggers keep the index in step with the texts, inside the same transaction.
CREATE TRIGGER article_texts_insert AFTER INSERT ON article_texts BEGIN
  INSERT INTO articles_fts(rowid, title, body, facets) VALUES (new.article_id, new.title, new.body, new.facets);
END;
CREATE TRIGGER article_texts_delete AFTER DELETE ON article_texts BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body, facets)
    VALUES ('delete', old.article_id, old.title, old.body, old.facets);
END;
CREATE TRIGGER article_texts_update AFTER UPDATE OF title, body, facets ON article_texts BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body, facets)
    VALUES ('delete', old.article_id, old.title, old.body, old.facets);
  INSERT INTO articles_fts(rowid, title, body, facets) VALUES (new.article_id, new.title, new.body, new.facets);
END;

CREATE TABLE bands (
  band_key TEXT NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
CREATE INDEX bands_article ON bands(article_id);

CREATE TABLE signatures (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  signature BLOB NOT NULL           -- the Uint32Array's bytes, little-endian
);

CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  first_article_id INTEGER NOT NULL REFERENCES articles(id),
  original_source TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE story_members (
  story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
  similarity REAL NOT NULL,
  PRIMARY KEY (story_id, article_id)
) WITHOUT ROWID;
`;

// What analyze found in each article. The whole Analysis is kept as JSON; actors and quotes are
// also rows, so that a query can list an actor's quotes or search what was said without parsing
// every record.
const ANALYSIS_V2 = `
CREATE TABLE analyses (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  content_hash TEXT NOT NULL,       -- of the text analysed: a corrected article is analysed again
  analyzer TEXT NOT NULL,           -- the analyzer's version: a newer one analyses again
  analyzed_at TEXT NOT NULL,
  record TEXT NOT NULL              -- the Analysis as JSON
);

CREATE TABLE actors (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,           -- the actor's id inside the Analysis (a1, a2, ...)
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT,
  sector TEXT,
  role TEXT,
  anonymous INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  UNIQUE (article_id, local_id)
);
CREATE INDEX actors_name ON actors(name COLLATE NOCASE);
CREATE INDEX actors_country ON actors(country, sector);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  speaker_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
  speaker TEXT NOT NULL,            -- the speaker's name, or the source words when unresolved
  content TEXT NOT NULL,            -- the quoted words, fragments joined by ' … '
  cue TEXT NOT NULL,
  direct INTEGER NOT NULL,
  anonymous INTEGER NOT NULL,
  spans TEXT NOT NULL               -- JSON {content, cue, source} of [start, end) pairs
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id);

CREATE VIRTUAL TABLE quotes_fts USING fts5(
  content, speaker,
  content = 'quotes', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, content, speaker) VALUES (new.id, new.content, new.speaker);
END;
CREATE TRIGGER quotes_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, content, speaker) VALUES ('delete', old.id, old.content, old.speaker);
END;

CREATE TABLE times (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (article_id, start)
) WITHOUT ROWID;
CREATE INDEX times_value ON times(value);
`;

/** Every schema step, oldest first. Append; never edit or reorder a shipped step. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'corpus tables', sql: CORPUS_V1 },
  { version: 2, name: 'analysis tables', sql: ANALYSIS_V2 },
];

/** The schema version this code writes. */
export const LATEST_VERSION: number = MIGRATIONS.at(-1)?.version ?? 0;

/**
 * Stories: the near-duplicate groups. Writes add an article to a story or start one; reads give
 * ingest its LSH candidates and list the stories with their members, earliest first.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { BandCandidate, Story, StoryMember } from '../types.js';
import { StoreError } from './errors.js';

type Db = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement<unknown[]>;

const DEFAULT_MIN_MEMBERS = 2;
const DEFAULT_LIMIT = 50;

const SQL = {
  insertBand: 'INSERT OR IGNORE INTO bands (band_key, article_id) VALUES (?, ?)',
  deleteBands: 'DELETE FROM bands WHERE article_id = ?',
  upsertSignature: `INSERT INTO signatures (article_id, signature) VALUES (?, ?)
    ON CONFLICT (article_id) DO UPDATE SET signature = excluded.signature`,
  story: 'SELECT id, original_source FROM stories WHERE id = ?',
  storyOf: 'SELECT story_id FROM story_members WHERE article_id = ?',
  insertStory: 'INSERT INTO stories (first_article_id, original_source, created_at) VALUES (?, ?, ?)',
  setSource: 'UPDATE stories SET original_source = ? WHERE id = ? AND original_source IS NULL',
  insertMember: `INSERT INTO story_members (story_id, article_id, similarity) VALUES (?, ?, ?)
    ON CONFLICT (article_id) DO NOTHING`,
  candidates: `SELECT b.article_id AS articleId, m.story_id AS storyId, s.signature
    FROM bands b
    JOIN story_members m ON m.article_id = b.article_id
    JOIN signatures s ON s.article_id = b.article_id
    WHERE b.band_key IN (SELECT value FROM json_each(?))
    GROUP BY b.article_id ORDER BY b.article_id`,
  // A story's date is its earliest member's (date_key: published, else created_at). Stories are
  // counted on story_members alone first: most have one member, and need no article read.
  stories: `WITH big AS (
      SELECT story_id FROM story_members GROUP BY story_id HAVING count(*) >= @minMembers)
    SELECT big.story_id AS id, s.original_source AS originalSource,
      (SELECT min(a.date_key) FROM story_members m JOIN articles a ON a.id = m.article_id
        WHERE m.story_id = big.story_id) AS firstDate
    FROM big JOIN stories s ON s.id = big.story_id
    ORDER BY firstDate DESC, big.story_id DESC LIMIT @limit`,
  members: `SELECT a.id AS articleId, a.url, a.title, a.site AS siteName, a.published, m.similarity
    FROM story_members m JOIN articles a ON a.id = m.article_id
    WHERE m.story_id = ? ORDER BY a.date_key, a.created_at, a.id`,
} as const;

/** The story tables' prepared statements. */
export interface StoryStatements {
  insertBand: Statement;
  deleteBands: Statement;
  upsertSignature: Statement;
  story: Statement;
  storyOf: Statement;
  insertStory: Statement;
  setSource: Statement;
  insertMember: Statement;
  candidates: Statement;
  stories: Statement;
  members: Statement;
}

export function storyStatements(db: Db): StoryStatements {
  const prepared = Object.fromEntries(Object.entries(SQL).map(([name, sql]) => [name, db.prepare(sql)]));
  const statements = prepared as unknown as StoryStatements;
  statements.storyOf.pluck();
  return statements;
}

/** Replaces an article's LSH bands and signature. */
export function saveBands(
  s: StoryStatements,
  articleId: number,
  bandKeys: readonly string[],
  signature: Uint32Array,
): void {
  s.deleteBands.run(articleId);
  for (const key of bandKeys) s.insertBand.run(key, articleId);
  s.upsertSignature.run(articleId, Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength));
}

/** What decides an article's story. */
export interface Membership {
  articleId: number;
  storyId?: number;
  similarity: number;
  originalSource?: string;
}

/**
 * Puts an article in the story ingest chose, or starts a story with it. An article already in a
 * story stays there (a corrected text is still the same report). Returns the story id.
 */
export function joinStory(s: StoryStatements, m: Membership, now: string): number {
  const current = s.storyOf.get(m.articleId);
  if (typeof current === 'number') return current;
  const source = m.originalSource ?? null;
  if (m.storyId === undefined) {
    const storyId = Number(s.insertStory.run(m.articleId, source, now).lastInsertRowid);
    s.insertMember.run(storyId, m.articleId, m.similarity);
    return storyId;
  }
  if (s.story.get(m.storyId) === undefined) {
    throw new StoreError(
      'bad-argument',
      `story ${m.storyId} does not exist: pass a story id from bandCandidates`,
    );
  }
  s.insertMember.run(m.storyId, m.articleId, m.similarity);
  // The first member to credit an agency names it for the story.
  if (source !== null) s.setSource.run(source, m.storyId);
  return m.storyId;
}

interface CandidateRow {
  articleId: number;
  storyId: number;
  signature: Buffer;
}

/** Articles sharing at least one band key with these, each once. */
export function bandCandidates(s: StoryStatements, bandKeys: readonly string[]): BandCandidate[] {
  if (bandKeys.length === 0) return [];
  const rows = s.candidates.all(JSON.stringify(bandKeys)) as CandidateRow[];
  return rows.map((row) => ({
    articleId: row.articleId,
    storyId: row.storyId,
    signature: toSignature(row.signature),
  }));
}

/** Copies the blob: its bytes may not sit on a 4-byte boundary. */
function toSignature(blob: Buffer): Uint32Array {
  return new Uint32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
}

interface StoryRow {
  id: number;
  originalSource: string | null;
}

interface MemberRow {
  articleId: number;
  url: string;
  title: string;
  siteName: string | null;
  published: string | null;
  similarity: number;
}

/** Stories with at least `minMembers` members, the most recently broken first. */
export function listStories(
  s: StoryStatements,
  options: { minMembers?: number; limit?: number } = {},
): Story[] {
  const minMembers = options.minMembers ?? DEFAULT_MIN_MEMBERS;
  const limit = options.limit ?? DEFAULT_LIMIT;
  const rows = s.stories.all({ minMembers, limit }) as StoryRow[];
  return rows.flatMap((row) => {
    const members = (s.members.all(row.id) as MemberRow[]).map(toMember);
    const first = members[0];
    if (first === undefined) return [];
    return [
      {
        id: row.id,
        title: first.title,
        members,
        earliestArticleId: first.articleId,
        ...(row.originalSource !== null ? { originalSource: row.originalSource } : {}),
      },
    ];
  });
}

function toMember(row: MemberRow): StoryMember {
  return {
    articleId: row.articleId,
    url: row.url,
    title: row.title,
    ...(row.siteName !== null ? { siteName: row.siteName } : {}),
    ...(row.published !== null ? { published: row.published } : {}),
    similarity: row.similarity,
  };
}

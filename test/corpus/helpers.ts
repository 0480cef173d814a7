/**
 * Store tests' fixtures: temporary databases, and synthetic articles from fictional outlets made
 * into the FetchRecord and ArticlePage that ingest would hand the store.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/article/types.js';
import { type ArticlePage, type FetchRecord, openStore, type SqliteStore } from '../../src/corpus/index.js';

/** A fresh folder in the system temp dir; `cleanup` removes it. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-corpus-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `work` on a new store in a temp folder, then closes and removes it. */
export async function withStore(
  work: (store: SqliteStore, path: string) => void | Promise<void>,
): Promise<void> {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'corpus.db');
  const store = openStore(path);
  try {
    await work(store, path);
  } finally {
    store.close();
    cleanup();
  }
}

/** An article as extract returns it; `text` becomes one paragraph block per blank-line part. */
export function article(fields: Partial<Article> & { title: string; text: string }): Article {
  return {
    authors: [],
    blocks: fields.text.split('\n\n').map((text) => ({ type: 'paragraph' as const, text })),
    ...fields,
  };
}

let clock = Date.UTC(2025, 2, 11, 9, 0, 0);

/** The fetch that read `a` (at its url), as ingest records it; each call is a new moment. */
export function fetchOf(a: Article, runId: number, fields: Partial<FetchRecord> = {}): FetchRecord {
  clock += 1000;
  const url = a.url ?? 'https://unknown.example/';
  return {
    url,
    finalUrl: url,
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    contentType: 'text/html; charset=utf-8',
    body: new TextEncoder().encode(
      `<html><head><title>${a.title}</title></head><body><p>${a.text}</p></body></html>`,
    ),
    fetchedAt: new Date(clock).toISOString(),
    source: 'https://danubecourier.example/feed.xml',
    runId,
    ...fields,
  };
}

/** The ArticlePage ingest derives: a real content hash, a stand-in signature and bands. */
export function pageOf(a: Article, fields: Partial<ArticlePage> = {}): ArticlePage {
  const contentHash = createHash('sha256').update(a.text.replace(/\s+/g, ' ').trim()).digest('hex');
  const signature = Uint32Array.from({ length: 8 }, (_, i) =>
    Number.parseInt(contentHash.slice(i * 8, i * 8 + 8), 16),
  );
  return {
    article: a,
    contentHash,
    signature,
    bandKeys: [0, 1, 2, 3].map((band) => `${band}:${contentHash.slice(band * 8, band * 8 + 8)}`),
    similarity: 1,
    ...fields,
  };
}

/** Saves an article as a first fetch in `runId`, starting its own story; returns its id. */
export function save(
  store: SqliteStore,
  runId: number,
  a: Article,
  fields: Partial<ArticlePage> = {},
): number {
  const result = store.savePage(fetchOf(a, runId), pageOf(a, fields));
  if (result === undefined) throw new Error('savePage returned no result for a page');
  return result.articleId;
}

/** The wire story of the tests, as the Danube Courier printed it. */
export const GRAIN_TALKS: Article = article({
  url: 'https://danubecourier.example/news/2024/09/28/grain-talks',
  canonicalUrl: 'https://danubecourier.example/news/2024/09/28/grain-talks',
  title: 'Ministry says grain corridor talks will resume next month',
  authors: ['Amara Okafor'],
  byline: 'By Amara Okafor',
  siteName: 'The Danube Courier',
  published: '2024-09-28T14:05:00+03:00',
  lang: 'en',
  text: [
    'IZMAIL (Continental Press) - Talks on keeping the river grain corridor open through the winter will resume in October, the ministry said on Friday.',
    'Barges loaded with wheat and sunflower oil have waited at the terminal in Izmail for a week while insurers weigh the risk of the passage.',
    'A spokesman for the port authority told Continental Press that the first convoy could leave within days of an agreement.',
  ].join('\n\n'),
});

/**
 * Incremental story grouping as the store does it, in memory: each article in turn is hashed,
 * signed and banded, its candidates come from the band index built so far, and it joins a story
 * or starts one. No article sees a later one.
 */
import { assignStory, fingerprint } from '../../src/corpus/dedupe/index.js';
import type { BandCandidate } from '../../src/corpus/types.js';

/** What the store keeps per article for grouping. */
interface Indexed {
  storyId: number;
  signature: Uint32Array;
}

/** An in-memory stand-in for `Store.bandCandidates` and the content-hash lookup. */
export class MemoryBandIndex {
  private readonly articles: Indexed[] = [];
  private readonly bands = new Map<string, number[]>();
  private readonly hashes = new Map<string, number>();
  private nextStory = 1;

  /** Articles sharing at least one band key, each once. */
  candidates(keys: readonly string[]): BandCandidate[] {
    const ids = new Set<number>();
    for (const key of keys) for (const id of this.bands.get(key) ?? []) ids.add(id);
    return [...ids].map((articleId) => ({ articleId, ...this.articles[articleId]! }));
  }

  /** The story of an earlier article with exactly this text, if any. */
  storyOfHash(hash: string): number | undefined {
    const id = this.hashes.get(hash);
    return id === undefined ? undefined : this.articles[id]!.storyId;
  }

  /** Stores an article; a missing story id starts a new story. Returns its story id. */
  add(hash: string, signature: Uint32Array, keys: readonly string[], storyId?: number): number {
    const story = storyId ?? this.nextStory++;
    const id = this.articles.push({ storyId: story, signature }) - 1;
    if (!this.hashes.has(hash)) this.hashes.set(hash, id);
    for (const key of keys) {
      const list = this.bands.get(key);
      if (list === undefined) this.bands.set(key, [id]);
      else list.push(id);
    }
    return story;
  }
}

/** What one article's ingest decided. */
export interface Ingested {
  storyId: number;
  exactDuplicate: boolean;
  candidates: number;
  source?: string;
}

/** Ingests one article text into the index: exact duplicates first, then MinHash/LSH. */
export function ingestText(index: MemoryBandIndex, text: string): Ingested {
  const { contentHash: hash, signature, bandKeys: keys, originalSource: source } = fingerprint(text);
  const same = index.storyOfHash(hash);
  const candidates = same === undefined ? index.candidates(keys) : [];
  const storyId = same ?? assignStory(signature, candidates).storyId;
  const result: Ingested = {
    storyId: index.add(hash, signature, keys, storyId),
    exactDuplicate: same !== undefined,
    candidates: candidates.length,
  };
  if (source !== undefined) result.source = source;
  return result;
}

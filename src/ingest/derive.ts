import type { Article } from '../article/types.js';
import { assignStory, bandKeys, contentHash, minhash, originalSource } from '../corpus/dedupe/index.js';
import type { ArticlePage, Store } from '../corpus/types.js';

/**
 * What the corpus derives from an extracted article before storing it: its content hash, its
 * MinHash signature and LSH bands, and the story it joins among the articles already stored.
 * Synchronous on purpose: between reading the candidates and saving the page no other page can
 * be saved, so two copies of one story arriving together cannot both start a story.
 */
export function deriveArticlePage(article: Article, store: Store): ArticlePage {
  const signature = minhash(article.text);
  const keys = bandKeys(signature);
  const { storyId, similarity } = assignStory(signature, store.bandCandidates(keys));
  const source = originalSource(article.text);
  return {
    article,
    contentHash: contentHash(article.text),
    signature,
    bandKeys: keys,
    ...(storyId !== undefined ? { storyId } : {}),
    similarity,
    ...(source !== undefined ? { originalSource: source } : {}),
  };
}

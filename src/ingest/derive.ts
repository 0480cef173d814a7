import type { Article } from '../article/types.js';
import { assignStory, fingerprint } from '../corpus/dedupe/index.js';
import type { ArticlePage, Store } from '../corpus/types.js';

/**
 * What the corpus derives from an extracted article before storing it: its content hash, its
 * MinHash signature and LSH bands, and the story it joins among the articles already stored.
 * Synchronous on purpose: between reading the candidates and saving the page no other page can
 * be saved, so two copies of one story arriving together cannot both start a story.
 */
export function deriveArticlePage(article: Article, store: Store): ArticlePage {
  const { contentHash, signature, bandKeys, originalSource: source } = fingerprint(article.text);
  const { storyId, similarity } = assignStory(signature, store.bandCandidates(bandKeys));
  return {
    article,
    contentHash,
    signature,
    bandKeys,
    ...(storyId !== undefined ? { storyId } : {}),
    similarity,
    ...(source !== undefined ? { originalSource: source } : {}),
  };
}

/**
 * Everything ingest derives from an article's text for deduplication, in one pass: the text is
 * normalised once for both the content hash and the shingles.
 */
import { createHash } from 'node:crypto';
import { bandKeys } from './lsh.js';
import { signatureOf } from './minhash.js';
import { normalizeForHash } from './normalize.js';
import { tokensOfNormal, windowHashes } from './shingles.js';
import { originalSource } from './source.js';

/** The fields of `ArticlePage` that come from the text alone. */
export interface TextFingerprint {
  /** Equals `contentHash(text)`. */
  contentHash: string;
  /** Equals `minhash(text)`. */
  signature: Uint32Array;
  /** Equals `bandKeys(signature)`. */
  bandKeys: string[];
  /** Equals `originalSource(text)`; absent when the text credits no agency. */
  originalSource?: string;
}

/** Content hash, signature, band keys and credited agency of a text, the same as the separate functions give. */
export function fingerprint(text: string): TextFingerprint {
  const normal = normalizeForHash(text);
  const signature = signatureOf(windowHashes(tokensOfNormal(normal)));
  const result: TextFingerprint = {
    contentHash: createHash('sha256').update(normal, 'utf8').digest('hex'),
    signature,
    bandKeys: bandKeys(signature),
  };
  const source = originalSource(text);
  if (source !== undefined) result.originalSource = source;
  return result;
}

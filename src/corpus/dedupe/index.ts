/** Near-duplicates and syndication: content hashes, MinHash/LSH, story assignment, credits. */
export { assignStory, type StoryAssignment } from './assign.js';
export { fingerprint, type TextFingerprint } from './fingerprint.js';
export { bandKeys } from './lsh.js';
export { estimateShingleCount, minhash, signatureOf, similarity } from './minhash.js';
export { contentHash, normalizeForHash } from './normalize.js';
export { AGENCIES, CREDIT_RULES, LSH, MIN_SHINGLES, MINHASH, STORY_THRESHOLD } from './rules.js';
export { shingleHash, shingleHashes, shingles, tokens } from './shingles.js';
export { creditOf, originalSource, type SourceCredit } from './source.js';

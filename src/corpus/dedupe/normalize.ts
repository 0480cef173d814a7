/**
 * Text normalisation for exact and near-duplicate detection: two copies of a story that differ
 * only in case, spacing, punctuation or Unicode form (curly quotes, full-width digits) hash alike.
 */
import { createHash } from 'node:crypto';

/** Apostrophes vanish so that "Reuters'" and "Reuters" are one word and "don't" stays one. */
const APOSTROPHES = /['’ʼ`´]/g;
/** Punctuation, symbols and white space separate words: one pass folds them to one space. */
const SEPARATORS = /[\p{P}\p{S}\s]+/gu;

/**
 * Lower-cased NFKC text with punctuation and symbols turned into spaces, apostrophes removed and
 * runs of white space folded to one space: the words of the text and nothing else.
 */
export function normalizeForHash(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(APOSTROPHES, '').replace(SEPARATORS, ' ').trim();
}

/** SHA-256 (lower-case hex) of the normalised text: equal for texts equal up to normalisation. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeForHash(text), 'utf8').digest('hex');
}

/** Dates and times in news text, resolved against the publication date. */
export type { TimeMention } from '../types.js';
export { NOT_TIMES, TENSE_CUES } from './cues.js';
export {
  ANCHORS,
  type AnchorClass,
  type ResolveKind,
  type RuleExample,
  TIME_RULES,
  type TimeRule,
} from './rules.js';
export { findTimes } from './scan.js';

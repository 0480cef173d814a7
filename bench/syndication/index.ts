/** The syndication benchmark: the generated set, its scorer, the runner and the gate. */
export { checkSyndicationGate, readSyndicationBaseline, type SyndicationBaseline } from './gate.js';
export { ingestText, MemoryBandIndex } from './ingest.js';
export { groupAll, measureQuality, type QualityFigures } from './quality.js';
export { formatFigures, runSyndicationBench, type SyndicationFigures } from './run.js';
export { type GroupingScore, scoreGrouping } from './score.js';
export { type SetOptions, type SyndicatedArticle, type SyndicationSet, syndicationSet } from './set.js';

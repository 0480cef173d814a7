import { ExtractError, extract } from '../../src/extract/index.js';
import type { BenchPage, Extractor, RawResult } from './types.js';

/** dateline itself, on the page's raw bytes (it decodes them as it would a fetched page). */
export const datelineExtractor: Extractor = {
  scored: true,
  input: 'bytes',
  run(page: BenchPage): RawResult {
    try {
      const article = extract(page.bytes, { url: page.url });
      return {
        text: article.text,
        title: article.title,
        ...(article.published === undefined ? {} : { date: article.published }),
        ...(article.authors.length === 0 ? {} : { author: article.authors.join(', ') }),
      };
    } catch (error) {
      // A refused page (ExtractError) scores as empty; anything else is a bug and stops the run.
      if (error instanceof ExtractError) return { text: '' };
      throw error;
    }
  },
};

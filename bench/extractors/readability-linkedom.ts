import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { BenchPage, Extractor, RawResult } from './types.js';

/** @mozilla/readability on linkedom's DOM (fast, but no URL: relative links stay relative). */
export const readabilityLinkedom: Extractor = {
  scored: true,
  input: 'html',
  run(page: BenchPage): RawResult {
    const { document } = parseHTML(page.html);
    const result = new Readability(document).parse();
    return {
      html: result?.content ?? '',
      title: result?.title ?? '',
      ...(result?.publishedTime ? { date: result.publishedTime } : {}),
      ...(result?.byline ? { author: result.byline } : {}),
    };
  },
};

import { extractFromHtml } from '@extractus/article-extractor';
import type { BenchPage, Extractor, RawResult } from './types.js';

/** @extractus/article-extractor (Readability on linkedom plus its own cleaning and metadata). */
export const articleExtractor: Extractor = {
  scored: true,
  input: 'html',
  async run(page: BenchPage): Promise<RawResult> {
    const result = await extractFromHtml(page.html, page.url);
    return {
      html: result?.content ?? '',
      title: result?.title ?? '',
      ...(result?.published ? { date: result.published } : {}),
      ...(result?.author ? { author: result.author } : {}),
    };
  },
};

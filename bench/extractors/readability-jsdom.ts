import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { BenchPage, Extractor, RawResult } from './types.js';

/** A console that drops jsdom's CSS and script warnings, which would flood the run. */
const quiet = new VirtualConsole();

/** @mozilla/readability on jsdom, with the page URL (the reference setup of Readability.js). */
export const readabilityJsdom: Extractor = {
  scored: true,
  input: 'html',
  run(page: BenchPage): RawResult {
    const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
    try {
      const result = new Readability(dom.window.document).parse();
      return {
        html: result?.content ?? '',
        title: result?.title ?? '',
        ...(result?.publishedTime ? { date: result.publishedTime } : {}),
        ...(result?.byline ? { author: result.byline } : {}),
      };
    } finally {
      dom.window.close();
    }
  },
};

import { Defuddle } from 'defuddle/node';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { BenchPage, Extractor, RawResult } from './types.js';

const quiet = new VirtualConsole();

/** defuddle's node entry on a jsdom document (slow: only with `--slow`). */
export const defuddleExtractor: Extractor = {
  scored: true,
  input: 'html',
  async run(page: BenchPage): Promise<RawResult> {
    const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
    try {
      const result = await Defuddle(dom.window.document, page.url);
      return {
        html: result.content,
        title: result.title,
        ...(result.published ? { date: result.published } : {}),
        ...(result.author ? { author: result.author } : {}),
      };
    } finally {
      dom.window.close();
    }
  },
};

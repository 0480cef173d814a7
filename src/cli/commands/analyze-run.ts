/** What `dateline analyze` does: analyse one page or text, or every pending article of a corpus. */
import { ANALYZER_VERSION, analyze } from '../../analyze/index.js';
import type { Analysis, AnalysisInput } from '../../analyze/types.js';
import { openStore } from '../../corpus/index.js';
import { extract } from '../../extract/index.js';
import { CliError, describeError, EXIT_OK, EXIT_USAGE } from '../errors.js';
import { readPageFile, readStdin, resolveInput } from '../inputs.js';
import { writeOut } from '../output.js';
import { createProgress } from '../progress.js';
import type { AnalyzeCommandOptions } from './analyze.js';
import { analysisReport } from './analyze-report.js';

/** Articles read from the store at a time. */
const PAGE = 100;

export async function runAnalyze(input: string | undefined, options: AnalyzeCommandOptions): Promise<number> {
  if (input !== undefined && options.db !== undefined)
    throw new CliError('give either an input or --db, not both', EXIT_USAGE);
  if (input === undefined) {
    if (options.db === undefined)
      throw new CliError('give an input file, - for stdin, or --db <path> for a corpus', EXIT_USAGE);
    return analyzeCorpus(options.db, options);
  }
  const subject = input === '-' ? 'stdin' : input;
  const source = await resolveInput(input);
  if (source.kind === 'directory' || source.kind === 'url')
    throw new CliError(`${subject}: give a file or - (fetch pages with: dateline ingest)`, EXIT_USAGE);
  const bytes =
    source.kind === 'stdin' ? await readStdin() : await readPageFile(source.path, subject, source.stats);
  const article = readInput(subject, bytes, options.published);
  const analysis = analyze(article);
  if (options.format === 'text') await writeOut(analysisReport(article, analysis));
  else await writeOut(`${JSON.stringify({ ...article, ...analysis })}\n`);
  return EXIT_OK;
}

/** A page's article, or plain text as it is. */
function readInput(subject: string, bytes: Uint8Array, published: string | undefined): AnalysisInput {
  if (bytes.byteLength === 0) throw new CliError(`${subject} is empty`);
  if (looksLikeHtml(bytes)) {
    let article: ReturnType<typeof extract>;
    try {
      article = extract(bytes);
    } catch (error) {
      throw new CliError(`${subject}: ${describeError(error)}`);
    }
    if (article.text === '') throw new CliError(`${subject}: no article text found on the page`);
    const date = published ?? article.published;
    return { title: article.title, text: article.text, ...(date ? { published: date } : {}) };
  }
  if (bytes.includes(0)) throw new CliError(`${subject} looks binary: give an HTML page or UTF-8 text`);
  const text = new TextDecoder('utf-8').decode(bytes).replace(/\r\n?/g, '\n');
  return { text, ...(published ? { published } : {}) };
}

/** An HTML page starts with markup; text that merely mentions a tag does not. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return /^<(!doctype|html|head|body|meta|title|article|div|p|!--)/i.test(head);
}

/** Analyses every pending article, one transaction each, so an interrupted run loses nothing. */
async function analyzeCorpus(db: string, options: AnalyzeCommandOptions): Promise<number> {
  const store = openStore(db);
  const started = Date.now();
  const totals = { articles: 0, actors: 0, quotes: 0, times: 0 };
  const progress = options.json
    ? undefined
    : createProgress(store.countPendingAnalyses(ANALYZER_VERSION), { unit: 'articles' });
  try {
    let afterId = 0;
    for (;;) {
      const batch = store.pendingAnalyses(ANALYZER_VERSION, afterId, PAGE);
      if (batch.length === 0) break;
      for (const article of batch) {
        const analysis = analyze(article);
        store.saveAnalysis({ ...article, analyzer: ANALYZER_VERSION, analysis });
        count(totals, analysis);
        progress?.tick();
        afterId = article.articleId;
      }
      // Let a pending SIGINT or a progress redraw in between pages of work.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    progress?.stop();
    store.close();
  }
  const seconds = (Date.now() - started) / 1000;
  if (options.json) await writeOut(`${JSON.stringify({ ...totals, seconds, db })}\n`);
  else await writeOut(summary(totals, seconds, db));
  return EXIT_OK;
}

function count(
  totals: { articles: number; actors: number; quotes: number; times: number },
  a: Analysis,
): void {
  totals.articles++;
  totals.actors += a.actors.length;
  totals.quotes += a.quotes.length;
  totals.times += a.times.length;
}

function summary(
  t: { articles: number; actors: number; quotes: number; times: number },
  seconds: number,
  db: string,
): string {
  if (t.articles === 0) return `nothing to analyse in ${db}: every stored article is analysed\n`;
  const rate = seconds > 0 ? ` (${(t.articles / seconds).toFixed(0)} articles/s)` : '';
  return `analysed ${t.articles} articles in ${seconds.toFixed(1)} s${rate}: ${t.actors} actors, ${t.quotes} quotes, ${t.times} dates; stored in ${db}\n`;
}

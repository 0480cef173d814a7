/** The CLI's shared helpers on their own: error lines, progress, many-page formats. */
import * as assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import type { Article } from '../../src/article/types.js';
import { CliError, describeError, EXIT_USAGE, reportError } from '../../src/cli/errors.js';
import { createProgress } from '../../src/cli/progress.js';
import { manyPagesWriter } from '../../src/cli/writers.js';

/** A stream that keeps what is written; `isTTY` makes it look like a terminal. */
function sink(isTTY: boolean): NodeJS.WriteStream & { text(): string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString();
      done();
    },
  }) as unknown as NodeJS.WriteStream & { text(): string };
  Object.assign(stream, { isTTY, columns: 120, text: () => text });
  return stream;
}

const article: Article = { title: 'A title', authors: [], blocks: [], text: 'Body.' };

describe('errors', () => {
  it('writes one line for an unexpected error, the stack only with DATELINE_DEBUG=1', () => {
    const err = new TypeError('boom\nsecond line');
    const quiet = sink(false);
    assert.equal(reportError(err, { stream: quiet, env: {} }), 1);
    assert.equal(quiet.text(), `dateline: ${describeError(err)}\n`);
    assert.match(quiet.text(), /^dateline: unexpected error: boom second line \(set DATELINE_DEBUG=1/);
    const loud = sink(false);
    reportError(err, { stream: loud, env: { DATELINE_DEBUG: '1' } });
    assert.match(loud.text(), /\n\s+at /);
  });

  it('keeps the exit code of a CliError', () => {
    const out = sink(false);
    assert.equal(reportError(new CliError('bad thing', EXIT_USAGE), { stream: out, env: {} }), 2);
    assert.equal(out.text(), 'dateline: bad thing\n');
  });
});

describe('progress', () => {
  it('draws count, rate and ETA on a TTY', () => {
    const tty = sink(true);
    const progress = createProgress(4, { stream: tty, output: sink(false), fps: 1000 });
    progress.tick();
    progress.log('dateline: a.html: the page is empty');
    progress.tick();
    progress.stop();
    assert.match(tty.text(), /\d\/4 pages \| \d+\.\d pages\/s \| ETA /);
    assert.match(tty.text(), /dateline: a\.html: the page is empty\n/);
  });

  it('draws nothing when stderr is not a terminal, but still prints warnings', () => {
    const pipe = sink(false);
    const progress = createProgress(4, { stream: pipe, output: sink(false) });
    progress.tick();
    progress.log('dateline: warning');
    progress.stop();
    assert.equal(pipe.text(), 'dateline: warning\n');
  });

  it('draws no bar when stdout is the terminal too', () => {
    const tty = sink(true);
    const progress = createProgress(4, { stream: tty, output: sink(true) });
    progress.tick();
    progress.stop();
    assert.equal(tty.text(), '');
  });
});

describe('many-page formats', () => {
  it('json is one valid array, also when empty', () => {
    const w = manyPagesWriter('json');
    const out = w.begin() + w.page('a.html', article) + w.failure('b.html', 'b.html: empty') + w.end();
    assert.deepEqual(JSON.parse(out), [
      { file: 'a.html', ...article },
      { file: 'b.html', error: 'b.html: empty' },
    ]);
    const none = manyPagesWriter('json');
    assert.deepEqual(JSON.parse(none.begin() + none.end()), []);
  });

  it('jsonl puts the file first', () => {
    const w = manyPagesWriter('jsonl');
    assert.ok(w.page('a.html', article).startsWith('{"file":"a.html",'));
  });
});

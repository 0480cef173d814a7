/**
 * Progress for long runs: a cli-progress bar (count, pages/s, ETA) when stderr is a terminal;
 * nothing at all otherwise, so that logs and pipes only ever see errors. When stdout is the
 * same terminal, the results themselves show progress, and a bar would be torn by every line
 * written under it, so there is no bar then either.
 */
import { clearLine, cursorTo } from 'node:readline';
import cliProgress from 'cli-progress';

/** DECSC: what cli-progress writes to save the cursor position. */
const SAVE_CURSOR = '\x1b7';

/** A progress report over a known number of items. */
export interface Progress {
  /** One more item done. */
  tick(): void;
  /** Prints a line (a warning) above the bar without breaking it. */
  log(line: string): void;
  /** Removes the bar, if any. Safe to call twice. */
  stop(): void;
}

/** Options for `createProgress`. */
export interface ProgressOptions {
  /** What is counted, plural. @default 'pages' */
  unit?: string;
  /** Where the bar is drawn. @default process.stderr */
  stream?: NodeJS.WriteStream;
  /** Redraws per second at most. @default 10 */
  fps?: number;
  /** Where results are written; no bar is drawn when it is a terminal too. @default process.stdout */
  output?: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Whether a bar can be drawn: on a terminal stderr, while stdout goes elsewhere. */
export function wantsBar(stream: { isTTY?: boolean }, output: { isTTY?: boolean }): boolean {
  return stream.isTTY === true && output.isTTY !== true;
}

/** A progress that only logs: for non-terminals. */
function silentProgress(stream: NodeJS.WritableStream): Progress {
  return {
    tick() {},
    log(line) {
      stream.write(`${line}\n`);
    },
    stop() {},
  };
}

/** Pages per second so far, for the bar's `{rate}` token. */
function rate(done: number, startedAt: number): string {
  const seconds = (Date.now() - startedAt) / 1000;
  return seconds > 0 ? (done / seconds).toFixed(1) : '0.0';
}

/**
 * Starts a progress report for `total` items. On a TTY stream it draws
 * `[████░░░░] 12/40 pages | 8.3 pages/s | ETA 4s`; on anything else it draws nothing.
 */
export function createProgress(total: number, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (!wantsBar(stream, options.output ?? process.stdout) || total <= 0) return silentProgress(stream);
  const unit = options.unit ?? 'pages';
  const bar = new cliProgress.SingleBar(
    {
      stream,
      fps: options.fps ?? 10,
      format: `{bar} {value}/{total} ${unit} | {rate} ${unit}/s | ETA {eta_formatted}`,
      barsize: 30,
      clearOnComplete: true,
      hideCursor: false,
      etaBuffer: 50,
      gracefulExit: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const startedAt = Date.now();
  let done = 0;
  let active = true;
  bar.start(total, 0, { rate: '0.0' });
  const stop = (): void => {
    if (!active) return;
    active = false;
    bar.stop();
    process.removeListener('exit', stop);
  };
  // An early exit (EPIPE on stdout, a fatal error) still leaves the terminal clean.
  process.once('exit', stop);
  return {
    tick() {
      done += 1;
      bar.update(done, { rate: rate(done, startedAt) });
    },
    log(line) {
      if (!active) {
        stream.write(`${line}\n`);
        return;
      }
      cursorTo(stream, 0);
      clearLine(stream, 0);
      // The bar restores the cursor position it saved at start before it clears itself; the
      // warning moved the bar down a line, so save the new position (DECSC) or stop() would
      // erase the warning instead of the bar.
      stream.write(`${line}\n${SAVE_CURSOR}`);
      bar.render();
    },
    stop,
  };
}

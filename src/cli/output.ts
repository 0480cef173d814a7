/**
 * Writing results to stdout: backpressure, a final flush, and a quiet exit when the reader goes
 * away (`dateline extract dir | head`).
 */
import { once } from 'node:events';

/** Writes text to a stream, waiting when the stream asks for it (backpressure). */
export async function writeOut(text: string, stream: NodeJS.WritableStream = process.stdout): Promise<void> {
  if (text === '') return;
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Resolves once everything written to `stream` so far has been handed to the OS. */
export function flush(stream: NodeJS.WritableStream = process.stdout): Promise<void> {
  return new Promise((resolve) => {
    stream.write('', () => resolve());
  });
}

/**
 * Makes a closed stdout (EPIPE: the reader exited, as `head` does) end the process quietly with
 * status 0 instead of an unhandled 'error' event and a stack trace. Other stream errors are
 * reported on one line and end the process with status 1.
 */
export function exitQuietlyOnEpipe(stream: NodeJS.WritableStream = process.stdout): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    process.stderr.write(`dateline: cannot write output: ${err.message.split('\n')[0]}\n`);
    process.exit(1);
  });
}

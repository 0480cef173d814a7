/**
 * How the CLI reports failure: every failure is one line on stderr, `dateline: <message>`, and an
 * exit code (1 failure, 2 bad usage). No stack trace is ever printed unless `DATELINE_DEBUG=1`.
 */

/** Exit codes the CLI promises (DESIGN.md): 0 ok, 1 failure, 2 bad usage. */
export const EXIT_OK = 0;
/** Something failed: a page, a file, the network. */
export const EXIT_FAILURE = 1;
/** The command line itself is wrong. */
export const EXIT_USAGE = 2;

/**
 * A failure the CLI expects and can explain. Its message is printed as is, so it must say what
 * went wrong and, where it can, how to fix it.
 */
export class CliError extends Error {
  /** The exit code this failure ends the process with. */
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT_FAILURE) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/**
 * Error classes thrown by dateline's own stages (ExtractError, FetchError, ...) carry a message
 * written for people. They are recognised by name, so that this module imports no stage.
 */
const EXPECTED_ERROR_NAMES: ReadonlySet<string> = new Set([
  'CliError',
  'ExtractError',
  'FetchError',
  'SourceError',
  'StoreError',
]);

/** Node's system error codes, said in words. */
const SYSTEM_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
};

/** Collapses a message to one line. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** The `code` of a Node system error (`ENOENT`, ...), if `err` is one. */
export function systemErrorCode(err: unknown): string | undefined {
  if (err instanceof Error && 'code' in err && typeof err.code === 'string' && 'syscall' in err) {
    return err.code;
  }
  return undefined;
}

/** A system error about `subject` (a file name), in words: `cannot read a.html: permission denied`. */
export function describeSystemError(err: unknown, subject: string, verb = 'read'): string {
  const code = systemErrorCode(err);
  const reason = (code && SYSTEM_ERRORS[code]) ?? (err instanceof Error ? err.message : String(err));
  return `cannot ${verb} ${subject}: ${reason}`;
}

/** Whether `err` is a failure dateline expected and explained (as opposed to a bug). */
export function isExpectedError(err: unknown): boolean {
  return err instanceof Error && EXPECTED_ERROR_NAMES.has(err.name);
}

/** The one-line message for any thrown value. Unexpected errors say so, and how to see more. */
export function describeError(err: unknown): string {
  if (isExpectedError(err)) return oneLine((err as Error).message);
  if (systemErrorCode(err) !== undefined) {
    const e = err as Error & { path?: unknown };
    return describeSystemError(err, typeof e.path === 'string' ? e.path : 'input');
  }
  const message = err instanceof Error ? err.message : String(err);
  return oneLine(`unexpected error: ${message || 'unknown'} (set DATELINE_DEBUG=1 to see the stack)`);
}

/** Where and how `reportError` writes. */
export interface ReportOptions {
  /** @default process.stderr */
  stream?: NodeJS.WritableStream;
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
}

/** Whether the user asked for stack traces (`DATELINE_DEBUG=1`). */
export function debugEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const { DATELINE_DEBUG: value } = env;
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

/**
 * Writes `dateline: <message>` for `err` on one line (and the stack under DATELINE_DEBUG=1) and
 * returns the exit code the process should end with.
 */
export function reportError(err: unknown, options: ReportOptions = {}): number {
  const stream = options.stream ?? process.stderr;
  stream.write(`dateline: ${describeError(err)}\n`);
  if (debugEnabled(options.env) && err instanceof Error && err.stack) stream.write(`${err.stack}\n`);
  return err instanceof CliError ? err.exitCode : EXIT_FAILURE;
}

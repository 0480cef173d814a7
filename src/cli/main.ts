#!/usr/bin/env node
/**
 * The `dateline` executable. Everything that fails ends here as one line on stderr,
 * `dateline: <message>`, and an exit status: 0 ok, 1 failure, 2 bad usage.
 *
 * Only the error and output helpers are imported statically: the program is loaded inside the
 * try, so that even a broken install (a module that fails to load) is reported on one line.
 */
import { EXIT_OK, EXIT_USAGE, reportError } from './errors.js';
import { exitQuietlyOnEpipe, flush } from './output.js';

/** A CommanderError (usage error, --help, --version), recognised without importing commander. */
function commanderExit(err: unknown): number | undefined {
  if (!(err instanceof Error) || !('code' in err) || !('exitCode' in err)) return undefined;
  if (typeof err.code !== 'string' || !err.code.startsWith('commander.')) return undefined;
  return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
}

/** Runs the command line and returns the exit status. */
export async function main(argv: readonly string[] = process.argv): Promise<number> {
  try {
    const { createProgram } = await import('./program.js');
    await createProgram().parseAsync([...argv]);
  } catch (err) {
    return commanderExit(err) ?? reportError(err);
  }
  const code = process.exitCode;
  return typeof code === 'number' ? code : EXIT_OK;
}

exitQuietlyOnEpipe(process.stdout);
const status = await main();
await flush(process.stdout);
// Exit now: an idle keep-alive socket or timer must not hold the process open.
process.exit(status);

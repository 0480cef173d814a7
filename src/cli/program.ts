/**
 * The `dateline` command line: one commander program, one module per command under
 * `commands/`. Usage errors exit 2 with commander's message and the command's usage line.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerAnalyzeCommand } from './commands/analyze.js';
import { registerExtractCommand } from './commands/extract.js';
import { registerIngestCommand } from './commands/ingest.js';
import { registerQuotesCommand } from './commands/quotes.js';
import { registerSearchCommand } from './commands/search.js';
import { registerStoriesCommand } from './commands/stories.js';

/** The package version, read from package.json (two levels up from src/cli and dist/cli). */
export function packageVersion(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    if (typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string') {
      return pkg.version;
    }
  } catch {
    // fall through: a version is never worth a crash
  }
  return 'unknown';
}

/**
 * Builds the program. Commander reports usage errors itself; `exitOverride` turns its exits into
 * CommanderErrors, which `main` maps to exit status 2 (0 for --help and --version).
 */
export function createProgram(): Command {
  const program = new Command('dateline')
    .description('news article extraction and news intelligence')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride();
  registerExtractCommand(program);
  registerIngestCommand(program);
  registerSearchCommand(program);
  registerStoriesCommand(program);
  registerAnalyzeCommand(program);
  registerQuotesCommand(program);
  // Later subcommands (serve, export) register here, one module each.
  for (const command of [program, ...program.commands]) showUsageAfterError(command);
  return program;
}

/**
 * After a usage error, print the command's usage line and where to find more, rather than the
 * whole help (which would bury the error).
 */
function showUsageAfterError(command: Command): void {
  const path = command.parent ? `${command.parent.name()} ${command.name()}` : command.name();
  command.showHelpAfterError(`Usage: ${path} ${command.usage()}\nRun '${path} --help' for the options.`);
}

import { UserFacingError } from '../../shared/ipc/result';
import type { CliIo } from './command';
import { COMMANDS } from './commands';
import { NeedsDecisionError, UsageError } from './errors';
import { commandUsageText, usageText } from './help';

export const EXIT_OK = 0;
export const EXIT_BUG = 1;
export const EXIT_BAD_INPUT = 2;
export const EXIT_NEEDS_DECISION = 3;

/** Runs one command line and returns the exit status; never throws. */
export async function runCli(argv: readonly string[], io: CliIo, version: string): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(usageText(COMMANDS));
    return EXIT_OK;
  }
  if (name === '--version') {
    io.out(`${version}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`csms: unknown command “${name}”. Run “csms help” for the list of commands.\n`);
    return EXIT_BAD_INPUT;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(commandUsageText(command));
    return EXIT_OK;
  }
  try {
    await command.run(args, io);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`csms: ${name}: ${error.message}. Usage: csms ${name} ${command.usage}\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof NeedsDecisionError) {
      io.err(`csms: ${name}: ${oneLine(error.message)}\n`);
      return EXIT_NEEDS_DECISION;
    }
    if (error instanceof UserFacingError) {
      io.err(`csms: ${name}: ${oneLine(error.message)}\n`);
      return EXIT_BAD_INPUT;
    }
    io.err(`csms: ${name}: unexpected error, please report it:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_BUG;
  }
}

/** Messages quote file contents and names, which may hold line breaks; the CLI promises one line. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

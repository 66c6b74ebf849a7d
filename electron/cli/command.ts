import type { FileSystem } from '../main/ipc/context';
import type { Isolation } from '../main/isolation/untrusted-files';

/** What a command may touch, so tests and the entry point can each supply their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  fs: FileSystem;
  /** The same worker and budgets the app reads untrusted files with. */
  isolation: Isolation;
}

/**
 * One CLI command, in its own file under commands/ and listed in commands/index.ts. `run` throws UsageError for a
 * wrong command line and UserFacingError for a bad file (both exit 2); anything else is a bug (exit 1).
 */
export interface Command {
  name: string;
  /** Arguments after the name, e.g. "FILE.csms [--json]". */
  usage: string;
  summary: string;
  run(args: string[], io: CliIo): Promise<void>;
}

/** One action of a command that has several (`bundle verify`, `bundle merge`). */
export interface Subcommand {
  usage: string;
  run(args: string[], io: CliIo): Promise<void>;
}

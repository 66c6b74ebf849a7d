import { join } from 'node:path';
import { DEFAULT_BUDGETS, type Budgets } from '../../electron/main/isolation/budgets';
import { nodeChildLauncher } from '../../electron/main/isolation/node-child';
import type { Isolation } from '../../electron/main/isolation/untrusted-files';
import { cliDir } from '../../electron/cli/bundle-cli.mjs';

/**
 * The process that reads untrusted files, as the CLI starts it (built by the unit tests' global setup from the same
 * sources as the app's), with the app's budgets unless a test lowers one.
 */
export function testIsolation(budgets: Partial<Budgets> = {}): Isolation {
  return { launch: nodeChildLauncher(join(cliDir, 'untrusted-child.cjs')), budgets: { ...DEFAULT_BUDGETS, ...budgets } };
}

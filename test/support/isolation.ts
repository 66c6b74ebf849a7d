import { join } from 'node:path';
import { DEFAULT_BUDGETS, type Budgets } from '../../electron/main/isolation/budgets';
import type { Isolation } from '../../electron/main/isolation/untrusted-files';
import { cliDir } from '../../electron/cli/bundle-cli.mjs';

/**
 * The worker that reads untrusted files, as the CLI runs it (built by the unit tests' global setup from the same
 * sources as the app's), with the app's budgets unless a test lowers one.
 */
export function testIsolation(budgets: Partial<Budgets> = {}): Isolation {
  return { workerScript: join(cliDir, 'untrusted-worker.cjs'), budgets: { ...DEFAULT_BUDGETS, ...budgets } };
}

import { join } from 'node:path';
import packageJson from '../../package.json';
import { BUNDLE_FORMAT_VERSION } from '../../shared/bundle/format';
import { DEFAULT_BUDGETS } from '../main/isolation/budgets';
import { nodeChildLauncher } from '../main/isolation/node-child';
import { createNodeFileSystem } from '../main/node-fs';
import { EXIT_BUG, runCli } from './run';

// Entry point: `npm run --silent csms -- <command>`. Everything testable lives in run.ts and commands/.
runCli(
  process.argv.slice(2),
  {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    fs: createNodeFileSystem(),
    // launch.mjs builds the reader process's script beside this bundle.
    isolation: { launch: nodeChildLauncher(join(__dirname, 'untrusted-child.cjs')), budgets: DEFAULT_BUDGETS },
  },
  `CSMS Assessor ${packageJson.version} (assessment file format ${BUNDLE_FORMAT_VERSION})`,
).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = EXIT_BUG;
  },
);

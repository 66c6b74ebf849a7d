// Builds the CLI and the child process script it reads untrusted files with into node_modules/.cache/csms-cli/, when a file they
// bundle has changed. Used by launch.mjs (npm run csms) and by the unit tests' global setup, which run the same child.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const cliDir = join(root, 'node_modules/.cache/csms-cli');

const ENTRIES = { csms: 'electron/cli/csms.ts', 'untrusted-child': 'electron/main/isolation/untrusted-child.ts' };
const inputsFile = join(cliDir, 'inputs.json');
const outputOf = (name) => join(cliDir, `${name}.cjs`);

function isStale() {
  if (!existsSync(inputsFile) || Object.keys(ENTRIES).some((name) => !existsSync(outputOf(name)))) return true;
  const builtAt = Math.min(...Object.keys(ENTRIES).map((name) => statSync(outputOf(name)).mtimeMs));
  // This file holds the build options: a change here rebuilds too.
  if (statSync(fileURLToPath(import.meta.url)).mtimeMs > builtAt) return true;
  const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  return inputs.some((file) => !existsSync(join(root, file)) || statSync(join(root, file)).mtimeMs > builtAt);
}

/** Builds both bundles if any input changed since; returns the folder they are in. */
export async function ensureCliBuilt() {
  if (!isStale()) return cliDir;
  const { buildSync } = await import('esbuild');
  mkdirSync(cliDir, { recursive: true });
  const inputs = new Set();
  for (const [name, entry] of Object.entries(ENTRIES)) {
    const { metafile, outputFiles } = buildSync({
      absWorkingDir: root,
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: outputOf(name),
      metafile: true,
      write: false,
      logLevel: 'warning',
      // pdfkit and svg-to-pdfkit read their data files next to their own sources; the other report libraries stay
      // out too, so the 1.5 MB they add (exceljs and its zip stack) is parsed only by the jobs that need them.
      external: ['pdfkit', 'svg-to-pdfkit', 'node-forge', '@signpdf/*', 'exceljs'],
    });
    // Written beside and renamed, so a CLI started at the same moment never loads half a bundle.
    const temporary = `${outputOf(name)}.${process.pid}`;
    writeFileSync(temporary, outputFiles[0].contents);
    renameSync(temporary, outputOf(name));
    for (const input of Object.keys(metafile.inputs)) inputs.add(input);
  }
  writeFileSync(inputsFile, JSON.stringify([...inputs]));
  return cliDir;
}

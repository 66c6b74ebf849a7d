// `npm run csms`: runs the CLI from a bundle that is built on first use and rebuilt whenever a file it bundles has
// changed. Running the TypeScript through tsx instead adds about 0.6 s of start-up to every call.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = join(root, 'node_modules/.cache/csms-cli/csms.cjs');
const inputsFile = `${bundle}.inputs.json`;

function isStale() {
  if (!existsSync(bundle) || !existsSync(inputsFile)) return true;
  const builtAt = statSync(bundle).mtimeMs;
  // This file holds the build options: a change here rebuilds too.
  if (statSync(fileURLToPath(import.meta.url)).mtimeMs > builtAt) return true;
  const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  return inputs.some((file) => !existsSync(join(root, file)) || statSync(join(root, file)).mtimeMs > builtAt);
}

if (isStale()) {
  const { buildSync } = await import('esbuild');
  mkdirSync(dirname(bundle), { recursive: true });
  const { metafile, outputFiles } = buildSync({
    absWorkingDir: root,
    entryPoints: ['electron/cli/csms.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: bundle,
    metafile: true,
    write: false,
    logLevel: 'warning',
    // pdfkit and svg-to-pdfkit read their data files next to their own sources; the other report libraries stay out
    // too, so the 1.5 MB they add (exceljs and its zip stack) is parsed only by `report`, not by every command.
    external: ['pdfkit', 'svg-to-pdfkit', 'node-forge', '@signpdf/*', 'exceljs'],
  });
  // Written beside and renamed, so a CLI started at the same moment never loads half a bundle.
  const temporary = `${bundle}.${process.pid}`;
  writeFileSync(temporary, outputFiles[0].contents);
  renameSync(temporary, bundle);
  writeFileSync(inputsFile, JSON.stringify(Object.keys(metafile.inputs)));
}
process.env.CSMS_FONTS_DIR ??= join(root, 'assets/fonts');
createRequire(import.meta.url)(bundle);

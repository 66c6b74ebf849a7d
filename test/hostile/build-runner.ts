import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';

/** Bundles run-case.ts into one CommonJS script, as the CLI is bundled, and returns its path. */
export function buildRunner(): string {
  const outfile = resolve('node_modules/.cache/csms-hostile/run-case.cjs');
  buildSync({
    entryPoints: ['test/hostile/run-case.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    external: ['pdfkit', 'svg-to-pdfkit', 'node-forge', '@signpdf/*', 'exceljs', 'esbuild'],
    // bundle-cli.mjs finds the reader's script from its own place, which a CommonJS bundle has to be told.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(resolve('electron/cli/bundle-cli.mjs')).href) },
  });
  return outfile;
}

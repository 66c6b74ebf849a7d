import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packageJson = createRequire(import.meta.url).resolve('@doyensec/electronegativity/package.json');
const cli = join(dirname(packageJson), 'dist/index.js');
const ELECTRON_VERSION = '45.4.1';
const CSV_HEADER = 'issue, severity, confidence, filename, location, sample, description, url';

type Row = Record<'issue' | 'severity' | 'confidence' | 'filename' | 'location' | 'sample' | 'description', string>;

function toRow([issue = '', severity = '', confidence = '', filename = '', location = '', sample = '', description = '']: string[]): Row {
  return { issue, severity, confidence, filename: filename.replaceAll('\\', '/'), location, sample, description };
}

describe('Electronegativity over the app sources', () => {
  // One scan over everything that ships, so the global checks (navigation limits, permission handler, CSP)
  // see main, preload and renderer together, as they run.
  const scanDir = mkdtempSync(join(tmpdir(), 'csms-electronegativity-'));
  for (const folder of ['electron', 'renderer', 'shared']) cpSync(resolve(folder), join(scanDir, folder), { recursive: true });
  afterAll(() => rmSync(scanDir, { recursive: true, force: true }));

  // The releases check downloads Electron's release list; this machine (like the app) is offline.
  const args = ['-i', scanDir, '-e', ELECTRON_VERSION, '-r', '-x', 'AvailableSecurityFixesGlobalCheck'];
  const env = { ...process.env, LANG: 'en-US', FORCE_COLOR: '0' };

  it('has no high or medium finding of certain or firm confidence', { timeout: 60_000 }, async () => {
    const csvPath = join(scanDir, 'report.csv');
    // With -o the CLI stays silent about files it cannot parse, so a second run without it reports those.
    const [, plain] = await Promise.all([
      run(process.execPath, [cli, ...args, '-o', csvPath], { env }),
      run(process.execPath, [cli, ...args], { env, maxBuffer: 16 * 1024 * 1024 }),
    ]);

    const unparsed = `${plain.stdout}\n${plain.stderr}`.split('\n').filter((line) => /^Error parsing /.test(line.trim()));
    expect(unparsed, 'files the scanner could not parse (and so did not check)').toEqual([]);

    const [header, ...records] = Papa.parse<string[]>(readFileSync(csvPath, 'utf8'), { skipEmptyLines: true }).data;
    expect(header?.join(','), 'report header').toBe(CSV_HEADER);
    const rows = records.filter((r) => r.length > 1).map(toRow);

    const serious = rows.filter((r) => ['HIGH', 'MEDIUM'].includes(r.severity) && ['CERTAIN', 'FIRM'].includes(r.confidence));
    const listing = serious.map((r) => `${r.issue} ${r.severity}/${r.confidence} ${r.filename}:${r.location} ${r.sample} — ${r.description}`);
    expect(listing, `Electronegativity findings:\n${listing.join('\n')}`).toEqual([]);
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSelfSignedIdentity } from '../../../electron/main/report/signing/self-signed';

const ROOT = resolve(__dirname, '../../..');
const PASSPHRASE = 'correct horse battery';

function csms(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['electron/cli/launch.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const tool = (file: string, args: string[]) => spawnSync(file, args, { encoding: 'utf8' });

let dir: string;
let demo: string;
let p12: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'csms-report-cli-'));
  demo = join(dir, 'demo.csms');
  expect(csms(['demo', '--out', demo]).code).toBe(0);
  const identity = await createSelfSignedIdentity(
    { commonName: 'Ana Ruiz', organisation: 'Assessors Ltd', email: 'ana@example.org', passphrase: PASSPHRASE, validityYears: 2 },
    new Date(),
  );
  p12 = join(dir, 'ana.p12');
  await writeFile(p12, identity.p12);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('csms report', () => {
  it('writes the workbook and a signed PDF from an assessment file', () => {
    const xlsx = join(dir, 'report.xlsx');
    const pdf = join(dir, 'report.pdf');
    const run = csms(['report', demo, '--xlsx', xlsx, '--pdf', pdf, '--p12', p12, '--p12-pass-env', 'CSMS_TEST_PASS'], { CSMS_TEST_PASS: PASSPHRASE });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*report\.pdf: \d+ pages, signed by Ana Ruiz\n/);
    expect(run.stdout).toMatch(/Wrote .*report\.xlsx: 295 assets, 104 requirements/);

    const sig = tool('pdfsig', [pdf]);
    expect(sig.stdout).toContain('Signature is Valid.');
    expect(sig.stdout).toContain('Signer Certificate Common Name: Ana Ruiz');
    expect(tool('qpdf', ['--check', pdf]).status).toBe(0);
    const text = tool('pdftotext', [pdf, '-']).stdout;
    expect(text).toContain('Riverside Water Treatment Works');
    expect(text).toContain('Paweł Nowak');
    expect(text).toContain('Ольга Петрова');

    const sheets = tool('/usr/bin/python3', ['-c', 'import openpyxl,sys; print(",".join(openpyxl.load_workbook(sys.argv[1]).sheetnames))', xlsx]);
    expect(sheets.stdout).toMatch(/^Summary,Assets,.*Requirements,Findings,Risks,Actions/);
  }, 60_000);

  it('refuses a wrong passphrase with a clear message and writes nothing', () => {
    const pdf = join(dir, 'wrong.pdf');
    const run = csms(['report', demo, '--pdf', pdf, '--p12', p12, '--p12-pass-env', 'CSMS_TEST_PASS'], { CSMS_TEST_PASS: 'not it' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/passphrase/i);
    expect(run.stderr).toContain('ana.p12');
    expect(existsSync(pdf)).toBe(false);
  }, 30_000);

  it('explains a wrong command line', () => {
    expect(csms(['report', demo]).stderr).toContain('give --xlsx OUT.xlsx, --pdf OUT.pdf or both');
    expect(csms(['report', demo, '--pdf', join(dir, 'x.pdf'), '--p12', p12]).stderr).toContain('--p12 needs --p12-pass-env VAR');
    const unset = csms(['report', demo, '--pdf', join(dir, 'x.pdf'), '--p12', p12, '--p12-pass-env', 'CSMS_UNSET_VAR_X']);
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('CSMS_UNSET_VAR_X is not set');
    expect(csms(['report', demo, '--xlsx', join(dir, 'x.xlsx'), '--lang', 'fr']).stderr).toContain('--lang must be one of en, de');
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  }, 30_000);

  it('reads an encrypted assessment file with --passphrase-env', () => {
    const sealed = join(dir, 'sealed.csms');
    const env = { CSMS_TEST_FILE_PASS: 'a file passphrase of some length' };
    expect(csms(['demo', '--out', sealed, '--passphrase-env', 'CSMS_TEST_FILE_PASS'], env).code).toBe(0);
    const refused = csms(['report', sealed, '--xlsx', join(dir, 'sealed.xlsx')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is encrypted: give --passphrase-env VAR');
    expect(existsSync(join(dir, 'sealed.xlsx'))).toBe(false);
    const run = csms(['report', sealed, '--xlsx', join(dir, 'sealed.xlsx'), '--passphrase-env', 'CSMS_TEST_FILE_PASS'], env);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/sealed\.xlsx: 295 assets/);
  }, 30_000);

  it('prints German headings with --lang de', () => {
    const pdf = join(dir, 'de.pdf');
    expect(csms(['report', demo, '--pdf', pdf, '--lang', 'de']).code).toBe(0);
    const text = tool('pdftotext', [pdf, '-']).stdout;
    expect(text).toContain('Management-Zusammenfassung');
    expect(text).toContain('Inhalt');
    expect(text).toContain('CSMS-Bewertungsbericht');
    expect(tool('pdfsig', [pdf]).stdout).toMatch(/does not contain any signatures/);
  }, 30_000);
});

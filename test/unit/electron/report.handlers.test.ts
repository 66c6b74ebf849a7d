import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FileDialogOptions, MainContext } from '../../../electron/main/ipc/context';
import { handlers } from '../../../electron/main/ipc/handlers';
import { invokeHandler } from '../../../electron/main/ipc/invoke';
import { reportDiscard, reportGeneratePdf, reportSavePdf, reportSaveWorkbook } from '../../../electron/main/ipc/report.handlers';
import { createSelfSignedIdentity } from '../../../electron/main/report/signing/self-signed';
import { HeldReports } from '../../../electron/main/report/held-reports';
import { demoBundle } from '../../../shared/demo/bundle';
import { defaultReportOptions } from '../../../shared/report/options';
import type { SigningIdentity } from '../../../shared/report/signing';
import { testMainContext } from '../../support/main-context';

const bundle = demoBundle();
const options = defaultReportOptions('2026-11-23');
const PASSPHRASE = 'a long passphrase';
let dir: string;
let identity: SigningIdentity;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'csms-report-handlers-'));
  identity = await createSelfSignedIdentity(
    { commonName: 'Jo Smith', organisation: 'Assessors Ltd', email: '', passphrase: PASSPHRASE, validityYears: 1 },
    new Date(),
  );
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const context = (overrides: Partial<MainContext> = {}) =>
  testMainContext({ now: () => new Date(), heldReports: new HeldReports(), ...overrides });

describe('reportGeneratePdf and reportSavePdf', () => {
  it('saves exactly the bytes that were previewed, under the name the assessor chose', async () => {
    const chooseSavePath = vi.fn(async (_o: FileDialogOptions) => join(dir, 'handed over.pdf'));
    const ctx = context({ chooseSavePath });
    const generated = await reportGeneratePdf({ bundle, options, signing: null }, ctx);
    expect(generated.fileName).toBe('Riverside Water Treatment Works CSMS report 2026-11-23.pdf');
    expect(generated.signature).toBeNull();
    expect(generated.pageCount).toBeGreaterThan(10);
    expect(Buffer.from(generated.pdf.subarray(0, 5)).toString()).toBe('%PDF-');

    const saved = await reportSavePdf({ reportId: generated.reportId }, ctx);
    expect(saved).toMatchObject({ status: 'saved', fileName: 'handed over.pdf', bytes: generated.pdf.byteLength });
    expect(chooseSavePath.mock.calls[0]![0]).toMatchObject({ defaultFileName: generated.fileName, filters: [{ extensions: ['pdf'] }] });
    expect(Buffer.compare(await readFile(join(dir, 'handed over.pdf')), Buffer.from(generated.pdf))).toBe(0);
  }, 60_000);

  it('signs with the certificate and prints its fingerprint, verified by pdfsig', async () => {
    const ctx = context({ chooseSavePath: async () => join(dir, 'signed.pdf') });
    const signing = { fileName: identity.fileName, p12: identity.p12, passphrase: PASSPHRASE };
    const generated = await reportGeneratePdf({ bundle, options, signing }, ctx);
    expect(generated.signature?.certificate.sha256Fingerprint).toBe(identity.certificate.sha256Fingerprint);
    await reportSavePdf({ reportId: generated.reportId }, ctx);
    const pdfsig = spawnSync('pdfsig', [join(dir, 'signed.pdf')], { encoding: 'utf8' }).stdout;
    expect(pdfsig).toContain('Signature is Valid.');
    expect(pdfsig).toContain('Signer Certificate Common Name: Jo Smith');
    // The fingerprint prints in two lines of 16 pairs: compare the hex digits only.
    const hex = (s: string) => s.replace(/[\s:]+/g, '');
    expect(hex(spawnSync('pdftotext', [join(dir, 'signed.pdf'), '-'], { encoding: 'utf8' }).stdout)).toContain(hex(identity.certificate.sha256Fingerprint));
  }, 60_000);

  it('refuses a wrong passphrase before rendering and holds nothing', async () => {
    const held = new HeldReports();
    const hold = vi.spyOn(held, 'hold');
    const signing = { fileName: identity.fileName, p12: identity.p12, passphrase: 'wrong' };
    const result = await invokeHandler(handlers, 'reportGeneratePdf', { bundle, options, signing }, context({ heldReports: held }), () => undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-file' } });
    expect(!result.ok && result.error.message).toMatch(/passphrase/i);
    expect(hold).not.toHaveBeenCalled();
  });

  it('says so when the preview is gone, and cancelling the dialog writes nothing', async () => {
    const ctx = context({ chooseSavePath: async () => null });
    const generated = await reportGeneratePdf({ bundle, options: { ...options, sections: [] }, signing: null }, ctx);
    expect(await reportSavePdf({ reportId: generated.reportId }, ctx)).toEqual({ status: 'cancelled' });
    expect(await reportDiscard({ reportId: generated.reportId }, ctx)).toEqual({ discarded: true });
    await expect(reportSavePdf({ reportId: generated.reportId }, ctx)).rejects.toThrow('This preview is no longer available');
    expect((await readdir(dir)).filter((f) => f.startsWith('Riverside'))).toEqual([]);
  }, 60_000);
});

describe('reportSaveWorkbook', () => {
  it('writes the workbook where the assessor chose', async () => {
    const ctx = context({ chooseSavePath: async () => join(dir, 'tables.xlsx') });
    const saved = await reportSaveWorkbook({ bundle, options }, ctx);
    expect(saved).toMatchObject({ status: 'saved', fileName: 'tables.xlsx' });
    const names = spawnSync('/usr/bin/python3', ['-c', 'import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); print(wb["Assets"].max_row)', join(dir, 'tables.xlsx')], { encoding: 'utf8' });
    expect(names.stdout.trim()).toBe(String(bundle.tables.assets.length + 1));
  }, 60_000);
});

import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getAppInfo } from '../../../electron/main/ipc/app.handlers';
import { exportAssessment, importAssessment } from '../../../electron/main/ipc/bundle.handlers';
import type { FileDialogOptions, FileSystem, MainContext } from '../../../electron/main/ipc/context';
import { handlers } from '../../../electron/main/ipc/handlers';
import { invokeHandler } from '../../../electron/main/ipc/invoke';
import { HeldBundleFiles } from '../../../electron/main/held-bundle-files';
import { createNodeFileSystem } from '../../../electron/main/node-fs';
import type { AssessmentBundle } from '../../../shared/bundle/bundle';
import { UserFacingError } from '../../../shared/ipc/result';
import { sampleBundle } from '../../support/sample-bundle';
import { testMainContext } from '../../support/main-context';

let dir: string;
let bundle: AssessmentBundle;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'csms-handlers-'));
  bundle = await sampleBundle();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function testContext(overrides: Partial<MainContext> = {}): MainContext {
  return testMainContext({ chooseSavePath: async () => join(dir, 'export.csms'), chooseOpenPath: async () => join(dir, 'export.csms'), ...overrides });
}

async function rejection(promise: Promise<unknown>): Promise<UserFacingError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof UserFacingError)) throw new Error(`expected a UserFacingError, got ${String(error)}`);
  return error;
}

describe('exportAssessment and importAssessment', () => {
  it('export writes a file that import reads back unchanged', async () => {
    const ctx = testContext();
    const saved = await exportAssessment({ bundle }, ctx);
    const path = join(dir, 'export.csms');
    expect(saved).toEqual({ status: 'saved', path, fileName: 'export.csms', bytes: (await readFile(path)).byteLength });
    expect(await importAssessment({}, ctx)).toEqual({ status: 'opened', fileName: 'export.csms', bundle, encrypted: false });
    expect(await readdir(dir)).toEqual(['export.csms']); // no temp file left beside it
  });

  it('offers a file name made from the assessment name and today, filtered to .csms', async () => {
    const chooseSavePath = vi.fn(async (_options: FileDialogOptions) => null);
    await exportAssessment({ bundle }, testContext({ chooseSavePath }));
    expect(chooseSavePath).toHaveBeenCalledWith({
      title: 'Export assessment',
      defaultFileName: 'Riverside WTP 2026-11-22.csms',
      filters: [{ name: 'CSMS assessment', extensions: ['csms'] }],
    });
  });

  it('returns cancelled and writes nothing when a dialog is dismissed', async () => {
    const ctx = testContext({ chooseSavePath: async () => null, chooseOpenPath: async () => null });
    expect(await exportAssessment({ bundle }, ctx)).toEqual({ status: 'cancelled' });
    expect(await importAssessment({}, ctx)).toEqual({ status: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a write failure as an io error naming the file', async () => {
    const ctx = testContext({ chooseSavePath: async () => join(dir, 'no-such-folder', 'out.csms') });
    const error = await rejection(exportAssessment({ bundle }, ctx));
    expect(error.code).toBe('io');
    expect(error.message).toBe('Could not write “out.csms”: no such file or folder.');
  });

  it('refuses an oversize file by its size, without reading it', async () => {
    const readFileSpy = vi.fn(async () => new Uint8Array());
    const fs: FileSystem = { ...createNodeFileSystem(), fileSize: async () => 2 * 1024 ** 3, readFile: readFileSpy };
    const error = await rejection(importAssessment({}, testContext({ fs, chooseOpenPath: async () => '/media/usb/huge.csms' })));
    expect(error.code).toBe('bad-file');
    expect(error.message).toBe('“huge.csms” is 2 GB; assessment files larger than 1 GB cannot be opened.');
    expect(readFileSpy).not.toHaveBeenCalled();
  });

  it('refuses a damaged file as bad-file, naming the file and the damage', async () => {
    const ctx = testContext();
    await exportAssessment({ bundle }, ctx);
    const bytes = await readFile(join(dir, 'export.csms'));
    await writeFile(join(dir, 'export.csms'), bytes.subarray(0, bytes.length - 100));
    const error = await rejection(importAssessment({}, ctx));
    expect(error.code).toBe('bad-file');
    expect(error.message).toMatch(/^“export\.csms”: The file is damaged: /);
  });

  it('refuses a file that is not an assessment', async () => {
    await writeFile(join(dir, 'notes.csms'), 'just text');
    const error = await rejection(importAssessment({}, testContext({ chooseOpenPath: async () => join(dir, 'notes.csms') })));
    expect(error).toMatchObject({
      code: 'bad-file',
      message: '“notes.csms”: This is not a CSMS Assessor file: it is neither a ZIP archive nor an encrypted assessment file.',
    });
  });

  it('reports a vanished file as an io error', async () => {
    const error = await rejection(importAssessment({}, testContext({ chooseOpenPath: async () => join(dir, 'gone.csms') })));
    expect(error).toMatchObject({ code: 'io', message: 'Could not read “gone.csms”: no such file or folder.' });
  });
});

const PASSPHRASE = 'Ana’s field laptop, 2026';

/** Exports encrypted and returns the path; the context's dialogs point at export.csms. */
async function exportEncrypted(ctx: MainContext): Promise<string> {
  await exportAssessment({ bundle, passphrase: PASSPHRASE }, ctx);
  return join(dir, 'export.csms');
}

describe('encrypted files', () => {
  it('export writes an envelope, not a ZIP, under a dialog title that says so', async () => {
    const chooseSavePath = vi.fn(async (_options: FileDialogOptions) => join(dir, 'export.csms'));
    const saved = await exportAssessment({ bundle, passphrase: PASSPHRASE }, testContext({ chooseSavePath }));
    expect(chooseSavePath.mock.calls[0]?.[0].title).toBe('Export assessment, encrypted');
    const bytes = await readFile(join(dir, 'export.csms'));
    expect(saved).toMatchObject({ status: 'saved', fileName: 'export.csms', bytes: bytes.byteLength });
    expect(bytes.subarray(0, 7).toString()).toBe('CSMSENC');
    expect(bytes.includes('PK\x03\x04')).toBe(false);
  });

  it('import asks for the passphrase, lets a wrong or empty one be tried again without the file, then opens it', async () => {
    const chooseOpenPath = vi.fn(async () => join(dir, 'export.csms'));
    const ctx = testContext({ chooseOpenPath });
    await exportEncrypted(ctx);

    const asked = await importAssessment({}, ctx);
    expect(asked).toEqual({ status: 'needs-passphrase', fileName: 'export.csms', fileToken: expect.stringMatching(/^[0-9a-f-]{36}$/), problem: null });
    if (asked.status !== 'needs-passphrase') throw new Error('expected a passphrase prompt');
    const { fileToken } = asked;

    expect(await importAssessment({ fileToken, passphrase: 'Ana’s field laptop, 2025' }, ctx)).toEqual({
      status: 'needs-passphrase',
      fileName: 'export.csms',
      fileToken,
      problem: 'The passphrase does not open “export.csms”.',
    });
    expect(await importAssessment({ fileToken, passphrase: '' }, ctx)).toMatchObject({ status: 'needs-passphrase', fileToken, problem: 'Enter the passphrase.' });
    expect(await importAssessment({ fileToken, passphrase: PASSPHRASE }, ctx)).toEqual({ status: 'opened', fileName: 'export.csms', bundle, encrypted: true });
    expect(chooseOpenPath).toHaveBeenCalledTimes(1);

    // The held file is gone once opened.
    const error = await rejection(importAssessment({ fileToken, passphrase: PASSPHRASE }, ctx));
    expect(error).toMatchObject({ code: 'bad-file', message: 'The file waited too long for its passphrase; choose it again with Import.' });
  });

  it('refuses a tampered file once the passphrase is given, and drops it', async () => {
    const ctx = testContext();
    const path = await exportEncrypted(ctx);
    const bytes = await readFile(path);
    bytes[bytes.length - 200] = bytes[bytes.length - 200]! ^ 0x10;
    await writeFile(path, bytes);
    const asked = await importAssessment({}, ctx);
    if (asked.status !== 'needs-passphrase') throw new Error('expected a passphrase prompt');
    const error = await rejection(importAssessment({ fileToken: asked.fileToken, passphrase: PASSPHRASE }, ctx));
    expect(error).toMatchObject({
      code: 'bad-file',
      message: '“export.csms”: The file is damaged: its encrypted content fails its integrity check, so it was changed or damaged after it was written.',
    });
    expect(await rejection(importAssessment({ fileToken: asked.fileToken, passphrase: PASSPHRASE }, ctx))).toMatchObject({ message: /waited too long/ });
  });

  it('refuses a damaged header, a cut-short file and a newer envelope before asking for a passphrase', async () => {
    const ctx = testContext();
    const path = await exportEncrypted(ctx);
    const good = await readFile(path);
    const cases: [string, (b: Buffer) => Buffer, RegExp][] = [
      ['header', (b) => ((b[20]! ^= 1), b), /^“export\.csms”: The file is damaged: its encryption header is damaged\.$/],
      ['cut', (b) => b.subarray(0, b.length - 1), /^“export\.csms”: The file is damaged: it is cut short: /],
      ['newer', (b) => ((b[7] = 9), b), /^“export\.csms”: This file is encrypted in a way a newer version .*\(envelope version 9\).*Update the app/],
    ];
    for (const [, edit, message] of cases) {
      await writeFile(path, edit(Buffer.from(good)));
      expect(await rejection(importAssessment({}, ctx))).toMatchObject({ code: 'bad-file', message: expect.stringMatching(message) });
    }
  });

  it('holds a file for ten minutes and at most two at once', async () => {
    let clock = 0;
    const ctx = testContext({ heldBundleFiles: new HeldBundleFiles(() => clock) });
    await exportEncrypted(ctx);
    const token = async () => {
      const asked = await importAssessment({}, ctx);
      if (asked.status !== 'needs-passphrase') throw new Error('expected a passphrase prompt');
      return asked.fileToken;
    };
    const [first, second, third] = [await token(), await token(), await token()];
    expect(await rejection(importAssessment({ fileToken: first, passphrase: PASSPHRASE }, ctx))).toMatchObject({ message: /waited too long/ });
    clock = 10 * 60_000;
    expect(await importAssessment({ fileToken: second, passphrase: PASSPHRASE }, ctx)).toMatchObject({ status: 'opened' });
    clock += 1;
    expect(await rejection(importAssessment({ fileToken: third, passphrase: PASSPHRASE }, ctx))).toMatchObject({ message: /waited too long/ });
  });
});

describe('through invokeHandler', () => {
  const reportBug = vi.fn();

  it('rejects an exportAssessment payload without a bundle before the handler runs', async () => {
    const chooseSavePath = vi.fn(async () => null);
    const result = await invokeHandler(handlers, 'exportAssessment', {}, testContext({ chooseSavePath }), reportBug);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('bundle') } });
    expect(chooseSavePath).not.toHaveBeenCalled();
  });

  it('refuses a passphrase under 12 characters for a new file before any dialog opens', async () => {
    const chooseSavePath = vi.fn(async () => null);
    const result = await invokeHandler(handlers, 'exportAssessment', { bundle, passphrase: 'eleven char' }, testContext({ chooseSavePath }), reportBug);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('at least 12 characters') } });
    expect(chooseSavePath).not.toHaveBeenCalled();
  });

  it('accepts an import request that is empty or carries a token and a passphrase, nothing else', async () => {
    const ctx = testContext();
    for (const bad of [{ fileToken: 'x', passphrase: PASSPHRASE }, { fileToken: crypto.randomUUID() }, { passphrase: PASSPHRASE }]) {
      expect(await invokeHandler(handlers, 'importAssessment', bad, ctx, reportBug)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
  });

  it('returns a bad file as a user-facing error, not a bug', async () => {
    await writeFile(join(dir, 'x.csms'), '');
    const ctx = testContext({ chooseOpenPath: async () => join(dir, 'x.csms') });
    const result = await invokeHandler(handlers, 'importAssessment', {}, ctx, reportBug);
    expect(result).toEqual({
      ok: false,
      error: { code: 'bad-file', message: '“x.csms”: This is not a CSMS Assessor file: the file is empty.' },
    });
    expect(reportBug).not.toHaveBeenCalled();
  });

  it('answers getAppInfo with the bundle format version', async () => {
    expect(await invokeHandler(handlers, 'getAppInfo', {}, testContext(), reportBug)).toEqual({
      ok: true,
      value: { name: 'CSMS Assessor', version: '0.1.0-test', bundleFormatVersion: 2 },
    });
    expect(handlers.getAppInfo).toBe(getAppInfo);
  });
});

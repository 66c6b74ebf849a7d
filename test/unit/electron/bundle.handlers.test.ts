import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getAppInfo } from '../../../electron/main/ipc/app.handlers';
import { exportAssessment, importAssessment } from '../../../electron/main/ipc/bundle.handlers';
import type { FileDialogOptions, FileSystem, MainContext } from '../../../electron/main/ipc/context';
import { handlers } from '../../../electron/main/ipc/handlers';
import { invokeHandler } from '../../../electron/main/ipc/invoke';
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
    expect(await importAssessment({}, ctx)).toEqual({ status: 'opened', fileName: 'export.csms', bundle });
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

  it('appends .csms when the chosen name lacks it, and only then', async () => {
    const saved = await exportAssessment({ bundle }, testContext({ chooseSavePath: async () => join(dir, 'Riverside') }));
    expect(saved).toMatchObject({ path: join(dir, 'Riverside.csms'), fileName: 'Riverside.csms' });
    const upper = await exportAssessment({ bundle }, testContext({ chooseSavePath: async () => join(dir, 'R.CSMS') }));
    expect(upper).toMatchObject({ fileName: 'R.CSMS' });
    expect((await readdir(dir)).sort()).toEqual(['R.CSMS', 'Riverside.csms']);
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
      message: '“notes.csms”: This is not a CSMS Assessor file: it is not a ZIP archive.',
    });
  });

  it('reports a vanished file as an io error', async () => {
    const error = await rejection(importAssessment({}, testContext({ chooseOpenPath: async () => join(dir, 'gone.csms') })));
    expect(error).toMatchObject({ code: 'io', message: 'Could not read “gone.csms”: no such file or folder.' });
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
      value: { name: 'CSMS Assessor', version: '0.1.0-test', bundleFormatVersion: 1 },
    });
    expect(handlers.getAppInfo).toBe(getAppInfo);
  });
});

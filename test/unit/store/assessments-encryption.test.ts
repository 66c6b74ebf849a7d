import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/store/store';
import type { ImportResult, Request, RendererApi } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import { sampleBundle } from '../../support/sample-bundle';
import { sampleInput, testDb } from '../db/test-db';
import { testStoreDeps } from './test-deps';

const TOKEN = '5f0c6a3e-8d0b-4b7e-9c57-0e1f2a3b4c5d';
const RIGHT = 'correct horse battery staple';

/** main's side of an encrypted import, scripted: the file asks for RIGHT, anything else is wrong. */
function encryptedImport(opened: () => Promise<ImportResult>) {
  const requests: Request<'importAssessment'>[] = [];
  const importAssessment: RendererApi['importAssessment'] = async (request): Promise<IpcResult<ImportResult>> => {
    requests.push(request);
    const prompt = (problem: string | null): ImportResult => ({ status: 'needs-passphrase', fileName: 'site.csms', fileToken: TOKEN, problem });
    if (!('fileToken' in request)) return { ok: true, value: prompt(null) };
    if (request.passphrase !== RIGHT) return { ok: true, value: prompt('The passphrase does not open “site.csms”.') };
    return { ok: true, value: await opened() };
  };
  return { requests, importAssessment };
}

function setup(api: Partial<RendererApi>) {
  const db = testDb();
  return { db, store: createAppStore(testStoreDeps(db, api)) };
}

describe('encrypted export', () => {
  it('sends the passphrase with the bundle only when one is given, and says the file is encrypted', async () => {
    const sent: Request<'exportAssessment'>[] = [];
    const { store } = setup({
      exportAssessment: async (request) => {
        sent.push(request);
        return { ok: true, value: { status: 'saved', path: '/media/usb/site.csms', fileName: 'site.csms', bytes: 4096 } };
      },
    });
    await store.getState().createAssessment(sampleInput);
    const id = store.getState().openAssessmentId!;

    expect(await store.getState().exportAssessment(id, RIGHT)).toBe(true);
    expect(sent[0]).toMatchObject({ passphrase: RIGHT, bundle: { assessment: { id } } });
    expect(store.getState().notices.at(-1)?.text).toBe(`Exported “${sampleInput.name}” to /media/usb/site.csms (4 KB, encrypted).`);

    expect(await store.getState().exportAssessment(id)).toBe(true);
    expect(sent[1]).not.toHaveProperty('passphrase');
    expect(store.getState().notices.at(-1)?.text).toBe(`Exported “${sampleInput.name}” to /media/usb/site.csms (4 KB).`);
  });

  it('reports false when the save dialog is cancelled', async () => {
    const { store } = setup({ exportAssessment: async () => ({ ok: true, value: { status: 'cancelled' } }) });
    await store.getState().createAssessment(sampleInput);
    expect(await store.getState().exportAssessment(store.getState().openAssessmentId!, RIGHT)).toBe(false);
  });
});

describe('encrypted import', () => {
  it('asks for the passphrase, keeps asking after a wrong one with nothing stored, then imports', async () => {
    const bundle = await sampleBundle();
    const main = encryptedImport(async () => ({ status: 'opened', fileName: 'site.csms', bundle, encrypted: true }));
    const { db, store } = setup({ importAssessment: main.importAssessment });

    await store.getState().importAssessmentFile();
    expect(store.getState().importPassphrase).toEqual({ fileName: 'site.csms', fileToken: TOKEN, problem: null, mergeInto: null });
    expect(await db.assessments.count()).toBe(0);

    await store.getState().unlockImportFile('correct horse battery stable');
    expect(store.getState().importPassphrase).toEqual({ fileName: 'site.csms', fileToken: TOKEN, problem: 'The passphrase does not open “site.csms”.', mergeInto: null });
    expect(await db.assessments.count()).toBe(0);

    await store.getState().unlockImportFile(RIGHT);
    expect(store.getState().importPassphrase).toBeNull();
    expect(main.requests).toEqual([{}, { fileToken: TOKEN, passphrase: 'correct horse battery stable' }, { fileToken: TOKEN, passphrase: RIGHT }]);
    expect((await db.assessments.toArray()).map((a) => a.id)).toEqual([bundle.assessment.id]);
    expect(store.getState().notices.at(-1)).toMatchObject({ kind: 'success', text: 'Imported “Riverside WTP” from “site.csms” (encrypted).' });
  });

  it('ends the prompt with main’s message when the file turns out damaged, and stores nothing', async () => {
    const main = encryptedImport(async () => {
      throw new Error('unreachable');
    });
    const { db, store } = setup({
      importAssessment: async (request) =>
        'fileToken' in request
          ? { ok: false, error: { code: 'bad-file', message: '“site.csms”: The file is damaged: its encrypted content fails its integrity check.' } }
          : main.importAssessment(request),
    });
    await store.getState().importAssessmentFile();
    await store.getState().unlockImportFile(RIGHT);
    expect(store.getState().importPassphrase).toBeNull();
    expect(store.getState().notices.at(-1)).toMatchObject({ kind: 'error', text: expect.stringContaining('integrity check') });
    expect(await db.assessments.count()).toBe(0);
  });

  it('cancel drops the prompt without another call to main', async () => {
    const main = encryptedImport(async () => {
      throw new Error('unreachable');
    });
    const { store } = setup({ importAssessment: main.importAssessment });
    await store.getState().importAssessmentFile();
    store.getState().cancelImportFile();
    expect(store.getState().importPassphrase).toBeNull();
    expect(main.requests).toEqual([{}]);
  });
});

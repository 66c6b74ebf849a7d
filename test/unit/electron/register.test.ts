import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, type ApiName } from '../../../shared/ipc/channels';
import { UserFacingError, type IpcResult } from '../../../shared/ipc/result';
import type { MainContext } from '../../../electron/main/ipc/context';
import { HeldBundleFiles } from '../../../electron/main/held-bundle-files';
import { HeldReports } from '../../../electron/main/report/held-reports';
import { ImportSessions } from '../../../electron/main/import/sessions';
import type { HandlerMap } from '../../../electron/main/ipc/invoke';
import { registerIpc } from '../../../electron/main/ipc/register';
import { testIsolation } from '../../support/isolation';

interface FakeEvent {
  senderFrame: { url: string } | null;
}
type Listener = (event: FakeEvent, payload: unknown) => Promise<IpcResult<unknown>>;

const context: MainContext = {
  appName: 'CSMS Assessor',
  appVersion: '0.1.0-test',
  chooseSavePath: async () => null,
  chooseOpenPath: async () => null,
  fs: {
    readFile: async () => new Uint8Array(),
    fileSize: async () => 0,
    writeFileAtomic: async () => undefined,
  },
  now: () => new Date('2025-01-01T00:00:00Z'),
  importSessions: new ImportSessions(),
  heldReports: new HeldReports(),
  heldBundleFiles: new HeldBundleFiles(),
  isolation: testIsolation(),
  fontsDir: resolve('assets/fonts'),
};

/** The import and evidence channels are not exercised here; calling one is a test bug. */
const unusedImportHandlers: Omit<HandlerMap, 'getAppInfo' | 'exportAssessment' | 'importAssessment'> = {
  importOpenFile: notCalled,
  importProgress: notCalled,
  importCancel: notCalled,
  importAnalyse: notCalled,
  importRows: notCalled,
  importClose: notCalled,
  importSaveReport: notCalled,
  evidenceOpenFile: notCalled,
  reportGeneratePdf: notCalled,
  reportSavePdf: notCalled,
  reportDiscard: notCalled,
  reportSaveWorkbook: notCalled,
  signingCreateIdentity: notCalled,
  signingOpenP12: notCalled,
  signingInspect: notCalled,
};
function notCalled(): never {
  throw new Error('this test does not call the import or evidence channels');
}

/** Wires registerIpc to a fake ipcMain and returns a way to invoke a channel as the renderer would. */
function setUp(getAppInfo: HandlerMap['getAppInfo']) {
  const listeners = new Map<string, Listener>();
  const calls: ApiName[] = [];
  const bugs: { name: ApiName; error: unknown }[] = [];
  const handlers: HandlerMap = {
    getAppInfo: async (request, ctx) => {
      calls.push('getAppInfo');
      return getAppInfo(request, ctx);
    },
    exportAssessment: async () => {
      calls.push('exportAssessment');
      return { status: 'cancelled' };
    },
    importAssessment: async () => {
      calls.push('importAssessment');
      return { status: 'cancelled' };
    },
    ...unusedImportHandlers,
  };
  const ipcMain = {
    handle(channel: string, listener: Listener) {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
  };
  registerIpc(ipcMain, handlers, context, (event) => event.senderFrame?.url === 'app://csms/index.html', (name, error) =>
    bugs.push({ name, error }),
  );
  const invoke = (channel: string, payload: unknown, url = 'app://csms/index.html') => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: { url } }, payload);
  };
  return { listeners, calls, bugs, invoke };
}

const appInfo = async () => ({ name: context.appName, version: context.appVersion, bundleFormatVersion: 1 });

describe('registerIpc', () => {
  it('registers exactly one handler per contract channel', () => {
    expect([...setUp(appInfo).listeners.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('refuses an untrusted sender without calling the handler', async () => {
    const { invoke, calls } = setUp(appInfo);
    for (const url of ['https://evil.example/', 'app://evil/index.html']) {
      const result = await invoke(CHANNELS.getAppInfo, {}, url);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(calls).toEqual([]);
  });

  it('returns invalid-request naming the offending field, without calling the handler', async () => {
    const { invoke, calls } = setUp(appInfo);
    const result = await invoke(CHANNELS.exportAssessment, { bundle: 'not a bundle' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.message).toMatch(/exportAssessment request at bundle:/);
    expect(calls).toEqual([]);
  });

  it('passes a UserFacingError through with its code and message', async () => {
    const { invoke, bugs } = setUp(async () => {
      throw new UserFacingError('bad-file', 'The file is not a CSMS bundle.');
    });
    expect(await invoke(CHANNELS.getAppInfo, {})).toEqual({ ok: false, error: { code: 'bad-file', message: 'The file is not a CSMS bundle.' } });
    expect(bugs).toEqual([]);
  });

  it('hides a plain Error behind internal and reports it as a bug', async () => {
    const boom = new Error('disk on fire at /home/user/secret');
    const { invoke, bugs } = setUp(async () => {
      throw boom;
    });
    const result = await invoke(CHANNELS.getAppInfo, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(bugs).toEqual([{ name: 'getAppInfo', error: boom }]);
  });

  it('returns the handler value on success', async () => {
    const { invoke, calls } = setUp(appInfo);
    expect(await invoke(CHANNELS.getAppInfo, {})).toEqual({
      ok: true,
      value: { name: 'CSMS Assessor', version: '0.1.0-test', bundleFormatVersion: 1 },
    });
    expect(calls).toEqual(['getAppInfo']);
  });
});

import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/channels';

/** What the preload hands to Electron: recorded by stand-ins for the two modules it may use. */
const exposed: { key: string; api: Record<string, (request: unknown) => Promise<unknown>> }[] = [];
const invoked: [string, unknown][] = [];

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, (request: unknown) => Promise<unknown>>) => exposed.push({ key, api }) },
  ipcRenderer: {
    invoke: async (channel: string, request: unknown) => {
      invoked.push([channel, request]);
      return { ok: true, value: `answer from ${channel}` };
    },
  },
}));

describe('the preload', () => {
  beforeAll(async () => {
    await import('../../../electron/preload/index');
  });

  it('exposes one object, window.csms, with exactly one function per contract channel', () => {
    expect(exposed.map((e) => e.key)).toEqual(['csms']);
    expect(Object.keys(exposed[0]!.api).sort()).toEqual(Object.keys(CHANNELS).sort());
    expect(Object.values(exposed[0]!.api).every((f) => typeof f === 'function')).toBe(true);
  });

  it('sends each call on its own channel with the request as given, and returns main’s answer', async () => {
    const api = exposed[0]!.api;
    for (const [name, channel] of Object.entries(CHANNELS)) {
      const request = { probe: name };
      expect(await api[name]!(request)).toEqual({ ok: true, value: `answer from ${channel}` });
      expect(invoked.at(-1)).toEqual([channel, request]);
    }
    expect(invoked).toHaveLength(Object.keys(CHANNELS).length);
  });
});

import { describe, expect, it } from 'vitest';
import type { BaseWindow, Dialog } from 'electron';
import { createFileDialogs } from '../../../electron/main/dialogs';

const filters = [{ name: 'CSMS bundle', extensions: ['csms'] }];

/** A stand-in for Electron's dialog module that records its calls and answers with canned results. */
function fakeDialog(save: { canceled: boolean; filePath: string }, open: { canceled: boolean; filePaths: string[] }) {
  const calls: unknown[][] = [];
  const dialog = {
    showSaveDialog: async (...args: unknown[]) => (calls.push(['save', ...args]), save),
    showOpenDialog: async (...args: unknown[]) => (calls.push(['open', ...args]), open),
  };
  return { calls, dialog: dialog as unknown as Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'> };
}

describe('createFileDialogs', () => {
  const parent = { id: 1 } as unknown as BaseWindow;

  it('asks for a save path modal to the app window, with overwrite confirmation', async () => {
    const { calls, dialog } = fakeDialog({ canceled: false, filePath: '/home/u/site.csms' }, { canceled: true, filePaths: [] });
    const path = await createFileDialogs(dialog, () => parent).chooseSavePath({ title: 'Export', defaultFileName: 'site.csms', filters });
    expect(path).toBe('/home/u/site.csms');
    expect(calls).toEqual([
      ['save', parent, { title: 'Export', defaultPath: 'site.csms', filters, properties: ['createDirectory', 'showOverwriteConfirmation'] }],
    ]);
  });

  it('returns null when a dialog is cancelled, and works without a window', async () => {
    const { calls, dialog } = fakeDialog({ canceled: true, filePath: '' }, { canceled: true, filePaths: [] });
    const dialogs = createFileDialogs(dialog, () => null);
    expect(await dialogs.chooseSavePath({ title: 'Export', filters })).toBeNull();
    expect(await dialogs.chooseOpenPath({ title: 'Import', filters })).toBeNull();
    expect(calls.map((c) => c.length)).toEqual([2, 2]);
  });

  it('opens one existing file', async () => {
    const { calls, dialog } = fakeDialog({ canceled: true, filePath: '' }, { canceled: false, filePaths: ['/media/usb/site.csms'] });
    expect(await createFileDialogs(dialog, () => parent).chooseOpenPath({ title: 'Import', filters })).toBe('/media/usb/site.csms');
    expect(calls).toEqual([['open', parent, { title: 'Import', filters, properties: ['openFile'] }]]);
  });
});

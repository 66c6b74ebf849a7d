import { describe, expect, it } from 'vitest';
import type { BaseWindow, Dialog } from 'electron';
import { createFileDialogs } from '../../../electron/main/dialogs';

const filters = [{ name: 'CSMS bundle', extensions: ['csms'] }];

/** A stand-in for Electron's dialog module that records its calls and answers each kind from its own queue. */
function fakeDialog(answers: { saves?: { canceled: boolean; filePath: string }[]; open?: { canceled: boolean; filePaths: string[] }; replies?: number[] }) {
  const calls: unknown[][] = [];
  const dialog = {
    showSaveDialog: async (...args: unknown[]) => (calls.push(['save', ...args]), answers.saves?.shift() ?? { canceled: true, filePath: '' }),
    showOpenDialog: async (...args: unknown[]) => (calls.push(['open', ...args]), answers.open ?? { canceled: true, filePaths: [] }),
    showMessageBox: async (...args: unknown[]) => (calls.push(['ask', ...args]), { response: answers.replies?.shift() ?? 1, checkboxChecked: false }),
  };
  return { calls, dialog: dialog as unknown as Pick<Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox'> };
}

const existing = (...paths: string[]) => async (path: string) => paths.includes(path);

describe('createFileDialogs', () => {
  const parent = { id: 1 } as unknown as BaseWindow;

  it('asks for a save path modal to the app window, with overwrite confirmation', async () => {
    const { calls, dialog } = fakeDialog({ saves: [{ canceled: false, filePath: '/home/u/site.csms' }] });
    const path = await createFileDialogs(dialog, () => parent, existing()).chooseSavePath({ title: 'Export', defaultFileName: 'site.csms', filters });
    expect(path).toBe('/home/u/site.csms');
    expect(calls).toEqual([
      ['save', parent, { title: 'Export', defaultPath: 'site.csms', filters, properties: ['createDirectory', 'showOverwriteConfirmation'] }],
    ]);
  });

  it('adds the extension to a name typed without it, and asks before replacing a file of the completed name', async () => {
    const typed = { canceled: false, filePath: '/home/u/site' };
    // No file of that name: the completed name comes back, nothing asked.
    const free = fakeDialog({ saves: [typed] });
    expect(await createFileDialogs(free.dialog, () => parent, existing()).chooseSavePath({ title: 'Export', filters })).toBe('/home/u/site.csms');
    expect(free.calls.map((c) => c[0])).toEqual(['save']);

    // site.csms exists: the dialog's own prompt judged “site”, so the app asks; Replace keeps the choice.
    const replace = fakeDialog({ saves: [typed], replies: [0] });
    expect(await createFileDialogs(replace.dialog, () => parent, existing('/home/u/site.csms')).chooseSavePath({ title: 'Export', filters })).toBe(
      '/home/u/site.csms',
    );
    expect(replace.calls[1]).toEqual([
      'ask',
      parent,
      {
        type: 'warning',
        title: 'Replace the file?',
        message: '“site.csms” already exists.',
        detail: 'Replacing it overwrites what it holds.',
        buttons: ['Replace', 'Choose another name'],
        defaultId: 1,
        cancelId: 1,
      },
    ]);

    // “Choose another name” opens the dialog again on the completed name; cancelling it there writes nothing.
    const another = fakeDialog({ saves: [typed, { canceled: true, filePath: '' }], replies: [1] });
    expect(await createFileDialogs(another.dialog, () => parent, existing('/home/u/site.csms')).chooseSavePath({ title: 'Export', filters })).toBeNull();
    expect(another.calls.map((c) => c[0])).toEqual(['save', 'ask', 'save']);
    expect(another.calls[2]?.[2]).toMatchObject({ defaultPath: '/home/u/site.csms' });
  });

  it('keeps a name that ends with the extension in another case', async () => {
    const { dialog } = fakeDialog({ saves: [{ canceled: false, filePath: 'C:\\Users\\u\\SITE.CSMS' }] });
    expect(await createFileDialogs(dialog, () => null, existing()).chooseSavePath({ title: 'Export', filters })).toBe('C:\\Users\\u\\SITE.CSMS');
  });

  it('returns null when a dialog is cancelled, and works without a window', async () => {
    const { calls, dialog } = fakeDialog({});
    const dialogs = createFileDialogs(dialog, () => null, existing());
    expect(await dialogs.chooseSavePath({ title: 'Export', filters })).toBeNull();
    expect(await dialogs.chooseOpenPath({ title: 'Import', filters })).toBeNull();
    expect(calls.map((c) => c.length)).toEqual([2, 2]);
  });

  it('opens one existing file', async () => {
    const { calls, dialog } = fakeDialog({ open: { canceled: false, filePaths: ['/media/usb/site.csms'] } });
    expect(await createFileDialogs(dialog, () => parent, existing()).chooseOpenPath({ title: 'Import', filters })).toBe('/media/usb/site.csms');
    expect(calls).toEqual([['open', parent, { title: 'Import', filters, properties: ['openFile'] }]]);
  });
});

import type { BaseWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { FileDialogOptions, MainContext } from './ipc/context';

export type FileDialogs = Pick<MainContext, 'chooseSavePath' | 'chooseOpenPath'>;

/**
 * Native file dialogs, modal to the app window when there is one. The renderer never builds a path: the
 * only paths handlers see are the ones the user picked here.
 */
export function createFileDialogs(
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>,
  getParentWindow: () => BaseWindow | null,
): FileDialogs {
  return {
    async chooseSavePath({ title, defaultFileName, filters }: FileDialogOptions) {
      const options: SaveDialogOptions = {
        title,
        defaultPath: defaultFileName,
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = getParentWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ title, filters }: FileDialogOptions) {
      const options: OpenDialogOptions = { title, filters, properties: ['openFile'] };
      const parent = getParentWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

import type { BaseWindow, Dialog, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { FileDialogOptions, MainContext } from './ipc/context';
import { fileNameOf, withExtension } from './paths';

export type FileDialogs = Pick<MainContext, 'chooseSavePath' | 'chooseOpenPath'>;

/**
 * Native file dialogs, modal to the app window when there is one. The renderer never builds a path: the only paths
 * handlers see are the ones the user picked here. A save path always ends with the first filter's extension; some
 * platforms return a name as typed, and their overwrite prompt judged that name, not the completed one, so an
 * existing file of the completed name is asked about here before it can be replaced.
 */
export function createFileDialogs(
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox'>,
  getParentWindow: () => BaseWindow | null,
  fileExists: (path: string) => Promise<boolean>,
): FileDialogs {
  const modal = <T, O>(show: (parent: BaseWindow, options: O) => Promise<T>, showAlone: (options: O) => Promise<T>, options: O) => {
    const parent = getParentWindow();
    return parent ? show(parent, options) : showAlone(options);
  };
  return {
    async chooseSavePath({ title, defaultFileName, filters }: FileDialogOptions) {
      const options: SaveDialogOptions = { title, defaultPath: defaultFileName, filters, properties: ['createDirectory', 'showOverwriteConfirmation'] };
      const extension = filters[0]?.extensions[0];
      for (;;) {
        const result = await modal((p, o) => dialog.showSaveDialog(p, o), (o) => dialog.showSaveDialog(o), options);
        if (result.canceled || !result.filePath) return null;
        const path = extension ? withExtension(result.filePath, extension) : result.filePath;
        if (path === result.filePath || !(await fileExists(path))) return path;
        const question: MessageBoxOptions = {
          type: 'warning',
          title: 'Replace the file?',
          message: `“${fileNameOf(path)}” already exists.`,
          detail: 'Replacing it overwrites what it holds.',
          buttons: ['Replace', 'Choose another name'],
          defaultId: 1,
          cancelId: 1,
        };
        const answer = await modal((p, o) => dialog.showMessageBox(p, o), (o) => dialog.showMessageBox(o), question);
        if (answer.response === 0) return path;
        options.defaultPath = path;
      }
    },
    async chooseOpenPath({ title, filters }: FileDialogOptions) {
      const options: OpenDialogOptions = { title, filters, properties: ['openFile'] };
      const result = await modal((p, o) => dialog.showOpenDialog(p, o), (o) => dialog.showOpenDialog(o), options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

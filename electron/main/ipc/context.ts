import type { ImportSessions } from '../import/sessions';
import type { HeldBundleFiles } from '../held-bundle-files';
import type { HeldReports } from '../report/held-reports';
import type { Isolation } from '../isolation/untrusted-files';

/** What handlers may use from the outside world. Electron wires dialogs and disk; tests wire a temp folder. */
export interface FileDialogOptions {
  title: string;
  defaultFileName?: string;
  filters: { name: string; extensions: string[] }[];
}

export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  fileSize(path: string): Promise<number>;
  /** Writes beside the target then renames, so a crash never leaves half a file under the final name. */
  writeFileAtomic(path: string, data: Uint8Array): Promise<void>;
}

export interface MainContext {
  appName: string;
  appVersion: string;
  /** A path ending with the first filter's extension (the user confirmed replacing an existing file), or null. */
  chooseSavePath(options: FileDialogOptions): Promise<string | null>;
  chooseOpenPath(options: FileDialogOptions): Promise<string | null>;
  fs: FileSystem;
  now(): Date;
  /** Workbooks opened by the import wizard, held in main between its calls. */
  importSessions: ImportSessions;
  /** Generated PDFs between preview and save. */
  heldReports: HeldReports;
  /** Encrypted `.csms` files between choosing the file and entering its passphrase. */
  heldBundleFiles: HeldBundleFiles;
  /** Folder holding the report fonts (DejaVuSans.ttf, DejaVuSans-Bold.ttf). */
  fontsDir: string;
  /** The worker that reads untrusted files (spreadsheets, .csms, certificates, report images), and its budgets. */
  isolation: Isolation;
}

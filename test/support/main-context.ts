import { resolve } from 'node:path';
import { HeldBundleFiles } from '../../electron/main/held-bundle-files';
import { HeldReports } from '../../electron/main/report/held-reports';
import { ImportSessions } from '../../electron/main/import/sessions';
import type { MainContext } from '../../electron/main/ipc/context';
import { createNodeFileSystem } from '../../electron/main/node-fs';
import { testIsolation } from './isolation';

/** A main-process context on the real file system with a fixed clock; dialogs cancel unless a test says otherwise. */
export function testMainContext(overrides: Partial<MainContext> = {}): MainContext {
  return {
    appName: 'CSMS Assessor',
    appVersion: '0.1.0-test',
    chooseSavePath: async () => null,
    chooseOpenPath: async () => null,
    fs: createNodeFileSystem(),
    now: () => new Date(2026, 10, 22, 9, 30),
    importSessions: new ImportSessions(),
    heldReports: new HeldReports(),
    heldBundleFiles: new HeldBundleFiles(),
    fontsDir: resolve('assets/fonts'),
    isolation: testIsolation(),
    ...overrides,
  };
}

// Lifecycle only: what runs when, wired from the modules that do the work.
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, utilityProcess } from 'electron';
import { createFileDialogs } from './dialogs';
import { HeldBundleFiles } from './held-bundle-files';
import { HeldReports } from './report/held-reports';
import { ImportSessions } from './import/sessions';
import { DEFAULT_BUDGETS } from './isolation/budgets';
import { utilityChildLauncher } from './isolation/utility-child';
import type { MainContext } from './ipc/context';
import { handlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { createNodeFileSystem } from './node-fs';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol';
import { createAppUrlMatcher, hardenAllWebContents, hardenSession, isTrustedSender } from './security';
import { createMainWindow } from './window';

// electron-vite sets ELECTRON_RENDERER_URL under `npm start`; a packaged app never trusts it.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  const window = createMainWindow({
    BrowserWindow,
    preloadPath: join(__dirname, '../preload/index.cjs'),
    devTools: !app.isPackaged,
  });
  mainWindow = window;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(devServerUrl ?? APP_ENTRY_URL).catch((error: unknown) => console.error('Could not load the app page', error));
}

function start(): void {
  hardenSession(session.defaultSession, createAppUrlMatcher(devServerUrl));
  registerAppProtocol(protocol, join(__dirname, '../renderer'), readFile);

  const context: MainContext = {
    appName: app.getName(),
    appVersion: app.getVersion(),
    ...createFileDialogs(dialog, () => mainWindow, (path) => access(path).then(() => true, () => false)),
    fs: createNodeFileSystem(),
    now: () => new Date(),
    importSessions: new ImportSessions(),
    heldReports: new HeldReports(),
    heldBundleFiles: new HeldBundleFiles(),
    fontsDir: app.isPackaged ? join(process.resourcesPath, 'fonts') : join(app.getAppPath(), 'assets/fonts'),
    // electron-vite builds the reader's script beside this file (electron.vite.config.ts).
    isolation: { launch: utilityChildLauncher(utilityProcess.fork, join(__dirname, 'untrusted-child.js')), budgets: DEFAULT_BUDGETS },
  };
  registerIpc(ipcMain, handlers, context, (event) => isTrustedSender(event.senderFrame, devServerUrl), (name, error) =>
    console.error(`IPC handler ${name} failed`, error),
  );
  openMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Both must happen before ready: privileges are fixed at start-up, and no webContents may escape hardening.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  hardenAllWebContents(app);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !mainWindow) openMainWindow();
  });
  app.whenReady().then(start, (error: unknown) => console.error('Electron failed to start', error));
}

import type { BrowserWindowConstructorOptions } from 'electron';

/** Matches the renderer's page background, so the window does not flash another colour while it paints. */
export const WINDOW_BACKGROUND = '#f1f4f7';

/** The part of BrowserWindow this module uses; tests pass a fake constructor. */
export interface ShowableWindow {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
}

export interface MainWindowDeps<W extends ShowableWindow> {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W;
  preloadPath: string;
  /** Dev builds only: a packaged app ships without DevTools. */
  devTools?: boolean;
}

/**
 * Builds the hidden main window and shows it once its first paint is ready; loading a URL is the caller's job.
 * The options stay a literal inside `new BrowserWindow(...)` so Electronegativity reads the real flags, and every
 * webPreferences flag is spelled out, even where it equals Electron's default, so window.test.ts pins it.
 */
export function createMainWindow<W extends ShowableWindow>({ BrowserWindow, preloadPath, devTools = false }: MainWindowDeps<W>): W {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    title: 'CSMS Assessor',
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    webPreferences: {
      // Reviewed: the preload only forwards the contract's channels to ipcRenderer.invoke; main validates them.
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      // A middle click would otherwise try to open a new window (denied anyway by the window-open handler).
      disableBlinkFeatures: 'Auxclick',
      devTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  return window;
}

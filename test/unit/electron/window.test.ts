import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow, createMainWindowOptions, WINDOW_BACKGROUND } from '../../../electron/main/window';

describe('createMainWindowOptions', () => {
  it('pins every security flag of the renderer (an added or dropped flag fails here)', () => {
    expect(createMainWindowOptions('/app/preload/index.cjs').webPreferences).toEqual({
      preload: '/app/preload/index.cjs',
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
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('never enables Blink features and keeps DevTools off unless asked for', () => {
    const prefs = createMainWindowOptions('/p').webPreferences;
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(createMainWindowOptions('/p', { devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('opens hidden at 1280x800, no smaller than 1024x700', () => {
    const { webPreferences: _, ...window } = createMainWindowOptions('/p');
    expect(window).toEqual({
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 700,
      title: 'CSMS Assessor',
      show: false,
      backgroundColor: WINDOW_BACKGROUND,
    });
  });
});

describe('createMainWindow', () => {
  class FakeWindow {
    static created: FakeWindow[] = [];
    readonly listeners = new Map<string, () => void>();
    shown = false;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      FakeWindow.created.push(this);
    }
    once(event: string, listener: () => void) {
      this.listeners.set(event, listener);
      return this;
    }
    show() {
      this.shown = true;
    }
  }

  it('builds the window from the hardened options and shows it only when ready to show', () => {
    const window = createMainWindow({ BrowserWindow: FakeWindow, preloadPath: '/app/preload/index.cjs' });

    expect(FakeWindow.created).toEqual([window]);
    expect(window.options).toEqual(createMainWindowOptions('/app/preload/index.cjs'));
    expect(window.shown).toBe(false);
    window.listeners.get('ready-to-show')?.();
    expect(window.shown).toBe(true);
  });
});

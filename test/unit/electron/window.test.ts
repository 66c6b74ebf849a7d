import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow, WINDOW_BACKGROUND } from '../../../electron/main/window';

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

const build = (devTools?: boolean) => createMainWindow({ BrowserWindow: FakeWindow, preloadPath: '/app/preload/index.cjs', devTools });

describe('createMainWindow', () => {
  beforeEach(() => {
    FakeWindow.created = [];
  });

  it('pins every security flag of the renderer (an added or dropped flag fails here)', () => {
    expect(build().options.webPreferences).toEqual({
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
    expect(build().options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(build(true).options.webPreferences?.devTools).toBe(true);
  });

  it('opens hidden at 1280x800, no smaller than 1024x700', () => {
    const { webPreferences: _, ...window } = build().options;
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

  it('creates one window and shows it only when ready to show', () => {
    const window = build();
    expect(FakeWindow.created).toEqual([window]);
    expect(window.shown).toBe(false);
    window.listeners.get('ready-to-show')?.();
    expect(window.shown).toBe(true);
  });
});

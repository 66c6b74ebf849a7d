import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Dialog } from 'electron';
import { createFileDialogs } from '../../electron/main/dialogs';
import { handlers } from '../../electron/main/ipc/handlers';
import { registerIpc } from '../../electron/main/ipc/register';
import { isTrustedSender, type SenderFrame } from '../../electron/main/security';
import type { MainContext } from '../../electron/main/ipc/context';
import { HeldBundleFiles } from '../../electron/main/held-bundle-files';
import { HeldReports } from '../../electron/main/report/held-reports';
import { ImportSessions } from '../../electron/main/import/sessions';
import { DEFAULT_BUDGETS } from '../../electron/main/isolation/budgets';
import { nodeChildLauncher } from '../../electron/main/isolation/node-child';
import { createNodeFileSystem } from '../../electron/main/node-fs';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { nodeCodec, TRANSPORT_CODEC_SOURCE } from './transport-codec';

/** Stands in for app://csms: a fixed origin so IndexedDB persists across reloads, served from the build. */
export const APP_URL = 'http://csms.localhost/';
const RENDERER_DIR = resolve('out/renderer');
/** The preload as electron-vite builds it for the app (global-setup.ts builds it before any test). */
const PRELOAD_BUNDLE = resolve('out/preload/index.cjs');

/**
 * The sandboxed preload's CommonJS source, wrapped to run as an init script: `require('electron')` gets a
 * contextBridge that exposes a frozen object on window (as Electron's does) and an ipcRenderer whose invoke crosses
 * to the test process through the page binding, with bytes carried by the transport codec.
 */
function preloadInPage(source: string): string {
  return `${TRANSPORT_CODEC_SOURCE}
    (function () {
      const electron = {
        contextBridge: {
          exposeInMainWorld(key, api) {
            Object.defineProperty(window, key, { value: Object.freeze({ ...api }), enumerable: true });
          },
        },
        ipcRenderer: {
          invoke: (channel, request) =>
            window.__csmsIpc(channel, JSON.stringify(encodeForTransport(request))).then((reply) => decodeFromTransport(JSON.parse(reply))),
        },
      };
      const require = (name) => {
        if (name !== 'electron') throw new Error('The sandboxed preload may require only electron, not ' + name);
        return electron;
      };
      const module = { exports: {} };
      (function (require, module, exports) {
${source}
      })(require, module, module.exports);
    })();`;
}
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * Stands in for Electron's dialog module, answering in order what each test queued: the paths a user would pick
 * (null = cancel), and the button chosen when asked to replace a file. Main's own dialog layer (dialogs.ts) runs
 * over it, so a name typed without its extension is completed and asked about as in the app.
 */
export class ScriptedDialogs {
  readonly saves: (string | null)[] = [];
  readonly opens: (string | null)[] = [];
  /** 0 = Replace, 1 = Choose another name. */
  readonly replaceAnswers: number[] = [];
  readonly electron: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox'> = {
    showSaveDialog: (async () => {
      const path = this.next(this.saves, 'save');
      return { canceled: path === null, filePath: path ?? '' };
    }) as Dialog['showSaveDialog'],
    showOpenDialog: (async () => {
      const path = this.next(this.opens, 'open');
      return { canceled: path === null, filePaths: path === null ? [] : [path] };
    }) as Dialog['showOpenDialog'],
    showMessageBox: (async () => {
      const response = this.replaceAnswers.shift();
      if (response === undefined) throw new Error('The app asked to replace a file, which the test did not expect');
      return { response, checkboxChecked: false };
    }) as Dialog['showMessageBox'],
  };
  private next(queue: (string | null)[], kind: string) {
    if (queue.length === 0) throw new Error(`The app opened a ${kind} dialog the test did not expect`);
    return queue.shift() ?? null;
  }
}

export interface AppSession {
  page: Page;
  context: BrowserContext;
  dialogs: ScriptedDialogs;
  /** Every request the page tried to send anywhere but the app's own origin. */
  offOriginRequests: string[];
  /** Uncaught page errors and console errors (CSP violations show up here). */
  pageErrors: string[];
  workDir: string;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium on the built renderer, with the shipped preload giving it `window.csms` and main's
 * registerIpc and handlers answering: page → preload → registerIpc (sender check, schema) → handler. Only the
 * transport is a stand-in. Dialogs are scripted and files written under workDir.
 */
export async function launchApp(options: { profileDir?: string } = {}): Promise<AppSession> {
  const workDir = mkdtempSync(join(tmpdir(), 'csms-e2e-'));
  const profileDir = options.profileDir ?? join(workDir, 'profile');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const dialogs = new ScriptedDialogs();
  const offOriginRequests: string[] = [];
  const pageErrors: string[] = [];
  const mainContext: MainContext = {
    appName: 'CSMS Assessor',
    appVersion: JSON.parse(readFileSync('package.json', 'utf8')).version,
    ...createFileDialogs(dialogs.electron, () => null, async (path) => existsSync(path)),
    fs: createNodeFileSystem(),
    now: () => new Date(),
    importSessions: new ImportSessions(),
    heldReports: new HeldReports(),
    heldBundleFiles: new HeldBundleFiles(),
    fontsDir: resolve('assets/fonts'),
    // The reader's script as the app ships it, built by electron-vite beside main (global-setup.ts), started as a Node child.
    isolation: { launch: nodeChildLauncher(resolve('out/main/untrusted-child.js')), budgets: DEFAULT_BUDGETS },
  };

  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== new URL(APP_URL).origin) {
      offOriginRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    const path = normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
    const file = join(RENDERER_DIR, path);
    if (!file.startsWith(RENDERER_DIR)) return route.fulfill({ status: 404 });
    try {
      return route.fulfill({
        status: 200,
        body: readFileSync(file),
        headers: { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });

  // Main's own wiring over a stand-in ipcMain: registerIpc checks the sender frame (the page's origin stands in for
  // app://csms, as the dev server's does) and validates the payload before the handler runs.
  const listeners = new Map<string, (event: { senderFrame: SenderFrame }, payload: unknown) => Promise<unknown>>();
  registerIpc(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    handlers,
    mainContext,
    (event: { senderFrame: SenderFrame }) => isTrustedSender(event.senderFrame, APP_URL),
    (name, error) => console.error(`bug in ${name}:`, error),
  );
  // Payloads cross as JSON text: Playwright's own argument serialisation is far slower on large objects.
  await context.exposeBinding('__csmsIpc', async (source, channel: string, payload: string) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`No handler is registered for ${channel}`);
    const result = await listener({ senderFrame: { url: source.frame.url() } }, nodeCodec.decodeFromTransport(JSON.parse(payload)));
    return JSON.stringify(nodeCodec.encodeForTransport(result));
  });
  // The shipped preload bundle, run in the page over stand-ins for the two Electron modules it may use.
  await context.addInitScript({ content: preloadInPage(readFileSync(PRELOAD_BUNDLE, 'utf8')) });

  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await page.goto(APP_URL);

  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    page,
    context,
    dialogs,
    offOriginRequests,
    pageErrors,
    workDir,
    async screenshot(name) {
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await context.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** Creates an assessment with just a name through the New assessment form and waits until it is open. */
export async function createAssessment(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.getByRole('dialog').getByLabel('Site or plant name *').fill(name);
  await page.getByRole('dialog').getByRole('button', { name: 'Create assessment' }).click();
  // Another assessment may be open already: wait for this one, and for the Scope screen it opens on.
  await page.getByTestId('open-assessment-name').filter({ hasText: name }).waitFor();
  await page.getByRole('heading', { name: 'Scope', exact: true }).waitFor();
}

/** Opens the shipped sample from the Assessments home and waits for its Scope screen, zones listed. */
export async function openSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open sample' }).click();
  await page.getByRole('table', { name: 'Zones' }).getByText('Enterprise', { exact: true }).waitFor();
}

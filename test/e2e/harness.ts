import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { handlers } from '../../electron/main/ipc/handlers';
import { invokeHandler } from '../../electron/main/ipc/invoke';
import type { MainContext } from '../../electron/main/ipc/context';
import { HeldBundleFiles } from '../../electron/main/held-bundle-files';
import { HeldReports } from '../../electron/main/report/held-reports';
import { ImportSessions } from '../../electron/main/import/sessions';
import { DEFAULT_BUDGETS } from '../../electron/main/isolation/budgets';
import { nodeChildLauncher } from '../../electron/main/isolation/node-child';
import { createNodeFileSystem } from '../../electron/main/node-fs';
import { CHANNELS, type ApiName } from '../../shared/ipc/channels';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { nodeCodec, TRANSPORT_CODEC_SOURCE } from './transport-codec';

/** Stands in for app://csms: a fixed origin so IndexedDB persists across reloads, served from the build. */
export const APP_URL = 'http://csms.localhost/';
const RENDERER_DIR = resolve('out/renderer');
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

/** Answers the app's save/open dialogs in order; each test queues the paths a user would pick (null = cancel). */
export class ScriptedDialogs {
  readonly saves: (string | null)[] = [];
  readonly opens: (string | null)[] = [];
  chooseSavePath = async () => this.next(this.saves, 'save');
  chooseOpenPath = async () => this.next(this.opens, 'open');
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
 * Launches Debian's Chromium on the built renderer with `window.csms` bound to the real main-process handlers
 * (the same `invokeHandler` Electron's ipcMain uses), with dialogs scripted and files written under workDir.
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
    chooseSavePath: dialogs.chooseSavePath,
    chooseOpenPath: dialogs.chooseOpenPath,
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

  // Payloads cross as JSON text: Playwright's own argument serialisation is far slower on large objects.
  await context.exposeBinding('__csmsIpc', async (_source, name: ApiName, payload: string) => {
    const request = nodeCodec.decodeFromTransport(JSON.parse(payload));
    const result = await invokeHandler(handlers, name, request, mainContext, (n, e) => console.error(`bug in ${n}:`, e));
    return JSON.stringify(nodeCodec.encodeForTransport(result));
  });
  await context.addInitScript({
    content: `${TRANSPORT_CODEC_SOURCE}
      window.csms = Object.freeze(Object.fromEntries(${JSON.stringify(Object.keys(CHANNELS))}.map((name) => [
        name,
        (request) => window.__csmsIpc(name, JSON.stringify(encodeForTransport(request))).then((r) => decodeFromTransport(JSON.parse(r))),
      ])));`,
  });

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

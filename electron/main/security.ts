import type { App, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { APP_HOST, isAppProtocolUrl } from './protocol';

/** Decides whether a URL belongs to the app (app://csms/, and the electron-vite dev server during `npm start`). */
export type AppUrlMatcher = (url: string) => boolean;

/**
 * The URLs the app may load. data: URLs carry their own bytes and blob: URLs minted by an app page
 * (`blob:app://csms/…`) stay in the process, so both are local (the CSP allows them for images and workers).
 * devServerUrl is set only in unpackaged dev runs, where Vite also needs its HMR web socket on the same host.
 */
export function createAppUrlMatcher(devServerUrl?: string): AppUrlMatcher {
  const dev = devServerUrl ? new URL(devServerUrl) : null;
  const isDevServer = (url: URL) => dev !== null && url.host === dev.host && ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol);
  const matches = (url: string): boolean => {
    if (url.startsWith('data:')) return true;
    if (url.startsWith('blob:')) return matches(url.slice('blob:'.length));
    if (isAppProtocolUrl(url)) return true;
    const parsed = URL.canParse(url) ? new URL(url) : null;
    return parsed !== null && isDevServer(parsed);
  };
  return matches;
}

type HardenableSession = Pick<
  Session,
  'webRequest' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'setSpellCheckerEnabled' | 'on'
>;

/**
 * The air gap, enforced in the session: every request that is not the app's own is cancelled, nothing is
 * downloaded, and no spell-check dictionary is fetched. The one permission granted is persistent storage for the
 * app's own pages, so the browser never evicts a day of field work under disk pressure.
 */
export function hardenSession(session: HardenableSession, isAppUrl: AppUrlMatcher): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAppUrl(details.url) }));
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppProtocolUrl(details.url)) return callback({});
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permission === 'persistent-storage' && isAppUrl(details.requestingUrl)),
  );
  session.setPermissionCheckHandler(
    // Checks pass an origin ("app://csms"), which the matcher reads as a URL once it has a path.
    (_contents, permission, origin) => permission === 'persistent-storage' && isAppUrl(origin.endsWith('/') ? origin : `${origin}/`),
  );
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerEnabled(false);
  session.on('will-download', (event) => event.preventDefault());
}

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * A single-page app never navigates after its initial load (loadURL does not raise these events), so every
 * navigation, redirect, new window and <webview> is refused; links to the outside world have nowhere to go.
 */
export function hardenWebContents(contents: HardenableContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Applies hardenWebContents to every webContents the app ever creates, including ones we did not ask for. */
export function hardenAllWebContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

/** The part of an IPC event's senderFrame that identifies it; null once the frame has gone. */
export interface SenderFrame {
  url: string;
}

/**
 * True only for frames showing the app itself: app://csms, or in dev the electron-vite server's origin.
 * (Node's URL gives custom schemes an opaque "null" origin, so the app scheme is compared by protocol and host.)
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, devServerUrl?: string): boolean {
  if (!frame || !URL.canParse(frame.url)) return false;
  const url = new URL(frame.url);
  if (url.protocol === 'app:' && url.host === APP_HOST) return true;
  return devServerUrl !== undefined && URL.canParse(devServerUrl) && new URL(devServerUrl).origin === url.origin;
}

import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';
import {
  createAppUrlMatcher,
  hardenAllWebContents,
  hardenSession,
  hardenWebContents,
  isTrustedSender,
} from '../../../electron/main/security';

type Listener = (...args: never[]) => unknown;

/** Records every listener and handler given to an Electron-like object, so the test can call them. */
function recorder() {
  const listeners = new Map<string, Listener>();
  const record = (name: string) => (listener: Listener) => void listeners.set(name, listener);
  const call = <R = unknown>(name: string, ...args: unknown[]): R => {
    const listener = listeners.get(name);
    if (!listener) throw new Error(`nothing registered for ${name}`);
    return (listener as (...a: unknown[]) => R)(...args);
  };
  return { listeners, record, call };
}

function fakeEvent() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

function fakeSession() {
  const r = recorder();
  let spellChecker: boolean | undefined;
  const session = {
    webRequest: { onBeforeRequest: r.record('onBeforeRequest'), onHeadersReceived: r.record('onHeadersReceived') },
    setPermissionRequestHandler: r.record('permissionRequest'),
    setPermissionCheckHandler: r.record('permissionCheck'),
    setDevicePermissionHandler: r.record('devicePermission'),
    setSpellCheckerEnabled: (enabled: boolean) => void (spellChecker = enabled),
    on: (event: string, listener: Listener) => r.record(event)(listener),
  };
  return { ...r, session: session as unknown as Parameters<typeof hardenSession>[0], spellChecker: () => spellChecker };
}

function fakeWebContents() {
  const r = recorder();
  const contents = {
    on: (event: string, listener: Listener) => r.record(event)(listener),
    setWindowOpenHandler: r.record('windowOpen'),
  };
  return { ...r, contents: contents as unknown as Parameters<typeof hardenWebContents>[0] };
}

describe('hardenSession', () => {
  const isAppUrl = createAppUrlMatcher();
  const fake = fakeSession();
  hardenSession(fake.session, isAppUrl);

  const beforeRequest = (url: string) => {
    let response: unknown;
    fake.call('onBeforeRequest', { url }, (r: unknown) => (response = r));
    return response;
  };

  it.each(['https://example.com/', 'http://localhost:5173/', 'ws://10.0.0.1/', 'file:///etc/passwd', 'devtools://devtools/x', 'app://evil/x'])(
    'cancels the outside request %s',
    (url) => expect(beforeRequest(url)).toEqual({ cancel: true }),
  );

  it.each(['app://csms/index.html', 'app://csms/assets/app.js', 'blob:app://csms/1f0e', 'data:image/png;base64,AA=='])(
    'lets the app request %s through',
    (url) => expect(beforeRequest(url)).toEqual({ cancel: false }),
  );

  it('adds the CSP header to app responses only', () => {
    let response: unknown;
    const headers = { 'Content-Type': ['text/html'] };
    fake.call('onHeadersReceived', { url: 'app://csms/index.html', responseHeaders: headers }, (r: unknown) => (response = r));
    expect(response).toEqual({ responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });

    fake.call('onHeadersReceived', { url: 'http://localhost:5173/', responseHeaders: headers }, (r: unknown) => (response = r));
    expect(response).toEqual({});
  });

  it('denies every permission request and check, and every device', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen']) {
      let granted: boolean | undefined;
      fake.call('permissionRequest', {}, permission, (g: boolean) => (granted = g), { requestingUrl: 'app://csms/index.html' });
      expect(granted, permission).toBe(false);
      expect(fake.call('permissionCheck', null, permission, 'app://csms', {}), permission).toBe(false);
    }
    expect(fake.call('devicePermission', { deviceType: 'usb', origin: 'app://csms' })).toBe(false);
  });

  it('grants persistent storage to the app’s own pages only', () => {
    const ask = (requestingUrl: string) => {
      let granted: boolean | undefined;
      fake.call('permissionRequest', {}, 'persistent-storage', (g: boolean) => (granted = g), { requestingUrl });
      return granted;
    };
    expect(ask('app://csms/index.html')).toBe(true);
    expect(ask('https://example.com/')).toBe(false);
    expect(fake.call('permissionCheck', null, 'persistent-storage', 'app://csms', {})).toBe(true);
    expect(fake.call('permissionCheck', null, 'persistent-storage', 'https://example.com', {})).toBe(false);
  });

  it('refuses downloads and keeps the spell checker (and its dictionary download) off', () => {
    const event = fakeEvent();
    fake.call('will-download', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
    expect(fake.spellChecker()).toBe(false);
  });
});

describe('createAppUrlMatcher with the dev server', () => {
  const isAppUrl = createAppUrlMatcher('http://localhost:5173/');

  it.each(['http://localhost:5173/', 'http://localhost:5173/src/main.tsx', 'ws://localhost:5173/', 'blob:http://localhost:5173/1f0e'])(
    'allows %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );

  it.each(['http://localhost:5174/', 'http://127.0.0.1:5173/', 'https://example.com/', 'not a url'])('still refuses %s', (url) =>
    expect(isAppUrl(url)).toBe(false),
  );
});

describe('hardenWebContents', () => {
  const fake = fakeWebContents();
  hardenWebContents(fake.contents);

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('prevents %s, even to the app itself', (event) => {
    for (const url of ['https://example.com/', 'app://csms/index.html']) {
      const e = { ...fakeEvent(), url, isMainFrame: true };
      fake.call(event, e);
      expect(e.defaultPrevented, `${event} ${url}`).toBe(true);
    }
  });

  it('denies window.open', () => {
    expect(fake.call('windowOpen', { url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(fake.call('windowOpen', { url: 'app://csms/index.html' })).toEqual({ action: 'deny' });
  });

  it('prevents attaching a <webview>', () => {
    const event = fakeEvent();
    fake.call('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('is applied to every webContents the app creates', () => {
    const app = recorder();
    hardenAllWebContents({ on: (event: string, listener: Listener) => app.record(event)(listener) } as unknown as Parameters<
      typeof hardenAllWebContents
    >[0]);
    const created = fakeWebContents();
    app.call('web-contents-created', fakeEvent(), created.contents);
    expect([...created.listeners.keys()].sort()).toEqual(
      ['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect', 'windowOpen'].sort(),
    );
  });
});

describe('isTrustedSender', () => {
  it.each([
    ['the app page', { url: 'app://csms/index.html' }, undefined, true],
    ['an app page with a hash', { url: 'app://csms/#/risks' }, undefined, true],
    ['the dev server in dev', { url: 'http://localhost:5173/' }, 'http://localhost:5173', true],
    ['the dev server when not in dev', { url: 'http://localhost:5173/' }, undefined, false],
    ['another port in dev', { url: 'http://localhost:5174/' }, 'http://localhost:5173', false],
    ['another app host', { url: 'app://evil/index.html' }, undefined, false],
    ['a web page', { url: 'https://csms/index.html' }, undefined, false],
    ['a local file', { url: 'file:///work/out/renderer/index.html' }, undefined, false],
    ['a blank frame', { url: 'about:blank' }, undefined, false],
    ['an unparsable URL', { url: '' }, undefined, false],
    ['a destroyed frame', null, undefined, false],
  ])('%s', (_name, frame, devServerUrl, trusted) => {
    expect(isTrustedSender(frame, devServerUrl)).toBe(trusted);
  });
});

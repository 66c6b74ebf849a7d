import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';
import { APP_ORIGIN, APP_SCHEME_PRIVILEGES, registerAppProtocol, resolveAppAsset } from '../../../electron/main/protocol';

const root = resolve('/srv/app/renderer');

describe('resolveAppAsset', () => {
  it.each([
    ['app://csms/', 'index.html', 'text/html; charset=utf-8'],
    ['app://csms/index.html', 'index.html', 'text/html; charset=utf-8'],
    ['app://csms/assets/index-D65isk7f.js', 'assets/index-D65isk7f.js', 'text/javascript; charset=utf-8'],
    ['app://csms/assets/index.css?v=2#top', 'assets/index.css', 'text/css; charset=utf-8'],
    ['app://csms/assets/Noto%20Sans.woff2', 'assets/Noto Sans.woff2', 'font/woff2'],
    ['app://csms/assets/LOGO.SVG', 'assets/LOGO.SVG', 'image/svg+xml'],
    ['app://csms/assets/data.bin', 'assets/data.bin', 'application/octet-stream'],
    ['app://csms/a..b/c...d.txt', 'a..b/c...d.txt', 'text/plain; charset=utf-8'],
  ])('serves %s as %s', (url, relative, mimeType) => {
    expect(resolveAppAsset(root, url)).toEqual({ path: join(root, relative), mimeType });
  });

  it.each([
    ['parent segment', 'app://csms/../secret.txt'],
    ['nested parent segments', 'app://csms/assets/../../secret.txt'],
    ['encoded dots', 'app://csms/%2e%2e/secret.txt'],
    ['encoded dots, upper case', 'app://csms/%2E%2E/secret.txt'],
    ['encoded dots and slash', 'app://csms/..%2fsecret.txt'],
    ['fully encoded traversal', 'app://csms/%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['current-directory segment', 'app://csms/./index.html'],
    ['backslash', 'app://csms/assets\\..\\secret.txt'],
    ['encoded backslash', 'app://csms/assets/..%5c..%5csecret.txt'],
    ['absolute path', 'app://csms//etc/passwd'],
    ['encoded absolute path', 'app://csms/%2fetc%2fpasswd'],
    ['drive letter', 'app://csms/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://csms/C%3A%5CWindows%5Cwin.ini'],
    ['NUL byte', 'app://csms/index.html%00.png'],
    ['malformed escape', 'app://csms/%E0%A4%A'],
    ['directory', 'app://csms/assets/'],
    ['other host', 'app://evil/index.html'],
    ['look-alike host', 'app://csms.evil/index.html'],
    ['user info', 'app://csms@evil/index.html'],
    ['port', 'app://csms:8080/index.html'],
    ['no path', 'app://csms'],
    ['https', 'https://csms/index.html'],
    ['file', 'file:///etc/passwd'],
    ['upper-case scheme', 'APP://csms/index.html'],
  ])('refuses %s: %s', (_why, url) => {
    expect(resolveAppAsset(root, url)).toBeNull();
  });
});

describe('registerAppProtocol', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csms-protocol-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>CSMS</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'top secret');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Electron's protocol module is the only fake; the handler reads a real folder.
  let handler: ((request: { url: string }) => Promise<Response>) | undefined;
  const protocol = { handle: (scheme: string, h: typeof handler) => scheme === 'app' && (handler = h) } as unknown as Protocol;
  registerAppProtocol(protocol, rendererDir, readFile);
  const get = (url: string) => handler!({ url });

  it('registers the privileged scheme it handles', () => {
    expect(APP_ORIGIN).toBe('app://csms');
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
    expect(handler).toBeTypeOf('function');
  });

  it('serves index.html for / with the CSP header', async () => {
    const response = await get('app://csms/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>CSMS</title>');
  });

  it('serves assets with their MIME type', async () => {
    const response = await get('app://csms/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each(['app://csms/missing.js', 'app://csms/../secret.txt', 'app://csms/%2e%2e/secret.txt', 'app://csms/assets'])(
    'answers 404 for %s',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret');
    },
  );
});

import { extname, resolve, sep } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

/** The renderer is served from app://csms/ rather than file://, so it gets a real origin (IndexedDB, CSP 'self'). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'csms';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Must be passed to protocol.registerSchemesAsPrivileged before the app's ready event. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export interface AppAsset {
  path: string;
  mimeType: string;
}

/** True for URLs of documents and resources served by our own protocol handler. */
export function isAppProtocolUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}

/**
 * Maps an app:// request to a file under rootDir, or null when the URL is not ours or tries to leave rootDir.
 * Chromium already normalises standard URLs; this guard does not rely on it and refuses rather than repairs:
 * dot segments (plain or percent-encoded), backslashes, empty segments (absolute paths), drive letters and NUL.
 */
export function resolveAppAsset(rootDir: string, requestUrl: string): AppAsset | null {
  if (!isAppProtocolUrl(requestUrl)) return null;
  const rawPath = requestUrl.slice(APP_ORIGIN.length + 1).split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  const relative = decoded === '' ? 'index.html' : decoded;
  const segments = relative.split('/');
  const refused = (s: string) => s === '' || s === '.' || s === '..' || /[\\:\0]/.test(s);
  if (segments.some(refused)) return null;

  const root = resolve(rootDir);
  const path = resolve(root, ...segments);
  if (!path.startsWith(root + sep)) return null;
  return { path, mimeType: MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream' };
}

/** Headers of every app:// response; the CSP also binds workers, whose policy comes from their own response. */
export function appResponseHeaders(mimeType: string): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

/** Node's fs/promises readFile fits; the bytes must not live in a SharedArrayBuffer to become a response body. */
export type ReadAsset = (path: string) => Promise<Uint8Array<ArrayBuffer>>;

/** Serves files from rootDir on app://csms/; anything refused or missing is a plain 404. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string, readFile: ReadAsset): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const asset = resolveAppAsset(rootDir, request.url);
    if (!asset) return notFound();
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await readFile(asset.path);
    } catch {
      return notFound();
    }
    return new Response(body, { status: 200, headers: appResponseHeaders(asset.mimeType) });
  });
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

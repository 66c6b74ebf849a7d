import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './shared/security/csp';

/**
 * Writes the one CSP into index.html. The dev server (npm start) needs inline scripts and a websocket for hot
 * reload, so only it gets a looser policy; builds and the e2e tests get the strict one.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'csms-csp',
    transformIndexHtml: (html, ctx) =>
      html.replace(
        '%CSP%',
        ctx.server
          ? META_CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
              "connect-src 'self'",
              "connect-src 'self' ws://localhost:*",
            ).replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
          : META_CONTENT_SECURITY_POLICY,
      ),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The process that reads untrusted files runs a script of its own, started by main (isolation/untrusted-files.ts).
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'untrusted-child': resolve(__dirname, 'electron/main/isolation/untrusted-child.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload is a single CommonJS script that may require only 'electron'.
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});

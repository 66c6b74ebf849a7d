import { execFileSync } from 'node:child_process';

/** Builds main, preload and renderer once, exactly as `npm run build` does, before any e2e test loads the app. */
export default function setup() {
  if (process.env.E2E_SKIP_BUILD) return;
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

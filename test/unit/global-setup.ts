import { ensureCliBuilt } from '../../electron/cli/bundle-cli.mjs';

/** Builds the CLI and the worker that reads untrusted files once, so handler tests run the very worker the CLI runs. */
export default async function setup() {
  await ensureCliBuilt();
}

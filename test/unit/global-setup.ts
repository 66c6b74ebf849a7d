import { ensureCliBuilt } from '../../electron/cli/bundle-cli.mjs';

/** Builds the CLI and the script of the process that reads untrusted files, so handler tests run the very reader the CLI runs. */
export default async function setup() {
  await ensureCliBuilt();
}

// `npm run csms`: runs the CLI from a bundle that is built on first use and rebuilt whenever a file it bundles has
// changed (bundle-cli.mjs). Running the TypeScript through tsx instead adds about 0.6 s of start-up to every call.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ensureCliBuilt, root } from './bundle-cli.mjs';

const dir = await ensureCliBuilt();
process.env.CSMS_FONTS_DIR ??= join(root, 'assets/fonts');
createRequire(import.meta.url)(join(dir, 'csms.cjs'));

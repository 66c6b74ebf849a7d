import packageJson from '../../../package.json';
import { encodeBundle } from '../../../shared/bundle/encode';
import { demoBundle } from '../../../shared/demo/bundle';
import { UserFacingError } from '../../../shared/ipc/result';
import { fileNameOf, writeBundleFile } from '../../main/bundle-file';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { UsageError } from '../errors';

/** Fixed so the demo file is byte-for-byte the same on every run. */
const DEMO_EXPORTED_AT = '2026-11-20T17:00:00.000Z';

export const demo: Command = {
  name: 'demo',
  usage: '--out FILE.csms [--force]',
  summary: 'Write a sample assessment (Riverside Water Treatment Works) to try the app with',
  async run(args, io) {
    const { values } = parseCommandArgs(args, { out: { type: 'string' }, force: { type: 'boolean' } }, []);
    const out = values.out;
    if (!out) throw new UsageError('missing --out FILE.csms');
    if (!values.force && (await exists(io, out)))
      throw new UserFacingError('bad-file', `“${fileNameOf(out)}” already exists; use --force to overwrite it.`);
    const bundle = demoBundle();
    const bytes = await encodeBundle(bundle, { appVersion: packageJson.version, exportedAt: DEMO_EXPORTED_AT });
    await writeBundleFile(io.fs, out, bytes);
    const t = bundle.tables;
    io.out(
      `Wrote ${out}: ${bundle.assessment.name}, ${t.zones.length} zones, ${t.assets.length} assets, ${t.answers.length} answers, ${t.findings.length} findings, ${t.risks.length} risks, ${t.actions.length} actions\n`,
    );
  },
};

async function exists(io: Parameters<Command['run']>[1], path: string): Promise<boolean> {
  try {
    await io.fs.fileSize(path);
    return true;
  } catch {
    return false;
  }
}

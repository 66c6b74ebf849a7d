import packageJson from '../../../package.json';
import { encodeBundle } from '../../../shared/bundle/encode';
import { demoBundle } from '../../../shared/demo/bundle';
import { newPassphraseProblem } from '../../../shared/bundle/encryption';
import { UserFacingError } from '../../../shared/ipc/result';
import { writeBundleFile } from '../../main/bundle-file';
import { fileNameOf } from '../../main/paths';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { UsageError } from '../errors';
import { fileExists } from '../file-exists';
import { passphraseFromEnv } from '../read-bundle';

/** Fixed so the demo file is byte-for-byte the same on every run. */
const DEMO_EXPORTED_AT = '2026-11-20T17:00:00.000Z';

export const demo: Command = {
  name: 'demo',
  usage: '--out FILE.csms [--force] [--passphrase-env VAR]',
  summary: 'Write a sample assessment (Riverside Water Treatment Works) to try the app with; encrypted under the passphrase in VAR if given',
  async run(args, io) {
    const { values } = parseCommandArgs(
      args,
      { out: { type: 'string' }, force: { type: 'boolean' }, 'passphrase-env': { type: 'string' } },
      [],
    );
    const out = values.out;
    if (!out) throw new UsageError('missing --out FILE.csms');
    const passphrase = passphraseFromEnv(values['passphrase-env']);
    const weak = passphrase === undefined ? null : newPassphraseProblem(passphrase);
    if (weak) throw new UsageError(`${weak.toLowerCase()} (the one in ${values['passphrase-env']})`);
    if (!values.force && (await fileExists(io, out)))
      throw new UserFacingError('bad-file', `“${fileNameOf(out)}” already exists; use --force to overwrite it.`);
    const bundle = demoBundle();
    const bytes = await encodeBundle(bundle, { appVersion: packageJson.version, exportedAt: DEMO_EXPORTED_AT });
    // Plain, the same bytes every time; encrypted, a fresh salt and IV every time.
    await writeBundleFile(io.fs, out, bytes, passphrase);
    const t = bundle.tables;
    io.out(
      `Wrote ${out}${passphrase === undefined ? '' : ' (encrypted)'}: ${bundle.assessment.name}, ${t.zones.length} zones, ${t.assets.length} assets, ${t.answers.length} answers, ${t.findings.length} findings, ${t.risks.length} risks, ${t.actions.length} actions\n`,
    );
  },
};

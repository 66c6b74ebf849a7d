import { countRecords } from '../../../shared/bundle/format';
import type { DecodedBundle } from '../../../shared/bundle/decode';
import { parseCommandArgs } from '../args';
import type { Command, Subcommand } from '../command';
import { UsageError } from '../errors';
import { readBundleForCli } from '../read-bundle';
import { merge } from './bundle-merge';

/** Reads the whole file as an import would (every checksum, record and the encryption), changing nothing. */
const verify: Subcommand = {
  usage: 'verify FILE.csms [--passphrase-env VAR]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { 'passphrase-env': { type: 'string' } }, ['FILE.csms']);
    const decoded = await readBundleForCli(io, positionals['FILE.csms'], values['passphrase-env']);
    io.out(`${verifiedSummary(decoded)}\n`);
  },
};

/** "“x.csms”: intact, encrypted (…); “Name”, 6 zones, …": one line for scripts and people alike. */
function verifiedSummary({ fileName, manifest, bundle, encryption }: DecodedBundle & { fileName: string }): string {
  const { assessment: _one, ...counts } = countRecords(bundle);
  const tally = Object.entries(counts)
    .map(([table, n]) => (table === 'evidence' ? `${n} evidence ${n === 1 ? 'file' : 'files'}` : `${n} ${table}`))
    .join(', ');
  const how = encryption
    ? `encrypted (AES-256-GCM, key from ${encryption.kdf} with ${encryption.iterations} rounds)`
    : 'not encrypted';
  return `“${fileName}”: intact, ${how}; “${bundle.assessment.name}”, format ${manifest.formatVersion}, ${tally}`;
}

const SUBCOMMANDS: Record<string, Subcommand> = { verify, merge };

export const bundle: Command = {
  name: 'bundle',
  usage: Object.values(SUBCOMMANDS)
    .map((s) => s.usage)
    .join(' | '),
  summary:
    'verify: check a .csms file (plain or encrypted) as an import would; exit 0 and one line when intact, 2 and the reason when not. ' +
    'merge: merge B into A (two copies of one assessment) and write OUT; edits that clash are listed and exit 3, unless --prefer settles them all',
  async run(args, io) {
    const [name, ...rest] = args;
    const sub = name !== undefined && Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
    if (!sub) throw new UsageError(name === undefined ? 'missing what to do' : `unknown “${name}”`);
    await sub.run(rest, io);
  },
};

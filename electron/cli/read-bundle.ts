import type { DecodedBundle } from '../../shared/bundle/decode';
import { BundleError } from '../../shared/bundle/errors';
import { UserFacingError } from '../../shared/ipc/result';
import { bundleFileError, decodeUntrustedBundle, readBundleFileBytes } from '../main/bundle-file';
import type { CliIo } from './command';
import { UsageError } from './errors';

/** The passphrase held by the named environment variable: never on the command line, where other users could see it. */
export function passphraseFromEnv(variable: string | undefined): string | undefined {
  if (variable === undefined) return undefined;
  const value = process.env[variable];
  if (value === undefined) throw new UsageError(`the environment variable ${variable} is not set`);
  return value;
}

/**
 * Reads and checks a `.csms` file for a command, opening an encrypted one with the passphrase from `--passphrase-env`;
 * the passphrase failures are worded for the command line.
 */
export async function readBundleForCli(io: CliIo, path: string, passphraseEnv: string | undefined): Promise<DecodedBundle & { fileName: string }> {
  const file = await readBundleFileBytes(io.fs, path);
  const passphrase = passphraseFromEnv(passphraseEnv);
  try {
    return { ...(await decodeUntrustedBundle(io.isolation, file, passphrase)), fileName: file.fileName };
  } catch (error) {
    if (!(error instanceof BundleError)) throw error;
    const name = `“${file.fileName}”`;
    if (error.kind === 'needs-passphrase')
      throw new UserFacingError(
        'bad-file',
        passphraseEnv === undefined
          ? `${name} is encrypted: give --passphrase-env VAR, naming the environment variable that holds its passphrase.`
          : `${name} is encrypted and the environment variable ${passphraseEnv} is empty.`,
      );
    if (error.kind === 'wrong-passphrase') throw new UserFacingError('bad-file', `The passphrase in ${passphraseEnv} does not open ${name}.`);
    throw bundleFileError(file.fileName, error);
  }
}

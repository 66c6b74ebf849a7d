import { formatByteSize } from '../../shared/format/byte-size';
import type { DecodedBundle } from '../../shared/bundle/decode';
import { encryptBundleBytes } from '../../shared/bundle/encryption';
import { BundleError } from '../../shared/bundle/errors';
import { UserFacingError } from '../../shared/ipc/result';
import type { FileSystem } from './ipc/context';
import { withIoError } from './io-error';
import { fileNameOf } from './paths';
import { runIsolated, type Isolation } from './isolation/untrusted-files';

/** Larger files are refused before reading: the whole file is held in memory while it is checked. */
export const MAX_BUNDLE_FILE_BYTES = 1024 ** 3;

export interface BundleFileBytes {
  fileName: string;
  bytes: Uint8Array;
}

/** Reads and checks a `.csms` file, plain or (with its passphrase) encrypted, as an import does. Failures name the file. */
export async function readBundleFile(isolation: Isolation, fs: FileSystem, path: string, passphrase?: string): Promise<DecodedBundle & { fileName: string }> {
  const file = await readBundleFileBytes(fs, path);
  try {
    return { ...(await decodeUntrustedBundle(isolation, file, passphrase)), fileName: file.fileName };
  } catch (error) {
    throw error instanceof BundleError ? bundleFileError(file.fileName, error) : error;
  }
}

/** The file's bytes, refused by size before reading. */
export async function readBundleFileBytes(fs: FileSystem, path: string): Promise<BundleFileBytes> {
  const fileName = fileNameOf(path);
  const size = await withIoError(`Could not read “${fileName}”`, () => fs.fileSize(path));
  if (size > MAX_BUNDLE_FILE_BYTES)
    throw new UserFacingError(
      'bad-file',
      `“${fileName}” is ${formatByteSize(size)}; assessment files larger than ${formatByteSize(MAX_BUNDLE_FILE_BYTES)} cannot be opened.`,
    );
  return { fileName, bytes: await withIoError(`Could not read “${fileName}”`, () => fs.readFile(path)) };
}

/**
 * Decodes a `.csms` file's bytes in a worker of its own (isolation/), within the bundle budget; a BundleError keeps
 * its kind, so callers can ask for a passphrase. The bytes are copied, not handed over: an encrypted file is held
 * for the next try.
 */
export function decodeUntrustedBundle(isolation: Isolation, { fileName, bytes }: BundleFileBytes, passphrase?: string): Promise<DecodedBundle> {
  return runIsolated(isolation, { subject: `“${fileName}”`, activity: 'reading it', budget: 'bundle' }, 'decodeBundle', {
    bytes,
    ...(passphrase === undefined ? {} : { passphrase }),
  });
}

export const bundleFileError = (fileName: string, error: BundleError) => new UserFacingError('bad-file', `“${fileName}”: ${error.message}`);

/** Writes `.csms` bytes, encrypted first when a passphrase is given. */
export async function writeBundleFile(fs: FileSystem, path: string, plain: Uint8Array, passphrase?: string): Promise<Uint8Array> {
  const bytes = passphrase === undefined ? plain : await encrypt(plain, passphrase);
  await withIoError(`Could not write “${fileNameOf(path)}”`, () => fs.writeFileAtomic(path, bytes));
  return bytes;
}

async function encrypt(plain: Uint8Array, passphrase: string): Promise<Uint8Array> {
  try {
    return await encryptBundleBytes(plain, passphrase);
  } catch (error) {
    // The one BundleError here is a passphrase too short for a new file.
    throw error instanceof BundleError ? new UserFacingError('invalid-request', error.message) : error;
  }
}


import { formatByteSize } from '../../shared/format/byte-size';
import { decodeBundleWithManifest, type DecodedBundle } from '../../shared/bundle/decode';
import { encryptBundleBytes } from '../../shared/bundle/encryption';
import { BundleError } from '../../shared/bundle/errors';
import { UserFacingError } from '../../shared/ipc/result';
import type { FileSystem } from './ipc/context';
import { withIoError } from './io-error';

/** Larger files are refused before reading: the whole file is held in memory while it is checked. */
export const MAX_BUNDLE_FILE_BYTES = 1024 ** 3;

export interface BundleFileBytes {
  fileName: string;
  bytes: Uint8Array;
}

/** Reads and checks a `.csms` file, plain or (with its passphrase) encrypted. Failures name the file. */
export async function readBundleFile(fs: FileSystem, path: string, passphrase?: string): Promise<DecodedBundle & { fileName: string }> {
  return decodeBundleFile(await readBundleFileBytes(fs, path), passphrase);
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

/** Decodes bytes already read; a BundleError becomes a UserFacingError that starts with the file's name. */
export async function decodeBundleFile({ fileName, bytes }: BundleFileBytes, passphrase?: string): Promise<DecodedBundle & { fileName: string }> {
  try {
    return { ...(await decodeBundleWithManifest(bytes, { passphrase })), fileName };
  } catch (error) {
    throw error instanceof BundleError ? bundleFileError(fileName, error) : error;
  }
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

/** Dialogs on some platforms return the name as typed, without the filter's extension. */
export function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(`.${extension}`) ? path : `${path}.${extension}`;
}

/** The last path segment, for either separator: paths here come from a dialog or the command line of any OS. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

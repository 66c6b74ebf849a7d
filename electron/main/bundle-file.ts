import { formatByteSize } from '../../shared/format/byte-size';
import { decodeBundleWithManifest, type DecodedBundle } from '../../shared/bundle/decode';
import { BundleError } from '../../shared/bundle/errors';
import { UserFacingError } from '../../shared/ipc/result';
import type { FileSystem } from './ipc/context';
import { withIoError } from './io-error';

/** Larger files are refused before reading: the whole file is held in memory while it is checked. */
export const MAX_BUNDLE_FILE_BYTES = 1024 ** 3;

/** Reads and checks a `.csms` file. Every failure the user can act on becomes a UserFacingError naming the file. */
export async function readBundleFile(fs: FileSystem, path: string): Promise<DecodedBundle & { fileName: string }> {
  const fileName = fileNameOf(path);
  const size = await withIoError(`Could not read “${fileName}”`, () => fs.fileSize(path));
  if (size > MAX_BUNDLE_FILE_BYTES)
    throw new UserFacingError(
      'bad-file',
      `“${fileName}” is ${formatByteSize(size)}; assessment files larger than ${formatByteSize(MAX_BUNDLE_FILE_BYTES)} cannot be opened.`,
    );
  const bytes = await withIoError(`Could not read “${fileName}”`, () => fs.readFile(path));
  try {
    return { ...(await decodeBundleWithManifest(bytes)), fileName };
  } catch (error) {
    if (error instanceof BundleError) throw new UserFacingError('bad-file', `“${fileName}”: ${error.message}`);
    throw error;
  }
}

export async function writeBundleFile(fs: FileSystem, path: string, bytes: Uint8Array): Promise<void> {
  await withIoError(`Could not write “${fileNameOf(path)}”`, () => fs.writeFileAtomic(path, bytes));
}

/** The last path segment, for either separator: paths here come from a dialog or the command line of any OS. */
/** Dialogs on some platforms return the name as typed, without the filter's extension. */
export function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(`.${extension}`) ? path : `${path}.${extension}`;
}

export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

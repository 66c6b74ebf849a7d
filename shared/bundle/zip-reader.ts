import { unzip, unzipSync, type UnzipFileInfo } from 'fflate';
import { damaged } from './errors';

/** A member as the ZIP central directory declares it: name, compressed `size`, `originalSize`, method. */
export type ZipEntry = UnzipFileInfo;

/** Reads the central directory only, so sizes can be checked before a single byte is inflated. */
export function listZipEntries(zip: Uint8Array): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    const entries: ZipEntry[] = [];
    const unreadable = () => reject(damaged('its ZIP directory is missing or unreadable (the file may be cut short)'));
    const collect = (entry: ZipEntry) => {
      entries.push(entry);
      return false;
    };
    try {
      unzip(zip, { filter: collect }, (error) => (error ? unreadable() : resolve(entries)));
    } catch {
      unreadable();
    }
  });
}

/**
 * Inflates the given entries. fflate inflates each into a buffer of the declared size, so a header that
 * understates a member cannot make it grow; a length other than the declared one means the member is damaged.
 */
export function inflateZipEntries(zip: Uint8Array, entries: readonly ZipEntry[]): Promise<Map<string, Uint8Array>> {
  const wanted = new Set(entries.map((e) => e.name));
  return new Promise((resolve, reject) => {
    const failed = () => reject(damaged(`${findUninflatable(zip, entries) ?? 'a member'} could not be decompressed`));
    try {
      unzip(zip, { filter: (entry) => wanted.has(entry.name) }, (error, files) => {
        if (error) return failed();
        const inflated = new Map<string, Uint8Array>();
        for (const entry of entries) {
          const data = files[entry.name];
          if (data?.byteLength !== entry.originalSize)
            return reject(damaged(`${entry.name} does not decompress to the size its ZIP header declares`));
          inflated.set(entry.name, data);
        }
        resolve(inflated);
      });
    } catch {
      failed();
    }
  });
}

/** fflate reports a failed inflate without the member's name; find it one member at a time (error path only). */
function findUninflatable(zip: Uint8Array, entries: readonly ZipEntry[]): string | undefined {
  return entries.find((entry) => {
    try {
      unzipSync(zip, { filter: (e) => e.name === entry.name });
      return false;
    } catch {
      return true;
    }
  })?.name;
}

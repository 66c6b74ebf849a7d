import { randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import type { FileSystem } from './ipc/context';

/** The real disk behind MainContext.fs. Free of Electron so the CLI and the e2e harness can use it too. */
export function createNodeFileSystem(): FileSystem {
  return {
    async readFile(path) {
      const buffer = await readFile(path);
      // A plain view, not a Buffer: Buffer.slice and friends behave differently from Uint8Array's.
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    },
    async fileSize(path) {
      return (await stat(path)).size;
    },
    writeFileAtomic,
  };
}

/**
 * Writes to a fresh temp file beside the target, flushes it to disk, then renames it over the target: the
 * final name holds either the old or the new content, never half of one. The temp file is removed on failure.
 */
async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const tempPath = `${path}.tmp-${randomBytes(6).toString('hex')}`;
  try {
    const handle = await open(tempPath, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tempPath, path);
  } catch (error) {
    await unlink(tempPath).catch(() => undefined);
    throw error;
  }
}

import type { CliIo } from './command';

/** Whether something is at `path` already (commands that write refuse to overwrite without --force). */
export async function fileExists(io: CliIo, path: string): Promise<boolean> {
  try {
    await io.fs.fileSize(path);
    return true;
  } catch {
    return false;
  }
}

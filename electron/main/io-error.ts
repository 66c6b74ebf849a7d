import { UserFacingError } from '../../shared/ipc/result';

const IO_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EBUSY: 'the file is in use by another program',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
};

/** Runs a file operation; a failure becomes a UserFacingError 'io' saying what failed and why, in plain words. */
export async function withIoError<T>(what: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const reason = (typeof code === 'string' && IO_REASONS[code]) || (error instanceof Error ? error.message : String(error));
    throw new UserFacingError('io', `${what}: ${reason}.`);
  }
}

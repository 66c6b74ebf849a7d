import { BundleError, type BundleErrorKind } from '../../../shared/bundle/errors';
import { UserFacingError, type IpcErrorCode } from '../../../shared/ipc/result';

/** An error as it crosses from the worker to main: the kinds callers branch on keep their class. */
export type SerialisedError =
  | { type: 'user'; code: Exclude<IpcErrorCode, 'internal'>; message: string }
  | { type: 'bundle'; kind: BundleErrorKind; message: string }
  | { type: 'bug'; message: string; stack?: string };

export function serialiseError(error: unknown): SerialisedError {
  if (error instanceof UserFacingError) return { type: 'user', code: error.code, message: error.message };
  if (error instanceof BundleError) return { type: 'bundle', kind: error.kind, message: error.message };
  return error instanceof Error ? { type: 'bug', message: error.message, stack: error.stack } : { type: 'bug', message: String(error) };
}

export function reviveError(error: SerialisedError): Error {
  switch (error.type) {
    case 'user':
      return new UserFacingError(error.code, error.message);
    case 'bundle':
      return new BundleError(error.kind, error.message);
    case 'bug': {
      const revived = new Error(error.message);
      if (error.stack) revived.stack = error.stack;
      return revived;
    }
  }
}

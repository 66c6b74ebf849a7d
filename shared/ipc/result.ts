export const IPC_ERROR_CODES = ['forbidden-sender', 'invalid-request', 'bad-file', 'io', 'internal'] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Thrown by handlers for problems the user can act on; the message is shown as it is. */
export class UserFacingError extends Error {
  constructor(
    readonly code: Exclude<IpcErrorCode, 'internal'>,
    message: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}

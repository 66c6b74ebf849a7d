import type { RendererApi } from '../shared/ipc/contract';
import type { IpcResult } from '../shared/ipc/result';

declare global {
  interface Window {
    /** Exposed by electron/preload (or the e2e harness): the only way the page reaches main. */
    csms: RendererApi;
  }
}

export function api(): RendererApi {
  return window.csms;
}

/** Unwraps an IPC result, turning a refusal into an Error whose message is shown as it is. */
export function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

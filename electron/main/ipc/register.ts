import { CHANNELS, type ApiName } from '../../../shared/ipc/channels';
import type { IpcResult } from '../../../shared/ipc/result';
import type { MainContext } from './context';
import { invokeHandler, type BugReporter, type HandlerMap } from './invoke';

/** The slice of Electron's ipcMain used here; E is its IpcMainInvokeEvent (a fake event in tests). */
export interface InvokeRegistrar<E> {
  handle(channel: string, listener: (event: E, payload: unknown) => Promise<IpcResult<unknown>>): void;
}

const FORBIDDEN: IpcResult<never> = {
  ok: false,
  error: { code: 'forbidden-sender', message: 'Request refused: it did not come from the application window.' },
};

/**
 * The only place ipcMain.handle is called: one handler per contract channel, each refusing foreign senders
 * before the payload is even parsed, then validating and running the handler through invokeHandler.
 */
export function registerIpc<E>(
  ipcMain: InvokeRegistrar<E>,
  handlers: HandlerMap,
  context: MainContext,
  isTrusted: (event: E) => boolean,
  reportBug: BugReporter,
): void {
  for (const name of Object.keys(CHANNELS) as ApiName[]) {
    ipcMain.handle(CHANNELS[name], async (event, payload) =>
      isTrusted(event) ? invokeHandler(handlers, name, payload, context, reportBug) : FORBIDDEN,
    );
  }
}

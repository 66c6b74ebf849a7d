import { requestSchemas, type ParsedRequest, type Responses } from '../../../shared/ipc/contract';
import type { ApiName } from '../../../shared/ipc/channels';
import { UserFacingError, type IpcResult } from '../../../shared/ipc/result';
import type { MainContext } from './context';

export type Handler<K extends ApiName> = (request: ParsedRequest<K>, context: MainContext) => Promise<Responses[K]>;
export type HandlerMap = { [K in ApiName]: Handler<K> };

/** Where a bug's details go (main's log); the renderer only gets a short message. */
export type BugReporter = (name: ApiName, error: unknown) => void;

/**
 * Validates the payload against the contract and runs the handler. Electron's ipcMain and the e2e harness both
 * call this, so the checks are the same whatever the transport.
 */
export async function invokeHandler<K extends ApiName>(
  handlers: HandlerMap,
  name: K,
  payload: unknown,
  context: MainContext,
  reportBug: BugReporter,
): Promise<IpcResult<Responses[K]>> {
  const parsed = requestSchemas[name].safeParse(payload ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, error: { code: 'invalid-request', message: `Invalid ${name} request${where}: ${issue?.message ?? 'malformed'}` } };
  }
  try {
    const handler = handlers[name] as Handler<K>;
    return { ok: true, value: await handler(parsed.data as ParsedRequest<K>, context) };
  } catch (error) {
    if (error instanceof UserFacingError) return { ok: false, error: { code: error.code, message: error.message } };
    reportBug(name, error);
    return { ok: false, error: { code: 'internal', message: `Unexpected error in ${name}; details are in the application log.` } };
  }
}

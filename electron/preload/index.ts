// Sandboxed preload: bundled as one CommonJS file that may require only 'electron', so it imports channel names
// (plain data) and types, never the zod schemas. Requests are validated in main, not here.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type ApiName } from '../../shared/ipc/channels';
import type { RendererApi } from '../../shared/ipc/contract';

type Invoker = (request: unknown) => ReturnType<typeof ipcRenderer.invoke>;

// Object.fromEntries loses the key names; every ApiName is present because the entries come from CHANNELS.
const api = Object.fromEntries(
  Object.entries(CHANNELS).map(([name, channel]) => [name, (request: unknown) => ipcRenderer.invoke(channel, request)]),
) as Record<ApiName, Invoker> satisfies RendererApi;

contextBridge.exposeInMainWorld('csms', api);

// The child process that reads untrusted files (see isolated-process.ts): runs one job at a time, as main asks. It
// runs as an Electron utility process in the app (process.parentPort) and as a Node child in the CLI and the tests
// (process.send), the same script either way.
import { jobs } from './jobs';
import { watchMemory } from './memory-watchdog';
import type { WorkerReply, WorkerRequest } from './protocol';
import { serialiseError } from './worker-errors';

// The launcher passes the heap cap (MB) as the one argument: resident memory is held to it too.
watchMemory(Number(process.argv[2]));

interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

function parentChannel(): { post(reply: WorkerReply): void; onRequest(listener: (request: WorkerRequest) => void): void } {
  const port = (process as { parentPort?: ParentPort }).parentPort;
  if (port) return { post: (reply) => port.postMessage(reply), onRequest: (listener) => port.on('message', (event) => listener(event.data as WorkerRequest)) };
  const send = process.send?.bind(process);
  if (!send) throw new Error('untrusted-child runs only as a child process of the app or the CLI');
  return { post: (reply) => send(reply), onRequest: (listener) => process.on('message', (request) => listener(request as WorkerRequest)) };
}

const parent = parentChannel();
let queue: Promise<void> = Promise.resolve();
parent.onRequest((request) => {
  queue = queue.then(async () => {
    try {
      const run = jobs[request.job] as (args: unknown, report: (progress: unknown) => void) => Promise<unknown>;
      const value = await run(request.args, (progress) => parent.post({ id: request.id, progress }));
      parent.post({ id: request.id, ok: true, value });
    } catch (error) {
      parent.post({ id: request.id, ok: false, error: serialiseError(error) });
    }
  });
});

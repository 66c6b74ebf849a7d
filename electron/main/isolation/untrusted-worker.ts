// The worker thread that reads untrusted files (see isolated-worker.ts): runs one job at a time, as main asks.
import { parentPort } from 'node:worker_threads';
import { jobs } from './jobs';
import { ownBuffer, type WorkerReply, type WorkerRequest } from './protocol';
import { serialiseError } from './worker-errors';

const port = parentPort;
if (!port) throw new Error('untrusted-worker runs only as a worker thread');

/** Results are handed over, not copied, when they own their whole buffer (a PDF, a workbook). */
const transferOf = (value: unknown): ArrayBuffer[] => (value instanceof Uint8Array ? ownBuffer(value) : []);

let queue: Promise<void> = Promise.resolve();
port.on('message', (request: WorkerRequest) => {
  queue = queue.then(async () => {
    const reply = (message: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
    try {
      const run = jobs[request.job] as (args: unknown, report: (progress: unknown) => void) => Promise<unknown>;
      const value = await run(request.args, (progress) => reply({ id: request.id, progress }));
      reply({ id: request.id, ok: true, value }, transferOf(value));
    } catch (error) {
      reply({ id: request.id, ok: false, error: serialiseError(error) });
    }
  });
});

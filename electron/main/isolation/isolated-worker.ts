import { Worker } from 'node:worker_threads';
import { formatByteSize } from '../../../shared/format/byte-size';
import { UserFacingError } from '../../../shared/ipc/result';
import { reviveError } from './worker-errors';
import type { JobArgs, JobName, JobResult, WorkerReply, WorkerRequest } from './protocol';

/** How much a worker may take: its JavaScript heap (the bytes of files and inflated parts are bounded by the readers). */
export interface MemoryBudget {
  memoryMb: number;
}

export interface CallOptions {
  /** The call is stopped, and the worker with it, once it has run this long. */
  timeMs: number;
  /** Stops the call and the worker at once (the user's Cancel). */
  signal?: AbortSignal;
  onProgress?: (progress: unknown) => void;
  /** Buffers handed over rather than copied; the caller no longer reads them. */
  transfer?: ArrayBuffer[];
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onProgress?: (progress: unknown) => void;
}

/**
 * A worker thread that reads untrusted files, off main's thread, with a cap on its heap and a time budget on each
 * call. A call over budget, a heap that reaches its cap, or Cancel ends the worker: main goes on untouched, and the
 * caller gets one sentence naming the file and the limit. Jobs run one at a time, in the order called.
 */
export class IsolatedWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Why the worker ended, once it has: every later call fails with it. */
  private ended: Error | null = null;

  /**
   * @param subject what the user knows the work by, in quotes or not ("“plant.xlsx”", "The report")
   * @param activity what the worker does with it, for the message ("reading it", "making it")
   */
  constructor(
    scriptPath: string,
    private readonly subject: string,
    private readonly activity: string,
    private readonly budget: MemoryBudget,
  ) {
    this.worker = new Worker(scriptPath, {
      resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
      stdout: false,
      stderr: false,
    });
    this.worker.on('message', (reply: WorkerReply) => this.onReply(reply));
    this.worker.on('error', (error: Error & { code?: string }) =>
      this.end(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? this.stopped(`more than ${formatByteSize(budget.memoryMb * 1024 ** 2)} of memory`) : error),
    );
    this.worker.on('exit', () => this.end(new Error('The worker reading untrusted files stopped unexpectedly.')));
  }

  call<K extends JobName>(job: K, args: JobArgs<K>, options: CallOptions): Promise<JobResult<K>> {
    if (this.ended) return Promise.reject(this.ended);
    const id = this.nextId++;
    return new Promise<JobResult<K>>((resolve, reject) => {
      const timer = setTimeout(() => this.stop(this.stopped(`more than ${formatDuration(options.timeMs)}`)), options.timeMs);
      const onAbort = () => this.stop(options.signal?.reason ?? new Error('cancelled'));
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const settle = () => {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        this.pending.delete(id);
      };
      this.pending.set(id, {
        resolve: (value) => (settle(), resolve(value as JobResult<K>)),
        reject: (error) => (settle(), reject(error)),
        onProgress: options.onProgress,
      });
      if (options.signal?.aborted) return onAbort();
      const request: WorkerRequest = { id, job, args };
      this.worker.postMessage(request, options.transfer ?? []);
    });
  }

  /** Ends the worker; pending calls fail with `reason`. */
  stop(reason: Error = new Error('The work was stopped.')): void {
    this.end(reason);
    void this.worker.terminate();
  }

  private onReply(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if ('progress' in reply) pending.onProgress?.(reply.progress);
    else if (reply.ok) pending.resolve(reply.value);
    else pending.reject(reviveError(reply.error));
  }

  private end(reason: Error): void {
    if (this.ended) return;
    this.ended = reason;
    for (const pending of [...this.pending.values()]) pending.reject(reason);
  }

  private stopped(limit: string): UserFacingError {
    return new UserFacingError(
      'bad-file',
      `${this.subject} was stopped: ${this.activity} needs ${limit}. It may be damaged or made to harm; nothing was changed.`,
    );
  }
}

const formatDuration = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`);

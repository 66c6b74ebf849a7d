import { formatByteSize } from '../../../shared/format/byte-size';
import { UserFacingError } from '../../../shared/ipc/result';
import { OVER_MEMORY_MARK, type ChildChannel, type ChildLauncher } from './child-channel';
import type { JobArgs, JobName, JobResult, WorkerReply } from './protocol';
import { reviveError } from './worker-errors';

export interface CallOptions {
  /** The call is stopped, and the process with it, once it has run this long. */
  timeMs: number;
  /** Stops the call and the process at once (the user's Cancel). */
  signal?: AbortSignal;
  onProgress?: (progress: unknown) => void;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onProgress?: (progress: unknown) => void;
}

/** What V8 prints when a heap cap is reached or an allocation is too large to ever fit, and the watchdog's mark. */
const OUT_OF_MEMORY = new RegExp(`heap out of memory|Reached heap limit|Allocation failed|invalid (?:array length|size error)|${OVER_MEMORY_MARK}`, 'i');

/**
 * A child process that reads untrusted files, off main's process, with a cap on its heap and a time budget on each
 * call. A call over budget, a heap that reaches its cap (or any crash), or Cancel ends the process: main goes on
 * untouched, and the caller gets one sentence naming the file and the limit. Jobs run one at a time, in order.
 */
export class IsolatedProcess {
  private readonly child: ChildChannel;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Why the process ended, once it has: every later call fails with it. */
  private ended: Error | null = null;

  /**
   * @param subject what the user knows the work by ("“plant.xlsx”", "The report")
   * @param activity what is done with it, for the message ("reading it", "making it")
   */
  constructor(
    launch: ChildLauncher,
    private readonly subject: string,
    private readonly activity: string,
    memoryMb: number,
  ) {
    this.child = launch({ memoryMb });
    this.child.onMessage((reply) => this.onReply(reply));
    this.child.onExit((code, stderr) =>
      this.end(
        OUT_OF_MEMORY.test(stderr)
          ? this.stopped(`more than ${formatByteSize(memoryMb * 1024 ** 2)} of memory`)
          : new Error(`The process reading untrusted files stopped unexpectedly (exit code ${code}): ${stderr.trim().split('\n').pop() ?? ''}`),
      ),
    );
  }

  call<K extends JobName>(job: K, args: JobArgs<K>, options: CallOptions): Promise<JobResult<K>> {
    if (this.ended) return Promise.reject(this.ended);
    const id = this.nextId++;
    return new Promise<JobResult<K>>((resolve, reject) => {
      const timer = setTimeout(() => this.stop(this.stopped(`more than ${formatDuration(options.timeMs)}`)), options.timeMs);
      const onAbort = () => this.stop(options.signal?.reason ?? new Error('Cancelled.'));
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
      this.child.send({ id, job, args });
    });
  }

  /** Ends the process; pending calls fail with `reason`. */
  stop(reason: Error = new Error('The work was stopped.')): void {
    this.end(reason);
    this.child.kill();
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

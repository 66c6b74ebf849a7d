import type { Jobs } from './jobs';
import type { SerialisedError } from './worker-errors';

/** The messages between main and the child process that reads untrusted files (untrusted-child.ts). */
export type JobName = keyof Jobs;
export type JobArgs<K extends JobName> = Parameters<Jobs[K]>[0];
export type JobResult<K extends JobName> = Awaited<ReturnType<Jobs[K]>>;

export interface WorkerRequest {
  id: number;
  job: JobName;
  args: unknown;
}

export type WorkerReply =
  | { id: number; progress: unknown }
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: SerialisedError };


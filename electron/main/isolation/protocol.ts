import type { Jobs } from './jobs';
import type { SerialisedError } from './worker-errors';

/** The messages between main and the worker that reads untrusted files (untrusted-worker.ts). */
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

/** The buffer of `bytes`, to hand over instead of copying, when `bytes` is all of it (never a slice of a shared pool). */
export function ownBuffer(bytes: Uint8Array): ArrayBuffer[] {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
}
